# Mensajes de error. Cada código tiene un título (breve, igual en todos los casos) y un
# detalle (de este caso concreto). Lo que va después de "problem-" es el `code` estable que ven los clientes.

problem-article-not-found = No se encontró el artículo
problem-article-not-found-detail = No hay ningún artículo llamado “{ $value }”. La lista de artículos está en /v1/articles.
problem-strategy-not-found = No se encontró la estrategia
problem-strategy-not-found-detail = No hay ninguna estrategia de autocuidado llamada “{ $value }”. La lista está en /v1/strategies.
problem-faq-not-found = No se encontró la pregunta
problem-faq-not-found-detail = No hay ninguna pregunta llamada “{ $value }”. La lista está en /v1/faqs.
problem-country-not-found = No se encontró el país
problem-country-not-found-detail = No tenemos información para el código de país “{ $value }”. La lista de países está en /v1/countries.
problem-route-not-found = No encontrado
problem-route-not-found-detail = No hay nada en esta dirección. La API está descrita en /openapi.json.
problem-method-not-allowed = Método no permitido
problem-method-not-allowed-detail = Esta dirección solo se puede leer, con GET o HEAD.
problem-invalid-parameter = Parámetro no válido
problem-invalid-parameter-detail = El parámetro “{ $name }” tiene un valor que no podemos usar. Se esperaba: { $expected ->
        [page-number] un número entero a partir de 1.
        [per-page-number] un número entero del 1 al { $max }.
        [topic] uno de los temas de la documentación de la API, como “suicide” o “youth”.
        [channel] uno de estos: phone, sms, chat, whatsapp, web o email.
        [language-tag] una etiqueta de idioma, como “es” o “pt-BR”.
        [boolean] true o false.
        [instant] una fecha y hora ISO con su zona horaria, como se muestra en la documentación de la API.
        [confidence] uno de estos: low, medium o high.
       *[other] un id en minúsculas, como “medication”.
    }
problem-missing-parameter = Falta un parámetro
problem-missing-parameter-detail = El parámetro “{ $name }” es obligatorio.
problem-page-not-found = Página fuera de rango
problem-page-not-found-detail = La página { $page } no existe; la última página es la { $last }.
problem-invalid-locale = Etiqueta de idioma no válida
problem-invalid-locale-detail = “{ $value }” no es una etiqueta de idioma. Usa una etiqueta BCP 47, como “en”, “es” o “pt-BR”.
problem-invalid-country-code = Código de país no válido
problem-invalid-country-code-detail = “{ $value }” no es un código de país. Usa un código de país ISO de dos letras, como “GB” o “US”.
problem-invalid-query = Cadena de consulta no válida
problem-invalid-query-detail = No se pudo leer la cadena de consulta. Revisa si hay parámetros repetidos o una codificación porcentual incorrecta.
problem-request-rejected = Solicitud rechazada
problem-request-rejected-detail = La solicitud se rechazó con el estado { $status }. Puede que sea demasiado grande o que esté mal formada.
problem-internal-error = Algo salió mal de nuestro lado
problem-internal-error-detail = No pudimos responder a esta solicitud. Vuelve a intentarlo. Si necesitas ayuda ahora, llama al número de emergencias de tu zona.
problem-item-not-found = No se encontró el elemento
problem-item-not-found-detail = No existe ningún elemento del paquete llamado “{ $value }”. Si tu app guarda una copia, bórrala: ya no forma parte del contenido.
problem-uri-too-long = Dirección demasiado larga
problem-uri-too-long-detail = La dirección de la solicitud tiene más de { $max } caracteres. Ninguna dirección de Haven necesita tantos.
problem-headers-too-large = Encabezados demasiado grandes
problem-headers-too-large-detail = Los encabezados de la solicitud suman más de { $max } bytes. Envía menos encabezados, o más cortos, y vuelve a intentarlo.
problem-rate-limited = Demasiadas solicitudes
problem-rate-limited-detail = Este cliente envió demasiadas solicitudes en poco tiempo. Espera { $seconds } segundos y vuelve a intentarlo. Si necesitas ayuda ahora, llama al número de emergencias de tu zona.
problem-precondition-failed = Condición previa no cumplida
problem-precondition-failed-detail = La copia indicada con If-Match no es la actual. Vuelve a pedir el recurso.
problem-range-not-satisfiable = Rango no satisfactorio
problem-range-not-satisfiable-detail = El rango pedido empieza después del final de la respuesta. Pide un rango dentro de ella o la respuesta completa.
