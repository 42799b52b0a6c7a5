# Mensagens de erro. Cada código tem um título (curto, igual em todas as ocorrências) e um
# detalhe (desta ocorrência). O que vem depois de "problem-" é o `code` estável que os clientes veem.

problem-article-not-found = Artigo não encontrado
problem-article-not-found-detail = Não existe nenhum artigo chamado “{ $value }”. A lista de artigos está em /v1/articles.
problem-strategy-not-found = Estratégia não encontrada
problem-strategy-not-found-detail = Não existe nenhuma estratégia de autocuidado chamada “{ $value }”. A lista está em /v1/strategies.
problem-faq-not-found = Pergunta não encontrada
problem-faq-not-found-detail = Não existe nenhuma pergunta chamada “{ $value }”. A lista está em /v1/faqs.
problem-country-not-found = País não encontrado
problem-country-not-found-detail = Não temos informações para o código de país “{ $value }”. A lista de países está em /v1/countries.
problem-route-not-found = Não encontrado
problem-route-not-found-detail = Não há nada neste endereço. A API está descrita em /openapi.json.
problem-method-not-allowed = Método não permitido
problem-method-not-allowed-detail = Este endereço só pode ser lido, com GET ou HEAD.
problem-invalid-parameter = Parâmetro inválido
problem-invalid-parameter-detail = O parâmetro “{ $name }” tem um valor que não conseguimos usar. Esperado: { $expected ->
        [page-number] um número inteiro a partir de 1.
        [per-page-number] um número inteiro de 1 a { $max }.
        [topic] um dos temas da documentação da API, como “suicide” ou “youth”.
        [channel] um destes: phone, sms, chat, whatsapp, web ou email.
        [language-tag] uma etiqueta de idioma, como “es” ou “pt-BR”.
        [boolean] true ou false.
        [instant] uma data e hora ISO com o fuso horário, como mostra a documentação da API.
        [confidence] um destes: low, medium ou high.
       *[other] um id em letras minúsculas, como “medication”.
    }
problem-missing-parameter = Parâmetro ausente
problem-missing-parameter-detail = O parâmetro “{ $name }” é obrigatório.
problem-page-not-found = Página fora do intervalo
problem-page-not-found-detail = A página { $page } não existe; a última página é a { $last }.
problem-invalid-locale = Etiqueta de idioma inválida
problem-invalid-locale-detail = “{ $value }” não é uma etiqueta de idioma. Use uma etiqueta BCP 47, como “en”, “es” ou “pt-BR”.
problem-invalid-country-code = Código de país inválido
problem-invalid-country-code-detail = “{ $value }” não é um código de país. Use um código de país ISO de duas letras, como “GB” ou “US”.
problem-invalid-query = Query string inválida
problem-invalid-query-detail = Não foi possível ler a query string. Verifique se há parâmetros repetidos ou codificação percentual com erro.
problem-request-rejected = Requisição rejeitada
problem-request-rejected-detail = A requisição foi rejeitada com o status { $status }. Ela pode ser grande demais ou estar malformada.
problem-internal-error = Algo deu errado do nosso lado
problem-internal-error-detail = Não conseguimos responder a esta requisição. Tente novamente. Se você precisa de ajuda agora, ligue para o número de emergência da sua região.
problem-item-not-found = Item não encontrado
problem-item-not-found-detail = Não existe nenhum item do pacote chamado “{ $value }”. Se o seu app guarda uma cópia dele, apague-a: ele não faz mais parte do conteúdo.
problem-uri-too-long = Endereço longo demais
problem-uri-too-long-detail = O endereço da requisição tem mais de { $max } caracteres. Nenhum endereço do Haven precisa de tantos.
problem-headers-too-large = Cabeçalhos grandes demais
problem-headers-too-large-detail = Os cabeçalhos da requisição somam mais de { $max } bytes. Envie menos cabeçalhos, ou cabeçalhos mais curtos, e tente de novo.
problem-rate-limited = Requisições demais
problem-rate-limited-detail = Este cliente enviou requisições demais em pouco tempo. Aguarde { $seconds } segundos e tente novamente. Se você precisa de ajuda agora, ligue para o número de emergência da sua região.
problem-precondition-failed = Pré-condição não atendida
problem-precondition-failed-detail = A cópia indicada com If-Match não é a atual. Busque o recurso novamente.
problem-range-not-satisfiable = Intervalo não atendível
problem-range-not-satisfiable-detail = O intervalo pedido começa depois do fim da resposta. Peça um intervalo dentro dela ou a resposta inteira.
