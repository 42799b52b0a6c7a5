# Titel, Zusammenfassungen und Texte der Haven-Artikel auf Deutsch.
# Jede Aussage hier ist in den `sources` des Artikels belegt (data/articles/<slug>.toml,
# data/sources.toml). Sicherheitskritische Texte stehen in data/safety.toml.

### Gemeinsam für jeden Artikel, der Suizid, Medikamente oder Trauma erwähnt (weit oben angezeigt)

help-early = Wenn du gerade an Suizid denkst, musst du nicht erst weiterlesen. Ruf die Notrufnummer vor Ort oder eine Krisenhotline an, die bei diesem Ratgeber aufgeführt ist, und sag dort, wie du dich fühlst.

### Warum kann ich nicht mehr weinen? (Hauptratgeber)

article-why-cant-i-cry-title = Warum kann ich nicht mehr weinen?
article-why-cant-i-cry-summary = Wenn deine Gefühle wie gedämpft wirken und die Tränen nicht kommen, bist du nicht allein. Erfahre, was emotionale Taubheit ist, was sie auslösen kann und was helfen kann.

why-cant-i-cry-intro = Vielleicht ist etwas Trauriges passiert und du hast auf die Tränen gewartet, aber sie kamen nie. Vielleicht hast du seit Monaten nicht geweint, obwohl ein Teil von dir es wollte. Wenn dir das bekannt vorkommt, bist du nicht allein, und es sagt nichts Schlechtes über dich als Mensch aus. Dieser Ratgeber erklärt, was dahinterstecken könnte und was helfen kann.

why-cant-i-cry-names-heading = Wie man es nennt
why-cant-i-cry-names = Für diese Erfahrung gibt es nicht den einen Namen. Man spricht von emotionaler Taubheit, emotionaler Abstumpfung, Gefühlsverflachung oder emotionalem Abschalten. Manche nennen es eine Depression, bei der man „nicht weinen kann“. All diese Namen meinen dasselbe: Deine Gefühle wirken heruntergedreht, als hätte jemand die Lautstärke deines Innenlebens leiser gestellt.

why-cant-i-cry-feels-like-heading = Wie es sich anfühlen kann
why-cant-i-cry-feels-like-intro = Taubheit zeigt sich bei jedem Menschen anders. Vielleicht bemerkst du einiges davon:
why-cant-i-cry-feels-like-1 = Du kannst nicht weinen, selbst in Momenten, die dir früher das Herz gebrochen hätten.
why-cant-i-cry-feels-like-2 = Du fühlst dich weit weg von den Menschen, die du liebst, oder du fühlst dich ungeliebt, obwohl sie sich offensichtlich um dich sorgen.
why-cant-i-cry-feels-like-3 = Freude und Begeisterung sind schwer zu finden. Sogar Wut scheint verstummt zu sein.
why-cant-i-cry-feels-like-4 = Das Leben wirkt grau, als würdest du es durch eine Glasscheibe betrachten.
why-cant-i-cry-feels-like-5 = Du fühlst dich in deinem eigenen Kopf gefangen, ohne klaren Ausweg.
why-cant-i-cry-not-weakness = Taubheit ist keine Faulheit, und sie bedeutet nicht, dass du kalt oder gleichgültig bist. Sie ist eine echte Reaktion deiner Psyche und deines Körpers, und sie kann jeden Menschen treffen.

why-cant-i-cry-common-heading = Du bist bei Weitem nicht allein
why-cant-i-cry-common = Emotionale Taubheit tritt oft zusammen mit einer Depression auf. Auch Leitlinien zur posttraumatischen Belastungsstörung (PTBS) nennen emotionale Taubheit als eines ihrer Anzeichen. Depressionen selbst sind sehr verbreitet: Die Weltgesundheitsorganisation hat geschätzt, dass weltweit rund dreihundert Millionen Menschen mit einer Depression leben.

why-cant-i-cry-causes-heading = Was sie auslösen kann
why-cant-i-cry-causes-intro = Oft spielt mehr als ein Grund mit. Das hier sind einige der häufigsten:
why-cant-i-cry-causes-depression = Die Depression selbst. Eine Depression kann dämpfen, wie stark du Dinge fühlst. Lange Zeit wurde das mit einem Mangel an Botenstoffen im Gehirn wie Serotonin erklärt, aber diese Vorstellung ist in der Wissenschaft inzwischen umstritten, und die Ursachen einer Depression sind wahrscheinlich eine Mischung aus vielen Dingen. Manche Menschen sind ständig ängstlich, können dieses Gefühl aber trotzdem nicht durch Tränen herauslassen.
why-cant-i-cry-causes-medication = Antidepressiva. Manche Medikamente gegen Depressionen, vor allem die Gruppe der sogenannten SSRI, können als Nebenwirkung die Gefühle dämpfen. Unser Ratgeber zu Antidepressiva und emotionaler Abstumpfung erklärt mehr dazu.
why-cant-i-cry-causes-treatment-resistant = Eine Depression, die trotz Behandlung nicht besser geworden ist. Wenn mehr als ein Medikament nicht genug geholfen hat, kann die Taubheit bleiben. Unser Ratgeber zur therapieresistenten Depression beschreibt die Möglichkeiten, über die eine Fachärztin oder ein Facharzt mit dir sprechen kann.
why-cant-i-cry-causes-trauma = Trauma. Missbrauch, langanhaltender Stress oder schmerzhafte Erfahrungen in der Kindheit können dazu führen, dass die Psyche Gefühle abschaltet, um damit fertigzuwerden. Unser Ratgeber zu Trauma und Taubheit schaut sich das genauer an.

why-cant-i-cry-other-causes-heading = Taub, aber nicht depressiv?
why-cant-i-cry-other-causes = Taubheit kommt nicht immer von einer Depression. Burnout durch langanhaltenden Stress bei der Arbeit kann deine Gefühle abnutzen, und Trauer beginnt oft mit Schock und Taubheit. Manche Menschen fühlen sich nach einem Trauma taub. Manchen autistischen Menschen fällt es schwer, ihre Gefühle zu erkennen oder zu benennen, und das kann sich wie Taubheit anfühlen; man nennt das manchmal Alexithymie. Weil sich diese Ursachen ähneln können, kann dir ein Gespräch mit einer Ärztin, einem Arzt, einer Therapeutin oder einem Therapeuten helfen zu verstehen, was hinter deiner eigenen Taubheit steckt.

why-cant-i-cry-self-care-heading = Kleine Dinge, die helfen können
why-cant-i-cry-self-care = Selbstfürsorge ersetzt keine Behandlung, aber sie kann dir helfen, langsam wieder Kontakt zu deinen Gefühlen zu finden. Du könntest jeden Tag einen kurzen Body-Scan ausprobieren oder aufschreiben, wie du dich gefühlt hast, selbst wenn die Antwort „nichts“ ist. Ein trauriger Film oder ein Lied, das dich früher berührt hat, kann helfen, und auch regelmäßige Bewegung: Frag vorher eine Ärztin oder einen Arzt, wenn du eine Herzerkrankung hast oder eine Weile nicht aktiv warst. Regelmäßiger Schlaf ist ebenfalls wichtig. Es hilft auch, Dinge einzuschränken, die dich noch mehr betäuben, wie Alkohol, Cannabis oder stundenlanges Gaming oder Social Media. Fang mit einer einzigen Idee an und geh behutsam vor. Du musst nicht alles auf einmal machen.

why-cant-i-cry-when-help-heading = Wann du zu einer Ärztin oder einem Arzt gehen solltest
why-cant-i-cry-when-help-intro = Bitte sprich mit einer Ärztin, einem Arzt oder einer Fachperson für psychische Gesundheit, wenn einer dieser Punkte auf dich zutrifft:
why-cant-i-cry-when-help-1 = Du hast Suizidgedanken.
why-cant-i-cry-when-help-2 = Du fühlst dich völlig von der Realität abgeschnitten.
why-cant-i-cry-when-help-3 = Du schaffst den Alltag bei der Arbeit oder zu Hause nicht mehr.
why-cant-i-cry-when-help-4 = Die Taubheit oder die gedrückte Stimmung hält schon länger als etwa zwei Wochen an.
why-cant-i-cry-when-help-now = Wenn du Suizidgedanken hast, warte bitte nicht: Sag es noch heute einer Ärztin oder einem Arzt, ruf eine Krisenhotline an oder sag es einem Menschen, dem du vertraust. Wenn du das Gefühl hast, dass du diese Gedanken in die Tat umsetzen könntest, ruf jetzt die Notrufnummer vor Ort an oder geh jetzt in eine Notaufnahme. Unser Ratgeber „Wann und wie du jetzt Hilfe bekommst“ erklärt, was du tun kannst und was dich erwartet.

why-cant-i-cry-closing = Nicht weinen zu können macht dich nicht schwach, und es bedeutet nicht, dass du kaputt bist. Es ist eine sehr menschliche Reaktion auf eine stressige Welt, und viele Menschen merken, dass ihre Gefühle mit der richtigen Unterstützung zurückkommen. Such dir für heute einen kleinen Schritt aus: Ruf an, vereinbare einen Termin oder nimm dir fünf Minuten für ein Lied, das du liebst.

### Antidepressiva und emotionale Abstumpfung

article-antidepressants-and-emotional-blunting-title = Antidepressiva und emotionale Abstumpfung
article-antidepressants-and-emotional-blunting-summary = Manche Antidepressiva können als Nebenwirkung deine Gefühle dämpfen. Hier erfährst du, wie das aussehen kann und wie du es sicher bei der Person ansprichst, die sie dir verschreibt.

antidepressants-and-emotional-blunting-intro = Antidepressiva helfen vielen Menschen, sich besser zu fühlen. Manche merken aber, dass mit der gedrückten Stimmung auch ihre anderen Gefühle verblassen. Sie lachen vielleicht weniger, Dinge, die ihnen früher Freude gemacht haben, sind ihnen weniger wichtig, oder sie können nicht mehr weinen. Das nennt man oft emotionale Abstumpfung.

antidepressants-and-emotional-blunting-warning = Wenn du ein Antidepressivum beginnst, die Dosis änderst oder es absetzt, kann sich deine Stimmung eine Zeit lang verschlechtern, und manche Menschen haben dann Suizidgedanken. Das ist bei Menschen unter 25 wahrscheinlicher. Wenn dir das passiert, melde dich noch am selben Tag bei der Person, die dir das Medikament verschreibt, oder bei deiner Ärztin oder deinem Arzt. Wenn es sein kann, dass du diese Gedanken in die Tat umsetzt, ruf jetzt die Notrufnummer vor Ort an.

antidepressants-and-emotional-blunting-common-heading = Wie häufig ist das?
antidepressants-and-emotional-blunting-common = Abstumpfung gehört zu den Nebenwirkungen, die Menschen am häufigsten nennen. In einigen Online-Umfragen sagte etwa die Hälfte der Menschen, die Antidepressiva nehmen, dass sie sich emotional abgestumpft oder taub gefühlt hatten: etwa 46 % in einer Umfrage, die von der Universität Oxford aus durchgeführt wurde, und etwa 60 % in einer Umfrage in Neuseeland. Die Menschen haben selbst entschieden, an diesen Umfragen teilzunehmen, deshalb gelten die Zahlen vielleicht nicht für alle. Abstumpfung wird am häufigsten mit einer Gruppe von Medikamenten in Verbindung gebracht, die SSRI heißen, und auch die Depression selbst kann Gefühle dämpfen.
antidepressants-and-emotional-blunting-names = Oft genannte Medikamente sind zum Beispiel { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } und { -medicine-fluoxetine }. Nicht alle, die sie nehmen, fühlen sich abgestumpft, und für viele Menschen sind diese Medikamente ein wichtiger Teil ihrer Genesung.

antidepressants-and-emotional-blunting-which-heading = Liegt es an der Depression oder am Medikament?
antidepressants-and-emotional-blunting-which = Das kann schwer zu sagen sein. Eine Depression kann deine Gefühle von sich aus abflachen, und das Medikament, mit dem sie behandelt wird, ebenfalls. Manche merken, dass die Taubheit erst begonnen hat, nachdem sie mit einem Medikament angefangen haben. Andere fühlten sich schon lange vorher taub. Du musst das nicht allein herausfinden. Die Person, die dir das Medikament verschreibt, kann dir helfen, es einzuordnen.

antidepressants-and-emotional-blunting-what-to-do-heading = Was du tun kannst
antidepressants-and-emotional-blunting-step-1 = Nimm es wahr und schreib es auf. Notiere dir ein bis zwei Wochen lang Momente, in denen du erwartet hast, etwas zu fühlen, und nichts kam. So hast du etwas Konkretes, das du erzählen kannst.
antidepressants-and-emotional-blunting-step-2 = Bitte darum, deine Medikation zu überprüfen. Erzähl der Person, die dir das Medikament verschreibt, wie es dir geht, auch von der Taubheit. Du musst nicht bis zum nächsten Routinetermin warten, um das anzusprechen.
antidepressants-and-emotional-blunting-step-3 = Frag nach deinen Möglichkeiten. Die Person, die dir das Medikament verschreibt, schlägt vielleicht vor, die Dosis zu ändern oder zu einem anderen Medikament zu wechseln. Manche Menschen fragen nach { -medicine-vortioxetine } oder { -medicine-bupropion }, die einige wenige kleine Studien mit weniger Abstumpfung in Verbindung bringen; die Belege dafür sind begrenzt, und { -medicine-bupropion } ist nicht in jedem Land gegen Depressionen zugelassen. Nur die Person, die dir das Medikament verschreibt, kann entscheiden, ob eine Änderung für dich richtig ist.
antidepressants-and-emotional-blunting-step-4 = Nimm dein Medikament weiter so, wie es dir verschrieben wurde, bis du alles besprochen hast. Bitte lass nicht auf eigene Faust Dosen aus, senk die Dosis nicht selbst und setz es nicht von dir aus ab: Plötzliches Absetzen kann Absetzsymptome auslösen, und wenn du es absetzt, verringert die Person, die es dir verschreibt, die Dosis normalerweise Schritt für Schritt.
antidepressants-and-emotional-blunting-step-5 = Hol dir zusätzlich Unterstützung. Therapie und sanfte Selbstfürsorge, wie regelmäßiger Schlaf, können dir helfen, wieder Kontakt zu deinen Gefühlen zu finden.
antidepressants-and-emotional-blunting-herbal = Wenn du pflanzliche Mittel nimmst oder überlegst, welche zu nehmen, sag es der Person, die dir das Medikament verschreibt, oder deiner Apothekerin oder deinem Apotheker. Johanniskraut sollte nicht zusammen mit Antidepressiva eingenommen werden: Zusammen können sie eine ernsthafte Reaktion auslösen.

antidepressants-and-emotional-blunting-speak-up = Es ist in Ordnung, das anzusprechen. Sich unter einem Medikament taub zu fühlen, ist eine echte Nebenwirkung. Wenn du es erwähnst, bist du nicht undankbar oder schwierig, und es ist genau die Art von Information, die die Person braucht, die dir das Medikament verschreibt.

antidepressants-and-emotional-blunting-closing = Zu bemerken, dass deine Gefühle leise geworden sind, ist ein wichtiger erster Schritt, und es zeigt, dass dir dein eigenes Leben noch etwas bedeutet. Du bist nicht schwach und du bist nicht kaputt. Mit der richtigen Unterstützung finden viele Menschen ihre Gefühle wieder. Ein kleiner Schritt heute könnte sein, eine kurze Notiz für die Person aufzuschreiben, die dir das Medikament verschreibt, oder den Termin zu vereinbaren.

### Therapieresistente Depression

article-treatment-resistant-depression-title = Therapieresistente Depression
article-treatment-resistant-depression-summary = Wenn eine Depression nicht besser wird, obwohl du schon mehr als ein Medikament ausprobiert hast, gibt es trotzdem noch Möglichkeiten. Hier erfährst du, was der Begriff bedeutet und worüber eine Fachärztin oder ein Facharzt mit dir sprechen kann.

treatment-resistant-depression-intro = Manchmal wird eine Depression nicht besser, auch nachdem du mehr als eine Behandlung ausprobiert hast. Dann kann die Taubheit lange anhalten, und es ist leicht, den Mut zu verlieren. Aber es gibt noch Möglichkeiten, und es lohnt sich, danach zu fragen.

treatment-resistant-depression-meaning-heading = Was der Begriff bedeutet
treatment-resistant-depression-meaning = Ärztinnen und Ärzte sprechen meist von einer therapieresistenten Depression, wenn jemand zwei oder mehr Antidepressiva in ausreichend hoher Dosis und lange genug genommen hat, ohne dass es genug besser wurde. Der Begriff beschreibt, wie deine Depression bisher auf die Behandlung angesprochen hat. Er ist kein Urteil über dich, und er bedeutet nicht, dass nichts helfen wird.

treatment-resistant-depression-options-heading = Möglichkeiten, über die deine Ärztin, dein Arzt oder eine Fachärztin oder ein Facharzt mit dir sprechen kann
treatment-resistant-depression-options-intro = Leitlinien schlagen meist vor, zuerst diese Möglichkeiten auszuprobieren, ungefähr in dieser Reihenfolge und bei den späteren Schritten mit fachärztlichem Rat:
treatment-resistant-depression-option-switch = Die Dosis ändern oder zu einem anderen Antidepressivum wechseln.
treatment-resistant-depression-option-combine = Medikamente kombinieren oder ein weiteres Medikament zum Antidepressivum dazunehmen (zum Beispiel Lithium oder ein Antipsychotikum). Dafür sind regelmäßige Kontrollen nötig, weil diese Medikamente eigene Nebenwirkungen haben können.
treatment-resistant-depression-option-therapy = Gesprächstherapie, zum Beispiel kognitive Verhaltenstherapie, zusätzlich zu den Medikamenten.
treatment-resistant-depression-option-ect = Elektrokonvulsionstherapie (EKT) bei schwerer Depression, unter Vollnarkose. Sie kann helfen, wenn andere Behandlungen nicht geholfen haben, aber sie kann Gedächtnisprobleme verursachen, und die Narkose hat eigene Risiken.
treatment-resistant-depression-newer-intro = Neuere Möglichkeiten werden an manchen Orten angeboten, meist von spezialisierten Einrichtungen:
treatment-resistant-depression-option-tms = Transkranielle Magnetstimulation (TMS), bei der magnetische Impulse Bereiche des Gehirns anregen. Sie gilt allgemein als sicher, hilft aber nicht allen.
treatment-resistant-depression-option-esketamine = Ein Nasenspray mit { -medicine-esketamine }. Es wird zusammen mit einem Antidepressivum zum Einnehmen verwendet und in einer Klinik gegeben. Dort behält dich das Personal danach mindestens zwei Stunden lang im Blick, weil es dich schläfrig oder schwindelig machen kann oder du dich von dir selbst losgelöst fühlen kannst. Es ist nicht überall zugelassen oder finanziert.
treatment-resistant-depression-option-ketamine = { -medicine-ketamine } als Infusion über einen Tropf. Es ist nicht gegen Depressionen zugelassen. Wenn Ärztinnen und Ärzte es dafür einsetzen, ist das also ein sogenannter „Off-Label-Use“. Es kann das Gefühl auslösen, von der Realität losgelöst zu sein, und manchmal Halluzinationen.
treatment-resistant-depression-option-psilocybin = { -medicine-psilocybin }, das noch experimentell ist: Außerhalb von Forschungsstudien ist es keine zugelassene Behandlung, und Studien haben Nebenwirkungen, aber auch positive Wirkungen gefunden. Ob es legal ist, hängt von dem Land ab, in dem du lebst.
treatment-resistant-depression-specialist-only = Diese Behandlungen müssen unter medizinischer Betreuung gegeben werden. Bitte versuch nicht, dir eine davon selbst zu besorgen oder sie auf eigene Faust anzuwenden, und setz dein jetziges Medikament nicht ab und ändere es nicht, ohne mit der Person zu sprechen, die es dir verschreibt.

treatment-resistant-depression-next-steps-heading = Den nächsten Schritt gehen
treatment-resistant-depression-next-steps = Ein guter erster Schritt ist ein Gespräch mit der Ärztin oder dem Arzt, die oder der deine Behandlung gerade betreut. Du kannst fragen, ob eine Überweisung zu einer Fachärztin oder einem Facharzt für dich sinnvoll ist. Es kann helfen, eine kurze Liste mitzubringen: welche Medikamente du schon ausprobiert hast, ungefähr wie lange du jedes genommen hast und was sich verändert hat oder nicht.
treatment-resistant-depression-support = Während du diese Möglichkeiten erkundest, können Therapie und feste Gewohnheiten wie regelmäßiger Schlaf dich weiterhin im Alltag unterstützen.

treatment-resistant-depression-closing = Mit einer Depression zu leben, die einfach nicht weichen will, ist erschöpfend, und es braucht Kraft, weiterzumachen. Du bist nicht schwach, und du bist nicht kaputt. Vielen Menschen geht es mit einer anderen Behandlung tatsächlich besser, selbst nachdem mehrere nicht gewirkt haben. Ein kleiner Schritt heute, wie ein Anruf oder eine Terminbuchung, ist genug.

### Trauma und Taubheit

article-trauma-and-numbness-title = Trauma und Taubheit
article-trauma-and-numbness-summary = Nach einem Trauma oder langanhaltendem Stress kann die Psyche Gefühle abschalten, um dich zu schützen. Erfahre, warum das passiert und welche Therapien helfen können.

trauma-and-numbness-intro = Manchmal hat Taubheit weniger mit Depression oder Medikamenten zu tun und mehr mit dem, was du erlebt hast. Sie kann die Art sein, wie deine Psyche dich nach schweren Erfahrungen schützt.

trauma-and-numbness-how-heading = Wie ein Trauma Gefühle abschalten kann
trauma-and-numbness-how = Nach Missbrauch, einem Übergriff, einem Kindheitstrauma oder Stress, der lange anhält, merken manche Menschen, dass ihre Gefühle heruntergedreht oder abgeschaltet sind. Ärztinnen und Ärzte erkennen diese emotionale Taubheit als eine der Formen an, in denen sich posttraumatischer Stress zeigen kann. Sie kann mit Dissoziation einhergehen, dem Gefühl, von dir selbst oder von der Welt um dich herum abgeschnitten zu sein. Damals hat dir das Abschalten vielleicht geholfen durchzukommen. Später kann es schwer sein, dass die Gefühle wieder angehen, selbst wenn du in Sicherheit bist.
trauma-and-numbness-not-a-flaw = Wenn du dich darin wiedererkennst: Deine Taubheit ist kein Makel. Sie zeigt, wie hart deine Psyche gearbeitet hat, um dich zu schützen.

trauma-and-numbness-therapy-heading = Therapien, die helfen können
trauma-and-numbness-therapy-intro = Eine Therapeutin oder ein Therapeut mit einer Ausbildung in Traumatherapie ist ein guter Anfang. Leitlinien empfehlen vor allem zwei Therapieformen:
trauma-and-numbness-therapy-cbt = Traumafokussierte kognitive Verhaltenstherapie (traumafokussierte KVT), die dir hilft, die Erinnerungen und ihre Bedeutung für dich zu verarbeiten.
trauma-and-numbness-therapy-emdr = EMDR (Eye Movement Desensitization and Reprocessing, auf Deutsch etwa „Desensibilisierung und Verarbeitung durch Augenbewegungen“), die dir hilft, Erinnerungen zu verarbeiten, während du mit den Augen Bewegungen von einer Seite zur anderen folgst oder leichte Berührungen (Taps) spürst.
trauma-and-numbness-therapy-somatic = Vielleicht hörst du auch von körperbasierten Ansätzen wie Somatic Experiencing. Manche Menschen finden sie hilfreich, aber dahinter steckt bisher viel weniger Forschung.
trauma-and-numbness-therapy-weekly = Deine Therapeutin oder dein Therapeut kann dir erklären, wie jede davon funktioniert, und dir helfen auszuwählen, was zu dir passt. Regelmäßige Sitzungen geben blockierten Gefühlen einen verlässlichen, sicheren Ort, an dem sie herauskommen können, in deinem eigenen Tempo.

trauma-and-numbness-reconnect-heading = Sanfte Wege zurück zu dir
trauma-and-numbness-reconnect = Neben der Therapie können kleine tägliche Gewohnheiten dir helfen, dich in deinem Körper wieder zu Hause zu fühlen, zum Beispiel ein paar Zeilen in einem Tagebuch oder ein kurzer Body-Scan. Wenn Menschen ein Trauma erlebt haben, kann genaues Achten auf den Körper manchmal schwierige Erinnerungen oder Gefühle hochbringen. Geh langsam vor, lass die Augen offen, wenn sich das sicherer anfühlt, und es ist okay, aufzuhören und später mit deiner Therapeutin oder deinem Therapeuten darauf zurückzukommen.
trauma-and-numbness-reach-out = Wenn du dich völlig von der Realität losgelöst fühlst oder die Taubheit es dir schwer macht, durch den Tag zu kommen, sag es bitte bald einer Ärztin oder einem Arzt. Wenn du an Suizid denkst, ruf jetzt eine Krisenhotline oder die Notrufnummer vor Ort an. Unser Ratgeber „Wann und wie du jetzt Hilfe bekommst“ erklärt, wie das geht.

trauma-and-numbness-closing = Was dir passiert ist, war nicht deine Schuld, und das Abschalten war eine Art, es zu überleben. Du bist nicht schwach, und du bist nicht kaputt. Gefühle können zurückkommen, behutsam und in deinem eigenen Tempo. Ein kleiner Schritt heute, zum Beispiel nach einer Therapeutin oder einem Therapeuten für traumafokussierte Therapie zu suchen, ist genug.

### Wann und wie du jetzt Hilfe bekommst

article-getting-help-now-title = Wann und wie du jetzt Hilfe bekommst
article-getting-help-now-summary = Erkenne die Anzeichen dafür, dass es Zeit ist, dir Hilfe zu holen, und erfahre, was du in einer Krise tun kannst, wie du jemand anderem helfen kannst und wie ein erster Anruf oder Termin meistens abläuft.

getting-help-now-urgent = Wenn es sein kann, dass du deine Suizidgedanken in die Tat umsetzt, oder wenn du gerade in Gefahr bist, hör bitte auf zu lesen und ruf die Notrufnummer vor Ort an oder geh in die nächste Notaufnahme.
getting-help-now-intro = Taubheit kann es schwer machen zu erkennen, wie ernst die Lage geworden ist. Wenn du dich leer fühlst, denkst du vielleicht leicht, dass alles in Ordnung ist oder dass du keine Hilfe verdienst. Du verdienst sie. Dieser Ratgeber erklärt, wann du dir Hilfe holen solltest, was du tun kannst und was dich erwartet.

getting-help-now-crisis-heading = Wenn du gerade in einer Krise bist
getting-help-now-crisis-1 = Ruf die Notrufnummer vor Ort an oder geh in die nächste Notaufnahme.
getting-help-now-crisis-2 = Bleib bei einem Menschen, dem du vertraust, oder bitte jemanden, zu dir zu kommen und bei dir zu bleiben. Versuch, nicht allein zu sein.
getting-help-now-crisis-3 = Bring Abstand zwischen dich und alles, womit du dich verletzen könntest, oder bitte jemanden, es vorerst wegzubringen.
getting-help-now-crisis-4 = Denk daran, dass diese Gefühle vorübergehen können, so stark sie auch sind. Viele Menschen, die sich so gefühlt haben, sind da durchgekommen, und Hilfe ist da.

getting-help-now-signs-heading = Anzeichen, dass es Zeit ist, dir Hilfe zu holen
getting-help-now-sign-1 = Du hast Suizidgedanken.
getting-help-now-sign-2 = Du fühlst dich völlig von der Realität losgelöst.
getting-help-now-sign-3 = Du kommst bei der Arbeit oder zu Hause nicht mehr zurecht.
getting-help-now-sign-4 = Die Taubheit oder die gedrückte Stimmung hält schon länger als etwa zwei Wochen an.
getting-help-now-signs-note = Es müssen nicht alle Punkte zutreffen. Schon einer ist ein guter Grund, zu einer Ärztin oder einem Arzt zu gehen. Und du darfst immer um Hilfe bitten, bevor es so weit kommt.

getting-help-now-what-to-do-heading = Was du tun kannst
getting-help-now-step-1 = Wenn du in Gefahr bist oder es sein kann, dass du deine Suizidgedanken in die Tat umsetzt, ruf jetzt die Notrufnummer vor Ort an.
getting-help-now-step-2 = Wenn du heute mit jemandem reden musst, ruf bei einer Krisenhotline an oder schreib ihr eine Nachricht. Die Krisenhotlines für dein Land werden bei diesem Ratgeber angezeigt; sie sind kostenlos oder günstig, und viele sind Tag und Nacht erreichbar.
getting-help-now-step-3 = Wenn du nicht in unmittelbarer Gefahr bist, vereinbare einen Termin bei deiner Ärztin oder deinem Arzt oder bei einer Fachperson für psychische Gesundheit.
getting-help-now-step-4 = Erzähl einem Menschen, dem du vertraust, wie es dir in letzter Zeit geht, zum Beispiel einer Freundin oder einem Freund, jemandem aus deiner Familie oder einer Kollegin oder einem Kollegen, damit du das nicht allein tragen musst.

getting-help-now-someone-else-heading = Wenn du dir Sorgen um jemand anderen machst
getting-help-now-someone-else = Wenn jemand, den du kennst, vielleicht an Suizid denkt, ist es in Ordnung, die Person direkt danach zu fragen. Die Frage bringt sie nicht erst auf den Gedanken, und es kann für sie eine Erleichterung sein, darüber zu reden. Hör zu, ohne zu urteilen, und hilf ihr, Kontakt zu einer Krisenhotline oder einer Ärztin oder einem Arzt aufzunehmen. Wenn sie in unmittelbarer Gefahr ist, ruf die Notrufnummer an und bleib bei ihr, bis Hilfe kommt. Pass auch auf dich selbst auf: Auch du kannst bei einer Krisenhotline anrufen, um Unterstützung zu bekommen.

getting-help-now-young-people = Wenn du unter 18 bist, erzähl bitte einem Erwachsenen, dem du vertraust, wie du dich fühlst, zum Beispiel einem Elternteil, einer Lehrerin oder einem Lehrer oder jemandem aus der Schulberatung. In vielen Ländern gibt es ein kostenloses Hilfetelefon nur für Kinder und Jugendliche; du findest es unter den Hotlines, die bei diesem Ratgeber angezeigt werden.

getting-help-now-first-contact-heading = Wie ein erster Anruf oder Termin abläuft
getting-help-now-first-call = Wenn du bei einer Krisenhotline anrufst, ist die Person am anderen Ende da, um dir zuzuhören. Du brauchst nicht die richtigen Worte, und du musst nicht in Tränen aufgelöst sein, um ihre Zeit zu verdienen. Du könntest einfach sagen: „Ich fühle mich wie betäubt, und ich mache mir Sorgen um mich.“
getting-help-now-first-appointment = Ein erster Termin ist vor allem ein Gespräch. Vielleicht wirst du gefragt, wie lange du dich schon so fühlst und wie du bei der Arbeit und zu Hause zurechtkommst. Es ist in Ordnung zu sagen, dass du nicht weinen kannst und nicht weißt, warum. Eine Abklärung kann helfen, mögliche Ursachen wie Depression, Burnout, Trauer oder Trauma auseinanderzuhalten, damit du die passende Unterstützung bekommst.
getting-help-now-notes-tip = Wenn dir das Reden schwerfällt, schreib dir vorher ein paar Notizen auf und nimm sie mit. Du kannst auch einen Menschen, dem du vertraust, bitten, dich zu begleiten.

getting-help-now-closing = Sich Hilfe zu holen, wenn man sich taub fühlt, braucht echten Mut. Du bist nicht schwach, und du bist nicht kaputt. Das ist eine menschliche Reaktion auf eine stressige Welt, und Hilfe ist da. Such dir für heute einen kleinen Schritt aus: einen Anruf, eine Terminvereinbarung oder fünf Minuten mit einem Lied, das dir etwas bedeutet.
