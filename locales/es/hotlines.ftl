# Hand-written descriptions of crisis lines, by line id; see locales/en/hotlines.ftl.
hotline-befrienders-worldwide = Befrienders Worldwide reúne centros de apoyo emocional de todo el mundo. Usa su directorio para encontrar un centro cerca de ti.
