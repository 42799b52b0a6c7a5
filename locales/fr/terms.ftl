# Medicine names in this language: the local spelling of each international
# non-proprietary name, and no brand. See locales/en/terms.ftl.

-medicine-sertraline = sertraline
-medicine-escitalopram = escitalopram
-medicine-citalopram = citalopram
-medicine-paroxetine = paroxétine
-medicine-fluoxetine = fluoxétine
-medicine-vortioxetine = vortioxétine
-medicine-bupropion = bupropion
-medicine-ketamine = kétamine
-medicine-esketamine = eskétamine
-medicine-psilocybin = psilocybine
