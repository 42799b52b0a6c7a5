# Medicine names, as Fluent terms: translators write { -medicine-sertraline } and each
# locale spells the name its own way in its own terms.ftl (the local form of the
# international non-proprietary name, and a brand only where it is the one used in that
# language's market). A term a locale does not define comes from this file. English serves
# many markets, so it names no brand. Only terms belong in terms.ftl.

-medicine-sertraline = sertraline
-medicine-escitalopram = escitalopram
-medicine-citalopram = citalopram
-medicine-paroxetine = paroxetine
-medicine-fluoxetine = fluoxetine
-medicine-vortioxetine = vortioxetine
-medicine-bupropion = bupropion
-medicine-ketamine = ketamine
-medicine-esketamine = esketamine
-medicine-psilocybin = psilocybin
