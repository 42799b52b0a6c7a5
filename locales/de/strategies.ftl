# Selbsthilfe-Strategien: was du tun kannst, warum es helfen kann, und worauf du achten solltest.

## Achtsamkeit und Body-Scan

strategy-mindfulness-body-scan-title = Achtsamkeit und Body-Scan
strategy-mindfulness-body-scan-how = Such dir einen ruhigen Ort und nimm dir jeden Tag fünf bis zehn Minuten Zeit. Schließ die Augen, wenn sich das gut anfühlt. Wandere mit deiner Aufmerksamkeit langsam von den Zehen bis zum Scheitel und nimm wahr, was du dabei spürst, zum Beispiel Wärme, Anspannung oder ein Kribbeln. Wenn du nichts bemerkst, ist das in Ordnung. Bleib einfach sanft mit deiner Aufmerksamkeit dabei.
strategy-mindfulness-body-scan-why = Wenn du deinem Körper Tag für Tag ruhige Aufmerksamkeit schenkst, kann dir das helfen, wieder Kontakt zu ihm zu finden. Diese Verbindung kann ein erster Schritt zurück zu deinen Gefühlen sein.

## Schreibimpulse fürs Tagebuch

strategy-journaling-prompts-title = Schreibimpulse fürs Tagebuch
strategy-journaling-prompts-how = Schreib einmal am Tag einen Satz, der mit „Heute habe ich mich … gefühlt“ beginnt, und vervollständige ihn ehrlich. Wenn die Antwort „nichts“ ist, schreib genau das auf. Du kannst ergänzen, wo du warst und was gerade passiert ist.
strategy-journaling-prompts-why = Gefühle in Worte zu fassen, selbst wenn die Antwort leer ist, stärkt mit der Zeit dein Gespür für deine Emotionen. Wenn du deine Notizen später durchliest, fallen dir vielleicht auch kleine Veränderungen auf, die du sonst übersehen hättest.

## Bewusst weinen

strategy-cry-on-purpose-title = Bewusst weinen
strategy-cry-on-purpose-how = Such dir einen traurigen Film aus, zum Beispiel Wie ein einziger Tag oder Marley & Ich, oder hör Lieder, die dich früher berührt haben. Nimm dir Zeit für dich allein, an einem Ort, an dem du dich sicher genug fühlst, um loszulassen. Wenn keine Tränen kommen, ist das okay. Du kannst es an einem anderen Tag noch einmal versuchen.
strategy-cry-on-purpose-why = Manche Menschen merken, dass eine bewegende Geschichte oder ein Lied ihrem Nervensystem hilft, sich darauf vorzubereiten, Gefühle herauszulassen. Das klappt nicht bei allen und ist keine Behandlung, aber es ist ein sanfter Versuch.

## Bewegung, vor allem intensive Bewegung

strategy-intense-exercise-title = Bring deinen Puls hoch
strategy-intense-exercise-how = Wähl irgendeine Bewegung, die deinen Puls steigen lässt: Laufen, ein hochintensives Intervalltraining (oft HIIT genannt) oder Tanzen in deinem Zimmer. Fang auf einem Niveau an, das für dich machbar ist, und steigere dich langsam.
strategy-intense-exercise-why = Manche Menschen merken, dass anstrengender Sport ihnen hilft, Anspannung loszulassen, die sie im Körper festgehalten haben. Die Belege dafür sind begrenzt, also sieh es als etwas zum Ausprobieren und nicht als sichere Lösung.

## Kälte

strategy-cold-exposure-title = Kaltes Wasser
strategy-cold-exposure-how = Versuch, deine Dusche mit einem kurzen Schwall kaltem Wasser zu beenden, oder spritz dir kaltes Wasser ins Gesicht. Du kannst auch kurz etwas Kaltes an dein Gesicht halten, zum Beispiel Eiswürfel in einem Tuch.
strategy-cold-exposure-why = Manche Menschen sagen, dass ein kurzer Kälteschock ihnen hilft, sich präsenter zu fühlen. Manchmal heißt es, das wirke über eine Aktivierung des Vagusnervs, aber die Belege dafür sind schwach. Sieh es also als Experiment und nicht als Behandlung.
strategy-cold-exposure-caution = Kälte kann ein Schock für den Körper sein. Wenn du eine Herzerkrankung hast, lass das lieber weg oder sprich vorher mit deiner Ärztin oder deinem Arzt. Mach es nur kurz und hör auf, wenn dir schwindelig wird oder du dich unwohl fühlst.

## Wöchentliche Gesprächstherapie

strategy-weekly-talk-therapy-title = Wöchentliche Gesprächstherapie
strategy-weekly-talk-therapy-how = Such dir eine traumasensible Therapeutin oder einen traumasensiblen Therapeuten und versuch, euch einmal pro Woche zu treffen. Du darfst vorher ruhig nach der Arbeitsweise fragen und dir jemand anderen suchen, wenn es sich nicht passend anfühlt.
strategy-weekly-talk-therapy-why = Regelmäßige Sitzungen geben dir einen sicheren, verlässlichen Ort, um Gefühle zu bearbeiten, die blockiert waren. Eine traumasensible Fachperson versteht, warum der Kopf Gefühle manchmal abschaltet, und kann dir helfen, dich in einem Tempo zu öffnen, das sich sicher anfühlt.

## Weniger von dem, was Gefühle dämpft

strategy-reduce-emotional-suppressants-title = Weniger von dem, was dich betäubt
strategy-reduce-emotional-suppressants-how = Achte darauf, wie sehr du dich auf Alkohol, Cannabis, Gaming oder Social Media stützt, um durch den Tag zu kommen. Such dir eines davon aus, das du zuerst reduzierst, zum Beispiel mit einem Zeitlimit oder ein paar alkoholfreien Tagen. Wenn dir das Reduzieren sehr schwerfällt, kann dir eine Ärztin oder ein Arzt helfen, es sicher zu tun.
strategy-reduce-emotional-suppressants-why = Diese Dinge können schwierigen Gefühlen eine Zeit lang die Schärfe nehmen, aber sie können die Taubheit auch verstärken. Wenn du sie weniger nutzt, fällt diese zusätzliche Betäubung weg, und deine eigenen Gefühle haben mehr Raum, um zurückzukommen.

## Regelmäßiger Schlaf

strategy-regular-sleep-title = Regelmäßiger Schlaf
strategy-regular-sleep-how = Versuch, jeden Tag ungefähr zur gleichen Zeit ins Bett zu gehen und aufzustehen, auch am Wochenende. Gönn dir vor dem Schlafengehen eine ruhige Zeit zum Runterkommen.
strategy-regular-sleep-why = Schlaf spielt eine große Rolle dabei, wie du mit deinen Gefühlen umgehst. Regelmäßiger Schlaf hilft, dieses Gleichgewicht wiederherzustellen, und diese Idee ist besser belegt als viele andere Selbsthilfe-Tipps.

## Nahrungsergänzung und Ernährung

strategy-supplements-and-nutrition-title = Nahrungsergänzung und Ernährung
strategy-supplements-and-nutrition-how = Manche Menschen achten auf ihre Ernährung und auf Nahrungsergänzungsmittel wie Omega-3 (Fischöl), Vitamin D und B-Vitamine. Wenn dich davon etwas interessiert, sprich mit einer Ärztin, einem Arzt oder in der Apotheke, bevor du anfängst.
strategy-supplements-and-nutrition-why = Sie werden manchmal als natürliche Unterstützung für die Stimmung beschrieben. Die Belege, dass sie bei emotionaler Taubheit helfen, sind schwach, also nutze sie bitte nicht als Ersatz für eine Behandlung.
strategy-supplements-and-nutrition-caution = Nahrungsergänzungsmittel sind nicht für alle geeignet, und manche können beeinflussen, wie Medikamente wirken. Sprich vorher mit einer medizinischen Fachperson, besonders wenn du schon Medikamente nimmst.
