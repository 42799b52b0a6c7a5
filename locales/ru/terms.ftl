# Названия лекарств в виде терминов Fluent: переводчики пишут { -medicine-sertraline }, а каждая
# локаль пишет название по-своему в своём terms.ftl. Здесь — русское написание каждого
# международного непатентованного наименования (МНН), без торговых названий.
# Термин, который локаль не определяет, берётся из locales/en/terms.ftl.
# В terms.ftl должны быть только термины.

-medicine-sertraline = сертралин
-medicine-escitalopram = эсциталопрам
-medicine-citalopram = циталопрам
-medicine-paroxetine = пароксетин
-medicine-fluoxetine = флуоксетин
-medicine-vortioxetine = вортиоксетин
-medicine-bupropion = бупропион
-medicine-ketamine = кетамин
-medicine-esketamine = эскетамин
-medicine-psilocybin = псилоцибин
