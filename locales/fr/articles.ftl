# Titres, résumés et textes des articles de Haven en français.

### Pourquoi je n’arrive plus à pleurer ? (guide principal)

article-why-cant-i-cry-title = Pourquoi je n’arrive plus à pleurer ?
article-why-cant-i-cry-summary = Si vos émotions semblent étouffées et que les larmes ne viennent plus, vous n’êtes pas la seule personne dans ce cas. Découvrez ce qu’est l’anesthésie émotionnelle, ce qui peut la provoquer et ce qui peut aider.

why-cant-i-cry-intro = Peut-être que quelque chose de triste est arrivé et que vous avez attendu les larmes, mais qu’elles ne sont jamais venues. Peut-être que vous n’avez pas pleuré depuis des mois, même quand une partie de vous en avait envie. Si cela vous parle, vous n’êtes pas la seule personne dans ce cas, et cela ne dit rien de mal sur qui vous êtes. Ce guide explique ce qui se passe peut-être et ce qui peut aider.

why-cant-i-cry-names-heading = Les noms qu’on lui donne
why-cant-i-cry-names = Il n’existe pas un seul nom pour ce que vous vivez. On parle d’anesthésie émotionnelle, d’engourdissement émotionnel, d’émoussement émotionnel ou de blocage des émotions. Certaines personnes parlent de dépression « sans larmes ». Tous ces noms désignent la même chose : vos émotions semblent baissées, comme si quelqu’un avait réduit le volume de votre vie intérieure.

why-cant-i-cry-feels-like-heading = Ce que l’on peut ressentir
why-cant-i-cry-feels-like-intro = L’anesthésie émotionnelle ne se manifeste pas de la même façon chez tout le monde. Vous remarquerez peut-être certaines de ces choses :
why-cant-i-cry-feels-like-1 = Vous n’arrivez pas à pleurer, même dans des moments qui, avant, vous auraient brisé le cœur.
why-cant-i-cry-feels-like-2 = Vous vous sentez loin des personnes que vous aimez, ou vous avez l’impression qu’on ne vous aime pas, alors qu’elles tiennent clairement à vous.
why-cant-i-cry-feels-like-3 = La joie et l’enthousiasme sont difficiles à trouver. Même la colère semble s’être tue.
why-cant-i-cry-feels-like-4 = La vie paraît grise, comme si vous la regardiez à travers une vitre.
why-cant-i-cry-feels-like-5 = Vous avez l’impression de tourner en rond dans votre tête, sans voir comment en sortir.
why-cant-i-cry-not-weakness = L’anesthésie émotionnelle n’est pas de la paresse, et elle ne fait pas de vous une personne froide ou indifférente. C’est une vraie réaction de votre esprit et de votre cerveau, et elle peut arriver à n’importe qui.

why-cant-i-cry-common-heading = C’est bien plus courant qu’on ne le croit
why-cant-i-cry-common = L’anesthésie émotionnelle accompagne souvent la dépression et l’anxiété. Elle est aussi fréquente dans le trouble bipolaire et dans le trouble de stress post-traumatique (TSPT). La dépression elle-même est très répandue. L’Organisation mondiale de la santé estime qu’environ deux cent quatre-vingts millions de personnes dans le monde vivent avec une dépression.

why-cant-i-cry-causes-heading = Ce qui peut la provoquer
why-cant-i-cry-causes-intro = Souvent, plusieurs raisons jouent en même temps. Voici quelques-unes des plus courantes :
why-cant-i-cry-causes-depression = La dépression elle-même. La dépression modifie les systèmes du cerveau qui transportent les messagers chimiques que sont la sérotonine, la dopamine et la noradrénaline, ce qui peut atténuer vos réactions émotionnelles. Certaines personnes se sentent anxieuses en permanence, mais n’arrivent quand même pas à laisser sortir ce sentiment par les larmes.
why-cant-i-cry-causes-medication = Les antidépresseurs. Certains médicaments contre la dépression, en particulier le groupe appelé ISRS, peuvent émousser les émotions comme effet secondaire. Notre guide sur les antidépresseurs et l’émoussement émotionnel en dit plus.
why-cant-i-cry-causes-treatment-resistant = Une dépression qui ne s’est pas améliorée avec un traitement. Quand plus d’un médicament n’a pas assez aidé, l’anesthésie émotionnelle peut durer. Notre guide sur la dépression résistante présente les options dont un spécialiste peut vous parler.
why-cant-i-cry-causes-trauma = Les traumatismes. Des maltraitances, un stress de longue durée ou des expériences douloureuses dans l’enfance peuvent apprendre au cerveau que ressentir est dangereux. Pour vous aider à survivre, il coupe les émotions. Notre guide sur les traumatismes et l’anesthésie émotionnelle examine cela de plus près.

why-cant-i-cry-other-causes-heading = Plus aucune émotion, mais pas de dépression ?
why-cant-i-cry-other-causes = L’anesthésie émotionnelle ne vient pas toujours d’une dépression. Le burn-out et le stress prolongé au travail peuvent user vos émotions. Le deuil peut avoir le même effet. Certaines personnes ne ressentent plus rien après un traumatisme, et cela peut aussi arriver chez les personnes autistes. Comme ces causes peuvent se ressembler, en parler avec un professionnel peut vous aider à comprendre ce qui se cache derrière votre propre anesthésie émotionnelle.

why-cant-i-cry-self-care-heading = De petites choses qui peuvent aider
why-cant-i-cry-self-care = Prendre soin de soi ne remplace pas un traitement, mais cela peut vous aider à renouer peu à peu avec vos émotions. Vous pouvez essayer un court scan corporel chaque jour, ou noter ce que vous avez ressenti, même si la réponse est « rien ». Un film triste ou une chanson qui vous touchait autrefois peut aider, tout comme une activité physique qui fait battre votre cœur plus vite. Un sommeil régulier compte aussi. Il est également utile de réduire ce qui vous anesthésie encore plus, comme l’alcool, le cannabis, ou de longues heures de jeux vidéo ou de réseaux sociaux. Commencez par une seule idée et allez-y doucement. Vous n’avez pas à tout faire d’un coup.

why-cant-i-cry-when-help-heading = Quand demander de l’aide
why-cant-i-cry-when-help-intro = Parlez à un médecin ou à un professionnel de la santé mentale si l’une de ces situations vous concerne :
why-cant-i-cry-when-help-1 = Vous avez des pensées suicidaires.
why-cant-i-cry-when-help-2 = Vous avez l’impression d’avoir perdu tout contact avec la réalité.
why-cant-i-cry-when-help-3 = Vous n’arrivez plus à faire face à la vie de tous les jours, au travail ou à la maison.
why-cant-i-cry-when-help-4 = L’anesthésie émotionnelle dure depuis plus de deux ou trois mois.
why-cant-i-cry-when-help-now = Si vous avez des pensées suicidaires, n’attendez pas : demandez de l’aide dès aujourd’hui. Si vous sentez que vous pourriez passer à l’acte, appelez tout de suite le numéro d’urgence de votre pays. Notre guide pour obtenir de l’aide maintenant explique quoi faire et à quoi vous attendre.

why-cant-i-cry-closing = Ne pas pouvoir pleurer ne fait pas de vous une personne faible ni une personne brisée. C’est une réaction très humaine face à un monde stressant, et les émotions peuvent revenir. La guérison est possible. Aujourd’hui, choisissez un petit pas : passer un appel, prendre un rendez-vous, ou passer cinq minutes avec une chanson que vous aimez.

### Les antidépresseurs et l’émoussement émotionnel

article-antidepressants-and-emotional-blunting-title = Les antidépresseurs et l’émoussement émotionnel
article-antidepressants-and-emotional-blunting-summary = Certains antidépresseurs peuvent émousser vos émotions comme effet secondaire. Voici à quoi cela peut ressembler, et comment en parler sans risque avec la personne qui vous les prescrit.

antidepressants-and-emotional-blunting-intro = Les antidépresseurs aident beaucoup de personnes à aller mieux. Mais certaines remarquent qu’à mesure que leur humeur sombre s’apaise, leurs autres émotions s’estompent aussi. Elles rient moins, s’intéressent moins à ce qu’elles aimaient, ou n’arrivent plus à pleurer. On appelle souvent cela l’émoussement émotionnel.

antidepressants-and-emotional-blunting-common-heading = Est-ce fréquent ?
antidepressants-and-emotional-blunting-common = L’émoussement fait partie des effets secondaires dont on parle le plus. Dans les enquêtes, environ 40 à 60 % des personnes qui prennent des antidépresseurs disent en avoir remarqué une forme. Il est le plus souvent associé à un groupe de médicaments appelés ISRS.
antidepressants-and-emotional-blunting-names = Parmi les médicaments souvent cités, on trouve { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } et { -medicine-fluoxetine }. Toutes les personnes qui les prennent ne ressentent pas d’émoussement, et pour beaucoup, ces médicaments jouent un rôle important dans leur guérison.

antidepressants-and-emotional-blunting-which-heading = La dépression ou le médicament ?
antidepressants-and-emotional-blunting-which = Ce n’est pas toujours facile à savoir. La dépression peut à elle seule aplatir vos émotions, et le médicament utilisé pour la soigner aussi. Certaines personnes remarquent que l’anesthésie émotionnelle a commencé après le début d’un traitement. D’autres la ressentaient bien avant. Vous n’avez pas à démêler cela sans aide. La personne qui vous prescrit votre traitement peut vous aider à y voir plus clair.

antidepressants-and-emotional-blunting-what-to-do-heading = Ce que vous pouvez faire
antidepressants-and-emotional-blunting-step-1 = Remarquez-le et notez-le. Pendant une ou deux semaines, notez les moments où vous vous attendiez à ressentir quelque chose et où rien n’est venu. Vous aurez ainsi des exemples clairs à partager.
antidepressants-and-emotional-blunting-step-2 = Demandez à faire le point sur votre traitement. Dites à la personne qui vous le prescrit comment vous vous sentez, y compris cette anesthésie émotionnelle. Vous n’avez pas besoin d’attendre un rendez-vous de suivi habituel pour en parler.
antidepressants-and-emotional-blunting-step-3 = Renseignez-vous sur les options. La personne qui vous prescrit votre traitement pourra vous parler de médicaments moins souvent associés à l’émoussement, comme { -medicine-vortioxetine } ou { -medicine-bupropion }. Elle seule peut dire si un changement a du sens pour vous.
antidepressants-and-emotional-blunting-step-4 = Continuez à prendre votre médicament comme il vous a été prescrit jusqu’à ce que vous en ayez parlé ensemble. Ne sautez pas de prises et n’arrêtez pas de vous-même.
antidepressants-and-emotional-blunting-step-5 = Ajoutez du soutien en parallèle. Une thérapie et des gestes doux pour prendre soin de vous, comme un scan corporel quotidien ou un sommeil régulier, peuvent vous aider à renouer avec vos émotions.

antidepressants-and-emotional-blunting-speak-up = Vous avez le droit d’en parler. Ne plus rien ressentir sous traitement est un vrai effet secondaire. En parler ne fait pas de vous une personne ingrate ou difficile, et c’est exactement le genre de chose que la personne qui vous prescrit votre traitement a besoin de savoir.

antidepressants-and-emotional-blunting-closing = Remarquer que vos émotions se sont tues est un premier pas important, et cela montre que votre propre vie compte encore pour vous. Cela ne fait pas de vous une personne faible ni une personne brisée. Avec le bon soutien, la plupart des gens retrouvent leurs émotions. Aujourd’hui, un petit pas pourrait être de noter quelques mots pour la personne qui vous prescrit votre traitement, ou de prendre ce rendez-vous.

### La dépression résistante

article-treatment-resistant-depression-title = La dépression résistante
article-treatment-resistant-depression-summary = Quand la dépression ne s’améliore pas après avoir essayé plus d’un médicament, il reste des options. Voici ce que signifie ce terme et ce dont un spécialiste peut parler avec vous.

treatment-resistant-depression-intro = Parfois, la dépression ne s’améliore pas, même après avoir essayé plus d’un traitement. L’anesthésie émotionnelle peut alors durer longtemps, et il est facile de se décourager. Mais il existe encore des options, et cela vaut la peine de vous renseigner.

treatment-resistant-depression-meaning-heading = Ce que signifie ce terme
treatment-resistant-depression-meaning = Les médecins parlent généralement de dépression résistante quand une personne a essayé au moins deux antidépresseurs, à une dose suffisante et pendant assez longtemps, sans amélioration suffisante. Ce terme décrit la façon dont votre dépression a réagi jusqu’ici. Ce n’est pas un jugement sur vous, et cela ne veut pas dire que rien ne pourra vous aider.

treatment-resistant-depression-options-heading = Les options dont un spécialiste peut parler
treatment-resistant-depression-options-intro = Si les traitements habituels n’ont pas assez aidé, un spécialiste peut vous parler d’autres approches. Chacune a ses propres bénéfices, ses risques et ses règles sur qui peut en bénéficier. Parmi elles :
treatment-resistant-depression-option-ketamine = Un traitement par perfusion de { -medicine-ketamine }, où le médicament est administré lentement par goutte-à-goutte.
treatment-resistant-depression-option-esketamine = Un spray nasal d’{ -medicine-esketamine }, vendu sous le nom de { -brand-spravato }.
treatment-resistant-depression-option-tms = La stimulation magnétique transcrânienne, souvent abrégée en TMS, qui utilise des champs magnétiques pour stimuler certaines zones du cerveau.
treatment-resistant-depression-option-psilocybin = Une thérapie assistée par { -medicine-psilocybin }, mais seulement dans des cliniques autorisées ou dans le cadre d’essais de recherche. Sa légalité dépend du pays où vous vivez.
treatment-resistant-depression-specialist-only = Ces traitements doivent être donnés dans le cadre d’un suivi spécialisé. N’essayez pas de vous les procurer ou de les utiliser par vous-même.

treatment-resistant-depression-next-steps-heading = Passer à l’étape suivante
treatment-resistant-depression-next-steps = Un bon premier pas est d’en parler avec le médecin qui suit actuellement votre traitement. Vous pouvez lui demander si une orientation vers un spécialiste a du sens pour vous. Il peut être utile d’apporter une courte liste des médicaments que vous avez essayés, de la durée approximative de chacun, et de ce qui a changé ou non.
treatment-resistant-depression-support = Pendant que vous explorez ces options, une thérapie et des habitudes stables, comme un sommeil régulier, peuvent continuer à vous soutenir au quotidien.

treatment-resistant-depression-closing = Vivre avec une dépression qui ne s’en va pas est épuisant, et il faut de la force pour continuer. Cela ne fait pas de vous une personne faible ni une personne brisée. La guérison reste possible, et avec le bon traitement, la plupart des gens retrouvent peu à peu leurs émotions. Un seul petit pas aujourd’hui, comme un appel ou une prise de rendez-vous, suffit.

### Traumatismes et anesthésie émotionnelle

article-trauma-and-numbness-title = Traumatismes et anesthésie émotionnelle
article-trauma-and-numbness-summary = Après un traumatisme ou un stress de longue durée, l’esprit peut couper les émotions pour vous protéger. Découvrez pourquoi cela arrive et quelles thérapies peuvent aider.

trauma-and-numbness-intro = Parfois, l’anesthésie émotionnelle a moins à voir avec la dépression ou les médicaments qu’avec ce que vous avez vécu. Elle peut être la façon dont votre esprit vous protège après des expériences difficiles.

trauma-and-numbness-how-heading = Comment un traumatisme peut couper les émotions
trauma-and-numbness-how = Quand une personne vit un traumatisme dans l’enfance, des maltraitances ou un stress qui dure longtemps, le cerveau peut apprendre que ressentir est dangereux. Pour vous permettre de tenir, il baisse les émotions ou les coupe. Cela peut s’accompagner de dissociation, c’est-à-dire le sentiment d’être coupé de soi-même ou du monde autour de soi. À l’époque, se fermer vous a peut-être permis de survivre. Plus tard, il peut être difficile pour les émotions de se rallumer, même quand vous êtes en sécurité.
trauma-and-numbness-not-a-flaw = Si vous vous reconnaissez ici, votre anesthésie émotionnelle n’est pas un défaut. C’est le signe des efforts que votre esprit a faits pour vous protéger.

trauma-and-numbness-therapy-heading = Des thérapies qui peuvent aider
trauma-and-numbness-therapy-intro = Un thérapeute formé aux traumatismes est un bon point de départ. C’est un thérapeute qui comprend comment les traumatismes affectent les personnes et qui vous laisse avancer à votre rythme. Parmi les thérapies qui peuvent aider :
trauma-and-numbness-therapy-emdr = L’EMDR, qui signifie en anglais « eye movement desensitization and reprocessing » (désensibilisation et retraitement par les mouvements oculaires).
trauma-and-numbness-therapy-cbt = La thérapie cognitive et comportementale centrée sur le trauma, souvent appelée TCC centrée sur le trauma.
trauma-and-numbness-therapy-somatic = La thérapie Somatic Experiencing (expérience somatique).
trauma-and-numbness-therapy-weekly = Votre thérapeute peut vous expliquer comment chacune fonctionne et vous aider à choisir celle qui vous convient. Des rendez-vous chaque semaine offrent aux émotions bloquées un lieu stable et sûr pour s’exprimer.

trauma-and-numbness-reconnect-heading = Des façons douces de renouer avec soi
trauma-and-numbness-reconnect = En plus de la thérapie, de petites habitudes quotidiennes peuvent vous aider à vous sentir de nouveau chez vous dans votre corps. Un court scan corporel ou quelques lignes dans un journal sont de bons points de départ. Allez-y doucement. Si quelque chose fait remonter plus que ce que vous pouvez supporter, vous pouvez tout à fait arrêter et y revenir plus tard avec votre thérapeute.
trauma-and-numbness-reach-out = Si vous avez l’impression d’avoir perdu tout contact avec la réalité, ou si l’anesthésie émotionnelle vous empêche de traverser la journée, demandez de l’aide rapidement. Notre guide pour obtenir de l’aide maintenant explique comment faire.

trauma-and-numbness-closing = Ce qui vous est arrivé n’était pas de votre faute, et vous fermer était une façon d’y survivre. Cela ne fait pas de vous une personne faible ni une personne brisée. Les émotions peuvent revenir, doucement et à votre rythme. Aujourd’hui, un seul petit pas, comme chercher un thérapeute formé aux traumatismes, suffit.

### Quand et comment obtenir de l’aide maintenant

article-getting-help-now-title = Quand et comment obtenir de l’aide maintenant
article-getting-help-now-summary = Reconnaître les signes qu’il est temps de demander de l’aide, savoir quoi faire, et à quoi ressemble en général un premier appel ou un premier rendez-vous.

getting-help-now-urgent = Si vous risquez de passer à l’acte suicidaire, ou si vous êtes en danger en ce moment, arrêtez de lire et appelez le numéro d’urgence de votre pays.
getting-help-now-intro = Quand on ne ressent plus rien, il peut être difficile de savoir à quel point la situation est devenue grave. Quand plus rien ne vous touche, il est facile de penser que tout va bien, ou que vous ne méritez pas d’aide. Vous la méritez. Ce guide explique quand demander de l’aide, quoi faire et à quoi vous attendre.

getting-help-now-signs-heading = Les signes qu’il est temps de demander de l’aide
getting-help-now-sign-1 = Vous avez des pensées suicidaires.
getting-help-now-sign-2 = Vous avez l’impression d’avoir perdu tout contact avec la réalité.
getting-help-now-sign-3 = Vous n’arrivez plus à fonctionner au travail ou à la maison.
getting-help-now-sign-4 = Vos symptômes durent depuis plus de deux ou trois mois.
getting-help-now-signs-note = Il n’est pas nécessaire que tous ces signes soient présents. Un seul est déjà une bonne raison de demander de l’aide. Et vous avez toujours le droit de demander de l’aide avant d’en arriver là.

getting-help-now-what-to-do-heading = Que faire
getting-help-now-step-1 = Si vous êtes en danger ou si vous risquez de passer à l’acte suicidaire, appelez tout de suite le numéro d’urgence de votre pays.
getting-help-now-step-2 = Si vous avez besoin de parler à quelqu’un aujourd’hui, contactez une ligne d’écoute de crise. Aux États-Unis, il y a la Suicide & Crisis Lifeline. Au Royaume-Uni, il y a Samaritans. Les deux sont joignables jour et nuit. Dans d’autres pays, Befrienders Worldwide tient une liste de centres d’écoute. Les coordonnées pour votre pays sont indiquées à côté de ce guide.
getting-help-now-step-3 = Si vous n’êtes pas en danger immédiat, prenez rendez-vous avec votre médecin ou un professionnel de la santé mentale.
getting-help-now-step-4 = Dites à une personne de confiance ce que vous vivez, pour ne pas avoir à porter cela sans soutien.

getting-help-now-first-contact-heading = À quoi ressemble un premier appel ou un premier rendez-vous
getting-help-now-first-call = Quand vous appelez une ligne d’écoute de crise, la personne qui répond est là pour vous écouter. Vous n’avez pas besoin de trouver les bons mots, ni d’être en larmes pour mériter son temps. Vous pouvez simplement dire : « Je ne ressens plus rien, et je m’inquiète pour moi. »
getting-help-now-first-appointment = Un premier rendez-vous est surtout une conversation. On vous demandera peut-être depuis combien de temps vous vous sentez ainsi et comment vous faites face au travail et à la maison. Vous pouvez tout à fait dire que vous n’arrivez pas à pleurer et que vous ne savez pas pourquoi. Une évaluation peut aider à distinguer les causes possibles, comme la dépression, le burn-out, le deuil ou un traumatisme, pour que vous receviez le soutien qui vous convient.
getting-help-now-notes-tip = Si parler vous semble difficile, écrivez quelques notes à l’avance et apportez-les. Vous pouvez aussi demander à une personne de confiance de vous accompagner.

getting-help-now-closing = Demander de l’aide quand on ne ressent plus rien demande un vrai courage. Cela ne fait pas de vous une personne faible ni une personne brisée. C’est une réaction humaine face à un monde stressant, et la guérison est possible. Choisissez un petit pas pour aujourd’hui : un appel, un rendez-vous, ou cinq minutes avec une chanson qui compte pour vous.
