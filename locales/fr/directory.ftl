# Libellés de l’annuaire des lignes d’écoute de crise.

# Nombre de lignes d’écoute d’un pays, par exemple dans un sélecteur de pays.
line-count =
    { $count ->
        [0] Pas encore de ligne d’écoute propre à ce pays
        [one] { $count } ligne d’écoute de crise
        [many] { $count } lignes d’écoute de crise
       *[other] { $count } lignes d’écoute de crise
    }
