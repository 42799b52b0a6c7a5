# Kriz hatları dizini için etiketler.

# Bir ülkenin kaç kriz hattı olduğu, örneğin bir ülke seçicide.
line-count =
    { $count ->
        [0] Henüz kendine ait bir kriz hattı yok
        [one] { $count } kriz hattı
       *[other] { $count } kriz hattı
    }
