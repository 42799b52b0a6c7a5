# Fehlermeldungen. Jeder Code hat einen Titel (kurz, bei jedem Auftreten gleich) und ein
# Detail (für dieses Auftreten). Der Teil nach „problem-“ ist der stabile `code`, den Clients sehen.

problem-article-not-found = Artikel nicht gefunden
problem-article-not-found-detail = Es gibt keinen Artikel namens „{ $value }“. Die Liste der Artikel findest du unter /v1/articles.
problem-strategy-not-found = Strategie nicht gefunden
problem-strategy-not-found-detail = Es gibt keine Selbsthilfe-Strategie namens „{ $value }“. Die Liste findest du unter /v1/strategies.
problem-faq-not-found = Frage nicht gefunden
problem-faq-not-found-detail = Es gibt keine Frage namens „{ $value }“. Die Liste findest du unter /v1/faqs.
problem-country-not-found = Land nicht gefunden
problem-country-not-found-detail = Für den Ländercode „{ $value }“ haben wir keine Informationen. Die Liste der Länder findest du unter /v1/countries.
problem-route-not-found = Nicht gefunden
problem-route-not-found-detail = Unter dieser Adresse gibt es nichts. Die API ist in /openapi.json beschrieben.
problem-method-not-allowed = Methode nicht erlaubt
problem-method-not-allowed-detail = Diese Adresse kann nur gelesen werden, mit GET oder HEAD.
problem-invalid-parameter = Ungültiger Parameter
problem-invalid-parameter-detail = Der Parameter „{ $name }“ hat einen Wert, den wir nicht verwenden können. Erwartet: { $expected ->
        [page-number] eine ganze Zahl ab 1.
        [per-page-number] eine ganze Zahl von 1 bis { $max }.
        [topic] eines der Themen aus der API-Dokumentation, zum Beispiel „suicide“ oder „youth“.
        [channel] einer der Werte phone, sms, chat, whatsapp, web oder email.
        [language-tag] ein Sprach-Tag wie „es“ oder „pt-BR“.
        [boolean] true oder false.
        [instant] ein ISO-Datum mit Uhrzeit und Zeitzone, wie in der API-Dokumentation gezeigt.
        [confidence] einer der Werte low, medium oder high.
       *[other] eine ID in Kleinbuchstaben wie „medication“.
    }
problem-missing-parameter = Fehlender Parameter
problem-missing-parameter-detail = Der Parameter „{ $name }“ ist erforderlich.
problem-page-not-found = Seite außerhalb des Bereichs
problem-page-not-found-detail = Seite { $page } gibt es nicht; die letzte Seite ist { $last }.
problem-invalid-locale = Ungültiges Sprach-Tag
problem-invalid-locale-detail = „{ $value }“ ist kein Sprach-Tag. Verwende ein BCP-47-Tag wie „en“, „es“ oder „pt-BR“.
problem-invalid-country-code = Ungültiger Ländercode
problem-invalid-country-code-detail = „{ $value }“ ist kein Ländercode. Verwende einen zweibuchstabigen ISO-Ländercode wie „GB“ oder „US“.
problem-invalid-query = Ungültiger Query-String
problem-invalid-query-detail = Der Query-String konnte nicht gelesen werden. Prüfe, ob Parameter doppelt vorkommen oder die Prozent-Kodierung fehlerhaft ist.
problem-request-rejected = Anfrage abgelehnt
problem-request-rejected-detail = Die Anfrage wurde mit Status { $status } abgelehnt. Möglicherweise ist sie zu groß oder fehlerhaft aufgebaut.
problem-internal-error = Bei uns ist etwas schiefgelaufen
problem-internal-error-detail = Wir konnten diese Anfrage nicht beantworten. Bitte versuche es noch einmal. Wenn du jetzt Hilfe brauchst, ruf die Notrufnummer in deinem Land an.
problem-item-not-found = Element nicht gefunden
problem-item-not-found-detail = Es gibt kein Element „{ $value }“ im Inhaltspaket. Wenn deine App eine Kopie davon hat, lösche sie: Es gehört nicht mehr zum Inhalt.
problem-uri-too-long = Adresse zu lang
problem-uri-too-long-detail = Die Adresse der Anfrage ist länger als { $max } Zeichen. Keine Adresse von Haven braucht so viele.
problem-headers-too-large = Kopfzeilen zu groß
problem-headers-too-large-detail = Die Kopfzeilen der Anfrage sind zusammen größer als { $max } Bytes. Senden Sie weniger oder kürzere Kopfzeilen und versuchen Sie es erneut.
problem-rate-limited = Zu viele Anfragen
problem-rate-limited-detail = Dieser Client hat in kurzer Zeit zu viele Anfragen gesendet. Bitte warte { $seconds } Sekunden und versuche es dann erneut. Wenn du jetzt Hilfe brauchst, ruf die Notrufnummer in deinem Land an.
problem-precondition-failed = Vorbedingung nicht erfüllt
problem-precondition-failed-detail = Die mit If-Match genannte Fassung ist nicht die aktuelle. Ruf die Ressource erneut ab.
problem-range-not-satisfiable = Bereich nicht erfüllbar
problem-range-not-satisfiable-detail = Der angefragte Bereich beginnt hinter dem Ende der Antwort. Frag einen Bereich darin oder die ganze Antwort an.
