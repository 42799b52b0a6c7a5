# Medicine names, as Fluent terms: translators write { -medicine-sertraline } and each
# locale spells the name its own way in its own terms.ftl. This file gives the Japanese
# (katakana) spelling of each international non-proprietary name, and no brand name.
# A term this file does not define comes from locales/en/terms.ftl.
# Only terms belong in terms.ftl.

-medicine-sertraline = セルトラリン
-medicine-escitalopram = エスシタロプラム
-medicine-citalopram = シタロプラム
-medicine-paroxetine = パロキセチン
-medicine-fluoxetine = フルオキセチン
-medicine-vortioxetine = ボルチオキセチン
-medicine-bupropion = ブプロピオン
-medicine-ketamine = ケタミン
-medicine-esketamine = エスケタミン
-medicine-psilocybin = シロシビン
