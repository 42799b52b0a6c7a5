# Strategi perawatan diri: apa yang dilakukan, mengapa bisa membantu, dan hal yang perlu diwaspadai.
# Peringkat bukti setiap strategi dan sumber yang mendasarinya ada di data/strategies.toml.

## Mindfulness dan body scan

strategy-mindfulness-body-scan-title = Mindfulness dan body scan (memindai tubuh)
strategy-mindfulness-body-scan-how = Cari tempat yang tenang dan sisihkan lima sampai sepuluh menit setiap hari. Pejamkan matamu jika itu terasa nyaman. Perlahan-lahan, gerakkan perhatianmu dari jari-jari kaki sampai ke puncak kepala, sambil memperhatikan apa pun yang kamu rasakan di sepanjang jalan, seperti rasa hangat, tegang, atau kesemutan. Jika kamu tidak merasakan apa-apa, itu tidak apa-apa. Terus saja memperhatikan dengan lembut.
strategy-mindfulness-body-scan-why = Memperhatikan tubuhmu dengan tenang, hari demi hari, bisa membantumu terhubung kembali dengannya. Terapi berbasis mindfulness adalah salah satu pendekatan yang disarankan pedoman bagi orang yang pernah mengalami depresi.
strategy-mindfulness-body-scan-caution = Bagi sebagian orang, terutama mereka yang pernah mengalami trauma, memperhatikan tubuh dengan saksama bisa memunculkan kenangan atau perasaan yang mengguncang. Biarkan matamu terbuka jika itu terasa lebih aman, berhentilah kapan pun kamu perlu, dan pertimbangkan untuk mencobanya bersama terapis.

## Panduan menulis jurnal

strategy-journaling-prompts-title = Panduan menulis jurnal
strategy-journaling-prompts-how = Sekali sehari, tulis satu kalimat yang dimulai dengan “Hari ini aku merasa…” dan selesaikan dengan jujur. Jika jawabannya “tidak ada”, tuliskan itu. Kamu bisa menambahkan di mana kamu berada dan apa yang sedang terjadi saat itu.
strategy-journaling-prompts-why = Menuangkan perasaan ke dalam kata-kata, bahkan jawaban yang kosong, mungkin membantumu menyadarinya, dan membaca kembali catatanmu bisa membantumu melihat perubahan kecil yang mungkin terlewat. Penelitian tentang menulis mengenai perasaan memberi hasil yang beragam, jadi anggap saja ini sesuatu untuk dicoba.

## Menangis dengan sengaja

strategy-cry-on-purpose-title = Menangis dengan sengaja
strategy-cry-on-purpose-how = Pilih film sedih, atau putar lagu-lagu yang dulu menyentuh hatimu. Beri dirimu waktu sendiri di tempat yang membuatmu merasa aman untuk melepaskan perasaan. Jika air mata tidak keluar, tidak apa-apa. Kamu bisa mencobanya lagi di hari lain.
strategy-cry-on-purpose-why = Sebagian orang mendapati bahwa cerita atau lagu yang menyentuh membantu mereka melepaskan perasaan. Penelitian tentang apakah menangis memperbaiki suasana hati memberi hasil yang beragam; menangis mungkin memberi efek menenangkan bagi sebagian orang. Ini bukan pengobatan, tetapi ini hal lembut yang bisa dicoba.

## Olahraga

strategy-intense-exercise-title = Tingkatkan detak jantungmu
strategy-intense-exercise-how = Pilih gerakan apa saja yang menaikkan detak jantungmu: jalan cepat, lari, menari di kamarmu, atau kelas olahraga. Mulailah dari tingkat yang terasa sanggup kamu jalani, lalu tingkatkan perlahan-lahan.
strategy-intense-exercise-why = Banyak penelitian menemukan bahwa olahraga teratur meringankan depresi, dan olahraga yang lebih intens tampaknya lebih membantu. Belum diketahui apakah olahraga membantu mati rasa secara khusus, tetapi ini salah satu hal dengan dukungan bukti yang lebih baik yang bisa kamu lakukan untuk suasana hatimu.
strategy-intense-exercise-caution = Jika kamu punya gangguan jantung atau masalah kesehatan lain, atau sudah lama tidak aktif bergerak, tanyakan dulu kepada dokter sebelum mulai berolahraga berat, dan tingkatkan secara bertahap.

## Air dingin

strategy-cold-exposure-title = Air dingin
strategy-cold-exposure-how = Coba akhiri mandimu dengan siraman air sejuk sebentar, atau basuh wajahmu dengan air dingin sejenak.
strategy-cold-exposure-why = Sebagian orang bilang percikan air dingin sebentar membantu mereka merasa lebih hadir. Belum ada bukti kuat bahwa air dingin membantu mengatasi mati rasa atau depresi, jadi anggaplah ini eksperimen kecil, bukan pengobatan.
strategy-cold-exposure-caution = Air dingin bisa mengejutkan tubuh. Dingin yang tiba-tiba bisa memengaruhi jantung dan pernapasanmu, jadi jika kamu punya gangguan jantung, lewati cara ini atau tanyakan dulu kepada doktermu. Jangan pernah terjun atau berenang di perairan terbuka yang dingin seorang diri. Lakukan sebentar saja, dan berhentilah jika kamu merasa pusing atau tidak enak badan.

## Terapi bicara mingguan

strategy-weekly-talk-therapy-title = Terapi bicara mingguan
strategy-weekly-talk-therapy-how = Tanyakan kepada doktermu tentang terapi bicara, atau cari terapis yang berkualifikasi, dan usahakan bertemu secara teratur, misalnya seminggu sekali. Jika trauma mungkin menjadi bagian dari mati rasamu, carilah seseorang yang terlatih dalam terapi yang berfokus pada trauma. Tidak apa-apa untuk menanyakan pendekatan mereka sebelum kamu mulai, dan mencari orang lain jika rasanya tidak cocok.
strategy-weekly-talk-therapy-why = Terapi bicara seperti terapi perilaku kognitif (CBT) direkomendasikan untuk depresi, dan terapi yang berfokus pada trauma untuk stres pascatrauma. Sesi yang teratur memberimu tempat yang aman dan stabil untuk mengolah perasaan yang selama ini terhambat.

## Kurangi hal-hal yang menekan perasaan

strategy-reduce-emotional-suppressants-title = Kurangi hal-hal yang membuatmu mati rasa
strategy-reduce-emotional-suppressants-how = Perhatikan seberapa banyak kamu bergantung pada alkohol, ganja, game, atau media sosial untuk melewati hari. Pilih satu untuk dikurangi lebih dulu, misalnya dengan menetapkan batas waktu atau memilih beberapa hari tanpa alkohol.
strategy-reduce-emotional-suppressants-why = Hal-hal ini bisa meredam perasaan yang berat untuk sementara, dan banyak orang mendapati bahwa mengurangi penggunaannya memberi perasaan mereka sendiri lebih banyak ruang untuk kembali. Belum ada penelitian yang baik tentang hal ini untuk mati rasa secara khusus.
strategy-reduce-emotional-suppressants-caution = Jika kamu minum alkohol dalam jumlah banyak setiap hari, jangan berhenti tiba-tiba atas keputusanmu sendiri: berhenti sekaligus bisa menyebabkan gejala putus alkohol yang berbahaya, seperti gemetar, kejang, atau halusinasi. Bicarakan dulu dengan dokter, yang bisa membantumu menguranginya dengan aman. Segera cari pertolongan medis jika kamu mengalami gemetar hebat, muntah berulang kali, atau halusinasi.

## Tidur teratur

strategy-regular-sleep-title = Tidur teratur
strategy-regular-sleep-how = Usahakan tidur dan bangun di jam yang kurang lebih sama setiap hari, termasuk akhir pekan. Beri dirimu waktu yang tenang untuk bersantai sebelum tidur.
strategy-regular-sleep-why = Tidur berperan besar dalam caramu mengelola emosi. Dalam banyak penelitian, memperbaiki tidur juga memperbaiki depresi dan kecemasan, dan dukungan bukti untuk hal ini lebih baik daripada banyak tips perawatan diri lainnya.

## Suplemen dan nutrisi

strategy-supplements-and-nutrition-title = Suplemen dan nutrisi
strategy-supplements-and-nutrition-how = Sebagian orang memperhatikan pola makan mereka dan suplemen seperti omega-3 (minyak ikan) atau vitamin D. Jika kamu penasaran dengan salah satunya, bicarakan dengan dokter atau apoteker sebelum mulai.
strategy-supplements-and-nutrition-why = Hal-hal ini kadang digambarkan sebagai pendukung alami suasana hati, tetapi tidak ada bukti kuat bahwa hal-hal ini membantu mengatasi mati rasa atau depresi: dalam satu uji klinis besar, baik vitamin D maupun omega-3 tidak memperbaiki suasana hati dibandingkan dengan pil kosong (plasebo). Tolong jangan menggunakannya sebagai pengganti pengobatan.
strategy-supplements-and-nutrition-caution = Suplemen dan obat herbal tidak cocok untuk semua orang, dan sebagian di antaranya mengubah cara kerja obat. St. John’s wort tidak boleh diminum bersama antidepresan: jika digabungkan, keduanya bisa menimbulkan reaksi yang serius. Selalu beri tahu dokter atau apotekermu apa saja yang kamu konsumsi.
