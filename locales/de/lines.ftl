# Shown in place of a crisis line’s own name where our source did not record it.
unnamed-national-line = Nationale Krisenhotline

line-description =
    { $focus ->
        [suicide] Hilfe für alle, die an Suizid denken oder sich um jemanden sorgen, der das tut.
        [crisis] Hilfe für alle, die gerade in einer Krise sind.
        [depression] Hilfe für Menschen, die mit einer Depression leben.
        [self-harm] Hilfe für Menschen, die sich selbst verletzen.
        [domestic-violence] Hilfe für Menschen, die Gewalt im eigenen Zuhause erleben.
        [sexual-abuse] Hilfe für Menschen, die sexuelle Gewalt oder Missbrauch erlebt haben.
        [lgbtq] Hilfe für LGBTQ+-Menschen.
        [youth] Hilfe für junge Menschen.
        [children] Hilfe für Kinder und Jugendliche.
        [veterans] Hilfe für Veteraninnen und Veteranen.
        [substance-use] Hilfe rund um Alkohol und Drogen.
        [seniors] Hilfe für ältere Menschen.
       *[emotional-support] Jemand zum Reden, wenn alles schwer ist.
    } { $hours ->
        [always] Rund um die Uhr erreichbar.
        [weekly] Zu festen Zeiten erreichbar: siehe Öffnungszeiten.
       *[unknown] Die Erreichbarkeit ist nicht bekannt: bitte vorher prüfen.
    } { $free ->
        [yes] Kostenlos.
       *[other] {""}
    }
