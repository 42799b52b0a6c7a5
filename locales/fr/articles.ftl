# Titres, résumés et textes des articles de Haven en français.
# Chaque fait cité ici a sa source dans les `sources` de l’article (data/articles/<slug>.toml,
# data/sources.toml). Les messages critiques pour la sécurité sont listés dans data/safety.toml.

### Commun à tous les articles qui parlent de suicide, de médicaments ou de traumatismes (affiché en haut)

help-early = Si vous pensez au suicide en ce moment, vous n’avez pas besoin de lire la suite d’abord. Appelez le numéro d’urgence local, ou une ligne d’écoute indiquée avec ce guide, et dites-leur ce que vous ressentez.

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
why-cant-i-cry-feels-like-5 = Vous avez l’impression de tourner en rond dans votre tête, sans voir clairement comment en sortir.
why-cant-i-cry-not-weakness = L’anesthésie émotionnelle n’est pas de la paresse, et elle ne fait pas de vous une personne froide ou indifférente. C’est une vraie réaction de votre esprit et de votre corps, et elle peut arriver à n’importe qui.

why-cant-i-cry-common-heading = Vous êtes loin d’être la seule personne dans ce cas
why-cant-i-cry-common = L’anesthésie émotionnelle accompagne souvent la dépression. Les recommandations sur le trouble de stress post-traumatique (TSPT) citent aussi l’émoussement émotionnel parmi ses signes. La dépression elle-même est très répandue : l’Organisation mondiale de la santé a estimé qu’environ trois cents millions de personnes dans le monde vivent avec une dépression.

why-cant-i-cry-causes-heading = Ce qui peut la provoquer
why-cant-i-cry-causes-intro = Souvent, plusieurs raisons jouent en même temps. Voici quelques-unes des plus courantes :
why-cant-i-cry-causes-depression = La dépression elle-même. La dépression peut baisser l’intensité avec laquelle vous ressentez les choses. Pendant longtemps, on a expliqué cela par un faible niveau de certaines substances chimiques du cerveau, comme la sérotonine, mais cette idée est aujourd’hui débattue par les scientifiques, et les causes de la dépression sont probablement un mélange de nombreux facteurs. Certaines personnes se sentent anxieuses en permanence, mais n’arrivent quand même pas à laisser sortir ce sentiment par les larmes.
why-cant-i-cry-causes-medication = Les antidépresseurs. Certains médicaments contre la dépression, en particulier le groupe appelé ISRS, peuvent émousser les émotions comme effet secondaire. Notre guide sur les antidépresseurs et l’émoussement émotionnel en dit plus.
why-cant-i-cry-causes-treatment-resistant = Une dépression qui ne s’est pas améliorée avec un traitement. Quand plus d’un médicament n’a pas assez aidé, l’anesthésie émotionnelle peut durer. Notre guide sur la dépression résistante présente les options dont un spécialiste peut vous parler.
why-cant-i-cry-causes-trauma = Les traumatismes. Des maltraitances, un stress de longue durée ou des expériences douloureuses dans l’enfance peuvent amener l’esprit à couper les émotions pour faire face. Notre guide sur les traumatismes et l’anesthésie émotionnelle examine cela de plus près.

why-cant-i-cry-other-causes-heading = Plus aucune émotion, mais pas de dépression ?
why-cant-i-cry-other-causes = L’anesthésie émotionnelle ne vient pas toujours d’une dépression. Le burn-out, dû à un stress prolongé au travail, peut user vos émotions, et le deuil commence souvent par un choc et un engourdissement. Certaines personnes ne ressentent plus rien après un traumatisme. Certaines personnes autistes ont du mal à reconnaître leurs émotions ou à mettre un nom dessus, ce qui peut ressembler à une anesthésie émotionnelle ; on parle parfois d’alexithymie. Comme ces causes peuvent se ressembler, en parler avec un médecin ou un thérapeute peut vous aider à comprendre ce qui se cache derrière votre propre anesthésie émotionnelle.

why-cant-i-cry-self-care-heading = De petites choses qui peuvent aider
why-cant-i-cry-self-care = Prendre soin de soi ne remplace pas un traitement, mais cela peut vous aider à renouer peu à peu avec vos émotions. Vous pouvez essayer un court scan corporel chaque jour, ou noter ce que vous avez ressenti, même si la réponse est « rien ». Un film triste ou une chanson qui vous touchait autrefois peut aider, tout comme une activité physique régulière : demandez d’abord l’avis d’un médecin si vous avez un problème cardiaque ou si vous n’avez pas fait d’activité physique depuis un moment. Un sommeil régulier compte aussi. Il est également utile de réduire ce qui vous anesthésie encore plus, comme l’alcool, le cannabis, ou de longues heures de jeux vidéo ou de réseaux sociaux. Commencez par une seule idée et allez-y doucement. Vous n’avez pas à tout faire d’un coup.

why-cant-i-cry-when-help-heading = Quand consulter un médecin
why-cant-i-cry-when-help-intro = Parlez à un médecin ou à un professionnel de la santé mentale si l’une de ces situations vous concerne :
why-cant-i-cry-when-help-1 = Vous avez des pensées suicidaires.
why-cant-i-cry-when-help-2 = Vous avez l’impression d’avoir perdu tout contact avec la réalité.
why-cant-i-cry-when-help-3 = Vous n’arrivez plus à faire face à la vie de tous les jours, au travail ou à la maison.
why-cant-i-cry-when-help-4 = L’anesthésie émotionnelle ou l’humeur sombre dure depuis plus de deux semaines environ.
why-cant-i-cry-when-help-now = Si vous avez des pensées suicidaires, n’attendez pas : dès aujourd’hui, parlez-en à un médecin, appelez une ligne d’écoute ou confiez-vous à une personne de confiance. Si vous sentez que vous pourriez passer à l’acte, appelez le numéro d’urgence local ou allez dans un service des urgences, dès maintenant. Notre guide pour obtenir de l’aide maintenant explique quoi faire et à quoi vous attendre.

why-cant-i-cry-closing = Ne pas pouvoir pleurer ne fait pas de vous une personne faible ni une personne brisée. C’est une réaction très humaine face à un monde stressant, et beaucoup de personnes sentent leurs émotions revenir avec le bon soutien. Aujourd’hui, choisissez un petit pas : passer un appel, prendre un rendez-vous, ou passer cinq minutes avec une chanson que vous aimez.

### Les antidépresseurs et l’émoussement émotionnel

article-antidepressants-and-emotional-blunting-title = Les antidépresseurs et l’émoussement émotionnel
article-antidepressants-and-emotional-blunting-summary = Certains antidépresseurs peuvent émousser vos émotions comme effet secondaire. Voici à quoi cela peut ressembler, et comment en parler sans risque avec votre prescripteur.

antidepressants-and-emotional-blunting-intro = Les antidépresseurs aident beaucoup de personnes à aller mieux. Mais certaines remarquent qu’à mesure que leur humeur sombre s’apaise, leurs autres émotions s’estompent aussi. Elles rient moins, s’intéressent moins à ce qu’elles aimaient, ou n’arrivent plus à pleurer. On appelle souvent cela l’émoussement émotionnel.

antidepressants-and-emotional-blunting-warning = Quand vous commencez un antidépresseur, changez sa dose ou l’arrêtez, votre humeur peut s’aggraver pendant un temps, et certaines personnes ont des pensées suicidaires. C’est plus probable chez les personnes de moins de 25 ans. Si cela vous arrive, contactez votre prescripteur ou votre médecin le jour même. Si vous risquez de passer à l’acte, appelez tout de suite le numéro d’urgence local.

antidepressants-and-emotional-blunting-common-heading = Est-ce fréquent ?
antidepressants-and-emotional-blunting-common = L’émoussement fait partie des effets secondaires dont les gens parlent le plus souvent. Dans certaines enquêtes en ligne, environ la moitié des personnes qui prenaient des antidépresseurs ont dit s’être senties émotionnellement émoussées ou anesthésiées : environ 46 % dans une enquête menée depuis l’université d’Oxford et environ 60 % dans une enquête en Nouvelle-Zélande. Les personnes ont choisi elles-mêmes de participer à ces enquêtes, donc ces chiffres ne valent peut-être pas pour tout le monde. L’émoussement est le plus souvent associé à un groupe de médicaments appelés ISRS, et la dépression elle-même peut aussi émousser les émotions.
antidepressants-and-emotional-blunting-names = Parmi les médicaments souvent cités, on trouve { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } et { -medicine-fluoxetine }. Toutes les personnes qui les prennent ne ressentent pas d’émoussement, et pour beaucoup, ces médicaments jouent un rôle important dans leur guérison.

antidepressants-and-emotional-blunting-which-heading = La dépression ou le médicament ?
antidepressants-and-emotional-blunting-which = Ce n’est pas toujours facile à savoir. La dépression peut à elle seule aplatir vos émotions, et le médicament utilisé pour la soigner aussi. Certaines personnes remarquent que l’anesthésie émotionnelle a commencé après le début d’un traitement. D’autres la ressentaient bien avant. Vous n’avez pas à démêler cela sans aide. Votre prescripteur peut vous aider à y voir plus clair.

antidepressants-and-emotional-blunting-what-to-do-heading = Ce que vous pouvez faire
antidepressants-and-emotional-blunting-step-1 = Remarquez-le et notez-le. Pendant une ou deux semaines, notez les moments où vous vous attendiez à ressentir quelque chose et où rien n’est venu. Vous aurez ainsi des exemples clairs à partager.
antidepressants-and-emotional-blunting-step-2 = Demandez à faire le point sur votre traitement. Dites à votre prescripteur comment vous vous sentez, y compris cette anesthésie émotionnelle. Vous n’avez pas besoin d’attendre un rendez-vous de suivi habituel pour en parler.
antidepressants-and-emotional-blunting-step-3 = Renseignez-vous sur les options. Votre prescripteur peut vous proposer de changer la dose ou de passer à un autre médicament. Certaines personnes posent des questions sur la { -medicine-vortioxetine } ou le { -medicine-bupropion }, que quelques petites études associent à moins d’émoussement ; les preuves sont limitées, et le { -medicine-bupropion } n’est pas autorisé contre la dépression dans tous les pays. Seul votre prescripteur peut décider si un changement vous convient.
antidepressants-and-emotional-blunting-step-4 = Continuez à prendre votre médicament comme il vous a été prescrit jusqu’à ce que vous en ayez discuté. Ne sautez pas de prises, ne baissez pas la dose et n’arrêtez pas de vous-même : un arrêt brutal peut provoquer des symptômes de sevrage, et si vous arrêtez, votre prescripteur baissera généralement la dose par étapes.
antidepressants-and-emotional-blunting-step-5 = Ajoutez du soutien en parallèle. Une thérapie et des gestes doux pour prendre soin de vous, comme un sommeil régulier, peuvent vous aider à renouer avec vos émotions.
antidepressants-and-emotional-blunting-herbal = Si vous prenez des remèdes à base de plantes, ou si vous pensez à en prendre, dites-le à votre prescripteur ou à votre pharmacien. Le millepertuis ne devrait pas être pris avec des antidépresseurs : ensemble, ils peuvent provoquer une réaction grave.

antidepressants-and-emotional-blunting-speak-up = Vous avez le droit d’en parler. Ne plus rien ressentir sous traitement est un vrai effet secondaire. En parler ne fait pas de vous une personne ingrate ou difficile, et c’est exactement le genre de chose que votre prescripteur a besoin de savoir.

antidepressants-and-emotional-blunting-closing = Remarquer que vos émotions se sont tues est un premier pas important, et cela montre que votre propre vie compte encore pour vous. Cela ne fait pas de vous une personne faible ni une personne brisée. Avec le bon soutien, beaucoup de personnes retrouvent leurs émotions. Aujourd’hui, un petit pas pourrait être de noter quelques mots pour votre prescripteur, ou de prendre ce rendez-vous.

### La dépression résistante

article-treatment-resistant-depression-title = La dépression résistante
article-treatment-resistant-depression-summary = Quand la dépression ne s’améliore pas après avoir essayé plus d’un médicament, il reste des options. Voici ce que signifie ce terme et ce dont un spécialiste peut parler avec vous.

treatment-resistant-depression-intro = Parfois, la dépression ne s’améliore pas, même après avoir essayé plus d’un traitement. L’anesthésie émotionnelle peut alors durer longtemps, et il est facile de se décourager. Mais il existe encore des options, et cela vaut la peine de vous renseigner.

treatment-resistant-depression-meaning-heading = Ce que signifie ce terme
treatment-resistant-depression-meaning = Les médecins parlent généralement de dépression résistante quand une personne a essayé au moins deux antidépresseurs, à une dose suffisante et pendant assez longtemps, sans amélioration suffisante. Ce terme décrit la façon dont votre dépression a réagi jusqu’ici. Ce n’est pas un jugement sur vous, et cela ne veut pas dire que rien ne pourra vous aider.

treatment-resistant-depression-options-heading = Les options dont votre médecin ou un spécialiste peut parler
treatment-resistant-depression-options-intro = Les recommandations proposent en général d’essayer d’abord ces options, à peu près dans cet ordre, avec l’avis d’un spécialiste pour les étapes les plus avancées :
treatment-resistant-depression-option-switch = Changer la dose ou passer à un autre antidépresseur.
treatment-resistant-depression-option-combine = Associer des médicaments, ou ajouter un autre médicament à l’antidépresseur (par exemple du lithium ou un antipsychotique). Cela demande des contrôles réguliers, car ces médicaments peuvent avoir leurs propres effets secondaires.
treatment-resistant-depression-option-therapy = Une thérapie par la parole, comme la thérapie cognitivo-comportementale, en plus des médicaments.
treatment-resistant-depression-option-ect = L’électroconvulsivothérapie (ECT) pour une dépression sévère, réalisée sous anesthésie générale. Elle peut aider quand d’autres traitements n’ont pas marché, mais elle peut causer des problèmes de mémoire, et l’anesthésie comporte ses propres risques.
treatment-resistant-depression-newer-intro = Des options plus récentes sont proposées à certains endroits, en général par des services spécialisés :
treatment-resistant-depression-option-tms = La stimulation magnétique transcrânienne (TMS), qui utilise des impulsions magnétiques pour stimuler certaines zones du cerveau. Elle est en général considérée comme sûre, mais elle n’aide pas tout le monde.
treatment-resistant-depression-option-esketamine = Un spray nasal d’{ -medicine-esketamine }. Il s’utilise avec un antidépresseur pris par la bouche, et il est administré dans un centre de soins, où l’équipe vous surveille pendant au moins deux heures après, car il peut provoquer de la somnolence, des vertiges ou une impression d’être détaché de soi-même. Il n’est pas autorisé ni pris en charge partout.
treatment-resistant-depression-option-ketamine = La { -medicine-ketamine } administrée par perfusion. Elle n’est pas autorisée contre la dépression : quand des médecins l’utilisent, c’est donc « hors AMM » (en dehors de son autorisation de mise sur le marché). Elle peut donner l’impression d’être coupé de la réalité et, parfois, provoquer des hallucinations.
treatment-resistant-depression-option-psilocybin = La { -medicine-psilocybin }, qui reste expérimentale : en dehors des essais de recherche, ce n’est pas un traitement autorisé, et les essais ont trouvé des effets secondaires en plus des bénéfices. Sa légalité dépend du pays où vous vivez.
treatment-resistant-depression-specialist-only = Ces traitements doivent être donnés dans le cadre d’un suivi médical. N’essayez pas de vous en procurer ni d’en utiliser par vous-même, et n’arrêtez pas et ne modifiez pas votre médicament actuel sans en parler à votre prescripteur.

treatment-resistant-depression-next-steps-heading = Passer à l’étape suivante
treatment-resistant-depression-next-steps = Un bon premier pas est d’en parler avec le médecin qui suit actuellement votre traitement. Vous pouvez lui demander si une orientation vers un spécialiste a du sens pour vous. Il peut être utile d’apporter une courte liste des médicaments que vous avez essayés, de la durée approximative de chacun, et de ce qui a changé ou non.
treatment-resistant-depression-support = Pendant que vous explorez ces options, une thérapie et des habitudes stables, comme un sommeil régulier, peuvent continuer à vous soutenir au quotidien.

treatment-resistant-depression-closing = Vivre avec une dépression qui ne s’en va pas est épuisant, et il faut de la force pour continuer. Cela ne fait pas de vous une personne faible ni une personne brisée. Beaucoup de personnes se sentent vraiment mieux avec un autre traitement, même après que plusieurs n’ont pas marché. Un seul petit pas aujourd’hui, comme un appel ou une prise de rendez-vous, suffit.

### Traumatismes et anesthésie émotionnelle

article-trauma-and-numbness-title = Traumatismes et anesthésie émotionnelle
article-trauma-and-numbness-summary = Après un traumatisme ou un stress de longue durée, l’esprit peut couper les émotions pour vous protéger. Découvrez pourquoi cela arrive et quelles thérapies peuvent aider.

trauma-and-numbness-intro = Parfois, l’anesthésie émotionnelle a moins à voir avec la dépression ou les médicaments qu’avec ce que vous avez vécu. Elle peut être la façon dont votre esprit vous protège après des expériences difficiles.

trauma-and-numbness-how-heading = Comment un traumatisme peut couper les émotions
trauma-and-numbness-how = Après des maltraitances, une agression, un traumatisme dans l’enfance ou un stress qui dure longtemps, certaines personnes sentent leurs émotions baissées ou coupées. Les médecins reconnaissent cet émoussement émotionnel comme l’une des façons dont le stress post-traumatique peut se manifester. Il peut s’accompagner de dissociation, c’est-à-dire le sentiment d’être coupé de soi-même ou du monde autour de soi. À l’époque, se fermer vous a peut-être permis de tenir le coup. Plus tard, il peut être difficile pour les émotions de se rallumer, même quand vous êtes en sécurité.
trauma-and-numbness-not-a-flaw = Si vous vous reconnaissez ici, votre anesthésie émotionnelle n’est pas un défaut. C’est le signe des efforts que votre esprit a faits pour vous protéger.

trauma-and-numbness-therapy-heading = Des thérapies qui peuvent aider
trauma-and-numbness-therapy-intro = Un thérapeute formé aux traumatismes est un bon point de départ. Les recommandations conseillent en particulier deux types de thérapie :
trauma-and-numbness-therapy-cbt = La thérapie cognitivo-comportementale centrée sur le trauma (TCC centrée sur le trauma), qui vous aide à travailler sur les souvenirs et sur le sens qu’ils ont pour vous.
trauma-and-numbness-therapy-emdr = L’EMDR (désensibilisation et retraitement par les mouvements oculaires), qui vous aide à traiter les souvenirs pendant que vous suivez avec les yeux des mouvements de va-et-vient, ou des tapotements d’un côté puis de l’autre.
trauma-and-numbness-therapy-somatic = Vous entendrez peut-être aussi parler d’approches centrées sur le corps, comme le Somatic Experiencing (expérience somatique). Certaines personnes les trouvent utiles, mais elles reposent pour l’instant sur beaucoup moins de recherches.
trauma-and-numbness-therapy-weekly = Votre thérapeute peut vous expliquer comment chacune fonctionne et vous aider à choisir celle qui vous convient. Des séances régulières offrent aux émotions bloquées un lieu stable et sûr pour s’exprimer, à votre rythme.

trauma-and-numbness-reconnect-heading = Des façons douces de renouer avec soi
trauma-and-numbness-reconnect = En plus de la thérapie, de petites habitudes quotidiennes peuvent vous aider à vous sentir de nouveau chez vous dans votre corps, comme quelques lignes dans un journal ou un court scan corporel. Chez les personnes qui ont vécu un traumatisme, porter une attention soutenue au corps peut parfois faire remonter des souvenirs ou des émotions difficiles. Allez-y doucement, gardez les yeux ouverts si vous vous sentez plus en sécurité ainsi, et vous avez tout à fait le droit d’arrêter et d’y revenir plus tard avec votre thérapeute.
trauma-and-numbness-reach-out = Si vous avez l’impression d’avoir perdu tout contact avec la réalité, ou si l’anesthésie émotionnelle vous rend la journée difficile à traverser, parlez-en rapidement à un médecin. Si vous pensez au suicide, appelez tout de suite une ligne d’écoute ou le numéro d’urgence local. Notre guide pour obtenir de l’aide maintenant explique comment faire.

trauma-and-numbness-closing = Ce qui vous est arrivé n’était pas de votre faute, et vous fermer était une façon d’y survivre. Cela ne fait pas de vous une personne faible ni une personne brisée. Les émotions peuvent revenir, doucement et à votre rythme. Aujourd’hui, un seul petit pas, comme chercher un thérapeute qui pratique une thérapie centrée sur le trauma, suffit.

### Quand et comment obtenir de l’aide maintenant

article-getting-help-now-title = Quand et comment obtenir de l’aide maintenant
article-getting-help-now-summary = Reconnaître les signes qu’il est temps de demander de l’aide, savoir quoi faire en cas de crise, comment aider quelqu’un d’autre, et à quoi ressemble en général un premier appel ou un premier rendez-vous.

getting-help-now-urgent = Si vous pensez au suicide et risquez de passer à l’acte, ou si vous êtes en danger en ce moment, arrêtez de lire et appelez le numéro d’urgence local, ou allez au service des urgences le plus proche.
getting-help-now-intro = Quand on ne ressent plus rien, il peut être difficile de savoir à quel point la situation est devenue grave. Quand plus rien ne vous touche, il est facile de penser que tout va bien, ou que vous ne méritez pas d’aide. Vous la méritez. Ce guide explique quand demander de l’aide, quoi faire et à quoi vous attendre.

getting-help-now-crisis-heading = Si vous êtes en crise en ce moment
getting-help-now-crisis-1 = Appelez le numéro d’urgence local, ou allez au service des urgences le plus proche.
getting-help-now-crisis-2 = Restez avec une personne de confiance, ou demandez à quelqu’un de venir auprès de vous. Essayez de ne pas rester seul ou seule.
getting-help-now-crisis-3 = Mettez de la distance entre vous et tout ce que vous pourriez utiliser pour vous faire du mal, ou demandez à quelqu’un de l’emporter pour le moment.
getting-help-now-crisis-4 = Rappelez-vous que ces sentiments, aussi forts soient-ils, peuvent passer. Beaucoup de personnes qui ont ressenti la même chose s’en sont sorties, et de l’aide est là.

getting-help-now-signs-heading = Les signes qu’il est temps de demander de l’aide
getting-help-now-sign-1 = Vous avez des pensées suicidaires.
getting-help-now-sign-2 = Vous avez l’impression d’avoir perdu tout contact avec la réalité.
getting-help-now-sign-3 = Vous n’arrivez plus à fonctionner au travail ou à la maison.
getting-help-now-sign-4 = L’anesthésie émotionnelle ou l’humeur sombre dure depuis plus de deux semaines environ.
getting-help-now-signs-note = Il n’est pas nécessaire que tous ces signes soient présents. Un seul est déjà une bonne raison de consulter un médecin. Et vous avez toujours le droit de demander de l’aide avant d’en arriver là.

getting-help-now-what-to-do-heading = Que faire
getting-help-now-step-1 = Si vous êtes en danger, ou si vous pensez au suicide et risquez de passer à l’acte, appelez tout de suite le numéro d’urgence local.
getting-help-now-step-2 = Si vous avez besoin de parler à quelqu’un aujourd’hui, appelez une ligne d’écoute ou envoyez-lui un SMS. Les lignes d’écoute de votre pays sont indiquées avec ce guide ; elles sont gratuites ou peu coûteuses, et beaucoup sont ouvertes jour et nuit.
getting-help-now-step-3 = Si vous n’êtes pas en danger immédiat, prenez rendez-vous avec votre médecin ou un professionnel de la santé mentale.
getting-help-now-step-4 = Dites à une personne de confiance, un ami, un membre de votre famille ou un collègue, ce que vous ressentez ces derniers temps, pour ne pas avoir à porter cela seul ou seule.

getting-help-now-someone-else-heading = Si vous vous inquiétez pour quelqu’un d’autre
getting-help-now-someone-else = Si une personne que vous connaissez pense peut-être au suicide, vous pouvez lui poser directement la question. Poser la question ne lui met pas cette idée en tête, et parler peut être un soulagement pour elle. Écoutez-la sans la juger, et aidez-la à contacter une ligne d’écoute ou un médecin. Si elle est en danger immédiat, appelez le numéro d’urgence et restez avec elle jusqu’à l’arrivée des secours. Prenez aussi soin de vous : vous pouvez vous aussi appeler une ligne d’écoute pour obtenir du soutien.

getting-help-now-young-people = Si vous avez moins de 18 ans, dites ce que vous ressentez à un adulte de confiance, comme un parent, un enseignant ou un conseiller scolaire. Beaucoup de pays ont une ligne d’écoute gratuite réservée aux enfants et aux jeunes ; vous pouvez la trouver parmi les lignes indiquées avec ce guide.

getting-help-now-first-contact-heading = À quoi ressemble un premier appel ou un premier rendez-vous
getting-help-now-first-call = Quand vous appelez une ligne d’écoute de crise, la personne qui répond est là pour vous écouter. Vous n’avez pas besoin de trouver les bons mots, ni d’être en larmes pour mériter son temps. Vous pouvez simplement dire : « Je ne ressens plus rien, et je m’inquiète pour moi. »
getting-help-now-first-appointment = Un premier rendez-vous est surtout une conversation. On vous demandera peut-être depuis combien de temps vous vous sentez ainsi et comment vous faites face au travail et à la maison. Vous pouvez tout à fait dire que vous n’arrivez pas à pleurer et que vous ne savez pas pourquoi. Une évaluation peut aider à distinguer les causes possibles, comme la dépression, le burn-out, le deuil ou un traumatisme, pour que vous receviez le soutien qui vous convient.
getting-help-now-notes-tip = Si parler vous semble difficile, écrivez quelques notes à l’avance et apportez-les. Vous pouvez aussi demander à une personne de confiance de vous accompagner.

getting-help-now-closing = Demander de l’aide quand on ne ressent plus rien demande un vrai courage. Cela ne fait pas de vous une personne faible ni une personne brisée. C’est une réaction humaine face à un monde stressant, et de l’aide est là. Choisissez un petit pas pour aujourd’hui : un appel, un rendez-vous, ou cinq minutes avec une chanson qui compte pour vous.
