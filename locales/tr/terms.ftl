# İlaç adları bu dilde: her uluslararası mülkiyetsiz adın (INN) Türkçe yazılışı, marka
# adı yok. Bkz. locales/en/terms.ftl.

-medicine-sertraline = sertralin
-medicine-escitalopram = essitalopram
-medicine-citalopram = sitalopram
-medicine-paroxetine = paroksetin
-medicine-fluoxetine = fluoksetin
-medicine-vortioxetine = vortioksetin
-medicine-bupropion = bupropiyon
-medicine-ketamine = ketamin
-medicine-esketamine = esketamin
-medicine-psilocybin = psilosibin
