# Hand-written descriptions of crisis lines, by line id; see locales/en/hotlines.ftl.
hotline-befrienders-worldwide = A Befrienders Worldwide reúne centros de apoio emocional do mundo todo. Use o diretório da organização para encontrar um centro perto de você.
