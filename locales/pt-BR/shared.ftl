# Mensagens compartilhadas usadas em todas as partes do serviço Haven.

## Exibida no final de cada artigo

disclaimer = Este conteúdo é apenas educativo. Ele não é um diagnóstico nem um tratamento. Converse com um profissional de saúde habilitado sobre a sua situação.
get-help-now-title = Busque ajuda agora
get-help-now-body = Se você tem pensamentos de suicídio e sente que pode colocá-los em prática, ou se está em perigo, ligue agora mesmo para o número de emergência da sua região. As linhas de apoio em crise do seu país aparecem junto com esta mensagem.

## Usada em qualquer conteúdo que fale de medicamentos

medication-safety = Nunca pare nem mude um medicamento sem antes conversar com quem o receitou. Parar de repente pode causar sintomas de descontinuação. Esses medicamentos ajudam muitas pessoas e salvam vidas.

## Tempo de leitura exibido nas listas de artigos

reading-time =
    { $minutes ->
        [one] { $minutes } minuto de leitura
       *[other] { $minutes } minutos de leitura
    }
