# Häufige Fragen zu emotionaler Taubheit, mit kurzen Antworten.
# Die Quellen jeder Antwort stehen in data/faqs.toml.

## Ist es ein Zeichen schwerer Depression, wenn man nicht mehr weinen kann?

faq-is-not-crying-a-sign-of-severe-depression-question = Ist es ein Zeichen einer schweren Depression, wenn ich nicht mehr weinen kann?
faq-is-not-crying-a-sign-of-severe-depression-answer = Nicht unbedingt. Nicht weinen zu können hängt oft mit einer Depression zusammen, aber für sich allein zeigt es nicht, wie ernst die Lage ist. Wenn deine Stimmung schon länger als etwa zwei Wochen gedrückt oder flach ist, ist das ein guter Grund, zu einer Ärztin oder einem Arzt zu gehen, die oder der sich das Gesamtbild gemeinsam mit dir anschauen kann.

## Kann emotionale Taubheit für immer bleiben?

faq-can-numbness-be-permanent-question = Kann emotionale Taubheit für immer bleiben?
faq-can-numbness-be-permanent-answer = Taubheit hängt oft mit Dingen zusammen, die sich ändern können, zum Beispiel mit einer Depression, einem Medikament, Stress, Trauer oder einem Trauma. Mit einer Behandlung der Depression werden viele Menschen wieder gesund, und wenn ein Medikament die Ursache ist, kann die Person, die es dir verschreibt, die Dosis oder das Medikament mit dir überprüfen. Das kann Zeit brauchen, also versuch, auf dem Weg geduldig und freundlich mit dir selbst zu sein.

## Kann mein Job das auslösen?

faq-can-my-job-cause-this-question = Kann mein Job das auslösen?
faq-can-my-job-cause-this-answer = Er kann eine Rolle spielen. Die Weltgesundheitsorganisation beschreibt Burnout als Folge von langanhaltendem Stress bei der Arbeit, der nicht gut bewältigt wurde: Menschen fühlen sich erschöpft, innerlich weit weg von ihrer Arbeit und weniger leistungsfähig. Wenn die Arbeit dich zermürbt hat, lohnt es sich, mit einer Ärztin oder einem Arzt darüber zu sprechen, wie es dir geht.

## Ich fühle mich taub, aber nicht depressiv

faq-numb-but-not-depressed-question = Ich fühle mich wie betäubt, aber ich bin nicht depressiv. Was ist los?
faq-numb-but-not-depressed-answer = Taubheit kann auch ohne Depression auftreten. Sie kann mit Burnout oder Trauer einhergehen, nach einem Trauma auftreten oder bei manchen autistischen Menschen mit Schwierigkeiten zusammenhängen, Gefühle zu erkennen oder zu benennen. Weil sich diese Ursachen ähneln können, ist eine Abklärung bei einer Ärztin, einem Arzt, einer Therapeutin oder einem Therapeuten der beste Weg, sie auseinanderzuhalten.
