# Messages partagés, utilisés dans tout le service Haven.

## Affiché à la fin de chaque article

disclaimer = Ce contenu a un but uniquement éducatif. Ce n’est pas un diagnostic et ce n’est pas un traitement. Parlez de votre situation personnelle avec un professionnel de santé qualifié.
get-help-now-title = Obtenir de l’aide maintenant
get-help-now-body = Si vous risquez de passer à l’acte suicidaire, ou si vous êtes en danger, appelez tout de suite le numéro d’urgence de votre pays. Les lignes d’écoute de votre pays sont indiquées à côté de ce message.

## Utilisé dans tout contenu qui parle de médicaments

medication-safety = N’arrêtez et ne modifiez jamais un médicament sans en avoir d’abord parlé avec la personne qui vous l’a prescrit. Un arrêt brutal peut provoquer des symptômes de sevrage. Ces médicaments aident beaucoup de personnes, et ils sauvent des vies.

## Temps de lecture affiché dans les listes d’articles

reading-time =
    { $minutes ->
        [one] { $minutes } minute de lecture
        [many] { $minutes } minutes de lecture
       *[other] { $minutes } minutes de lecture
    }
