# Medicine names in this language: the local spelling of each international
# non-proprietary name, and no brand. See locales/en/terms.ftl.

-medicine-sertraline = سيرترالين
-medicine-escitalopram = إسيتالوبرام
-medicine-citalopram = سيتالوبرام
-medicine-paroxetine = باروكسيتين
-medicine-fluoxetine = فلوكسيتين
-medicine-vortioxetine = فورتيوكسيتين
-medicine-bupropion = بوبروبيون
-medicine-ketamine = كيتامين
-medicine-esketamine = إسكيتامين
-medicine-psilocybin = سيلوسيبين
