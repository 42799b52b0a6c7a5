# Hand-written descriptions of crisis lines, by line id; see locales/en/hotlines.ftl.
hotline-befrienders-worldwide = Befrienders Worldwide relie des centres de soutien émotionnel du monde entier. Utilisez son annuaire pour trouver un centre près de chez vous.
