# Gemeinsame Texte, die überall im Haven-Dienst verwendet werden.

## Am Ende jedes Artikels angezeigt

disclaimer = Dieser Inhalt dient nur der Aufklärung. Er ist keine Diagnose und keine Behandlung. Bitte sprich mit einer zugelassenen Fachperson aus dem Gesundheitsbereich über deine eigene Situation.
get-help-now-title = Jetzt Hilfe holen
get-help-now-body = Wenn du befürchtest, deine Suizidgedanken in die Tat umzusetzen, oder wenn du in Gefahr bist, ruf jetzt sofort die Notrufnummer in deinem Land an. Krisenhotlines für dein Land findest du neben dieser Nachricht.

## In allen Inhalten verwendet, in denen es um Medikamente geht

medication-safety = Setze ein Medikament nie ab und ändere es nie, ohne vorher mit der Person zu sprechen, die es dir verschrieben hat. Plötzliches Absetzen kann Absetzsymptome auslösen. Diese Medikamente helfen vielen Menschen, und sie retten Leben.

## Lesezeit in Artikellisten

reading-time =
    { $minutes ->
        [one] { $minutes } Minute Lesezeit
       *[other] { $minutes } Minuten Lesezeit
    }
