# Stratégies de soin de soi : quoi faire, pourquoi cela peut aider, et les précautions éventuelles.

## Pleine conscience et scan corporel

strategy-mindfulness-body-scan-title = Pleine conscience et scan corporel
strategy-mindfulness-body-scan-how = Trouvez un endroit calme et prenez cinq à dix minutes chaque jour. Fermez les yeux si vous êtes à l’aise avec ça. Déplacez lentement votre attention de vos orteils jusqu’au sommet de votre tête, en remarquant ce que vous ressentez en chemin : de la chaleur, une tension ou des picotements, par exemple. Si vous ne remarquez rien, ce n’est pas grave. Continuez simplement à porter doucement votre attention sur votre corps.
strategy-mindfulness-body-scan-why = Porter une attention calme à votre corps, jour après jour, peut vous aider à reprendre contact avec lui. Ce lien peut être un premier pas pour retrouver vos émotions.

## Pistes d’écriture pour un journal

strategy-journaling-prompts-title = Pistes d’écriture pour un journal
strategy-journaling-prompts-how = Une fois par jour, écrivez une phrase qui commence par « Aujourd’hui, j’ai ressenti… » et terminez-la honnêtement. Si la réponse est « rien », écrivez-le. Vous pouvez ajouter où vous étiez et ce qui se passait à ce moment-là.
strategy-journaling-prompts-why = Mettre des mots sur ses émotions, même quand la réponse est vide, aide peu à peu à mieux les percevoir. En relisant vos notes, vous pourrez aussi repérer de petits changements qui vous auraient sinon échappé.

## Pleurer volontairement

strategy-cry-on-purpose-title = Se laisser pleurer
strategy-cry-on-purpose-how = Choisissez un film triste, comme N’oublie jamais ou Marley et moi, ou écoutez des chansons qui ont su vous émouvoir par le passé. Accordez-vous un moment rien qu’à vous, dans un endroit où vous vous sentez en sécurité pour lâcher prise. Si les larmes ne viennent pas, ce n’est pas grave. Vous pourrez réessayer un autre jour.
strategy-cry-on-purpose-why = Certaines personnes trouvent qu’une histoire ou une chanson émouvante aide leur système nerveux à se préparer à libérer des émotions. Cela ne marche pas pour tout le monde et ce n’est pas un traitement, mais c’est une chose douce à essayer.

## Exercice physique, surtout intense

strategy-intense-exercise-title = Faire monter votre rythme cardiaque
strategy-intense-exercise-how = Choisissez n’importe quelle activité qui accélère votre cœur : la course à pied, un entraînement fractionné de haute intensité (souvent appelé HIIT) ou danser dans votre chambre. Commencez à un niveau qui vous semble faisable et augmentez petit à petit.
strategy-intense-exercise-why = Certaines personnes trouvent qu’un effort physique intense les aide à relâcher des tensions retenues dans leur corps. Les preuves sont limitées : voyez-le comme une chose à essayer plutôt que comme une solution sûre.

## Exposition au froid

strategy-cold-exposure-title = L’eau froide
strategy-cold-exposure-how = Essayez de terminer votre douche par un court jet d’eau froide, ou aspergez-vous le visage d’eau froide. Vous pouvez aussi tenir quelque chose de froid contre votre visage pendant un court instant, comme des glaçons enveloppés dans un linge.
strategy-cold-exposure-why = Certaines personnes disent qu’un petit choc de froid les aide à se sentir plus présentes. On dit parfois que cela agit en activant le nerf vague, mais les preuves sont faibles : considérez-le comme une expérience plutôt que comme un traitement.
strategy-cold-exposure-caution = Le froid peut être un choc pour le corps. Si vous avez un problème cardiaque, évitez cette méthode ou demandez d’abord l’avis de votre médecin. Faites-le brièvement, et arrêtez si vous avez des vertiges ou si vous ne vous sentez pas bien.

## Thérapie par la parole chaque semaine

strategy-weekly-talk-therapy-title = Une thérapie chaque semaine
strategy-weekly-talk-therapy-how = Cherchez un thérapeute formé aux traumatismes et essayez de le voir une fois par semaine. Vous pouvez tout à fait lui demander comment il travaille avant de commencer, et chercher quelqu’un d’autre si le courant ne passe pas.
strategy-weekly-talk-therapy-why = Des séances régulières vous offrent un lieu sûr et stable pour traverser les émotions restées bloquées. Un thérapeute formé aux traumatismes comprend pourquoi l’esprit met parfois les émotions en sourdine, et peut vous aider à vous ouvrir à un rythme qui vous semble sûr.

## Réduire ce qui étouffe les émotions

strategy-reduce-emotional-suppressants-title = Réduire ce qui vous anesthésie
strategy-reduce-emotional-suppressants-how = Remarquez à quel point vous comptez sur l’alcool, le cannabis, les jeux vidéo ou les réseaux sociaux pour tenir la journée. Choisissez-en un à réduire en premier, par exemple en fixant une limite de temps ou en prévoyant des jours sans alcool. Si réduire vous semble très difficile, un médecin peut vous aider à le faire en toute sécurité.
strategy-reduce-emotional-suppressants-why = Ces habitudes peuvent adoucir les émotions difficiles pendant un temps, mais elles peuvent aussi renforcer l’anesthésie émotionnelle. En y recourant moins, vous arrêtez cet engourdissement supplémentaire et vous laissez plus de place à vos propres émotions pour revenir.

## Un sommeil régulier

strategy-regular-sleep-title = Un sommeil régulier
strategy-regular-sleep-how = Essayez de vous coucher et de vous lever à peu près à la même heure chaque jour, week-end compris. Accordez-vous un moment calme pour décompresser avant de dormir.
strategy-regular-sleep-why = Le sommeil joue un grand rôle dans la façon dont vous gérez vos émotions. Un sommeil régulier aide à rétablir cet équilibre, et cette idée est mieux étayée que beaucoup d’autres conseils de soin de soi.

## Compléments alimentaires et alimentation

strategy-supplements-and-nutrition-title = Compléments alimentaires et alimentation
strategy-supplements-and-nutrition-how = Certaines personnes s’intéressent à leur alimentation et à des compléments comme les oméga-3 (huile de poisson), la vitamine D et les vitamines B. Si l’un d’eux vous intéresse, parlez-en à un médecin ou à un pharmacien avant de commencer.
strategy-supplements-and-nutrition-why = On les présente parfois comme des soutiens naturels de l’humeur. Les preuves qu’ils aident contre l’anesthésie émotionnelle sont faibles : ne les utilisez donc pas à la place d’un traitement.
strategy-supplements-and-nutrition-caution = Les compléments ne conviennent pas à tout le monde, et certains peuvent modifier l’effet des médicaments. Demandez l’avis d’un soignant avant d’en prendre, surtout si vous prenez déjà un médicament.
