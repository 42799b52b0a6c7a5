# Shown in place of a crisis line’s own name where our source did not record it.
unnamed-national-line = Ligne d’écoute nationale

line-description =
    { $focus ->
        [suicide] Un soutien pour toute personne qui pense au suicide, ou qui s’inquiète pour quelqu’un qui y pense.
        [crisis] Un soutien pour toute personne qui traverse une crise.
        [depression] Un soutien pour les personnes qui vivent avec une dépression.
        [self-harm] Un soutien pour les personnes qui se font du mal.
        [domestic-violence] Un soutien pour les personnes touchées par la violence à la maison.
        [sexual-abuse] Un soutien pour les personnes touchées par des violences ou des abus sexuels.
        [lgbtq] Un soutien pour les personnes LGBTQ+.
        [youth] Un soutien pour les jeunes.
        [children] Un soutien pour les enfants et les adolescents.
        [veterans] Un soutien pour les anciens combattants.
        [substance-use] Un soutien face à l’alcool ou aux drogues.
        [seniors] Un soutien pour les personnes âgées.
       *[emotional-support] Quelqu’un à qui parler quand tout devient difficile.
    } { $hours ->
        [always] Ouverte 24 heures sur 24.
        [weekly] Ouverte à des horaires fixes : voir les horaires.
       *[unknown] Ses horaires ne sont pas connus : vérifiez avant de compter dessus.
    } { $free ->
        [yes] Gratuite.
       *[other] {""}
    }
