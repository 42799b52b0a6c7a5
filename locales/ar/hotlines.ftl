# Hand-written descriptions of crisis lines, by line id; see locales/en/hotlines.ftl.
hotline-befrienders-worldwide = تربط منظمة Befrienders Worldwide بين مراكز الدعم العاطفي حول العالم. استخدم دليلها للعثور على مركز قريب منك.
