# Kaynağımız bir kriz hattının kendi adını kaydetmediğinde, o adın yerine gösterilir.
unnamed-national-line = Ulusal kriz hattı

# Elle yazılmış bir `hotline-<id>` mesajı olmayan bir kriz hattını, verilerinden yola çıkarak anlatır.
# $focus hattın ilk konusudur; $hours always, weekly ya da unknown değerini alır; $free ise yes, no
# ya da unknown. Her parça yalnızca verinin söylediğini söylemelidir.
line-description =
    { $focus ->
        [suicide] İntiharı düşünen ya da bunu düşünen biri için endişelenen herkese destek.
        [crisis] Kriz yaşayan herkese destek.
        [depression] Depresyonla yaşayan insanlara destek.
        [self-harm] Kendine zarar veren insanlara destek.
        [domestic-violence] Evde şiddetten etkilenen insanlara destek.
        [sexual-abuse] Cinsel şiddetten ya da istismardan etkilenen insanlara destek.
        [lgbtq] LGBTQ+ bireylere destek.
        [youth] Gençlere destek.
        [children] Çocuklara ve gençlere destek.
        [veterans] Gazilere ve eski askerlere destek.
        [substance-use] Alkol ya da madde kullanımıyla ilgili destek.
        [seniors] Yaşlı insanlara destek.
       *[emotional-support] İşler zor geldiğinde konuşabileceğin biri.
    } { $hours ->
        [always] Günün 24 saati açık.
        [weekly] Belirli saatlerde açık: çalışma saatlerine bak.
       *[unknown] Açık olduğu saatler bilinmiyor: ona güvenmeden önce kontrol et.
    } { $free ->
        [yes] Ücretsiz.
       *[other] {""}
    }
