# Títulos, resúmenes y textos de los artículos de Haven en español.
# Cada dato de este archivo se cita en las `sources` del artículo (data/articles/<slug>.toml,
# data/sources.toml). Los mensajes críticos para la seguridad están en data/safety.toml.

### Compartido por todos los artículos que hablan de suicidio, medicamentos o trauma (se muestra cerca del principio)

help-early = Si estás pensando en el suicidio en este momento, no hace falta que sigas leyendo antes. Llama al número de emergencias de tu zona, o a una de las líneas de ayuda en crisis que aparecen junto a esta guía, y cuéntales cómo te sientes.

### ¿Por qué ya no puedo llorar? (guía principal)

article-why-cant-i-cry-title = ¿Por qué ya no puedo llorar?
article-why-cant-i-cry-summary = Si tus emociones parecen apagadas y las lágrimas no salen, no eres la única persona a la que le pasa. Descubre qué es el entumecimiento emocional, qué puede causarlo y qué puede ayudar.

why-cant-i-cry-intro = Tal vez pasó algo triste y esperaste las lágrimas, pero nunca llegaron. Tal vez llevas meses sin llorar, aunque una parte de ti quisiera hacerlo. Si esto te suena, no eres la única persona a la que le pasa, y no dice nada malo de quién eres. Esta guía explica qué podría estar pasando y qué puede ayudar.

why-cant-i-cry-names-heading = Cómo se le llama
why-cant-i-cry-names = No hay un solo nombre para esta experiencia. Se habla de entumecimiento emocional, embotamiento emocional, aplanamiento emocional o bloqueo emocional. Hay quien la llama depresión “sin lágrimas”. Todos estos nombres apuntan a lo mismo: tus emociones parecen apagadas, como si alguien le hubiera bajado el volumen a tu mundo interior.

why-cant-i-cry-feels-like-heading = Cómo se puede sentir
why-cant-i-cry-feels-like-intro = El entumecimiento se manifiesta de forma distinta en cada persona. Puede que notes algunas de estas cosas:
why-cant-i-cry-feels-like-1 = No puedes llorar, ni siquiera en momentos que antes te habrían roto el corazón.
why-cant-i-cry-feels-like-2 = Sientes una gran distancia con las personas que quieres, o sientes que no te quieren aunque está claro que les importas.
why-cant-i-cry-feels-like-3 = Te cuesta encontrar alegría o ilusión. Hasta el enojo parece haberse quedado en silencio.
why-cant-i-cry-feels-like-4 = La vida se ve gris, como si la miraras a través de un cristal.
why-cant-i-cry-feels-like-5 = Sientes que no puedes salir de tu propia cabeza y no ves una salida clara.
why-cant-i-cry-not-weakness = El entumecimiento no es pereza, y no significa que seas una persona fría o indiferente. Es una respuesta real de tu mente y de tu cuerpo, y le puede pasar a cualquiera.

why-cant-i-cry-common-heading = Hay muchas personas que viven lo mismo
why-cant-i-cry-common = El entumecimiento emocional suele aparecer junto con la depresión. Las guías clínicas sobre el trastorno de estrés postraumático (TEPT) también incluyen el entumecimiento emocional entre sus signos. La depresión en sí es muy común: la Organización Mundial de la Salud ha calculado que unos trescientos millones de personas en todo el mundo viven con ella.

why-cant-i-cry-causes-heading = Qué puede causarlo
why-cant-i-cry-causes-intro = Muchas veces hay más de una causa a la vez. Estas son algunas de las más comunes:
why-cant-i-cry-causes-depression = La propia depresión. La depresión puede bajar la intensidad con la que sientes las cosas. Durante mucho tiempo, esto se explicaba por niveles bajos de sustancias químicas del cerebro, como la serotonina, pero hoy esa idea está en debate entre los científicos, y las causas de la depresión probablemente sean una mezcla de muchas cosas. Algunas personas sienten ansiedad todo el tiempo y aun así no logran sacar ese sentimiento a través del llanto.
why-cant-i-cry-causes-medication = Los antidepresivos. Algunos medicamentos para la depresión, sobre todo el grupo conocido como ISRS, pueden apagar las emociones como efecto secundario. Nuestra guía sobre antidepresivos y embotamiento emocional lo explica mejor.
why-cant-i-cry-causes-treatment-resistant = Una depresión que no ha mejorado con el tratamiento. Cuando más de un medicamento no ha ayudado lo suficiente, el entumecimiento puede quedarse. Nuestra guía sobre la depresión resistente al tratamiento describe las opciones de las que puede hablarte un especialista.
why-cant-i-cry-causes-trauma = El trauma. El maltrato o el abuso, el estrés prolongado o las experiencias dolorosas en la infancia pueden hacer que la mente apague las emociones para poder sobrellevarlo. Nuestra guía sobre trauma y entumecimiento lo explica con más detalle.

why-cant-i-cry-other-causes-heading = ¿Entumecimiento sin depresión?
why-cant-i-cry-other-causes = El entumecimiento no siempre viene de la depresión. El agotamiento (burnout) por un estrés prolongado en el trabajo puede desgastar tus emociones, y el duelo a menudo empieza con conmoción y entumecimiento. Algunas personas sienten entumecimiento después de un trauma. A algunas personas autistas les cuesta reconocer o ponerle nombre a lo que sienten, y eso puede sentirse como entumecimiento; a veces se le llama alexitimia. Como estas causas pueden parecerse, hablar con un médico o un terapeuta puede ayudarte a entender qué hay detrás de tu propio entumecimiento.

why-cant-i-cry-self-care-heading = Pequeñas cosas que pueden ayudar
why-cant-i-cry-self-care = El autocuidado no reemplaza al tratamiento, pero puede ayudarte a reconectar poco a poco con tus emociones. Podrías probar un breve escaneo corporal cada día, o escribir cómo te sentiste, aunque la respuesta sea “nada”. Una película triste o una canción que antes te conmovía puede ayudar, y también el ejercicio regular: consulta antes con un médico si tienes un problema del corazón o llevas un tiempo sin hacer actividad física. Dormir con horarios regulares también importa. Además, ayuda reducir lo que te adormece todavía más, como el alcohol, el cannabis o pasar muchas horas con videojuegos o redes sociales. Empieza con una sola idea y ve con calma. No tienes que hacerlo todo a la vez.

why-cant-i-cry-when-help-heading = Cuándo ir al médico
why-cant-i-cry-when-help-intro = Por favor, habla con un médico o con un profesional de salud mental si te pasa alguna de estas cosas:
why-cant-i-cry-when-help-1 = Tienes pensamientos de suicidio.
why-cant-i-cry-when-help-2 = Sientes una desconexión total de la realidad.
why-cant-i-cry-when-help-3 = No puedes con la vida diaria en el trabajo o en casa.
why-cant-i-cry-when-help-4 = El entumecimiento o el ánimo bajo han durado más de unas dos semanas.
why-cant-i-cry-when-help-now = Si tienes pensamientos de suicidio, por favor no esperes: hoy mismo, cuéntaselo a un médico, llama a una línea de ayuda en crisis o cuéntaselo a alguien de confianza. Si sientes que podrías actuar según esos pensamientos, ahora mismo llama al número de emergencias de tu zona o ve a un servicio de urgencias. Nuestra guía sobre cómo buscar ayuda ahora explica qué hacer y qué esperar.

why-cant-i-cry-closing = No poder llorar no te hace débil, y no significa que haya algo roto en ti. Es una respuesta muy humana ante un mundo estresante, y muchas personas notan que sus emociones vuelven con el apoyo adecuado. Hoy, elige un paso pequeño: hacer una llamada, pedir una cita o pasar cinco minutos con una canción que te encanta.

### Antidepresivos y embotamiento emocional

article-antidepressants-and-emotional-blunting-title = Antidepresivos y embotamiento emocional
article-antidepressants-and-emotional-blunting-summary = Algunos antidepresivos pueden apagar tus emociones como efecto secundario. Aquí verás cómo puede notarse y cómo hablarlo de forma segura con el profesional que te los receta.

antidepressants-and-emotional-blunting-intro = Los antidepresivos ayudan a mucha gente a sentirse mejor. Pero algunas personas notan que, a medida que mejora su ánimo decaído, sus otras emociones también se apagan. Puede que se rían menos, que les importen menos las cosas que antes disfrutaban o que no consigan llorar. A esto se le suele llamar embotamiento emocional.

antidepressants-and-emotional-blunting-warning = Cuando empiezas a tomar un antidepresivo, cambias la dosis o lo dejas, tu estado de ánimo puede empeorar durante un tiempo, y algunas personas tienen pensamientos de suicidio. Esto es más probable en personas menores de 25 años. Si te pasa, contacta ese mismo día con el profesional que te lo recetó o con tu médico. Si es posible que actúes según esos pensamientos, llama ahora mismo al número de emergencias de tu zona.

antidepressants-and-emotional-blunting-common-heading = ¿Qué tan común es?
antidepressants-and-emotional-blunting-common = El embotamiento es uno de los efectos secundarios que la gente menciona con más frecuencia. En algunas encuestas en línea, alrededor de la mitad de las personas que tomaban antidepresivos dijeron haberse sentido emocionalmente embotadas o entumecidas: cerca del 46 % en una encuesta realizada desde la Universidad de Oxford y cerca del 60 % en una encuesta en Nueva Zelanda. Las personas eligieron participar en estas encuestas, así que es posible que las cifras no se apliquen a todo el mundo. El embotamiento se relaciona sobre todo con un grupo de medicamentos llamados ISRS, y la propia depresión también puede apagar las emociones.
antidepressants-and-emotional-blunting-names = Entre los medicamentos que la gente menciona a menudo están { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } y { -medicine-fluoxetine }. No todas las personas que los toman sienten embotamiento, y para muchas estos medicamentos son una parte importante de su recuperación.

antidepressants-and-emotional-blunting-which-heading = ¿Es la depresión o es el medicamento?
antidepressants-and-emotional-blunting-which = Puede ser difícil saberlo. La depresión por sí sola puede aplanar tus emociones, y el medicamento que se usa para tratarla también. Algunas personas notan que el entumecimiento empezó después de comenzar un medicamento. Otras ya lo sentían mucho antes. No tienes que descifrarlo sin ayuda. El profesional que te receta el medicamento puede ayudarte a entenderlo.

antidepressants-and-emotional-blunting-what-to-do-heading = Qué puedes hacer
antidepressants-and-emotional-blunting-step-1 = Fíjate y anótalo. Durante una o dos semanas, apunta los momentos en que esperabas sentir algo y no lo sentiste. Así tendrás algo claro que contar.
antidepressants-and-emotional-blunting-step-2 = Pide una revisión de tu medicación. Cuéntale al profesional que te la receta cómo te has sentido, incluido el entumecimiento. No tienes que esperar a una consulta de rutina para mencionarlo.
antidepressants-and-emotional-blunting-step-3 = Pregunta por tus opciones. El profesional que te receta el medicamento puede proponerte cambiar la dosis o pasar a otro medicamento. Algunas personas preguntan por { -medicine-vortioxetine } o { -medicine-bupropion }, que unos pocos estudios pequeños relacionan con menos embotamiento; las pruebas sobre esto son limitadas, y { -medicine-bupropion } no está aprobado para la depresión en todos los países. Solo el profesional que te receta el medicamento puede decidir si un cambio es adecuado para ti.
antidepressants-and-emotional-blunting-step-4 = Sigue tomando tu medicamento tal como te lo recetaron hasta que lo hayas hablado bien. Por favor, no te saltes dosis, ni bajes la dosis, ni lo dejes por tu cuenta: dejarlo de golpe puede causar síntomas de retirada, y si llegas a dejarlo, el profesional que te lo receta normalmente irá bajando la dosis paso a paso.
antidepressants-and-emotional-blunting-step-5 = Suma otros apoyos. La terapia y un autocuidado suave, como dormir con horarios regulares, pueden ayudarte a reconectar con tus emociones.
antidepressants-and-emotional-blunting-herbal = Si tomas remedios a base de plantas o estás pensando en tomarlos, díselo al profesional que te receta tus medicamentos o a tu farmacéutico. La hierba de San Juan (hipérico) no debería tomarse con antidepresivos: juntos pueden causar una reacción grave.

antidepressants-and-emotional-blunting-speak-up = Está bien sacar el tema. Sentir entumecimiento con un medicamento es un efecto secundario real. Mencionarlo no te convierte en una persona desagradecida ni complicada, y es justo el tipo de cosa que necesita saber el profesional que te lo receta.

antidepressants-and-emotional-blunting-closing = Darte cuenta de que tus emociones se han quedado en silencio es un primer paso importante, y demuestra que tu propia vida todavía te importa. No eres débil y no hay nada roto en ti. Con el apoyo adecuado, muchas personas vuelven a sentir. Hoy, un paso pequeño podría ser apuntar una nota para el profesional que te receta el medicamento o pedir esa cita.

### Depresión resistente al tratamiento

article-treatment-resistant-depression-title = Depresión resistente al tratamiento
article-treatment-resistant-depression-summary = Cuando la depresión no ha mejorado después de probar más de un medicamento, todavía hay opciones. Aquí verás qué significa el término y de qué puede hablarte un especialista.

treatment-resistant-depression-intro = A veces la depresión no mejora, incluso después de haber probado más de un tratamiento. Cuando eso pasa, el entumecimiento puede durar mucho tiempo, y es fácil perder el ánimo. Pero todavía hay opciones, y vale la pena preguntar por ellas.

treatment-resistant-depression-meaning-heading = Qué significa el término
treatment-resistant-depression-meaning = Los médicos suelen hablar de depresión resistente al tratamiento cuando alguien ha probado dos o más antidepresivos, a una dosis suficiente y durante el tiempo necesario, sin mejorar lo suficiente. El término describe cómo ha respondido tu depresión hasta ahora. No es un juicio sobre ti, y no significa que nada vaya a ayudarte.

treatment-resistant-depression-options-heading = Opciones de las que pueden hablarte tu médico o un especialista
treatment-resistant-depression-options-intro = Las guías clínicas suelen sugerir probar primero estas opciones, más o menos en este orden, y con el consejo de un especialista para los pasos posteriores:
treatment-resistant-depression-option-switch = Cambiar la dosis o pasar a otro antidepresivo.
treatment-resistant-depression-option-combine = Combinar medicamentos, o añadir otro medicamento al antidepresivo (por ejemplo, litio o un antipsicótico). Esto requiere controles regulares, porque estos medicamentos pueden tener sus propios efectos secundarios.
treatment-resistant-depression-option-therapy = Terapia psicológica, como la terapia cognitivo-conductual, junto con la medicación.
treatment-resistant-depression-option-ect = Terapia electroconvulsiva (TEC) para la depresión grave, que se aplica con anestesia general. Puede ayudar cuando otros tratamientos no lo han hecho, pero puede causar problemas de memoria, y la anestesia tiene sus propios riesgos.
treatment-resistant-depression-newer-intro = En algunos lugares se ofrecen opciones más nuevas, normalmente en servicios especializados:
treatment-resistant-depression-option-tms = Estimulación magnética transcraneal (EMT), que usa pulsos magnéticos para estimular partes del cerebro. En general se considera segura, pero no ayuda a todo el mundo.
treatment-resistant-depression-option-esketamine = Un espray nasal de { -medicine-esketamine }. Se usa junto con un antidepresivo que se toma por vía oral, y se administra en una clínica, donde el personal te vigila durante al menos dos horas después, porque puede causar somnolencia, mareo o sensación de desconexión de ti. No está aprobado ni financiado en todas partes.
treatment-resistant-depression-option-ketamine = { -medicine-ketamine }, administrada por goteo intravenoso. No está aprobada para la depresión, así que, cuando los médicos la usan, se trata de un uso “fuera de indicación” (off-label). Puede causar sensación de desconexión de la realidad y, a veces, alucinaciones.
treatment-resistant-depression-option-psilocybin = { -medicine-psilocybin }, que todavía es experimental: fuera de los ensayos de investigación no es un tratamiento aprobado, y los ensayos han encontrado efectos secundarios además de beneficios. Que sea legal o no depende del país en el que vivas.
treatment-resistant-depression-specialist-only = Estos tratamientos tienen que darse bajo atención médica. Por favor, no intentes conseguir ni usar ninguno de ellos por tu cuenta, y no dejes ni cambies tu medicamento actual sin hablar con el profesional que te lo receta.

treatment-resistant-depression-next-steps-heading = Dar el siguiente paso
treatment-resistant-depression-next-steps = Un buen primer paso es hablar con el médico que lleva tu tratamiento ahora. Puedes preguntarle si tiene sentido que te derive a un especialista. Puede ayudar llevar una lista corta de los medicamentos que has probado, más o menos cuánto tiempo tomaste cada uno y qué cambió o qué no.
treatment-resistant-depression-support = Mientras exploras estas opciones, la terapia y los hábitos estables, como dormir con horarios regulares, pueden seguir apoyándote en el día a día.

treatment-resistant-depression-closing = Vivir con una depresión que no cede es agotador, y seguir adelante requiere fuerza. No eres débil y no hay nada roto en ti. Muchas personas sí se sienten mejor con un tratamiento distinto, incluso después de que varios no hayan funcionado. Un paso pequeño hoy, como una llamada o pedir una cita, es suficiente.

### Trauma y entumecimiento

article-trauma-and-numbness-title = Trauma y entumecimiento
article-trauma-and-numbness-summary = Después de un trauma o de un estrés prolongado, la mente puede apagar las emociones para protegerte. Descubre por qué pasa y qué terapias pueden ayudar.

trauma-and-numbness-intro = A veces el entumecimiento tiene menos que ver con la depresión o con un medicamento y más con lo que has vivido. Puede ser la forma que tiene tu mente de protegerte después de experiencias difíciles.

trauma-and-numbness-how-heading = Cómo el trauma puede apagar las emociones
trauma-and-numbness-how = Después de un maltrato o un abuso, una agresión, un trauma en la infancia o un estrés que dura mucho tiempo, algunas personas notan que sus emociones bajan de volumen o se apagan. Los médicos reconocen este entumecimiento emocional como una de las formas en que puede manifestarse el estrés postraumático. Puede ir unido a la disociación, una sensación de desconexión de ti o del mundo que te rodea. En su momento, apagarte pudo ayudarte a salir adelante. Más adelante, a las emociones les puede costar volver a encenderse, incluso cuando ya estás a salvo.
trauma-and-numbness-not-a-flaw = Si te identificas con esto, tu entumecimiento no es un defecto. Es una señal de lo mucho que ha trabajado tu mente para protegerte.

trauma-and-numbness-therapy-heading = Terapias que pueden ayudar
trauma-and-numbness-therapy-intro = Un buen punto de partida es un terapeuta con formación en trauma. Las guías clínicas recomiendan en particular dos tipos de terapia:
trauma-and-numbness-therapy-cbt = La terapia cognitivo-conductual centrada en el trauma (TCC centrada en el trauma), que te ayuda a trabajar los recuerdos y el significado que tienen para ti.
trauma-and-numbness-therapy-emdr = EMDR (desensibilización y reprocesamiento por movimientos oculares), que te ayuda a procesar los recuerdos mientras sigues movimientos oculares de un lado a otro o unos toques.
trauma-and-numbness-therapy-somatic = También puedes oír hablar de enfoques basados en el cuerpo, como la experiencia somática (Somatic Experiencing). A algunas personas les resultan útiles, pero por ahora hay mucha menos investigación que los respalde.
trauma-and-numbness-therapy-weekly = Tu terapeuta puede explicarte cómo funciona cada una y ayudarte a elegir la que mejor te encaje. Las sesiones regulares dan a las emociones bloqueadas un lugar estable y seguro por donde salir, a tu propio ritmo.

trauma-and-numbness-reconnect-heading = Formas suaves de reconectar
trauma-and-numbness-reconnect = Además de la terapia, pequeños hábitos diarios pueden ayudarte a volver a sentirte en casa dentro de tu cuerpo, como escribir unas líneas en un diario o hacer un breve escaneo corporal. En las personas que han vivido un trauma, prestar mucha atención al cuerpo a veces puede despertar recuerdos o emociones difíciles. Ve despacio, mantén los ojos abiertos si eso te da más seguridad, y está bien parar y retomarlo más adelante con tu terapeuta.
trauma-and-numbness-reach-out = Si sientes una desconexión total de la realidad, o si el entumecimiento te hace difícil pasar el día, por favor díselo pronto a un médico. Si estás pensando en el suicidio, llama ahora mismo a una línea de ayuda en crisis o al número de emergencias de tu zona. Nuestra guía sobre cómo buscar ayuda ahora explica cómo hacerlo.

trauma-and-numbness-closing = Lo que te pasó no fue tu culpa, y apagarte fue una forma de sobrevivir. No eres débil y no hay nada roto en ti. Las emociones pueden volver, con suavidad y a tu propio ritmo. Hoy, un paso pequeño, como buscar un terapeuta que trabaje con terapias centradas en el trauma, es suficiente.

### Cuándo y cómo buscar ayuda ahora

article-getting-help-now-title = Cuándo y cómo buscar ayuda ahora
article-getting-help-now-summary = Conoce las señales de que es momento de pedir ayuda, qué hacer en una crisis, cómo ayudar a otra persona y cómo suele ser una primera llamada o una primera cita.

getting-help-now-urgent = Si es posible que actúes según tus pensamientos de suicidio, o si estás en peligro en este momento, por favor deja de leer y llama al número de emergencias de tu zona, o ve al servicio de urgencias más cercano.
getting-help-now-intro = El entumecimiento puede hacer difícil darte cuenta de lo grave que se ha vuelto la situación. Cuando no sientes nada, es fácil pensar que estás bien, o que no mereces ayuda. Sí la mereces. Esta guía explica cuándo pedir ayuda, qué hacer y qué esperar.

getting-help-now-crisis-heading = Si estás en crisis en este momento
getting-help-now-crisis-1 = Llama al número de emergencias de tu zona o ve al servicio de urgencias más cercano.
getting-help-now-crisis-2 = Quédate con alguien de confianza, o pídele a alguien que venga a estar contigo. Intenta no quedarte a solas.
getting-help-now-crisis-3 = Pon distancia entre tú y cualquier cosa que puedas usar para hacerte daño, o pídele a alguien que se la lleve por ahora.
getting-help-now-crisis-4 = Recuerda que estos sentimientos, por fuertes que sean, pueden pasar. Muchas personas que se han sentido así han salido adelante, y la ayuda está ahí.

getting-help-now-signs-heading = Señales de que es momento de buscar ayuda
getting-help-now-sign-1 = Tienes pensamientos de suicidio.
getting-help-now-sign-2 = Sientes una desconexión total de la realidad.
getting-help-now-sign-3 = No puedes funcionar en el trabajo o en casa.
getting-help-now-sign-4 = El entumecimiento o el ánimo bajo han durado más de unas dos semanas.
getting-help-now-signs-note = No hace falta que te pasen todas. Con una sola ya hay un buen motivo para ir al médico. Y siempre puedes pedir ayuda antes de que las cosas lleguen a este punto.

getting-help-now-what-to-do-heading = Qué hacer
getting-help-now-step-1 = Si estás en peligro o es posible que actúes según tus pensamientos de suicidio, llama ahora mismo al número de emergencias de tu zona.
getting-help-now-step-2 = Si necesitas hablar con alguien hoy, llama o escribe un mensaje de texto a una línea de ayuda en crisis. Las líneas de ayuda en crisis de tu país aparecen junto a esta guía; son gratuitas o de bajo costo, y muchas atienden de día y de noche.
getting-help-now-step-3 = Si no estás en peligro inmediato, pide una cita con tu médico o con un profesional de salud mental.
getting-help-now-step-4 = Cuéntale a alguien de confianza, como un amigo, un familiar o un compañero de trabajo, cómo te has sentido, para no tener que cargar con esto sin compañía.

getting-help-now-someone-else-heading = Si te preocupa otra persona
getting-help-now-someone-else = Si es posible que alguien que conoces esté pensando en el suicidio, está bien preguntárselo directamente. Preguntar no le mete la idea en la cabeza, y hablar puede ser un alivio para esa persona. Escucha sin juzgar, y ayúdale a contactar con una línea de ayuda en crisis o con un médico. Si está en peligro inmediato, llama al número de emergencias y quédate con esa persona hasta que llegue la ayuda. Cuida también de ti: tú también puedes llamar a una línea de ayuda en crisis para recibir apoyo.

getting-help-now-young-people = Si tienes menos de 18 años, por favor cuéntale cómo te sientes a un adulto de confianza, como tu madre o tu padre, un profesor o un orientador escolar. Muchos países tienen una línea de ayuda gratuita solo para niños y jóvenes; puedes encontrarla entre las líneas que aparecen junto a esta guía.

getting-help-now-first-contact-heading = Cómo es una primera llamada o una primera cita
getting-help-now-first-call = Cuando llamas a una línea de ayuda en crisis, la persona que responde está ahí para escucharte. No necesitas encontrar las palabras justas, y no hace falta estar llorando para merecer su tiempo. Podrías decir simplemente: “No siento nada y me preocupa cómo estoy”.
getting-help-now-first-appointment = Una primera cita es sobre todo una conversación. Puede que te pregunten cuánto tiempo llevas sintiéndote así y cómo te las arreglas en el trabajo y en casa. Está bien decir que no puedes llorar y que no sabes por qué. Una evaluación puede ayudar a distinguir entre posibles causas, como la depresión, el agotamiento (burnout), el duelo o el trauma, para que recibas el tipo de apoyo adecuado.
getting-help-now-notes-tip = Si hablar te resulta difícil, escribe unas notas antes y llévalas contigo. También puedes pedirle a alguien de confianza que te acompañe.

getting-help-now-closing = Pedir ayuda cuando no sientes nada requiere verdadero valor. No eres débil y no hay nada roto en ti. Es una respuesta humana ante un mundo estresante, y la ayuda está ahí. Elige un paso pequeño para hoy: una llamada, una cita o cinco minutos con una canción que signifique algo para ti.
