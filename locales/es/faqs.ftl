# Preguntas frecuentes sobre el entumecimiento emocional, con respuestas breves.
# Las fuentes en las que se basa cada respuesta están en data/faqs.toml.

## ¿No poder llorar es señal de depresión grave?

faq-is-not-crying-a-sign-of-severe-depression-question = ¿No poder llorar es señal de depresión grave?
faq-is-not-crying-a-sign-of-severe-depression-answer = No necesariamente. No poder llorar suele estar relacionado con la depresión, pero por sí solo no indica qué tan grave es la situación. Si tu ánimo ha estado bajo o apagado durante más de unas dos semanas, es un buen motivo para ir al médico, que puede ver el panorama completo contigo.

## ¿El entumecimiento emocional puede ser permanente?

faq-can-numbness-be-permanent-question = ¿El entumecimiento emocional puede ser permanente?
faq-can-numbness-be-permanent-answer = El entumecimiento suele estar relacionado con cosas que pueden cambiar, como la depresión, un medicamento, el estrés, el duelo o un trauma. Con tratamiento para la depresión, muchas personas se recuperan, y cuando la causa es un medicamento, el profesional que lo receta puede revisar contigo la dosis o el medicamento. Puede llevar tiempo, así que intenta tener paciencia y tratarte con cariño mientras tanto.

## ¿Mi trabajo puede causar esto?

faq-can-my-job-cause-this-question = ¿Mi trabajo puede causar esto?
faq-can-my-job-cause-this-answer = Puede influir. La Organización Mundial de la Salud describe el agotamiento laboral (burnout) como el resultado de un estrés prolongado en el trabajo que no se ha manejado bien: las personas se sienten agotadas, distantes de su trabajo y menos eficaces. Si el trabajo te ha desgastado, vale la pena hablar con un médico sobre cómo te sientes.

## No siento nada, pero no tengo depresión

faq-numb-but-not-depressed-question = No siento nada, pero no tengo depresión. ¿Qué me pasa?
faq-numb-but-not-depressed-answer = El entumecimiento emocional puede aparecer sin depresión. Puede venir con el agotamiento (burnout), con el duelo, después de un trauma o, en algunas personas autistas, con dificultades para reconocer o nombrar las emociones. Como estas situaciones pueden parecerse, una evaluación con un médico o un terapeuta es la mejor manera de distinguirlas.
