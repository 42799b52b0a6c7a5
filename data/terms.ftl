# Names that stay the same in every language: medicines and brand names. They are
# Fluent terms, added to every locale, so translators write { -medicine-sertraline }
# and a medicine's name can never be mistranslated. Only terms belong in this file.

-medicine-sertraline = sertraline (Zoloft)
-medicine-escitalopram = escitalopram (Lexapro)
-medicine-citalopram = citalopram
-medicine-paroxetine = paroxetine (Paxil)
-medicine-fluoxetine = fluoxetine (Prozac)
-medicine-vortioxetine = vortioxetine (Trintellix)
-medicine-bupropion = bupropion (Wellbutrin)
-medicine-ketamine = ketamine
-medicine-esketamine = esketamine
-medicine-psilocybin = psilocybin
-brand-spravato = Spravato
