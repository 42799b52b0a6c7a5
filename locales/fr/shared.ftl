# Messages partagés, utilisés dans tout le service Haven.

## Affiché à la fin de chaque article

disclaimer = Ce contenu a un but uniquement éducatif. Ce n’est pas un diagnostic et ce n’est pas un traitement. Parlez de votre situation personnelle avec un professionnel de santé autorisé à exercer.
get-help-now-title = Obtenir de l’aide maintenant
get-help-now-body = Si vous pensez au suicide et risquez de passer à l’acte, ou si vous êtes en danger, appelez tout de suite le numéro d’urgence local, ou rendez-vous sans attendre au service des urgences le plus proche. Restez avec une personne de confiance, et mettez de la distance entre vous et tout ce que vous pourriez utiliser pour vous faire du mal. Ces sentiments peuvent passer, et de l’aide est là.
# Le bloc d’aide avec un pays (?country=) : $country est le nom du pays, $number son numéro d’urgence.
help-now-emergency = Numéro d’urgence ({ $country }) : { $number }
help-now-lines = Lignes d’écoute ({ $country }) :
# Le bloc d’aide sans pays : il ne donne aucun numéro qu’il ne peut pas garantir.
help-now-no-country = Pour voir le numéro d’urgence et les lignes d’écoute de l’endroit où vous êtes, choisissez votre pays. Où que vous soyez, le numéro d’urgence local peut vous aider dès maintenant.

## Utilisé dans tout contenu qui parle de médicaments

medication-safety = N’arrêtez et ne modifiez jamais un médicament sans en avoir d’abord parlé à votre prescripteur. Un arrêt brutal peut provoquer des symptômes de sevrage. Si votre humeur s’aggrave ou si vous avez des pensées suicidaires après avoir commencé, modifié ou arrêté un antidépresseur, contactez tout de suite votre prescripteur ou votre médecin, ou appelez le numéro d’urgence local si vous risquez de passer à l’acte. Ces médicaments aident beaucoup de personnes.

## Temps de lecture affiché dans les listes d’articles

reading-time =
    { $minutes ->
        [one] { $minutes } minute de lecture
        [many] { $minutes } minutes de lecture
       *[other] { $minutes } minutes de lecture
    }

## Stratégies et statut de relecture

evidence-none = Pas encore de preuves solides
review-editorial = Relecture éditoriale ; pas encore relu par un clinicien
review-clinical = Relu par un clinicien
