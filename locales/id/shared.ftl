# Pesan bersama yang digunakan di semua bagian layanan Haven.

## Ditampilkan di akhir setiap artikel

disclaimer = Konten ini hanya untuk edukasi. Ini bukan diagnosis dan bukan pengobatan. Bicarakanlah situasimu sendiri dengan tenaga kesehatan profesional yang memiliki izin praktik.
get-help-now-title = Dapatkan bantuan sekarang
get-help-now-body = Jika kamu mungkin akan menuruti pikiran untuk bunuh diri, atau jika kamu dalam bahaya, telepon nomor darurat setempat atau pergi ke Instalasi Gawat Darurat (IGD) terdekat sekarang. Tetaplah bersama orang yang kamu percaya, dan jauhkan dirimu dari apa pun yang bisa kamu gunakan untuk menyakiti dirimu sendiri. Perasaan ini bisa berlalu, dan bantuan itu ada.
# Blok bantuan dengan negara (?country=): $country adalah nama negara, $number nomor daruratnya.
help-now-emergency = Nomor darurat di { $country }: { $number }
help-now-lines = Saluran bantuan krisis di { $country }:
# Blok bantuan tanpa negara: blok ini tidak menyebut nomor yang tidak bisa dijaminnya.
help-now-no-country = Untuk melihat nomor darurat dan saluran bantuan krisis di tempatmu, pilih negaramu. Di mana pun kamu berada, nomor darurat setempat bisa membantumu sekarang.

## Digunakan di semua konten yang membahas obat

medication-safety = Jangan pernah menghentikan atau mengubah obat tanpa berbicara dulu dengan dokter yang meresepkannya. Berhenti secara tiba-tiba bisa menyebabkan gejala putus obat. Jika suasana hatimu memburuk atau kamu punya pikiran untuk bunuh diri setelah mulai memakai, mengubah, atau menghentikan antidepresan, segera hubungi dokter yang meresepkan obatmu atau doktermu, atau telepon nomor darurat setempat jika kamu mungkin akan menuruti pikiran itu. Obat-obatan ini membantu banyak orang.

## Waktu baca yang ditampilkan di daftar artikel

reading-time =
    { $minutes ->
       *[other] Waktu baca { $minutes } menit
    }

## Strategi dan status peninjauan

evidence-none = Belum ada bukti yang kuat
review-editorial = Ditinjau oleh tim editorial; belum ditinjau oleh klinisi
review-clinical = Ditinjau oleh klinisi
