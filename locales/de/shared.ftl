# Gemeinsame Texte, die überall im Haven-Dienst verwendet werden.

## Am Ende jedes Artikels angezeigt

disclaimer = Dieser Inhalt dient nur der Aufklärung. Er ist keine Diagnose und keine Behandlung. Bitte sprich mit einer zugelassenen Fachperson aus dem Gesundheitsbereich über deine eigene Situation.
get-help-now-title = Jetzt Hilfe holen
get-help-now-body = Wenn es sein kann, dass du deine Suizidgedanken in die Tat umsetzt, oder wenn du in Gefahr bist, ruf jetzt die Notrufnummer vor Ort an oder geh jetzt in die nächste Notaufnahme. Bleib bei einem Menschen, dem du vertraust, und bring Abstand zwischen dich und alles, womit du dich verletzen könntest. Diese Gefühle können vorübergehen, und Hilfe ist da.
# Der Hilfe-Block mit Land (?country=): $country ist der Name des Landes, $number seine Notrufnummer.
# Das Land steht in Klammern, damit keine Präposition mit Artikel nötig ist („in der Schweiz“, „in den USA“).
help-now-emergency = Notrufnummer ({ $country }): { $number }
help-now-lines = Krisenhotlines ({ $country }):
# Der Hilfe-Block ohne Land: Er nennt keine Nummer, für die er nicht einstehen kann.
help-now-no-country = Wähl dein Land aus, um die Notrufnummer und die Krisenhotlines dort zu sehen, wo du bist. Egal, wo du bist: Die Notrufnummer vor Ort kann dir jetzt helfen.

## In allen Inhalten verwendet, in denen es um Medikamente geht

medication-safety = Setz ein Medikament nie ab und ändere es nie, ohne vorher mit der Person zu sprechen, die es dir verschreibt. Plötzliches Absetzen kann Absetzsymptome auslösen. Wenn sich deine Stimmung verschlechtert oder du Suizidgedanken hast, nachdem du ein Antidepressivum begonnen, geändert oder abgesetzt hast, melde dich sofort bei der Person, die es dir verschreibt, oder bei deiner Ärztin oder deinem Arzt. Wenn es sein kann, dass du diese Gedanken in die Tat umsetzt, ruf die Notrufnummer vor Ort an. Diese Medikamente helfen vielen Menschen.

## Lesezeit in Artikellisten

reading-time =
    { $minutes ->
        [one] { $minutes } Minute Lesezeit
       *[other] { $minutes } Minuten Lesezeit
    }

## Strategien und Prüfstatus

evidence-none = Noch keine guten Belege
review-editorial = Redaktionell geprüft; noch nicht von klinischem Fachpersonal geprüft
review-clinical = Von einer klinischen Fachperson geprüft
