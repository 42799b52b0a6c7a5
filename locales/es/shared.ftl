# Mensajes compartidos que se usan en todas las partes del servicio Haven.

## Se muestra al final de cada artículo

disclaimer = Este contenido es solo educativo. No es un diagnóstico y no es un tratamiento. Por favor, habla con un profesional de la salud autorizado sobre tu propia situación.
get-help-now-title = Busca ayuda ahora
get-help-now-body = Si es posible que actúes según tus pensamientos de suicidio, o si estás en peligro, llama ahora mismo al número de emergencias de tu zona o ve al servicio de urgencias más cercano. Quédate con alguien de confianza y pon distancia entre tú y cualquier cosa que puedas usar para hacerte daño. Estos sentimientos pueden pasar, y la ayuda está ahí.
# El bloque de ayuda con un país (?country=): $country es el nombre del país, $number su número de emergencias.
help-now-emergency = Número de emergencias en { $country }: { $number }
help-now-lines = Líneas de ayuda en crisis en { $country }:
# El bloque de ayuda sin país: no da ningún número que no pueda respaldar.
help-now-no-country = Para ver el número de emergencias y las líneas de ayuda en crisis de donde estás, elige tu país. Estés donde estés, el número de emergencias de tu zona puede ayudarte ahora.

## Se usa en cualquier contenido que hable de medicamentos

medication-safety = Nunca dejes de tomar un medicamento ni lo cambies sin hablar antes con el profesional que te lo recetó. Dejarlo de golpe puede causar síntomas de retirada. Si tu estado de ánimo empeora o tienes pensamientos de suicidio después de empezar, cambiar o dejar un antidepresivo, contacta enseguida con el profesional que te lo recetó o con tu médico, o llama al número de emergencias de tu zona si es posible que actúes según esos pensamientos. Estos medicamentos ayudan a muchas personas.

## Tiempo de lectura que se muestra en las listas de artículos

reading-time =
    { $minutes ->
        [one] { $minutes } minuto de lectura
        [many] { $minutes } minutos de lectura
       *[other] { $minutes } minutos de lectura
    }

## Estrategias y estado de revisión

evidence-none = Todavía no hay pruebas sólidas
review-editorial = Revisión editorial; todavía no lo ha revisado un profesional clínico
review-clinical = Revisado por un profesional clínico
