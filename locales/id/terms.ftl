# Nama obat, sebagai term Fluent: penerjemah menulis { -medicine-sertraline } dan setiap
# locale mengeja nama itu dengan caranya sendiri di terms.ftl miliknya. Di sini: ejaan bahasa
# Indonesia dari nama generik internasional (international non-proprietary name, INN), tanpa
# merek. Term yang tidak didefinisikan sebuah locale diambil dari locales/en/terms.ftl.
# Hanya term yang boleh ada di terms.ftl.

-medicine-sertraline = sertralin
-medicine-escitalopram = esitalopram
-medicine-citalopram = sitalopram
-medicine-paroxetine = paroksetin
-medicine-fluoxetine = fluoksetin
-medicine-vortioxetine = vortioksetin
-medicine-bupropion = bupropion
-medicine-ketamine = ketamin
-medicine-esketamine = esketamin
-medicine-psilocybin = psilosibin
