# Mensajes compartidos que se usan en todas las partes del servicio Haven.

## Se muestra al final de cada artículo

disclaimer = Este contenido es solo educativo. No es un diagnóstico ni un tratamiento. Habla con un profesional de la salud autorizado sobre tu situación.
get-help-now-title = Busca ayuda ahora
get-help-now-body = Si tienes pensamientos de suicidio y sientes que podrías llevarlos a cabo, o si estás en peligro, llama ahora mismo al número de emergencias de tu zona. Junto a este mensaje encontrarás las líneas de ayuda en crisis de tu país.

## Se usa en cualquier contenido que hable de medicamentos

medication-safety = Nunca dejes ni cambies un medicamento sin hablar antes con quien te lo recetó. Dejarlo de repente puede causar síntomas de discontinuación. Estos medicamentos ayudan a muchas personas y salvan vidas.

## Tiempo de lectura que se muestra en las listas de artículos

reading-time =
    { $minutes ->
        [one] { $minutes } minuto de lectura
       *[other] { $minutes } minutos de lectura
    }
