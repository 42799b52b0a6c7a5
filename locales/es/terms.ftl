# Medicine names in this language: the local spelling of each international
# non-proprietary name, and no brand. See locales/en/terms.ftl.

-medicine-sertraline = sertralina
-medicine-escitalopram = escitalopram
-medicine-citalopram = citalopram
-medicine-paroxetine = paroxetina
-medicine-fluoxetine = fluoxetina
-medicine-vortioxetine = vortioxetina
-medicine-bupropion = bupropión
-medicine-ketamine = ketamina
-medicine-esketamine = esketamina
-medicine-psilocybin = psilocibina
