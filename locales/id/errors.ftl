# Pesan galat. Setiap kode punya judul (singkat, sama untuk setiap kejadian) dan detail
# (kejadian ini). Kode setelah "problem-" adalah `code` tetap yang dilihat klien.

problem-article-not-found = Artikel tidak ditemukan
problem-article-not-found-detail = Tidak ada artikel bernama “{ $value }”. Daftar artikel ada di /v1/articles.
problem-strategy-not-found = Strategi tidak ditemukan
problem-strategy-not-found-detail = Tidak ada strategi perawatan diri bernama “{ $value }”. Daftarnya ada di /v1/strategies.
problem-faq-not-found = Pertanyaan tidak ditemukan
problem-faq-not-found-detail = Tidak ada pertanyaan bernama “{ $value }”. Daftarnya ada di /v1/faqs.
problem-country-not-found = Negara tidak ditemukan
problem-country-not-found-detail = Kami tidak punya informasi untuk kode negara “{ $value }”. Daftar negara ada di /v1/countries.
problem-route-not-found = Tidak ditemukan
problem-route-not-found-detail = Tidak ada apa pun di alamat ini. API dijelaskan di /openapi.json.
problem-method-not-allowed = Metode tidak diizinkan
problem-method-not-allowed-detail = Alamat ini hanya bisa dibaca, dengan GET atau HEAD.
problem-invalid-parameter = Parameter tidak valid
problem-invalid-parameter-detail = Parameter “{ $name }” memiliki nilai yang tidak bisa kami gunakan. Yang diharapkan: { $expected ->
        [page-number] bilangan bulat mulai dari 1.
        [per-page-number] bilangan bulat dari 1 sampai { $max }.
        [topic] salah satu topik dalam dokumentasi API, seperti “suicide” atau “youth”.
        [channel] salah satu dari phone, sms, chat, whatsapp, web, atau email.
        [language-tag] tag bahasa seperti “es” atau “pt-BR”.
        [boolean] true atau false.
        [instant] tanggal dan waktu ISO beserta zona waktunya, seperti yang ditunjukkan dokumentasi API.
        [confidence] salah satu dari low, medium, atau high.
       *[other] id berhuruf kecil seperti “medication”.
    }
problem-missing-parameter = Parameter tidak ada
problem-missing-parameter-detail = Parameter “{ $name }” wajib diisi.
problem-page-not-found = Halaman di luar jangkauan
problem-page-not-found-detail = Halaman { $page } tidak ada; halaman terakhir adalah { $last }.
problem-invalid-locale = Tag bahasa tidak valid
problem-invalid-locale-detail = “{ $value }” bukan tag bahasa. Gunakan tag BCP 47 seperti “en”, “es”, atau “pt-BR”.
problem-invalid-country-code = Kode negara tidak valid
problem-invalid-country-code-detail = “{ $value }” bukan kode negara. Gunakan kode negara ISO dua huruf seperti “GB” atau “US”.
problem-invalid-query = Query string tidak valid
problem-invalid-query-detail = Query string tidak bisa dibaca. Periksa apakah ada parameter yang berulang atau percent-encoding yang rusak.
problem-request-rejected = Permintaan ditolak
problem-request-rejected-detail = Permintaan ditolak dengan status { $status }. Mungkin permintaannya terlalu besar atau formatnya salah.
problem-internal-error = Terjadi kesalahan di pihak kami
problem-internal-error-detail = Kami tidak bisa menjawab permintaan ini. Silakan coba lagi. Jika kamu butuh bantuan sekarang, telepon nomor darurat setempat.
problem-item-not-found = Item tidak ditemukan
problem-item-not-found-detail = Tidak ada item bundel “{ $value }”. Jika aplikasimu menyimpan salinannya, hapuslah: item itu sudah bukan bagian dari konten lagi.
problem-uri-too-long = Alamat terlalu panjang
problem-uri-too-long-detail = Alamat permintaan ini lebih panjang dari { $max } karakter. Tidak ada alamat Haven yang butuh sepanjang itu.
problem-headers-too-large = Header permintaan terlalu besar
problem-headers-too-large-detail = Total header permintaan ini lebih dari { $max } byte. Kirim header yang lebih sedikit atau lebih pendek, lalu coba lagi.
problem-rate-limited = Terlalu banyak permintaan
problem-rate-limited-detail = Klien ini mengirim terlalu banyak permintaan dalam waktu singkat. Silakan tunggu { $seconds } detik, lalu coba lagi. Jika kamu butuh bantuan sekarang, telepon nomor darurat setempat.
problem-precondition-failed = Prasyarat tidak terpenuhi
problem-precondition-failed-detail = Salinan yang kamu sebut dengan If-Match bukan yang terbaru. Ambil kembali sumber dayanya.
problem-range-not-satisfiable = Rentang tidak dapat dipenuhi
problem-range-not-satisfiable-detail = Rentang yang diminta dimulai setelah akhir respons. Minta rentang di dalamnya, atau seluruh respons.
