# Stratégies de soin de soi : quoi faire, pourquoi cela peut aider, et les précautions éventuelles.
# Le niveau de preuve de chaque stratégie et ses sources se trouvent dans data/strategies.toml.

## Pleine conscience et scan corporel

strategy-mindfulness-body-scan-title = Pleine conscience et scan corporel
strategy-mindfulness-body-scan-how = Trouvez un endroit calme et prenez cinq à dix minutes chaque jour. Fermez les yeux si vous êtes à l’aise avec ça. Déplacez lentement votre attention de vos orteils jusqu’au sommet de votre tête, en remarquant ce que vous ressentez en chemin : de la chaleur, une tension ou des picotements, par exemple. Si vous ne remarquez rien, ce n’est pas grave. Continuez simplement à porter doucement votre attention sur votre corps.
strategy-mindfulness-body-scan-why = Porter une attention calme à votre corps, jour après jour, peut vous aider à reprendre contact avec lui. Les thérapies basées sur la pleine conscience font partie des approches que les recommandations proposent aux personnes qui ont déjà vécu une dépression.
strategy-mindfulness-body-scan-caution = Chez certaines personnes, surtout celles qui ont vécu un traumatisme, porter une attention soutenue au corps peut faire remonter des souvenirs ou des émotions pénibles. Gardez les yeux ouverts si vous vous sentez plus en sécurité ainsi, arrêtez dès que vous en avez besoin, et envisagez de le faire avec un thérapeute.

## Pistes d’écriture pour un journal

strategy-journaling-prompts-title = Pistes d’écriture pour un journal
strategy-journaling-prompts-how = Une fois par jour, écrivez une phrase qui commence par « Aujourd’hui, j’ai ressenti… » et terminez-la honnêtement. Si la réponse est « rien », écrivez-le. Vous pouvez ajouter où vous étiez et ce qui se passait à ce moment-là.
strategy-journaling-prompts-why = Mettre des mots sur vos émotions, même quand la réponse est vide, peut vous aider à les remarquer, et relire vos notes peut vous aider à repérer de petits changements qui vous auraient sinon échappé. Les études sur l’écriture à propos des émotions ont donné des résultats mitigés : voyez-la comme une chose à essayer.

## Pleurer volontairement

strategy-cry-on-purpose-title = Pleurer volontairement
strategy-cry-on-purpose-how = Choisissez un film triste, ou écoutez des chansons qui ont su vous émouvoir par le passé. Accordez-vous un moment rien qu’à vous, dans un endroit où vous vous sentez en sécurité pour lâcher prise. Si les larmes ne viennent pas, ce n’est pas grave. Vous pourrez réessayer un autre jour.
strategy-cry-on-purpose-why = Certaines personnes trouvent qu’une histoire ou une chanson émouvante les aide à laisser sortir leurs émotions. Les recherches pour savoir si pleurer améliore l’humeur donnent des résultats mitigés ; cela peut avoir un effet apaisant chez certaines personnes. Ce n’est pas un traitement, mais c’est une chose douce à essayer.

## Exercice physique

strategy-intense-exercise-title = Faire monter votre rythme cardiaque
strategy-intense-exercise-how = Choisissez n’importe quelle activité qui accélère votre cœur : marcher vite, courir, danser dans votre chambre ou suivre un cours de sport. Commencez à un niveau qui vous semble faisable et augmentez petit à petit.
strategy-intense-exercise-why = De nombreuses études ont montré qu’une activité physique régulière atténue la dépression, et qu’une activité plus intense semblait aider davantage. On ne sait pas si elle aide contre l’anesthésie émotionnelle en particulier, mais c’est l’une des choses les mieux étayées que vous puissiez faire pour votre humeur.
strategy-intense-exercise-caution = Si vous avez un problème cardiaque ou un autre problème de santé, ou si vous n’avez pas fait d’activité physique depuis longtemps, demandez l’avis d’un médecin avant de commencer un effort physique intense, et augmentez progressivement.

## L’eau froide

strategy-cold-exposure-title = L’eau froide
strategy-cold-exposure-how = Essayez de terminer votre douche par un court jet d’eau fraîche, ou aspergez-vous le visage d’eau froide pendant un instant.
strategy-cold-exposure-why = Certaines personnes disent qu’un rapide contact avec l’eau froide les aide à se sentir plus présentes. Il n’existe pas encore de preuves solides que l’eau froide aide contre l’anesthésie émotionnelle ou la dépression : voyez-la comme une petite expérience, pas comme un traitement.
strategy-cold-exposure-caution = L’eau froide peut être un choc pour le corps. Un froid soudain peut agir sur votre cœur et votre respiration : si vous avez un problème cardiaque, évitez cette méthode ou demandez d’abord l’avis de votre médecin. Ne sautez et ne nagez jamais seul ou seule dans de l’eau froide en milieu naturel. Faites-le brièvement, et arrêtez si vous avez des vertiges ou si vous ne vous sentez pas bien.

## Thérapie par la parole chaque semaine

strategy-weekly-talk-therapy-title = Une thérapie chaque semaine
strategy-weekly-talk-therapy-how = Parlez à votre médecin d’une thérapie par la parole, ou cherchez un thérapeute qualifié, et essayez de le voir régulièrement, par exemple une fois par semaine. Si un traumatisme fait peut-être partie des causes de votre anesthésie émotionnelle, cherchez une personne formée aux thérapies centrées sur le trauma. Vous pouvez tout à fait lui demander comment elle travaille avant de commencer, et chercher quelqu’un d’autre si le courant ne passe pas.
strategy-weekly-talk-therapy-why = Les thérapies par la parole, comme la thérapie cognitivo-comportementale, sont recommandées contre la dépression, et les thérapies centrées sur le trauma contre le stress post-traumatique. Des séances régulières vous offrent un lieu sûr et stable pour traverser les émotions restées bloquées.

## Réduire ce qui étouffe les émotions

strategy-reduce-emotional-suppressants-title = Réduire ce qui vous anesthésie
strategy-reduce-emotional-suppressants-how = Remarquez à quel point vous comptez sur l’alcool, le cannabis, les jeux vidéo ou les réseaux sociaux pour tenir la journée. Choisissez-en un à réduire en premier, par exemple en fixant une limite de temps ou en prévoyant des jours sans alcool.
strategy-reduce-emotional-suppressants-why = Ces habitudes peuvent adoucir les émotions difficiles pendant un temps, et beaucoup de personnes trouvent qu’en y recourant moins, elles laissent plus de place à leurs propres émotions pour revenir. Il n’existe pas encore de bonnes recherches sur ce point pour l’anesthésie émotionnelle en particulier.
strategy-reduce-emotional-suppressants-caution = Si vous buvez beaucoup d’alcool tous les jours, n’arrêtez pas brutalement de vous-même : un arrêt d’un seul coup peut provoquer un sevrage dangereux, avec par exemple des tremblements, des convulsions ou des hallucinations. Parlez-en d’abord à un médecin, qui pourra vous aider à réduire sans danger. Demandez une aide médicale urgente si vous avez de forts tremblements, des vomissements à répétition ou des hallucinations.

## Un sommeil régulier

strategy-regular-sleep-title = Un sommeil régulier
strategy-regular-sleep-how = Essayez de vous coucher et de vous lever à peu près à la même heure chaque jour, week-end compris. Accordez-vous un moment calme pour décompresser avant de dormir.
strategy-regular-sleep-why = Le sommeil joue un grand rôle dans la façon dont vous gérez vos émotions. Dans de nombreuses études, améliorer le sommeil a aussi amélioré la dépression et l’anxiété, et c’est mieux étayé que beaucoup d’autres conseils de soin de soi.

## Compléments alimentaires et alimentation

strategy-supplements-and-nutrition-title = Compléments alimentaires et alimentation
strategy-supplements-and-nutrition-how = Certaines personnes s’intéressent à leur alimentation et à des compléments comme les oméga-3 (huile de poisson) ou la vitamine D. Si l’un d’eux vous intéresse, parlez-en à un médecin ou à un pharmacien avant de commencer.
strategy-supplements-and-nutrition-why = On les présente parfois comme des soutiens naturels de l’humeur, mais il n’existe pas de preuves solides qu’ils aident contre l’anesthésie émotionnelle ou la dépression : dans un grand essai, ni la vitamine D ni les oméga-3 n’ont amélioré l’humeur par rapport à un placebo (une fausse pilule). Ne les utilisez pas à la place d’un traitement.
strategy-supplements-and-nutrition-caution = Les compléments alimentaires et les remèdes à base de plantes ne conviennent pas à tout le monde, et certains modifient l’effet des médicaments. Le millepertuis ne doit pas être pris avec des antidépresseurs : ensemble, ils peuvent provoquer une réaction grave. Dites toujours à votre médecin ou à votre pharmacien ce que vous prenez.
