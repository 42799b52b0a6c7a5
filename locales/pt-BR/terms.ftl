# Medicine names in this language: the local spelling of each international
# non-proprietary name, and no brand. See locales/en/terms.ftl.

-medicine-sertraline = sertralina
-medicine-escitalopram = escitalopram
-medicine-citalopram = citalopram
-medicine-paroxetine = paroxetina
-medicine-fluoxetine = fluoxetina
-medicine-vortioxetine = vortioxetina
-medicine-bupropion = bupropiona
-medicine-ketamine = cetamina
-medicine-esketamine = escetamina
-medicine-psilocybin = psilocibina
