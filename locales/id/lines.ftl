# Ditampilkan sebagai pengganti nama asli saluran bantuan krisis jika sumber kami tidak mencatatnya.
unnamed-national-line = Saluran bantuan krisis nasional

# Menggambarkan saluran bantuan krisis yang tidak punya pesan `hotline-<id>` tulisan tangan, dari datanya.
# $focus adalah topik pertama saluran itu; $hours adalah always, weekly atau unknown; $free adalah
# yes, no atau unknown. Setiap bagian hanya boleh mengatakan apa yang dikatakan data.
line-description =
    { $focus ->
        [suicide] Dukungan bagi siapa saja yang berpikir untuk bunuh diri, atau yang khawatir tentang seseorang yang sedang memikirkannya.
        [crisis] Dukungan bagi siapa saja yang sedang mengalami krisis.
        [depression] Dukungan bagi orang yang hidup dengan depresi.
        [self-harm] Dukungan bagi orang yang melukai diri sendiri.
        [domestic-violence] Dukungan bagi orang yang terdampak kekerasan di rumah.
        [sexual-abuse] Dukungan bagi orang yang terdampak kekerasan atau pelecehan seksual.
        [lgbtq] Dukungan bagi orang LGBTQ+.
        [youth] Dukungan bagi anak muda.
        [children] Dukungan bagi anak-anak dan anak muda.
        [veterans] Dukungan bagi para veteran.
        [substance-use] Dukungan terkait penggunaan alkohol atau narkoba.
        [seniors] Dukungan bagi orang lanjut usia.
       *[emotional-support] Seseorang untuk diajak bicara saat semuanya terasa berat.
    } { $hours ->
        [always] Buka 24 jam sehari.
        [weekly] Buka pada jam-jam tertentu: lihat jam bukanya.
       *[unknown] Jam bukanya tidak diketahui: periksa dulu sebelum mengandalkannya.
    } { $free ->
        [yes] Gratis.
       *[other] {""}
    }
