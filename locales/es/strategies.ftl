# Estrategias de autocuidado: qué hacer, por qué puede ayudar y cualquier precaución.
# La calificación de las pruebas de cada estrategia y sus fuentes están en data/strategies.toml.

## Atención plena y escaneo corporal

strategy-mindfulness-body-scan-title = Atención plena y escaneo corporal
strategy-mindfulness-body-scan-how = Busca un lugar tranquilo y reserva de cinco a diez minutos cada día. Cierra los ojos si te sientes a gusto haciéndolo. Lleva tu atención despacio desde los dedos de los pies hasta la parte de arriba de la cabeza, y fíjate en lo que sientes por el camino, como calor, tensión u hormigueo. Si no notas nada, está bien. Simplemente sigue prestando atención con suavidad.
strategy-mindfulness-body-scan-why = Prestar atención a tu cuerpo con calma, día tras día, puede ayudarte a volver a conectar con él. La terapia basada en la atención plena es uno de los enfoques que las guías clínicas sugieren para las personas que han tenido depresión.
strategy-mindfulness-body-scan-caution = Para algunas personas, sobre todo las que han vivido un trauma, prestar mucha atención al cuerpo puede despertar recuerdos o emociones angustiantes. Mantén los ojos abiertos si eso te da más seguridad, detente siempre que lo necesites y considera probarlo con un terapeuta.

## Preguntas para escribir un diario

strategy-journaling-prompts-title = Preguntas para tu diario
strategy-journaling-prompts-how = Una vez al día, escribe una frase que empiece con “Hoy me sentí…” y termínala con sinceridad. Si la respuesta es “nada”, escríbelo también. Puedes añadir dónde estabas y qué estaba pasando en ese momento.
strategy-journaling-prompts-why = Poner las emociones en palabras, aunque la respuesta sea vacía, puede ayudarte a notarlas, y releer tus notas puede ayudarte a ver pequeños cambios que de otro modo se te pasarían. Los estudios sobre escribir acerca de las emociones han dado resultados dispares, así que tómalo como algo para probar.

## Llorar a propósito

strategy-cry-on-purpose-title = Llorar a propósito
strategy-cry-on-purpose-how = Elige una película triste o pon canciones que te hayan conmovido en el pasado. Date un rato a solas, en un lugar que te dé seguridad para dejarte llevar. Si las lágrimas no llegan, está bien. Puedes volver a intentarlo otro día.
strategy-cry-on-purpose-why = A algunas personas una historia o una canción conmovedora les ayuda a dejar salir sus emociones. Las investigaciones sobre si llorar mejora el estado de ánimo han dado resultados dispares; en algunas personas puede tener un efecto calmante. No es un tratamiento, pero es algo suave que puedes probar.

## Ejercicio

strategy-intense-exercise-title = Acelera tu ritmo cardíaco
strategy-intense-exercise-how = Elige cualquier movimiento que te acelere el corazón: caminar rápido, correr, bailar en tu cuarto o una clase de ejercicio. Empieza a un nivel que te resulte manejable y ve subiendo poco a poco.
strategy-intense-exercise-why = Muchos estudios han encontrado que el ejercicio regular alivia la depresión, y el ejercicio más intenso parecía ayudar más. No se sabe si ayuda con el entumecimiento en concreto, pero es una de las cosas con más respaldo que puedes hacer por tu estado de ánimo.
strategy-intense-exercise-caution = Si tienes un problema del corazón u otro problema de salud, o si llevas mucho tiempo sin hacer actividad física, consulta con un médico antes de empezar a hacer ejercicio intenso, y ve aumentando poco a poco.

## Agua fría

strategy-cold-exposure-title = Agua fría
strategy-cold-exposure-how = Prueba a terminar la ducha con un chorro corto de agua fresca, o échate agua fría en la cara un momento.
strategy-cold-exposure-why = Algunas personas dicen que un toque rápido de agua fría les ayuda a sentirse más presentes. Todavía no hay pruebas sólidas de que el agua fría ayude con el entumecimiento o la depresión, así que tómalo como un pequeño experimento, no como un tratamiento.
strategy-cold-exposure-caution = El agua fría puede ser un choque para el cuerpo. El frío repentino puede afectar al corazón y a la respiración, así que si tienes un problema del corazón, sáltate esta idea o consúltalo antes con tu médico. Nunca te lances ni te metas a nadar sin compañía en aguas abiertas frías. Hazlo por poco tiempo y detente si te mareas o te sientes mal.

## Terapia psicológica semanal

strategy-weekly-talk-therapy-title = Terapia psicológica semanal
strategy-weekly-talk-therapy-how = Pregunta a tu médico por la terapia psicológica, o busca un terapeuta acreditado, e intenta tener sesiones con regularidad, por ejemplo una vez por semana. Si el trauma puede ser parte de tu entumecimiento, busca a alguien con formación en terapia centrada en el trauma. Está bien preguntar por su forma de trabajar antes de empezar, y buscar a otra persona si no sientes que encajan.
strategy-weekly-talk-therapy-why = Las terapias psicológicas, como la terapia cognitivo-conductual, se recomiendan para la depresión, y las terapias centradas en el trauma, para el estrés postraumático. Las sesiones regulares te dan un lugar seguro y estable para trabajar las emociones que se han quedado bloqueadas.

## Reducir lo que apaga las emociones

strategy-reduce-emotional-suppressants-title = Reduce lo que te adormece
strategy-reduce-emotional-suppressants-how = Fíjate en cuánto te apoyas en el alcohol, el cannabis, los videojuegos o las redes sociales para pasar el día. Elige uno para reducirlo primero, por ejemplo poniéndote un límite de tiempo o eligiendo algunos días sin alcohol.
strategy-reduce-emotional-suppressants-why = Estas cosas pueden suavizar las emociones difíciles por un rato, y muchas personas notan que, al usarlas menos, sus propias emociones tienen más espacio para volver. Todavía no hay buenas investigaciones sobre esto en el caso del entumecimiento en concreto.
strategy-reduce-emotional-suppressants-caution = Si bebes mucho alcohol todos los días, no lo dejes de golpe por tu cuenta: dejarlo de una sola vez puede causar un síndrome de abstinencia peligroso, con síntomas como temblores, convulsiones o alucinaciones. Habla antes con un médico, que puede ayudarte a reducirlo de forma segura. Busca atención médica urgente si tienes temblores fuertes, vómitos repetidos o alucinaciones.

## Sueño regular

strategy-regular-sleep-title = Horarios de sueño regulares
strategy-regular-sleep-how = Intenta acostarte y levantarte más o menos a la misma hora todos los días, incluidos los fines de semana. Date un rato tranquilo para relajarte antes de dormir.
strategy-regular-sleep-why = El sueño influye mucho en cómo manejas tus emociones. En muchos estudios, mejorar el sueño también mejoró la depresión y la ansiedad, y esto tiene más respaldo que muchos otros consejos de autocuidado.

## Suplementos y alimentación

strategy-supplements-and-nutrition-title = Suplementos y alimentación
strategy-supplements-and-nutrition-how = Algunas personas revisan su alimentación y se fijan en suplementos como el omega-3 (aceite de pescado) o la vitamina D. Si te interesa alguno, habla con un médico o farmacéutico antes de empezar.
strategy-supplements-and-nutrition-why = A veces se presentan como apoyos naturales para el estado de ánimo, pero no hay pruebas sólidas de que ayuden con el entumecimiento o la depresión: en un ensayo grande, ni la vitamina D ni el omega-3 mejoraron el estado de ánimo en comparación con una pastilla sin efecto (placebo). Por favor, no los uses en lugar de un tratamiento.
strategy-supplements-and-nutrition-caution = Los suplementos y los remedios a base de plantas no son adecuados para todo el mundo, y algunos cambian el efecto de los medicamentos. La hierba de San Juan (hipérico) no debe tomarse con antidepresivos: juntos pueden causar una reacción grave. Dile siempre a tu médico o farmacéutico lo que tomas.
