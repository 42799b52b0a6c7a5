# Estrategias de autocuidado: qué hacer, por qué puede ayudar y cualquier precaución.

## Atención plena y escaneo corporal

strategy-mindfulness-body-scan-title = Atención plena y escaneo corporal
strategy-mindfulness-body-scan-how = Busca un lugar tranquilo y reserva de cinco a diez minutos cada día. Cierra los ojos si te sientes a gusto haciéndolo. Lleva tu atención despacio desde los dedos de los pies hasta la parte de arriba de la cabeza, y fíjate en lo que sientes por el camino, como calor, tensión u hormigueo. Si no notas nada, está bien. Simplemente sigue prestando atención con suavidad.
strategy-mindfulness-body-scan-why = Prestar atención a tu cuerpo con calma, día tras día, puede ayudarte a volver a conectar con él. Esa conexión puede ser un primer paso para reencontrarte con tus emociones.

## Preguntas para escribir un diario

strategy-journaling-prompts-title = Preguntas para tu diario
strategy-journaling-prompts-how = Una vez al día, escribe una frase que empiece con “Hoy me sentí…” y termínala con sinceridad. Si la respuesta es “nada”, escríbelo también. Puedes añadir dónde estabas y qué estaba pasando en ese momento.
strategy-journaling-prompts-why = Poner las emociones en palabras, aunque la respuesta sea vacía, te ayuda con el tiempo a ser más consciente de lo que sientes. Releer tus notas también puede ayudarte a notar pequeños cambios que de otro modo se te pasarían.

## Llorar a propósito

strategy-cry-on-purpose-title = Llorar a propósito
strategy-cry-on-purpose-how = Elige una película triste, como The Notebook o Marley & Me, o pon canciones que te hayan conmovido en el pasado. Date un rato a solas, en un lugar que te dé seguridad para dejarte llevar. Si las lágrimas no llegan, está bien. Puedes volver a intentarlo otro día.
strategy-cry-on-purpose-why = A algunas personas les parece que una historia o una canción conmovedora ayuda a su sistema nervioso a prepararse para liberar emociones. No funciona para todo el mundo y no es un tratamiento, pero es algo suave que puedes probar.

## Ejercicio, sobre todo ejercicio intenso

strategy-intense-exercise-title = Acelera tu ritmo cardíaco
strategy-intense-exercise-how = Elige cualquier movimiento que te acelere el corazón: correr, un entrenamiento por intervalos de alta intensidad (conocido como HIIT) o bailar en tu cuarto. Empieza a un nivel que te resulte manejable y ve subiendo poco a poco.
strategy-intense-exercise-why = A algunas personas el ejercicio intenso les ayuda a soltar la tensión que han ido acumulando en el cuerpo. Las pruebas sobre esto son limitadas, así que tómalo como algo para probar y no como una solución segura.

## Exposición al frío

strategy-cold-exposure-title = Agua fría
strategy-cold-exposure-how = Prueba a terminar la ducha con un chorro corto de agua fría, o échate agua fría en la cara. Otra opción es sostener algo frío contra la cara por un momento breve, como hielo envuelto en un paño.
strategy-cold-exposure-why = Algunas personas dicen que un golpe rápido de frío les ayuda a sentirse más presentes. A veces se dice que funciona porque activa el nervio vago, pero las pruebas son débiles, así que tómalo como un experimento y no como un tratamiento.
strategy-cold-exposure-caution = El frío puede ser un golpe fuerte para el cuerpo. Si tienes algún problema del corazón, sáltate esta idea o consúltalo antes con tu médico. Hazlo por poco tiempo y para si te mareas o te sientes mal.

## Terapia semanal

strategy-weekly-talk-therapy-title = Terapia semanal
strategy-weekly-talk-therapy-how = Busca terapia con un profesional que tenga un enfoque sensible al trauma e intenta tener una sesión por semana. Está bien preguntar por su forma de trabajar antes de empezar, y buscar a otra persona si no sientes que encajan.
strategy-weekly-talk-therapy-why = Las sesiones regulares te dan un lugar seguro y estable para trabajar las emociones que se han quedado bloqueadas. Un terapeuta con enfoque sensible al trauma entiende por qué la mente a veces apaga las emociones y puede ayudarte a abrirte a un ritmo que se sienta seguro.

## Reducir lo que apaga las emociones

strategy-reduce-emotional-suppressants-title = Reduce lo que te adormece
strategy-reduce-emotional-suppressants-how = Fíjate en cuánto te apoyas en el alcohol, el cannabis, los videojuegos o las redes sociales para pasar el día. Elige uno para reducirlo primero, por ejemplo poniéndote un límite de tiempo o eligiendo algunos días sin alcohol. Si reducirlo te cuesta mucho, un médico puede ayudarte a hacerlo de forma segura.
strategy-reduce-emotional-suppressants-why = Estas cosas pueden suavizar las emociones difíciles por un rato, pero también pueden aumentar el entumecimiento. Usarlas menos frena ese adormecimiento extra y deja más espacio para que tus propias emociones vuelvan.

## Sueño regular

strategy-regular-sleep-title = Horarios de sueño regulares
strategy-regular-sleep-how = Intenta acostarte y levantarte más o menos a la misma hora todos los días, incluidos los fines de semana. Date un rato tranquilo para relajarte antes de dormir.
strategy-regular-sleep-why = El sueño influye mucho en cómo manejas tus emociones. Dormir con regularidad ayuda a recuperar ese equilibrio, y esta idea tiene más respaldo que muchos otros consejos de autocuidado.

## Suplementos y alimentación

strategy-supplements-and-nutrition-title = Suplementos y alimentación
strategy-supplements-and-nutrition-how = Algunas personas revisan su alimentación y prueban suplementos como omega-3 (aceite de pescado), vitamina D y vitaminas del grupo B. Si te interesa alguno, habla con un médico o farmacéutico antes de empezar.
strategy-supplements-and-nutrition-why = A veces se presentan como apoyos naturales para el estado de ánimo. Las pruebas de que ayuden con el entumecimiento emocional son débiles, así que no los uses en lugar de un tratamiento.
strategy-supplements-and-nutrition-caution = Los suplementos no son adecuados para todo el mundo, y algunos pueden cambiar el efecto de los medicamentos. Consulta con un profesional de la salud antes de tomarlos, sobre todo si ya tomas algún medicamento.
