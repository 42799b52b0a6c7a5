# Medicine names, as Fluent terms: translators write { -medicine-sertraline } and each
# locale spells the name its own way in its own terms.ftl. This file gives the Hindi
# (Devanagari) spelling of each international non-proprietary name (INN), and no brand
# names. A term this locale did not define would come from locales/en/terms.ftl.
# Only terms belong in terms.ftl.

-medicine-sertraline = सेरट्रालीन
-medicine-escitalopram = एस्सिटालोप्राम
-medicine-citalopram = सिटालोप्राम
-medicine-paroxetine = पैरोक्सटीन
-medicine-fluoxetine = फ्लुओक्सेटीन
-medicine-vortioxetine = वोर्टिओक्सेटीन
-medicine-bupropion = बुप्रोपियन
-medicine-ketamine = केटामाइन
-medicine-esketamine = एस्केटामाइन
-medicine-psilocybin = साइलोसाइबिन
