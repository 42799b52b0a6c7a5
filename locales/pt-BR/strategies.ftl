# Estratégias de autocuidado: o que fazer, por que pode ajudar e eventuais cuidados.
# A classificação das evidências de cada estratégia e as fontes em que ela se baseia estão em data/strategies.toml.

## Atenção plena e escaneamento corporal

strategy-mindfulness-body-scan-title = Atenção plena e escaneamento corporal
strategy-mindfulness-body-scan-how = Encontre um lugar tranquilo e reserve de cinco a dez minutos por dia. Feche os olhos, se isso for confortável para você. Leve a sua atenção devagar dos dedos dos pés até o topo da cabeça, percebendo o que você sente pelo caminho, como calor, tensão ou formigamento. Se não perceber nada, tudo bem. Apenas continue prestando atenção com delicadeza.
strategy-mindfulness-body-scan-why = Prestar atenção ao seu corpo com calma, dia após dia, pode ajudar você a se reconectar com ele. A terapia baseada em atenção plena (mindfulness) é uma das abordagens que as diretrizes clínicas sugerem para pessoas que já tiveram depressão.
strategy-mindfulness-body-scan-caution = Para algumas pessoas, principalmente as que passaram por um trauma, prestar muita atenção ao corpo pode trazer à tona lembranças ou sentimentos perturbadores. Mantenha os olhos abertos se isso parecer mais seguro, pare sempre que precisar e pense em experimentar isso com um terapeuta.

## Perguntas para escrever um diário

strategy-journaling-prompts-title = Perguntas para o seu diário
strategy-journaling-prompts-how = Uma vez por dia, escreva uma frase que comece com “Hoje eu senti…” e complete com sinceridade. Se a resposta for “nada”, escreva isso também. Você pode acrescentar onde estava e o que estava acontecendo naquele momento.
strategy-journaling-prompts-why = Colocar os sentimentos em palavras, mesmo quando a resposta é vazia, pode ajudar você a percebê-los, e reler as suas anotações pode ajudar você a notar pequenas mudanças que, de outro jeito, passariam despercebidas. Os estudos sobre escrever a respeito dos sentimentos tiveram resultados mistos, então encare isso como algo para experimentar.

## Chorar de propósito

strategy-cry-on-purpose-title = Chorar de propósito
strategy-cry-on-purpose-how = Escolha um filme triste ou coloque músicas que já emocionaram você no passado. Reserve um tempo só seu, num lugar onde você se sinta em segurança para se deixar levar. Se as lágrimas não vierem, tudo bem. Você pode tentar de novo outro dia.
strategy-cry-on-purpose-why = Algumas pessoas percebem que uma história ou música emocionante as ajuda a colocar os sentimentos para fora. As pesquisas sobre se chorar melhora o humor têm resultados mistos; para algumas pessoas, o choro pode ter um efeito calmante. Não é um tratamento, mas é algo leve que vale a pena tentar.

## Exercício

strategy-intense-exercise-title = Acelere os batimentos
strategy-intense-exercise-how = Escolha qualquer movimento que acelere o seu coração: caminhar rápido, correr, dançar pelo quarto ou fazer uma aula de ginástica. Comece num nível que pareça possível para você e vá aumentando aos poucos.
strategy-intense-exercise-why = Muitos estudos descobriram que o exercício regular alivia a depressão, e exercícios mais intensos pareceram ajudar mais. Não se sabe se ele ajuda especificamente no entorpecimento, mas é uma das coisas com mais respaldo que você pode fazer pelo seu humor.
strategy-intense-exercise-caution = Se você tem algum problema no coração ou outro problema de saúde, ou se está há muito tempo sem se exercitar, consulte um médico antes de começar exercícios pesados, e vá aumentando aos poucos.

## Água fria

strategy-cold-exposure-title = Água fria
strategy-cold-exposure-how = Experimente terminar o banho com um jato rápido de água fresca, ou jogue água fria no rosto por um instante.
strategy-cold-exposure-why = Algumas pessoas dizem que um contato rápido com o frio as ajuda a se sentirem mais presentes. Ainda não há boas evidências de que a água fria ajude com o entorpecimento ou a depressão, então encare isso como um pequeno experimento, e não como um tratamento.
strategy-cold-exposure-caution = A água fria pode ser um choque para o corpo. O frio repentino pode afetar o coração e a respiração, então, se você tem algum problema no coração, pule esta dica ou consulte o seu médico antes. Nunca pule nem nade sem companhia em águas abertas e frias. Faça isso por pouco tempo e pare se sentir tontura ou mal-estar.

## Terapia semanal

strategy-weekly-talk-therapy-title = Terapia semanal
strategy-weekly-talk-therapy-how = Pergunte ao seu médico sobre psicoterapia, ou procure um terapeuta qualificado, e tente ter sessões regulares, por exemplo, uma vez por semana. Se o trauma puder fazer parte do seu entorpecimento, procure alguém com formação em terapia focada no trauma. Tudo bem perguntar sobre a forma de trabalho da pessoa antes de começar, e procurar outro profissional se você sentir que não combinou.
strategy-weekly-talk-therapy-why = Psicoterapias como a terapia cognitivo-comportamental são recomendadas para a depressão, e as terapias focadas no trauma, para o estresse pós-traumático. Sessões regulares oferecem um lugar seguro e estável para trabalhar sentimentos que ficaram bloqueados.

## Reduzir o que abafa as emoções

strategy-reduce-emotional-suppressants-title = Diminua o que anestesia você
strategy-reduce-emotional-suppressants-how = Repare no quanto você se apoia no álcool, na maconha, nos games ou nas redes sociais para atravessar o dia. Escolha um deles para diminuir primeiro, por exemplo definindo um limite de tempo ou escolhendo alguns dias sem álcool.
strategy-reduce-emotional-suppressants-why = Essas coisas podem aliviar os sentimentos difíceis por um tempo, e muitas pessoas percebem que usá-las menos dá mais espaço para os seus próprios sentimentos voltarem. Ainda não há boas pesquisas sobre isso especificamente para o entorpecimento.
strategy-reduce-emotional-suppressants-caution = Se você bebe muito todos os dias, não pare de repente por conta própria: parar de uma vez pode causar uma abstinência perigosa, com sintomas como tremores, convulsões ou alucinações. Converse antes com um médico, que pode ajudar você a diminuir com segurança. Procure atendimento médico urgente se tiver tremores fortes, vômitos repetidos ou alucinações.

## Sono regular

strategy-regular-sleep-title = Sono regular
strategy-regular-sleep-how = Tente dormir e acordar mais ou menos no mesmo horário todos os dias, inclusive nos fins de semana. Reserve um tempo tranquilo para desacelerar antes de deitar.
strategy-regular-sleep-why = O sono tem um papel importante na forma como você lida com as suas emoções. Em muitos estudos, melhorar o sono também melhorou a depressão e a ansiedade, e isso tem mais respaldo do que muitas outras dicas de autocuidado.

## Suplementos e alimentação

strategy-supplements-and-nutrition-title = Suplementos e alimentação
strategy-supplements-and-nutrition-how = Algumas pessoas prestam atenção à alimentação e a suplementos como ômega-3 (óleo de peixe) ou vitamina D. Se você tiver curiosidade sobre algum deles, converse com um médico ou farmacêutico antes de começar.
strategy-supplements-and-nutrition-why = Às vezes eles são descritos como apoios naturais para o humor, mas não há boas evidências de que ajudem com o entorpecimento ou a depressão: num grande ensaio clínico, nem a vitamina D nem o ômega-3 melhoraram o humor em comparação com uma pílula sem efeito (placebo). Por favor, não os use no lugar de um tratamento.
strategy-supplements-and-nutrition-caution = Suplementos e remédios à base de plantas não são indicados para todo mundo, e alguns mudam o efeito dos medicamentos. A erva-de-são-joão (hipérico) não pode ser tomada junto com antidepressivos: juntos, eles podem causar uma reação grave. Sempre conte ao seu médico ou farmacêutico o que você toma.
