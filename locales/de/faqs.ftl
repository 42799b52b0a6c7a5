# Häufige Fragen zu emotionaler Taubheit, mit kurzen Antworten.

## Ist es ein Zeichen schwerer Depression, wenn man nicht mehr weinen kann?

faq-is-not-crying-a-sign-of-severe-depression-question = Ist es ein Zeichen einer schweren Depression, wenn ich nicht mehr weinen kann?
faq-is-not-crying-a-sign-of-severe-depression-answer = Nicht unbedingt. Nicht weinen zu können hängt oft mit Depression und emotionalem Abschalten zusammen, aber für sich allein zeigt es nicht, wie ernst die Lage ist. Es ist ein guter Grund, dich von einer Fachperson untersuchen zu lassen, die sich das Gesamtbild gemeinsam mit dir anschauen kann.

## Kann emotionale Taubheit für immer bleiben?

faq-can-numbness-be-permanent-question = Kann emotionale Taubheit für immer bleiben?
faq-can-numbness-be-permanent-answer = Das ist selten. Mit der richtigen Behandlung, einer Therapie oder einer Überprüfung deiner Medikamente bekommen die meisten Menschen ihr volles Spektrum an Gefühlen zurück. Das kann Zeit brauchen, also versuch, auf dem Weg geduldig und freundlich mit dir selbst zu sein.

## Kann mein Job das auslösen?

faq-can-my-job-cause-this-question = Kann mein Job das auslösen?
faq-can-my-job-cause-this-answer = Ja, das ist möglich. Dauerstress bei der Arbeit und Burnout können deine Gefühle dämpfen, fast wie ein Schutzschild, den dein Kopf aufbaut, um dich zu schützen. Wenn die Arbeit dich zermürbt hat, lohnt es sich, mit einer Fachperson darüber zu sprechen, wie es dir geht.

## Ich fühle mich taub, aber nicht depressiv

faq-numb-but-not-depressed-question = Ich fühle mich wie betäubt, aber ich bin nicht depressiv. Was ist los?
faq-numb-but-not-depressed-answer = Emotionale Taubheit kann auch ohne Depression auftreten. Sie kann mit Burnout, Trauer, Autismus oder den Folgen eines Traumas zusammenhängen. Weil sich diese Ursachen ähneln können, ist eine Abklärung bei einer Fachperson der beste Weg, sie auseinanderzuhalten.
