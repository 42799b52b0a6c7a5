# Preguntas frecuentes sobre el entumecimiento emocional, con respuestas breves.

## ¿No poder llorar es señal de depresión grave?

faq-is-not-crying-a-sign-of-severe-depression-question = ¿No poder llorar es señal de depresión grave?
faq-is-not-crying-a-sign-of-severe-depression-answer = No necesariamente. No poder llorar suele estar relacionado con la depresión y con el bloqueo emocional, pero por sí solo no indica qué tan grave es la situación. Sí es un buen motivo para que te revise un profesional, que puede ver el panorama completo contigo.

## ¿El entumecimiento emocional puede ser permanente?

faq-can-numbness-be-permanent-question = ¿El entumecimiento emocional puede ser permanente?
faq-can-numbness-be-permanent-answer = Rara vez lo es. Con el tratamiento adecuado, con terapia o con una revisión de tus medicamentos, la mayoría de las personas recupera toda su gama de emociones. Puede llevar tiempo, así que intenta tener paciencia y tratarte con cariño mientras tanto.

## ¿Mi trabajo puede causar esto?

faq-can-my-job-cause-this-question = ¿Mi trabajo puede causar esto?
faq-can-my-job-cause-this-answer = Sí, puede. El estrés laboral prolongado y el agotamiento (burnout) pueden apagar tus emociones, casi como un escudo que tu mente levanta para protegerte. Si el trabajo te ha desgastado, vale la pena hablar con un profesional sobre cómo te sientes.

## No siento nada, pero no tengo depresión

faq-numb-but-not-depressed-question = No siento nada, pero no tengo depresión. ¿Qué me pasa?
faq-numb-but-not-depressed-answer = El entumecimiento emocional puede aparecer sin depresión. Puede venir con el agotamiento (burnout), el duelo, el autismo o las secuelas de un trauma. Como estas situaciones pueden parecerse, una evaluación con un profesional es la mejor manera de distinguirlas.
