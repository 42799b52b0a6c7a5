# Kriz hatlarının elle yazılmış açıklamaları, hat kimliğine göre; bkz. locales/en/hotlines.ftl.
hotline-befrienders-worldwide = Befrienders Worldwide, dünyanın dört bir yanındaki duygusal destek merkezlerine bağlantı sağlar. Sana yakın bir merkez bulmak için onun merkez dizinini kullan.
