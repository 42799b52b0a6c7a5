# Medicine names in this language: the local spelling of each international
# non-proprietary name, and no brand. See locales/en/terms.ftl.

-medicine-sertraline = Sertralin
-medicine-escitalopram = Escitalopram
-medicine-citalopram = Citalopram
-medicine-paroxetine = Paroxetin
-medicine-fluoxetine = Fluoxetin
-medicine-vortioxetine = Vortioxetin
-medicine-bupropion = Bupropion
-medicine-ketamine = Ketamin
-medicine-esketamine = Esketamin
-medicine-psilocybin = Psilocybin
