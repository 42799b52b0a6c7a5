# Hand-written descriptions of crisis lines, by line id; see locales/en/hotlines.ftl.
hotline-befrienders-worldwide = Befrienders Worldwide verbindet Zentren für emotionale Unterstützung auf der ganzen Welt. Nutze das Verzeichnis, um ein Zentrum in deiner Nähe zu finden.
