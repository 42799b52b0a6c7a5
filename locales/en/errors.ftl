# Error messages. Each code has a title (short, the same for every occurrence) and a
# detail (this occurrence). The code after "problem-" is the stable `code` clients see.

problem-article-not-found = Article not found
problem-article-not-found-detail = There is no article called “{ $value }”. The article list is at /v1/articles.
problem-strategy-not-found = Strategy not found
problem-strategy-not-found-detail = There is no self-care strategy called “{ $value }”. The list is at /v1/strategies.
problem-faq-not-found = Question not found
problem-faq-not-found-detail = There is no question called “{ $value }”. The list is at /v1/faqs.
problem-country-not-found = Country not found
problem-country-not-found-detail = We have no information for the country code “{ $value }”. The list of countries is at /v1/countries.
problem-route-not-found = Not found
problem-route-not-found-detail = Nothing lives at this address. The API is described at /openapi.json.
problem-method-not-allowed = Method not allowed
problem-method-not-allowed-detail = This address can only be read, with GET or HEAD.
problem-invalid-parameter = Invalid parameter
problem-invalid-parameter-detail = The parameter “{ $name }” has a value we cannot use. Expected: { $expected ->
        [page-number] a whole number from 1 up.
        [per-page-number] a whole number from 1 to { $max }.
        [topic] one of the topics in the API documentation, such as “suicide” or “youth”.
        [channel] one of phone, sms, chat, whatsapp, web or email.
        [language-tag] a language tag such as “es” or “pt-BR”.
        [boolean] true or false.
        [instant] an ISO date and time with its time zone, as the API documentation shows.
        [confidence] one of low, medium or high.
       *[other] a lowercase id such as “medication”.
    }
problem-missing-parameter = Missing parameter
problem-missing-parameter-detail = The parameter “{ $name }” is required.
problem-page-not-found = Page out of range
problem-page-not-found-detail = Page { $page } does not exist; the last page is { $last }.
problem-invalid-locale = Invalid language tag
problem-invalid-locale-detail = “{ $value }” is not a language tag. Use a BCP 47 tag such as “en”, “es” or “pt-BR”.
problem-invalid-country-code = Invalid country code
problem-invalid-country-code-detail = “{ $value }” is not a country code. Use a two-letter ISO country code such as “GB” or “US”.
problem-invalid-query = Invalid query string
problem-invalid-query-detail = The query string could not be read. Check for repeated parameters or broken percent-encoding.
problem-request-rejected = Request rejected
problem-request-rejected-detail = The request was rejected with status { $status }. It may be too large or malformed.
problem-internal-error = Something went wrong on our side
problem-internal-error-detail = We could not answer this request. Please try again. If you need help now, call your local emergency number.
problem-item-not-found = Item not found
problem-item-not-found-detail = There is no bundle item “{ $value }”. If your app holds a copy of it, delete it: it is no longer part of the content.
problem-uri-too-long = Address too long
problem-uri-too-long-detail = The request’s address is longer than { $max } characters. No Haven address needs that many.
problem-headers-too-large = Request headers too large
problem-headers-too-large-detail = The request’s headers add up to more than { $max } bytes. Send fewer or shorter headers and try again.
problem-rate-limited = Too many requests
problem-rate-limited-detail = This client sent too many requests in a short time. Please wait { $seconds } seconds and try again. If you need help now, call your local emergency number.
problem-precondition-failed = Precondition failed
problem-precondition-failed-detail = The copy you named with If-Match is not the current one. Fetch the resource again.
problem-range-not-satisfiable = Range not satisfiable
problem-range-not-satisfiable-detail = The requested range starts past the end of the response. Ask for a range inside it, or for the whole response.
