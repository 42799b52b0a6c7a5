# Perguntas frequentes sobre o entorpecimento emocional, com respostas curtas.
# As fontes de cada resposta estão em data/faqs.toml.

## Não conseguir chorar é sinal de depressão grave?

faq-is-not-crying-a-sign-of-severe-depression-question = Não conseguir chorar é sinal de depressão grave?
faq-is-not-crying-a-sign-of-severe-depression-answer = Não necessariamente. Não conseguir chorar costuma estar ligado à depressão, mas, sozinho, isso não mostra o quanto a situação é grave. Se o seu humor está para baixo ou apagado há mais de cerca de duas semanas, esse é um bom motivo para procurar um médico, que pode olhar o quadro completo junto com você.

## O entorpecimento emocional pode ser permanente?

faq-can-numbness-be-permanent-question = O entorpecimento emocional pode ser permanente?
faq-can-numbness-be-permanent-answer = O entorpecimento costuma estar ligado a coisas que podem mudar, como a depressão, um medicamento, o estresse, o luto ou um trauma. Com tratamento para a depressão, muitas pessoas se recuperam, e, quando a causa é um medicamento, o profissional que o prescreve pode revisar a dose ou o medicamento com você. Isso pode levar tempo, então tente ter paciência e se tratar com carinho ao longo do caminho.

## Meu trabalho pode causar isso?

faq-can-my-job-cause-this-question = Meu trabalho pode causar isso?
faq-can-my-job-cause-this-answer = Pode contribuir, sim. A Organização Mundial da Saúde descreve o burnout como o resultado de um estresse prolongado no trabalho que não foi bem administrado: a pessoa se sente esgotada, distante do trabalho e menos eficaz. Se o trabalho tem desgastado você, vale a pena conversar com um médico sobre como você se sente.

## Não sinto nada, mas não estou com depressão

faq-numb-but-not-depressed-question = Não sinto nada, mas não estou com depressão. O que está acontecendo?
faq-numb-but-not-depressed-answer = O entorpecimento pode acontecer sem depressão. Ele pode vir junto com o burnout, com o luto, depois de um trauma ou, no caso de algumas pessoas autistas, com a dificuldade de reconhecer ou dar nome aos sentimentos. Como essas situações podem se confundir, uma avaliação com um médico ou terapeuta é a melhor forma de diferenciá-las.
