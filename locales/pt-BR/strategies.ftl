# Estratégias de autocuidado: o que fazer, por que pode ajudar e eventuais cuidados.

## Atenção plena e escaneamento corporal

strategy-mindfulness-body-scan-title = Atenção plena e escaneamento corporal
strategy-mindfulness-body-scan-how = Encontre um lugar tranquilo e reserve de cinco a dez minutos por dia. Feche os olhos, se isso for confortável para você. Leve a sua atenção devagar dos dedos dos pés até o topo da cabeça, percebendo o que você sente pelo caminho, como calor, tensão ou formigamento. Se não perceber nada, tudo bem. Apenas continue prestando atenção com delicadeza.
strategy-mindfulness-body-scan-why = Prestar atenção ao seu corpo com calma, dia após dia, pode ajudar você a se reconectar com ele. Essa conexão pode ser um primeiro passo de volta aos seus sentimentos.

## Perguntas para escrever um diário

strategy-journaling-prompts-title = Perguntas para o seu diário
strategy-journaling-prompts-how = Uma vez por dia, escreva uma frase que comece com “Hoje eu senti…” e complete com sinceridade. Se a resposta for “nada”, escreva isso também. Você pode acrescentar onde estava e o que estava acontecendo naquele momento.
strategy-journaling-prompts-why = Colocar os sentimentos em palavras, mesmo quando a resposta é vazia, aumenta a sua consciência emocional com o tempo. Reler as suas anotações também pode ajudar você a perceber pequenas mudanças que, de outro jeito, passariam despercebidas.

## Chorar de propósito

strategy-cry-on-purpose-title = Chorar de propósito
strategy-cry-on-purpose-how = Escolha um filme triste, como Diário de uma Paixão ou Marley & Eu, ou coloque músicas que já emocionaram você no passado. Reserve um tempo só seu, num lugar onde você se sinta em segurança para se deixar levar. Se as lágrimas não vierem, tudo bem. Você pode tentar de novo outro dia.
strategy-cry-on-purpose-why = Algumas pessoas percebem que uma história ou música emocionante ajuda o sistema nervoso a se preparar para liberar os sentimentos. Isso não funciona para todo mundo e não é um tratamento, mas é algo leve que vale a pena tentar.

## Exercício, principalmente exercício intenso

strategy-intense-exercise-title = Acelere os batimentos
strategy-intense-exercise-how = Escolha qualquer movimento que acelere o seu coração: correr, um treino intervalado de alta intensidade (conhecido como HIIT) ou dançar pelo quarto. Comece num nível que pareça possível para você e vá aumentando aos poucos.
strategy-intense-exercise-why = Algumas pessoas acham que o exercício pesado ajuda a soltar a tensão que estavam guardando no corpo. As evidências sobre isso são limitadas, então pense nisso como algo para experimentar, e não como uma solução garantida.

## Exposição ao frio

strategy-cold-exposure-title = Água fria
strategy-cold-exposure-how = Experimente terminar o banho com um jato rápido de água fria ou jogar água fria no rosto. Outra opção é segurar algo frio no rosto por um instante, como gelo enrolado num pano.
strategy-cold-exposure-why = Algumas pessoas dizem que um choque rápido de frio as ajuda a se sentirem mais presentes. Às vezes se diz que isso funciona porque ativa o nervo vago, mas as evidências são fracas, então encare como um experimento, e não como um tratamento.
strategy-cold-exposure-caution = O frio pode ser um choque para o corpo. Se você tem algum problema no coração, pule esta dica ou consulte o seu médico antes. Faça isso por pouco tempo e pare se sentir tontura ou mal-estar.

## Terapia semanal

strategy-weekly-talk-therapy-title = Terapia semanal
strategy-weekly-talk-therapy-how = Procure um terapeuta com uma abordagem sensível ao trauma e tente ter uma sessão por semana. Tudo bem perguntar sobre a forma de trabalho dele antes de começar, e procurar outra pessoa se você sentir que não combinou.
strategy-weekly-talk-therapy-why = Sessões regulares oferecem um lugar seguro e estável para trabalhar sentimentos que ficaram bloqueados. Um terapeuta com abordagem sensível ao trauma entende por que a mente às vezes desliga os sentimentos e pode ajudar você a se abrir num ritmo que pareça seguro.

## Reduzir o que abafa as emoções

strategy-reduce-emotional-suppressants-title = Diminua o que anestesia você
strategy-reduce-emotional-suppressants-how = Repare no quanto você se apoia no álcool, na maconha, nos games ou nas redes sociais para atravessar o dia. Escolha um deles para diminuir primeiro, por exemplo definindo um limite de tempo ou escolhendo alguns dias sem álcool. Se diminuir parecer muito difícil, um médico pode ajudar você a fazer isso com segurança.
strategy-reduce-emotional-suppressants-why = Essas coisas podem aliviar os sentimentos difíceis por um tempo, mas também podem aumentar o entorpecimento. Usá-las menos interrompe essa anestesia extra e dá mais espaço para os seus próprios sentimentos voltarem.

## Sono regular

strategy-regular-sleep-title = Sono regular
strategy-regular-sleep-how = Tente dormir e acordar mais ou menos no mesmo horário todos os dias, inclusive nos fins de semana. Reserve um tempo tranquilo para desacelerar antes de deitar.
strategy-regular-sleep-why = O sono tem um papel importante na forma como você lida com as suas emoções. Dormir com regularidade ajuda a recuperar esse equilíbrio, e essa ideia tem mais respaldo do que muitas outras dicas de autocuidado.

## Suplementos e alimentação

strategy-supplements-and-nutrition-title = Suplementos e alimentação
strategy-supplements-and-nutrition-how = Algumas pessoas prestam atenção à alimentação e a suplementos como ômega-3 (óleo de peixe), vitamina D e vitaminas do complexo B. Se você tiver curiosidade sobre algum deles, converse com um médico ou farmacêutico antes de começar.
strategy-supplements-and-nutrition-why = Às vezes eles são descritos como apoios naturais para o humor. As evidências de que ajudam com o entorpecimento emocional são fracas, então, por favor, não os use no lugar de um tratamento.
strategy-supplements-and-nutrition-caution = Suplementos não são indicados para todo mundo, e alguns podem interferir no efeito dos medicamentos. Consulte um profissional de saúde antes de tomá-los, principalmente se você já toma algum medicamento.
