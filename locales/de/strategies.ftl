# Selbsthilfe-Strategien: was du tun kannst, warum es helfen kann, und worauf du achten solltest.
# Die Bewertung der Belege jeder Strategie und ihre Quellen stehen in data/strategies.toml.

## Achtsamkeit und Body-Scan

strategy-mindfulness-body-scan-title = Achtsamkeit und Body-Scan
strategy-mindfulness-body-scan-how = Such dir einen ruhigen Ort und nimm dir jeden Tag fünf bis zehn Minuten Zeit. Schließ die Augen, wenn sich das gut anfühlt. Wandere mit deiner Aufmerksamkeit langsam von den Zehen bis zum Scheitel und nimm wahr, was du dabei spürst, zum Beispiel Wärme, Anspannung oder ein Kribbeln. Wenn du nichts bemerkst, ist das in Ordnung. Bleib einfach sanft mit deiner Aufmerksamkeit dabei.
strategy-mindfulness-body-scan-why = Wenn du deinem Körper Tag für Tag ruhige Aufmerksamkeit schenkst, kann dir das helfen, wieder Kontakt zu ihm zu finden. Achtsamkeitsbasierte Therapie gehört zu den Ansätzen, die Leitlinien für Menschen vorschlagen, die eine Depression hatten.
strategy-mindfulness-body-scan-caution = Bei manchen Menschen, vor allem bei denen, die ein Trauma erlebt haben, kann genaues Achten auf den Körper belastende Erinnerungen oder Gefühle hochbringen. Lass die Augen offen, wenn sich das sicherer anfühlt, hör auf, wann immer du es brauchst, und überleg dir, es mit einer Therapeutin oder einem Therapeuten auszuprobieren.

## Schreibimpulse fürs Tagebuch

strategy-journaling-prompts-title = Schreibimpulse fürs Tagebuch
strategy-journaling-prompts-how = Schreib einmal am Tag einen Satz, der mit „Heute habe ich mich … gefühlt“ beginnt, und vervollständige ihn ehrlich. Wenn die Antwort „nichts“ ist, schreib genau das auf. Du kannst ergänzen, wo du warst und was gerade passiert ist.
strategy-journaling-prompts-why = Gefühle in Worte zu fassen, selbst wenn die Antwort leer ist, kann dir helfen, sie wahrzunehmen, und wenn du deine Notizen später durchliest, fallen dir vielleicht kleine Veränderungen auf, die du sonst übersehen würdest. Studien zum Schreiben über Gefühle hatten gemischte Ergebnisse, also sieh es als etwas zum Ausprobieren.

## Bewusst weinen

strategy-cry-on-purpose-title = Bewusst weinen
strategy-cry-on-purpose-how = Such dir einen traurigen Film aus oder hör Lieder, die dich früher berührt haben. Nimm dir Zeit für dich allein, an einem Ort, an dem du dich sicher genug fühlst, um loszulassen. Wenn keine Tränen kommen, ist das okay. Du kannst es an einem anderen Tag noch einmal versuchen.
strategy-cry-on-purpose-why = Manche Menschen merken, dass eine bewegende Geschichte oder ein Lied ihnen hilft, Gefühle herauszulassen. Die Forschung dazu, ob Weinen die Stimmung hebt, ist uneinheitlich; bei manchen Menschen kann es beruhigend wirken. Es ist keine Behandlung, aber es ist ein sanfter Versuch.

## Bewegung

strategy-intense-exercise-title = Bring deinen Puls hoch
strategy-intense-exercise-how = Wähl irgendeine Bewegung, die deinen Puls steigen lässt: schnelles Gehen, Laufen, Tanzen in deinem Zimmer oder ein Fitnesskurs. Fang auf einem Niveau an, das für dich machbar ist, und steigere dich langsam.
strategy-intense-exercise-why = Viele Studien haben festgestellt, dass regelmäßige Bewegung Depressionen lindert, und intensivere Bewegung schien mehr zu helfen. Ob sie speziell bei Taubheit hilft, ist nicht bekannt, aber sie gehört zu den besser belegten Dingen, die du für deine Stimmung tun kannst.
strategy-intense-exercise-caution = Wenn du eine Herzerkrankung oder ein anderes gesundheitliches Problem hast oder lange nicht aktiv warst, frag eine Ärztin oder einen Arzt, bevor du mit anstrengendem Sport anfängst, und steigere dich nach und nach.

## Kaltes Wasser

strategy-cold-exposure-title = Kaltes Wasser
strategy-cold-exposure-how = Versuch, deine Dusche mit einem kurzen Schwall kühlem Wasser zu beenden, oder spritz dir kurz kaltes Wasser ins Gesicht.
strategy-cold-exposure-why = Manche Menschen sagen, dass ein kurzer Spritzer kaltes Wasser ihnen hilft, sich präsenter zu fühlen. Es gibt noch keine guten Belege dafür, dass kaltes Wasser bei Taubheit oder Depression hilft, also sieh es als kleines Experiment und nicht als Behandlung.
strategy-cold-exposure-caution = Kaltes Wasser kann ein Schock für den Körper sein. Plötzliche Kälte kann dein Herz und deine Atmung beeinflussen. Wenn du eine Herzerkrankung hast, lass das also weg oder sprich vorher mit deiner Ärztin oder deinem Arzt. Spring nie allein in kaltes offenes Gewässer und schwimm dort nie allein. Mach es nur kurz und hör auf, wenn dir schwindelig wird oder du dich unwohl fühlst.

## Wöchentliche Gesprächstherapie

strategy-weekly-talk-therapy-title = Wöchentliche Gesprächstherapie
strategy-weekly-talk-therapy-how = Frag deine Ärztin oder deinen Arzt nach einer Gesprächstherapie oder such dir eine qualifizierte Therapeutin oder einen qualifizierten Therapeuten, und versuch, euch regelmäßig zu treffen, zum Beispiel einmal pro Woche. Wenn ein Trauma ein Teil deiner Taubheit sein könnte, such nach jemandem mit einer Ausbildung in traumafokussierter Therapie. Du darfst vorher ruhig nach der Arbeitsweise fragen und dir jemand anderen suchen, wenn es sich nicht passend anfühlt.
strategy-weekly-talk-therapy-why = Gesprächstherapien wie die kognitive Verhaltenstherapie werden bei Depressionen empfohlen, und traumafokussierte Therapien bei posttraumatischem Stress. Regelmäßige Sitzungen geben dir einen sicheren, verlässlichen Ort, um Gefühle zu bearbeiten, die blockiert waren.

## Weniger von dem, was Gefühle dämpft

strategy-reduce-emotional-suppressants-title = Weniger von dem, was dich betäubt
strategy-reduce-emotional-suppressants-how = Achte darauf, wie sehr du dich auf Alkohol, Cannabis, Gaming oder Social Media stützt, um durch den Tag zu kommen. Such dir eines davon aus, das du zuerst reduzierst, zum Beispiel mit einem Zeitlimit oder ein paar alkoholfreien Tagen.
strategy-reduce-emotional-suppressants-why = Diese Dinge können schwierigen Gefühlen eine Zeit lang die Schärfe nehmen, und viele Menschen merken, dass ihre eigenen Gefühle mehr Raum haben, zurückzukommen, wenn sie sie weniger nutzen. Speziell zu Taubheit gibt es dazu noch keine gute Forschung.
strategy-reduce-emotional-suppressants-caution = Wenn du jeden Tag viel Alkohol trinkst, hör nicht plötzlich auf eigene Faust auf: Wenn du auf einmal aufhörst, kann das einen gefährlichen Entzug auslösen, zum Beispiel mit Zittern, Krampfanfällen oder Halluzinationen. Sprich zuerst mit einer Ärztin oder einem Arzt, die oder der dir helfen kann, sicher weniger zu trinken. Hol dir dringend medizinische Hilfe, wenn du starkes Zittern, wiederholtes Erbrechen oder Halluzinationen hast.

## Regelmäßiger Schlaf

strategy-regular-sleep-title = Regelmäßiger Schlaf
strategy-regular-sleep-how = Versuch, jeden Tag ungefähr zur gleichen Zeit ins Bett zu gehen und aufzustehen, auch am Wochenende. Gönn dir vor dem Schlafengehen eine ruhige Zeit zum Runterkommen.
strategy-regular-sleep-why = Schlaf spielt eine große Rolle dabei, wie du mit deinen Gefühlen umgehst. In vielen Studien führte besserer Schlaf auch zu weniger Depression und Angst, und das ist besser belegt als viele andere Selbsthilfe-Tipps.

## Nahrungsergänzung und Ernährung

strategy-supplements-and-nutrition-title = Nahrungsergänzung und Ernährung
strategy-supplements-and-nutrition-how = Manche Menschen achten auf ihre Ernährung und auf Nahrungsergänzungsmittel wie Omega-3 (Fischöl) oder Vitamin D. Wenn dich davon etwas interessiert, sprich mit einer Ärztin, einem Arzt oder in der Apotheke, bevor du anfängst.
strategy-supplements-and-nutrition-why = Sie werden manchmal als natürliche Unterstützung für die Stimmung beschrieben, aber es gibt keine guten Belege dafür, dass sie bei Taubheit oder Depression helfen: In einer großen Studie hat weder Vitamin D noch Omega-3 die Stimmung stärker verbessert als eine Scheintablette (Placebo). Bitte nutze sie nicht als Ersatz für eine Behandlung.
strategy-supplements-and-nutrition-caution = Nahrungsergänzungsmittel und pflanzliche Mittel sind nicht für alle geeignet, und manche verändern, wie Medikamente wirken. Johanniskraut darf nicht zusammen mit Antidepressiva eingenommen werden: Zusammen können sie eine ernsthafte Reaktion auslösen. Sag deiner Ärztin, deinem Arzt, deiner Apothekerin oder deinem Apotheker immer, was du einnimmst.
