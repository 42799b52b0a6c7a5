# Títulos, resúmenes y textos de los artículos de Haven en español.

### ¿Por qué ya no puedo llorar? (guía principal)

article-why-cant-i-cry-title = ¿Por qué ya no puedo llorar?
article-why-cant-i-cry-summary = Si tus emociones parecen apagadas y las lágrimas no salen, no eres la única persona a la que le pasa. Descubre qué es el entumecimiento emocional, qué puede causarlo y qué puede ayudar.

why-cant-i-cry-intro = Tal vez pasó algo triste y esperaste las lágrimas, pero nunca llegaron. Tal vez llevas meses sin llorar, aunque una parte de ti quisiera hacerlo. Si esto te suena, no eres la única persona a la que le pasa, y no dice nada malo de quién eres. Esta guía explica qué podría estar pasando y qué puede ayudar.

why-cant-i-cry-names-heading = Cómo se le llama
why-cant-i-cry-names = No hay un solo nombre para esta experiencia. Se habla de entumecimiento emocional, anestesia emocional, embotamiento emocional, aplanamiento emocional o bloqueo emocional. Hay quien la llama depresión “sin lágrimas”. Todos estos nombres apuntan a lo mismo: tus emociones parecen apagadas, como si alguien le hubiera bajado el volumen a tu mundo interior.

why-cant-i-cry-feels-like-heading = Cómo se puede sentir
why-cant-i-cry-feels-like-intro = El entumecimiento se manifiesta de forma distinta en cada persona. Puede que notes algunas de estas cosas:
why-cant-i-cry-feels-like-1 = No puedes llorar, ni siquiera en momentos que antes te habrían roto el corazón.
why-cant-i-cry-feels-like-2 = Sientes una gran distancia con las personas que quieres, o sientes que nadie te quiere aunque se nota que les importas.
why-cant-i-cry-feels-like-3 = Te cuesta encontrar alegría o ilusión. Hasta el enojo parece haberse quedado en silencio.
why-cant-i-cry-feels-like-4 = La vida se ve gris, como si la miraras a través de un cristal.
why-cant-i-cry-feels-like-5 = Sientes que no puedes salir de tu propia cabeza y no ves una salida clara.
why-cant-i-cry-not-weakness = El entumecimiento no es pereza, y no significa que seas una persona fría o indiferente. Es una respuesta real de tu mente y de tu cerebro, y le puede pasar a cualquiera.

why-cant-i-cry-common-heading = Hay muchas personas que viven lo mismo
why-cant-i-cry-common = El entumecimiento emocional suele aparecer junto con la depresión y la ansiedad. También es frecuente en el trastorno bipolar y en el trastorno de estrés postraumático (TEPT). La depresión en sí es muy común. La Organización Mundial de la Salud calcula que unos doscientos ochenta millones de personas en todo el mundo viven con ella.

why-cant-i-cry-causes-heading = Qué puede causarlo
why-cant-i-cry-causes-intro = Muchas veces hay más de una causa a la vez. Estas son algunas de las más comunes:
why-cant-i-cry-causes-depression = La propia depresión. La depresión altera los sistemas del cerebro que transportan los mensajeros químicos serotonina, dopamina y noradrenalina, y eso puede bajar la intensidad de tus respuestas emocionales. Algunas personas sienten ansiedad todo el tiempo y aun así no logran sacar ese sentimiento a través del llanto.
why-cant-i-cry-causes-medication = Los antidepresivos. Algunos medicamentos para la depresión, sobre todo el grupo conocido como ISRS, pueden apagar las emociones como efecto secundario. Nuestra guía sobre antidepresivos y embotamiento emocional lo explica mejor.
why-cant-i-cry-causes-treatment-resistant = Una depresión que no ha mejorado con el tratamiento. Cuando más de un medicamento no ha ayudado lo suficiente, el entumecimiento puede quedarse. Nuestra guía sobre la depresión resistente al tratamiento describe las opciones de las que puede hablarte un especialista.
why-cant-i-cry-causes-trauma = El trauma. El maltrato, el estrés prolongado o las experiencias dolorosas en la infancia pueden enseñarle al cerebro que sentir es peligroso. Para ayudarte a sobrevivir, el cerebro apaga las emociones. Nuestra guía sobre trauma y entumecimiento lo explica con más detalle.

why-cant-i-cry-other-causes-heading = ¿Entumecimiento sin depresión?
why-cant-i-cry-other-causes = El entumecimiento no siempre viene de la depresión. El agotamiento (burnout) y el estrés laboral prolongado pueden desgastar tus emociones. El duelo puede hacer lo mismo. Algunas personas dejan de sentir después de un trauma, y el entumecimiento también puede darse en personas autistas. Como estas causas pueden parecerse, hablar con un profesional puede ayudarte a entender qué hay detrás de lo que te pasa.

why-cant-i-cry-self-care-heading = Pequeñas cosas que pueden ayudar
why-cant-i-cry-self-care = El autocuidado no reemplaza al tratamiento, pero puede ayudarte a reconectar poco a poco con tus emociones. Podrías probar un breve escaneo corporal cada día, o escribir cómo te sentiste, aunque la respuesta sea “nada”. Una película triste o una canción que antes te conmovía puede ayudar, igual que el ejercicio que te acelera el corazón. Dormir con horarios regulares también importa. Además, ayuda reducir lo que te adormece todavía más, como el alcohol, el cannabis o pasar muchas horas con videojuegos o redes sociales. Empieza con una sola idea y ve con calma. No tienes que hacerlo todo a la vez.

why-cant-i-cry-when-help-heading = Cuándo pedir ayuda
why-cant-i-cry-when-help-intro = Habla con un médico o con un profesional de salud mental si te pasa alguna de estas cosas:
why-cant-i-cry-when-help-1 = Tienes pensamientos de suicidio.
why-cant-i-cry-when-help-2 = Sientes una desconexión total de la realidad.
why-cant-i-cry-when-help-3 = No puedes con la vida diaria en el trabajo o en casa.
why-cant-i-cry-when-help-4 = El entumecimiento ha durado más de dos o tres meses.
why-cant-i-cry-when-help-now = Si tienes pensamientos de suicidio, no esperes: busca ayuda hoy mismo. Si sientes que podrías llevarlos a cabo, llama ahora mismo al número de emergencias de tu zona. Nuestra guía sobre cómo buscar ayuda ahora explica qué hacer y qué esperar.

why-cant-i-cry-closing = No poder llorar no te hace débil, y no significa que haya algo roto en ti. Es una respuesta muy humana ante un mundo estresante, y las emociones pueden encontrar el camino de vuelta. Sanar es posible. Hoy, elige un paso pequeño: hacer una llamada, pedir una cita o pasar cinco minutos con una canción que te encanta.

### Antidepresivos y embotamiento emocional

article-antidepressants-and-emotional-blunting-title = Antidepresivos y embotamiento emocional
article-antidepressants-and-emotional-blunting-summary = Algunos antidepresivos pueden apagar tus emociones como efecto secundario. Aquí verás cómo puede notarse y cómo hablarlo de forma segura con quien te los recetó.

antidepressants-and-emotional-blunting-intro = Los antidepresivos ayudan a mucha gente a sentirse mejor. Pero algunas personas notan que, a medida que mejora su ánimo decaído, sus otras emociones también se apagan. Puede que se rían menos, que les importen menos las cosas que antes disfrutaban o que no consigan llorar. A esto se le suele llamar embotamiento emocional.

antidepressants-and-emotional-blunting-common-heading = ¿Qué tan común es?
antidepressants-and-emotional-blunting-common = El embotamiento es uno de los efectos secundarios que la gente menciona con más frecuencia. En encuestas, entre el 40 y el 60 por ciento de las personas que toman antidepresivos dicen haber notado algo de embotamiento. Se relaciona sobre todo con un grupo de medicamentos llamados ISRS.
antidepressants-and-emotional-blunting-names = Entre los medicamentos que la gente menciona a menudo están { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } y { -medicine-fluoxetine }. No todas las personas que los toman sienten embotamiento, y para muchas estos medicamentos son una parte importante de su recuperación.

antidepressants-and-emotional-blunting-which-heading = ¿Es la depresión o es el medicamento?
antidepressants-and-emotional-blunting-which = Puede ser difícil saberlo. La depresión por sí sola puede aplanar tus emociones, y el medicamento que se usa para tratarla también. Algunas personas notan que el entumecimiento empezó después de comenzar un medicamento. Otras ya lo sentían mucho antes. No tienes que descifrarlo sin ayuda. Quien te recetó el medicamento puede ayudarte a entenderlo.

antidepressants-and-emotional-blunting-what-to-do-heading = Qué puedes hacer
antidepressants-and-emotional-blunting-step-1 = Fíjate y anótalo. Durante una o dos semanas, apunta los momentos en que esperabas sentir algo y no lo sentiste. Así tendrás algo claro que contar.
antidepressants-and-emotional-blunting-step-2 = Pide una revisión de tu medicación. Cuéntale a quien te la recetó cómo te has sentido, incluido el entumecimiento. No tienes que esperar a una consulta de rutina para mencionarlo.
antidepressants-and-emotional-blunting-step-3 = Pregunta por tus opciones. Quien te receta puede hablarte de medicamentos que se relacionan con menos frecuencia con el embotamiento, como { -medicine-vortioxetine } o { -medicine-bupropion }. Solo esa persona puede decir si algún cambio tiene sentido en tu caso.
antidepressants-and-emotional-blunting-step-4 = Sigue tomando tu medicamento tal como te lo recetaron hasta que lo hayas hablado. Por favor, no te saltes dosis ni lo dejes por tu cuenta.
antidepressants-and-emotional-blunting-step-5 = Suma otros apoyos. La terapia y un autocuidado suave, como un escaneo corporal diario o dormir con horarios regulares, pueden ayudarte a reconectar con tus emociones.

antidepressants-and-emotional-blunting-speak-up = Está bien sacar el tema. Sentir entumecimiento con un medicamento es un efecto secundario real. Mencionarlo no te convierte en una persona desagradecida ni complicada, y es justo el tipo de cosa que quien te receta necesita saber.

antidepressants-and-emotional-blunting-closing = Darte cuenta de que tus emociones se han quedado en silencio es un primer paso importante, y demuestra que tu propia vida todavía te importa. No es una señal de debilidad, y no hay nada roto en ti. Con el apoyo adecuado, la mayoría de las personas vuelve a sentir. Hoy, un paso pequeño podría ser apuntar una nota para quien te receta o pedir esa cita.

### Depresión resistente al tratamiento

article-treatment-resistant-depression-title = Depresión resistente al tratamiento
article-treatment-resistant-depression-summary = Cuando la depresión no ha mejorado después de probar más de un medicamento, todavía hay opciones. Aquí verás qué significa el término y de qué puede hablarte un especialista.

treatment-resistant-depression-intro = A veces la depresión no mejora, incluso después de haber probado más de un tratamiento. Cuando eso pasa, el entumecimiento puede durar mucho tiempo, y es fácil perder el ánimo. Pero todavía hay opciones, y vale la pena preguntar por ellas.

treatment-resistant-depression-meaning-heading = Qué significa el término
treatment-resistant-depression-meaning = Los médicos suelen hablar de depresión resistente al tratamiento cuando alguien ha probado dos o más antidepresivos, a una dosis suficiente y durante el tiempo necesario, sin mejorar lo suficiente. El término describe cómo ha respondido tu depresión hasta ahora. No es un juicio sobre ti, y no significa que nada vaya a ayudarte.

treatment-resistant-depression-options-heading = Opciones de las que puede hablarte un especialista
treatment-resistant-depression-options-intro = Si los tratamientos habituales no han ayudado lo suficiente, un especialista puede hablarte de otros enfoques. Cada uno tiene sus propios beneficios, riesgos y requisitos sobre quién puede recibirlo. Entre ellos están:
treatment-resistant-depression-option-ketamine = La terapia de infusión con { -medicine-ketamine }, en la que el medicamento se administra lentamente por goteo.
treatment-resistant-depression-option-esketamine = Un espray nasal de { -medicine-esketamine }, que se vende como { -brand-spravato }.
treatment-resistant-depression-option-tms = La estimulación magnética transcraneal, conocida como EMT (o TMS, por sus siglas en inglés), que usa campos magnéticos para estimular partes del cerebro.
treatment-resistant-depression-option-psilocybin = La terapia asistida con { -medicine-psilocybin }, pero solo en clínicas autorizadas o en estudios de investigación. Que sea legal o no depende del país en el que vivas.
treatment-resistant-depression-specialist-only = Estos tratamientos deben darse con atención especializada. Por favor, no intentes conseguir ni usar ninguno de ellos por tu cuenta.

treatment-resistant-depression-next-steps-heading = Dar el siguiente paso
treatment-resistant-depression-next-steps = Un buen primer paso es hablar con el médico que lleva tu tratamiento ahora. Puedes preguntarle si tiene sentido que te derive a un especialista. Puede ayudar llevar una lista corta de los medicamentos que has probado, más o menos cuánto tiempo tomaste cada uno y qué cambió o qué no.
treatment-resistant-depression-support = Mientras exploras estas opciones, la terapia y los hábitos estables, como dormir con horarios regulares, pueden seguir apoyándote en el día a día.

treatment-resistant-depression-closing = Vivir con una depresión que no cede es agotador, y seguir adelante requiere fuerza. No es una señal de debilidad, y no hay nada roto en ti. Sanar sigue siendo posible, y con el tratamiento adecuado la mayoría de las personas recupera sus emociones con el tiempo. Un paso pequeño hoy, como una llamada o pedir una cita, es suficiente.

### Trauma y entumecimiento

article-trauma-and-numbness-title = Trauma y entumecimiento
article-trauma-and-numbness-summary = Después de un trauma o de un estrés prolongado, la mente puede apagar las emociones para protegerte. Descubre por qué pasa y qué terapias pueden ayudar.

trauma-and-numbness-intro = A veces el entumecimiento tiene menos que ver con la depresión o con un medicamento y más con lo que has vivido. Puede ser la forma que tiene tu mente de protegerte después de experiencias difíciles.

trauma-and-numbness-how-heading = Cómo el trauma puede apagar las emociones
trauma-and-numbness-how = Cuando alguien vive un trauma en la infancia, maltrato o un estrés que dura mucho tiempo, el cerebro puede aprender que sentir es peligroso. Para que puedas salir adelante, baja el volumen de las emociones o las apaga. Esto puede ir unido a la disociación, una sensación de desconexión de ti o del mundo que te rodea. En su momento, apagarte pudo ayudarte a sobrevivir. Más adelante, a las emociones les puede costar volver a encenderse, incluso cuando ya estás a salvo.
trauma-and-numbness-not-a-flaw = Si te identificas con esto, tu entumecimiento no es un defecto. Es una señal de lo mucho que ha trabajado tu mente para protegerte.

trauma-and-numbness-therapy-heading = Terapias que pueden ayudar
trauma-and-numbness-therapy-intro = Un buen punto de partida es un terapeuta con enfoque sensible al trauma. Es un profesional que entiende cómo afecta el trauma a las personas y te deja avanzar a tu propio ritmo. Entre las terapias que pueden ayudar están:
trauma-and-numbness-therapy-emdr = EMDR, que significa desensibilización y reprocesamiento por movimientos oculares.
trauma-and-numbness-therapy-cbt = La terapia cognitivo-conductual centrada en el trauma, a menudo llamada TCC centrada en el trauma.
trauma-and-numbness-therapy-somatic = La experiencia somática (Somatic Experiencing).
trauma-and-numbness-therapy-weekly = Tu terapeuta puede explicarte cómo funciona cada una y ayudarte a elegir la que mejor te encaje. Verse cada semana da a las emociones bloqueadas un lugar estable y seguro por donde salir.

trauma-and-numbness-reconnect-heading = Formas suaves de reconectar
trauma-and-numbness-reconnect = Además de la terapia, pequeños hábitos diarios pueden ayudarte a volver a sentirte en casa dentro de tu cuerpo. Un breve escaneo corporal o unas pocas líneas en un diario son buenos puntos de partida. Ve despacio. Si algo te remueve más de lo que puedes manejar, está bien parar y retomarlo más adelante con tu terapeuta.
trauma-and-numbness-reach-out = Si sientes una desconexión total de la realidad, o si el entumecimiento te hace difícil pasar el día, busca ayuda pronto. Nuestra guía sobre cómo buscar ayuda ahora explica cómo hacerlo.

trauma-and-numbness-closing = Lo que te pasó no fue tu culpa, y apagarte fue una forma de sobrevivir. No es una señal de debilidad, y no hay nada roto en ti. Las emociones pueden volver, con suavidad y a tu propio ritmo. Hoy, un paso pequeño, como buscar un terapeuta con enfoque sensible al trauma, es suficiente.

### Cuándo y cómo buscar ayuda ahora

article-getting-help-now-title = Cuándo y cómo buscar ayuda ahora
article-getting-help-now-summary = Conoce las señales de que es momento de pedir ayuda, qué hacer y cómo suele ser una primera llamada o una primera cita.

getting-help-now-urgent = Si tienes pensamientos de suicidio y sientes que podrías llevarlos a cabo, o si estás en peligro en este momento, deja de leer y llama al número de emergencias de tu zona.
getting-help-now-intro = El entumecimiento puede hacer difícil darte cuenta de lo grave que se ha vuelto la situación. Cuando no sientes nada, es fácil pensar que estás bien, o que no mereces ayuda. Sí la mereces. Esta guía explica cuándo pedir ayuda, qué hacer y qué esperar.

getting-help-now-signs-heading = Señales de que es momento de buscar ayuda
getting-help-now-sign-1 = Tienes pensamientos de suicidio.
getting-help-now-sign-2 = Sientes una desconexión total de la realidad.
getting-help-now-sign-3 = No puedes funcionar en el trabajo o en casa.
getting-help-now-sign-4 = Tus síntomas han durado más de dos o tres meses.
getting-help-now-signs-note = No hace falta que te pasen todas. Con una sola ya hay un buen motivo para pedir ayuda. Y siempre puedes pedir ayuda antes de que las cosas lleguen a este punto.

getting-help-now-what-to-do-heading = Qué hacer
getting-help-now-step-1 = Si estás en peligro o sientes que podrías llevar a cabo tus pensamientos de suicidio, llama ahora mismo al número de emergencias de tu zona.
getting-help-now-step-2 = Si necesitas hablar con alguien hoy, contacta con una línea de ayuda en crisis. En Estados Unidos está la Suicide & Crisis Lifeline. En el Reino Unido está Samaritans. Las dos atienden de día y de noche. En otros países, Befrienders Worldwide tiene una lista de centros de apoyo. Junto a esta guía aparecen los datos de contacto de tu país.
getting-help-now-step-3 = Si no estás en peligro inmediato, pide una cita con tu médico o con un profesional de salud mental.
getting-help-now-step-4 = Cuéntale a alguien de confianza cómo te has sentido, para no tener que cargar con esto sin compañía.

getting-help-now-first-contact-heading = Cómo es una primera llamada o una primera cita
getting-help-now-first-call = Cuando llamas a una línea de ayuda en crisis, la persona que responde está ahí para escucharte. No necesitas encontrar las palabras justas, y no hace falta estar llorando para merecer su tiempo. Podrías decir simplemente: “No siento nada y me preocupa lo que me está pasando”.
getting-help-now-first-appointment = Una primera cita es sobre todo una conversación. Puede que te pregunten cuánto tiempo llevas sintiéndote así y cómo te las arreglas en el trabajo y en casa. Está bien decir que no puedes llorar y que no sabes por qué. Una evaluación puede ayudar a distinguir entre posibles causas, como la depresión, el agotamiento (burnout), el duelo o el trauma, para que recibas el tipo de apoyo adecuado.
getting-help-now-notes-tip = Si hablar te resulta difícil, escribe unas notas antes y llévalas contigo. También puedes pedirle a alguien de confianza que te acompañe.

getting-help-now-closing = Pedir ayuda cuando no sientes nada requiere mucho valor. No es una señal de debilidad, y no hay nada roto en ti. Es una respuesta humana ante un mundo estresante, y sanar es posible. Elige un paso pequeño para hoy: una llamada, una cita o cinco minutos con una canción que signifique algo para ti.
