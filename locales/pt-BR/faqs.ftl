# Perguntas frequentes sobre o entorpecimento emocional, com respostas curtas.

## Não conseguir chorar é sinal de depressão grave?

faq-is-not-crying-a-sign-of-severe-depression-question = Não conseguir chorar é sinal de depressão grave?
faq-is-not-crying-a-sign-of-severe-depression-answer = Não necessariamente. Não conseguir chorar costuma estar ligado à depressão e ao bloqueio emocional, mas, sozinho, isso não mostra o quanto a situação é grave. É, sim, um bom motivo para passar por uma avaliação profissional, que pode olhar o quadro completo junto com você.

## O entorpecimento emocional pode ser permanente?

faq-can-numbness-be-permanent-question = O entorpecimento emocional pode ser permanente?
faq-can-numbness-be-permanent-answer = Raramente é. Com o tratamento certo, com terapia ou com uma revisão dos seus medicamentos, a maioria das pessoas volta a sentir toda a sua gama de emoções. Isso pode levar tempo, então tente ter paciência e se tratar com carinho ao longo do caminho.

## Meu trabalho pode causar isso?

faq-can-my-job-cause-this-question = Meu trabalho pode causar isso?
faq-can-my-job-cause-this-answer = Pode, sim. O estresse prolongado no trabalho e o burnout (esgotamento) podem abafar os seus sentimentos, quase como um escudo que a sua mente levanta para proteger você. Se o trabalho tem desgastado você, vale a pena conversar com um profissional sobre como você se sente.

## Não sinto nada, mas não estou com depressão

faq-numb-but-not-depressed-question = Não sinto nada, mas não estou com depressão. O que está acontecendo?
faq-numb-but-not-depressed-answer = O entorpecimento pode acontecer sem depressão. Ele pode vir junto com burnout, luto, autismo ou as consequências de um trauma. Como essas situações podem se confundir, uma avaliação com um profissional é a melhor forma de diferenciá-las.
