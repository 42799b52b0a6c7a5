# Titel, Zusammenfassungen und Texte der Haven-Artikel auf Deutsch.

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
why-cant-i-cry-not-weakness = Taubheit ist keine Faulheit, und sie bedeutet nicht, dass du kalt oder gleichgültig bist. Sie ist eine echte Reaktion deiner Psyche und deines Gehirns, und sie kann jeden Menschen treffen.

why-cant-i-cry-common-heading = Du bist bei Weitem nicht allein
why-cant-i-cry-common = Emotionale Taubheit tritt oft zusammen mit Depressionen und Angststörungen auf. Sie ist auch bei einer bipolaren Störung und bei einer posttraumatischen Belastungsstörung (PTBS) häufig. Depressionen selbst sind sehr verbreitet. Die Weltgesundheitsorganisation schätzt, dass weltweit rund zweihundertachtzig Millionen Menschen mit einer Depression leben.

why-cant-i-cry-causes-heading = Was sie auslösen kann
why-cant-i-cry-causes-intro = Oft spielt mehr als ein Grund mit. Das hier sind einige der häufigsten:
why-cant-i-cry-causes-depression = Die Depression selbst. Eine Depression verändert die Systeme im Gehirn, die die Botenstoffe Serotonin, Dopamin und Noradrenalin tragen, und das kann deine emotionalen Reaktionen herunterfahren. Manche Menschen sind ständig ängstlich, können dieses Gefühl aber trotzdem nicht durch Tränen herauslassen.
why-cant-i-cry-causes-medication = Antidepressiva. Manche Medikamente gegen Depressionen, vor allem die Gruppe der sogenannten SSRI, können als Nebenwirkung die Gefühle dämpfen. Unser Ratgeber zu Antidepressiva und emotionaler Abstumpfung erklärt mehr dazu.
why-cant-i-cry-causes-treatment-resistant = Eine Depression, die trotz Behandlung nicht besser geworden ist. Wenn mehr als ein Medikament nicht genug geholfen hat, kann die Taubheit bleiben. Unser Ratgeber zur therapieresistenten Depression beschreibt die Möglichkeiten, über die eine Fachärztin oder ein Facharzt mit dir sprechen kann.
why-cant-i-cry-causes-trauma = Trauma. Missbrauch, langanhaltender Stress oder schmerzhafte Erfahrungen in der Kindheit können dem Gehirn beibringen, dass Fühlen gefährlich ist. Damit du überleben kannst, schaltet es die Gefühle ab. Unser Ratgeber zu Trauma und Taubheit schaut sich das genauer an.

why-cant-i-cry-other-causes-heading = Taub, aber nicht depressiv?
why-cant-i-cry-other-causes = Taubheit kommt nicht immer von einer Depression. Burnout und Dauerstress bei der Arbeit können deine Gefühle abnutzen. Trauer kann dasselbe bewirken. Manche Menschen fühlen sich nach einem Trauma wie betäubt, und Taubheit kann auch bei autistischen Menschen vorkommen. Weil sich diese Ursachen ähneln können, kann dir ein Gespräch mit einer Fachperson helfen zu verstehen, was hinter deiner eigenen Taubheit steckt.

why-cant-i-cry-self-care-heading = Kleine Dinge, die helfen können
why-cant-i-cry-self-care = Selbstfürsorge ersetzt keine Behandlung, aber sie kann dir helfen, langsam wieder Kontakt zu deinen Gefühlen zu finden. Du könntest jeden Tag einen kurzen Body-Scan ausprobieren oder aufschreiben, wie du dich gefühlt hast, selbst wenn die Antwort „nichts“ ist. Ein trauriger Film oder ein Lied, das dich früher berührt hat, kann helfen, und auch Bewegung, die dein Herz schneller schlagen lässt. Regelmäßiger Schlaf ist ebenfalls wichtig. Es hilft auch, weniger von dem zu nutzen, was dich noch mehr betäubt, wie Alkohol, Cannabis oder stundenlanges Gaming oder Social Media. Fang mit einer einzigen Idee an und geh behutsam vor. Du musst nicht alles auf einmal machen.

why-cant-i-cry-when-help-heading = Wann du dir Hilfe holen solltest
why-cant-i-cry-when-help-intro = Bitte sprich mit einer Ärztin, einem Arzt oder einer Fachperson für psychische Gesundheit, wenn einer dieser Punkte auf dich zutrifft:
why-cant-i-cry-when-help-1 = Du hast Suizidgedanken.
why-cant-i-cry-when-help-2 = Du fühlst dich völlig von der Realität abgeschnitten.
why-cant-i-cry-when-help-3 = Du schaffst den Alltag bei der Arbeit oder zu Hause nicht mehr.
why-cant-i-cry-when-help-4 = Die Taubheit hält schon länger als zwei oder drei Monate an.
why-cant-i-cry-when-help-now = Wenn du Suizidgedanken hast, warte bitte nicht: Hol dir noch heute Hilfe. Wenn du befürchtest, sie in die Tat umzusetzen, ruf jetzt sofort die Notrufnummer in deinem Land an. Unser Ratgeber „Jetzt Hilfe holen“ erklärt, was du tun kannst und was dich erwartet.

why-cant-i-cry-closing = Nicht weinen zu können macht dich nicht schwach, und es bedeutet nicht, dass du kaputt bist. Es ist eine sehr menschliche Reaktion auf eine stressige Welt, und Gefühle können ihren Weg zurückfinden. Heilung ist möglich. Such dir für heute einen kleinen Schritt aus: einen Anruf, einen Termin oder fünf Minuten mit einem Lied, das du liebst.

### Antidepressiva und emotionale Abstumpfung

article-antidepressants-and-emotional-blunting-title = Antidepressiva und emotionale Abstumpfung
article-antidepressants-and-emotional-blunting-summary = Manche Antidepressiva können als Nebenwirkung deine Gefühle dämpfen. Hier erfährst du, wie das aussehen kann und wie du es sicher bei der Person ansprichst, die sie dir verschreibt.

antidepressants-and-emotional-blunting-intro = Antidepressiva helfen vielen Menschen, sich besser zu fühlen. Manche merken aber, dass mit der gedrückten Stimmung auch ihre anderen Gefühle verblassen. Sie lachen vielleicht weniger, Dinge, die ihnen früher Freude gemacht haben, sind ihnen weniger wichtig, oder sie können nicht mehr weinen. Das nennt man oft emotionale Abstumpfung.

antidepressants-and-emotional-blunting-common-heading = Wie häufig ist das?
antidepressants-and-emotional-blunting-common = Abstumpfung gehört zu den Nebenwirkungen, die Menschen am häufigsten nennen. In Umfragen sagen etwa 40 bis 60 Prozent der Menschen, die Antidepressiva nehmen, dass sie eine gewisse Abstumpfung bemerkt haben. Am häufigsten wird sie mit einer Gruppe von Medikamenten in Verbindung gebracht, die SSRI heißen.
antidepressants-and-emotional-blunting-names = Oft genannte Medikamente sind zum Beispiel { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } und { -medicine-fluoxetine }. Nicht alle, die sie nehmen, fühlen sich abgestumpft, und für viele Menschen sind diese Medikamente ein wichtiger Teil ihrer Genesung.

antidepressants-and-emotional-blunting-which-heading = Liegt es an der Depression oder am Medikament?
antidepressants-and-emotional-blunting-which = Das ist oft schwer zu sagen. Eine Depression kann deine Gefühle von sich aus abflachen, und das Medikament, mit dem sie behandelt wird, ebenfalls. Manche merken, dass die Taubheit erst begonnen hat, nachdem sie mit einem Medikament angefangen haben. Andere fühlten sich schon lange vorher taub. Du musst das nicht allein herausfinden. Die Person, die dir das Medikament verschreibt, kann dir helfen, es einzuordnen.

antidepressants-and-emotional-blunting-what-to-do-heading = Was du tun kannst
antidepressants-and-emotional-blunting-step-1 = Nimm es wahr und schreib es auf. Notiere dir ein bis zwei Wochen lang Momente, in denen du erwartet hast, etwas zu fühlen, und nichts kam. So hast du etwas Konkretes, das du erzählen kannst.
antidepressants-and-emotional-blunting-step-2 = Bitte darum, deine Medikation zu überprüfen. Erzähl der Person, die dir das Medikament verschreibt, wie es dir geht, auch von der Taubheit. Du musst nicht bis zum nächsten Routinetermin warten, um das anzusprechen.
antidepressants-and-emotional-blunting-step-3 = Frag nach deinen Möglichkeiten. Die Person, die dir das Medikament verschreibt, spricht vielleicht mit dir über Medikamente, die seltener mit Abstumpfung in Verbindung gebracht werden, zum Beispiel { -medicine-vortioxetine } oder { -medicine-bupropion }. Nur sie kann beurteilen, ob eine Änderung für dich sinnvoll ist.
antidepressants-and-emotional-blunting-step-4 = Nimm dein Medikament weiter wie verordnet, bis du alles besprochen hast. Bitte lass keine Dosen aus und setz es nicht eigenmächtig ab.
antidepressants-and-emotional-blunting-step-5 = Hol dir zusätzlich Unterstützung. Therapie und sanfte Selbstfürsorge, wie ein täglicher Body-Scan oder regelmäßiger Schlaf, können dir helfen, wieder Kontakt zu deinen Gefühlen zu finden.

antidepressants-and-emotional-blunting-speak-up = Es ist in Ordnung, das anzusprechen. Sich unter einem Medikament taub zu fühlen, ist eine echte Nebenwirkung. Wenn du es erwähnst, bist du nicht undankbar oder schwierig, und es ist genau die Art von Information, die die Person braucht, die dir das Medikament verschreibt.

antidepressants-and-emotional-blunting-closing = Zu bemerken, dass deine Gefühle leise geworden sind, ist ein wichtiger erster Schritt, und es zeigt, dass dir dein eigenes Leben noch etwas bedeutet. Du bist nicht schwach und du bist nicht kaputt. Mit der richtigen Unterstützung finden die meisten Menschen ihre Gefühle wieder. Ein kleiner Schritt heute könnte sein, eine kurze Notiz für die Person aufzuschreiben, die dir das Medikament verschreibt, oder den Termin zu vereinbaren.

### Therapieresistente Depression

article-treatment-resistant-depression-title = Therapieresistente Depression
article-treatment-resistant-depression-summary = Wenn eine Depression nicht besser wird, obwohl du schon mehr als ein Medikament ausprobiert hast, gibt es trotzdem noch Möglichkeiten. Hier erfährst du, was der Begriff bedeutet und worüber eine Fachärztin oder ein Facharzt mit dir sprechen kann.

treatment-resistant-depression-intro = Manchmal wird eine Depression nicht besser, auch nachdem du mehr als eine Behandlung ausprobiert hast. Dann kann die Taubheit lange anhalten, und es ist leicht, den Mut zu verlieren. Aber es gibt noch Möglichkeiten, und es lohnt sich, danach zu fragen.

treatment-resistant-depression-meaning-heading = Was der Begriff bedeutet
treatment-resistant-depression-meaning = Ärztinnen und Ärzte sprechen meist von einer therapieresistenten Depression, wenn jemand zwei oder mehr Antidepressiva in ausreichend hoher Dosis und lange genug genommen hat, ohne dass es genug besser wurde. Der Begriff beschreibt, wie deine Depression bisher auf die Behandlung angesprochen hat. Er ist kein Urteil über dich, und er bedeutet nicht, dass nichts helfen wird.

treatment-resistant-depression-options-heading = Möglichkeiten, über die eine Fachärztin oder ein Facharzt sprechen kann
treatment-resistant-depression-options-intro = Wenn die üblichen Behandlungen nicht genug geholfen haben, kann eine Fachärztin oder ein Facharzt mit dir über andere Ansätze sprechen. Jeder hat eigene Vorteile, Risiken und Regeln dafür, wer ihn bekommen kann. Dazu gehören:
treatment-resistant-depression-option-ketamine = Eine Infusionstherapie mit { -medicine-ketamine }, bei der das Medikament langsam über einen Tropf gegeben wird.
treatment-resistant-depression-option-esketamine = Ein Nasenspray mit { -medicine-esketamine }, das unter dem Namen { -brand-spravato } verkauft wird.
treatment-resistant-depression-option-tms = Transkranielle Magnetstimulation, oft kurz TMS genannt, bei der Magnetfelder bestimmte Bereiche des Gehirns anregen.
treatment-resistant-depression-option-psilocybin = Eine Therapie mit Unterstützung durch { -medicine-psilocybin }, aber nur in zugelassenen Kliniken oder im Rahmen von Forschungsstudien. Ob das legal ist, hängt von dem Land ab, in dem du lebst.
treatment-resistant-depression-specialist-only = Diese Behandlungen sind dafür gedacht, unter fachärztlicher Betreuung gegeben zu werden. Bitte versuch nicht, dir eine davon selbst zu besorgen oder sie auf eigene Faust anzuwenden.

treatment-resistant-depression-next-steps-heading = Den nächsten Schritt gehen
treatment-resistant-depression-next-steps = Ein guter erster Schritt ist ein Gespräch mit der Ärztin oder dem Arzt, die oder der deine Behandlung gerade betreut. Du kannst fragen, ob eine Überweisung zu einer Fachärztin oder einem Facharzt für dich sinnvoll ist. Es kann helfen, eine kurze Liste mitzubringen: welche Medikamente du schon ausprobiert hast, ungefähr wie lange du jedes genommen hast und was sich verändert hat oder nicht.
treatment-resistant-depression-support = Während du diese Möglichkeiten erkundest, können Therapie und feste Gewohnheiten wie regelmäßiger Schlaf dich weiterhin im Alltag unterstützen.

treatment-resistant-depression-closing = Mit einer Depression zu leben, die einfach nicht weichen will, ist erschöpfend, und es braucht Kraft, weiterzumachen. Du bist nicht schwach, und du bist nicht kaputt. Heilung ist immer noch möglich, und mit der richtigen Behandlung bekommen die meisten Menschen mit der Zeit ihre Gefühle zurück. Ein kleiner Schritt heute, wie ein Anruf oder eine Terminbuchung, ist genug.

### Trauma und Taubheit

article-trauma-and-numbness-title = Trauma und Taubheit
article-trauma-and-numbness-summary = Nach einem Trauma oder langanhaltendem Stress kann die Psyche Gefühle abschalten, um dich zu schützen. Erfahre, warum das passiert und welche Therapien helfen können.

trauma-and-numbness-intro = Manchmal hat Taubheit weniger mit Depression oder Medikamenten zu tun und mehr mit dem, was du erlebt hast. Sie kann die Art sein, wie deine Psyche dich nach schweren Erfahrungen schützt.

trauma-and-numbness-how-heading = Wie ein Trauma Gefühle abschalten kann
trauma-and-numbness-how = Wenn jemand ein Kindheitstrauma, Missbrauch oder Stress erlebt, der lange anhält, kann das Gehirn lernen, dass Fühlen gefährlich ist. Um dich durchzubringen, dreht es die Gefühle herunter oder schaltet sie ab. Das kann mit Dissoziation einhergehen, dem Gefühl, von dir selbst oder von der Welt um dich herum abgeschnitten zu sein. Damals hat dir das Abschalten vielleicht geholfen zu überleben. Später kann es schwer sein, die Gefühle wieder einzuschalten, selbst wenn du in Sicherheit bist.
trauma-and-numbness-not-a-flaw = Wenn du dich darin wiedererkennst: Deine Taubheit ist kein Makel. Sie zeigt, wie hart deine Psyche gearbeitet hat, um dich zu schützen.

trauma-and-numbness-therapy-heading = Therapien, die helfen können
trauma-and-numbness-therapy-intro = Eine traumasensible Therapeutin oder ein traumasensibler Therapeut ist ein guter Anfang. Gemeint ist eine Fachperson, die versteht, wie sich Trauma auf Menschen auswirkt, und die dich in deinem eigenen Tempo vorangehen lässt. Zu den Therapien, die helfen können, gehören:
trauma-and-numbness-therapy-emdr = EMDR, die Abkürzung für „Eye Movement Desensitization and Reprocessing“ (Desensibilisierung und Verarbeitung durch Augenbewegungen).
trauma-and-numbness-therapy-cbt = Traumafokussierte kognitive Verhaltenstherapie, oft traumafokussierte KVT genannt.
trauma-and-numbness-therapy-somatic = Somatic Experiencing.
trauma-and-numbness-therapy-weekly = Deine Therapeutin oder dein Therapeut kann dir erklären, wie jede davon funktioniert, und dir helfen auszuwählen, was zu dir passt. Wöchentliche Treffen geben blockierten Gefühlen einen verlässlichen, sicheren Ort, an dem sie herauskommen können.

trauma-and-numbness-reconnect-heading = Sanfte Wege zurück zu dir
trauma-and-numbness-reconnect = Neben der Therapie können kleine tägliche Gewohnheiten dir helfen, dich in deinem Körper wieder zu Hause zu fühlen. Ein kurzer Body-Scan oder ein paar Zeilen in einem Tagebuch sind ein guter Anfang. Lass dir Zeit. Wenn etwas mehr hochbringt, als du aushalten kannst, ist es okay, aufzuhören und später mit deiner Therapeutin oder deinem Therapeuten darauf zurückzukommen.
trauma-and-numbness-reach-out = Wenn du dich völlig von der Realität abgelöst fühlst oder die Taubheit es dir schwer macht, durch den Tag zu kommen, hol dir bitte bald Hilfe. Unser Ratgeber „Jetzt Hilfe holen“ erklärt, wie das geht.

trauma-and-numbness-closing = Was dir passiert ist, war nicht deine Schuld, und das Abschalten war eine Art, es zu überleben. Du bist nicht schwach, und du bist nicht kaputt. Gefühle können zurückkommen, behutsam und in deinem eigenen Tempo. Ein kleiner Schritt heute, zum Beispiel nach einer traumasensiblen Therapeutin oder einem traumasensiblen Therapeuten zu suchen, ist genug.

### Wann und wie du jetzt Hilfe bekommst

article-getting-help-now-title = Wann und wie du jetzt Hilfe bekommst
article-getting-help-now-summary = Erkenne die Anzeichen dafür, dass es Zeit ist, dir Hilfe zu holen, was du tun kannst und wie ein erster Anruf oder Termin meistens abläuft.

getting-help-now-urgent = Wenn du befürchtest, deine Suizidgedanken in die Tat umzusetzen, oder wenn du gerade in Gefahr bist, hör bitte auf zu lesen und ruf die Notrufnummer in deinem Land an.
getting-help-now-intro = Taubheit kann es schwer machen zu erkennen, wie ernst die Lage geworden ist. Wenn du dich leer fühlst, denkst du vielleicht leicht, dass alles in Ordnung ist oder dass du keine Hilfe verdienst. Du verdienst sie. Dieser Ratgeber erklärt, wann du dir Hilfe holen solltest, was du tun kannst und was dich erwartet.

getting-help-now-signs-heading = Anzeichen, dass es Zeit ist, dir Hilfe zu holen
getting-help-now-sign-1 = Du hast Suizidgedanken.
getting-help-now-sign-2 = Du fühlst dich völlig von der Realität abgelöst.
getting-help-now-sign-3 = Du kommst bei der Arbeit oder zu Hause nicht mehr zurecht.
getting-help-now-sign-4 = Deine Beschwerden halten schon länger als zwei oder drei Monate an.
getting-help-now-signs-note = Es müssen nicht alle Punkte zutreffen. Schon einer ist ein guter Grund, dir Hilfe zu holen. Und du darfst immer um Hilfe bitten, bevor es so weit kommt.

getting-help-now-what-to-do-heading = Was du tun kannst
getting-help-now-step-1 = Wenn du in Gefahr bist oder befürchtest, deine Suizidgedanken in die Tat umzusetzen, ruf jetzt sofort die Notrufnummer in deinem Land an.
getting-help-now-step-2 = Wenn du heute mit jemandem reden musst, wende dich an eine Krisenhotline. In den USA gibt es die Suicide & Crisis Lifeline. In Großbritannien gibt es die Samaritans. Beide sind Tag und Nacht erreichbar. Für andere Länder führt Befrienders Worldwide eine Liste von Hilfsstellen. Die Kontaktdaten für dein Land findest du neben diesem Ratgeber.
getting-help-now-step-3 = Wenn du nicht in unmittelbarer Gefahr bist, vereinbare einen Termin bei deiner Hausärztin oder deinem Hausarzt oder bei einer Fachperson für psychische Gesundheit.
getting-help-now-step-4 = Erzähl einem Menschen, dem du vertraust, wie es dir geht, damit du das nicht allein tragen musst.

getting-help-now-first-contact-heading = Wie ein erster Anruf oder Termin abläuft
getting-help-now-first-call = Wenn du bei einer Krisenhotline anrufst, ist die Person am anderen Ende da, um dir zuzuhören. Du brauchst nicht die richtigen Worte, und du musst nicht weinen, um ihre Zeit zu verdienen. Du könntest einfach sagen: „Ich fühle mich wie betäubt, und ich mache mir Sorgen um mich.“
getting-help-now-first-appointment = Ein erster Termin ist vor allem ein Gespräch. Vielleicht wirst du gefragt, wie lange du dich schon so fühlst und wie du bei der Arbeit und zu Hause zurechtkommst. Es ist in Ordnung zu sagen, dass du nicht weinen kannst und nicht weißt, warum. Eine Abklärung kann helfen, mögliche Ursachen wie Depression, Burnout, Trauer oder Trauma auseinanderzuhalten, damit du die passende Unterstützung bekommst.
getting-help-now-notes-tip = Wenn dir das Reden schwerfällt, schreib dir vorher ein paar Notizen auf und nimm sie mit. Du kannst auch einen Menschen, dem du vertraust, bitten, dich zu begleiten.

getting-help-now-closing = Sich Hilfe zu holen, wenn man sich taub fühlt, braucht echten Mut. Du bist nicht schwach, und du bist nicht kaputt. Das ist eine menschliche Reaktion auf eine stressige Welt, und Heilung ist möglich. Such dir für heute einen kleinen Schritt aus: einen Anruf, einen Termin oder fünf Minuten mit einem Lied, das dir etwas bedeutet.
