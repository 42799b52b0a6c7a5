# Judul, ringkasan, dan isi artikel Haven dalam bahasa Indonesia.
# Setiap fakta di sini dikutip dalam `sources` artikel tersebut (data/articles/<slug>.toml,
# data/sources.toml). Pesan yang kritis untuk keselamatan tercantum di data/safety.toml.

### Dipakai bersama oleh setiap artikel yang membahas bunuh diri, obat, atau trauma (ditampilkan di dekat bagian atas)

help-early = Jika kamu sedang berpikir untuk bunuh diri saat ini, kamu tidak perlu lanjut membaca dulu. Telepon nomor darurat setempat, atau salah satu saluran bantuan krisis yang tercantum bersama panduan ini, dan ceritakan apa yang kamu rasakan.

### Kenapa aku tidak bisa menangis lagi? (panduan utama)

article-why-cant-i-cry-title = Kenapa aku tidak bisa menangis lagi?
article-why-cant-i-cry-summary = Jika perasaanmu terasa redup dan air mata tak kunjung keluar, kamu tidak sendirian. Pelajari apa itu mati rasa emosional, apa yang bisa menyebabkannya, dan apa yang bisa membantu.

why-cant-i-cry-intro = Mungkin ada hal sedih yang terjadi dan kamu menunggu air mata datang, tetapi air mata itu tidak pernah datang. Mungkin sudah berbulan-bulan kamu tidak menangis, bahkan saat sebagian dirimu ingin menangis. Jika itu terdengar akrab, kamu tidak sendirian, dan itu sama sekali tidak berarti ada yang buruk tentang dirimu. Panduan ini menjelaskan apa yang mungkin sedang terjadi dan apa yang bisa membantu.

why-cant-i-cry-names-heading = Apa sebutannya
why-cant-i-cry-names = Tidak ada satu nama tunggal untuk pengalaman ini. Orang menyebutnya mati rasa emosional, emosi yang tumpul, emosi yang datar, atau emosi yang “padam”. Ada juga yang menyebutnya depresi “tidak bisa menangis”. Semua nama ini merujuk pada hal yang sama: perasaanmu seperti dikecilkan, seolah-olah ada yang menurunkan volume kehidupan batinmu.

why-cant-i-cry-feels-like-heading = Seperti apa rasanya
why-cant-i-cry-feels-like-intro = Mati rasa muncul dengan cara yang berbeda pada setiap orang. Kamu mungkin menyadari beberapa hal ini:
why-cant-i-cry-feels-like-1 = Kamu tidak bisa menangis, bahkan pada saat-saat yang dulu pasti akan membuat hatimu hancur.
why-cant-i-cry-feels-like-2 = Kamu merasa jauh dari orang-orang yang kamu sayangi, atau kamu merasa tidak dicintai padahal jelas mereka peduli padamu.
why-cant-i-cry-feels-like-3 = Rasa senang dan antusias sulit ditemukan. Bahkan rasa marah pun seolah ikut diam.
why-cant-i-cry-feels-like-4 = Hidup tampak kelabu, seolah-olah kamu menontonnya dari balik kaca.
why-cant-i-cry-feels-like-5 = Kamu merasa terjebak di dalam kepalamu sendiri, tanpa jalan keluar yang jelas.
why-cant-i-cry-not-weakness = Mati rasa bukanlah kemalasan, dan itu tidak berarti kamu dingin atau tidak peduli. Ini adalah respons nyata dari pikiran dan tubuhmu, dan bisa terjadi pada siapa saja.

why-cant-i-cry-common-heading = Kamu sama sekali tidak sendirian
why-cant-i-cry-common = Mati rasa emosional sering datang bersama depresi. Pedoman untuk gangguan stres pascatrauma (PTSD) juga mencantumkan mati rasa emosional sebagai salah satu tandanya. Depresi sendiri sangat umum: Organisasi Kesehatan Dunia (WHO) memperkirakan sekitar tiga ratus juta orang di seluruh dunia hidup dengan depresi.

why-cant-i-cry-causes-heading = Apa yang bisa menyebabkannya
why-cant-i-cry-causes-intro = Sering kali ada lebih dari satu alasan. Berikut beberapa yang paling umum:
why-cant-i-cry-causes-depression = Depresi itu sendiri. Depresi bisa mengurangi seberapa kuat kamu merasakan sesuatu. Untuk waktu yang lama, hal ini dijelaskan dengan rendahnya kadar zat kimia otak seperti serotonin, tetapi gagasan itu sekarang diperdebatkan di antara para ilmuwan, dan penyebab depresi kemungkinan merupakan campuran dari banyak hal. Sebagian orang merasa cemas sepanjang waktu, tetapi tetap tidak bisa melepaskan perasaan itu lewat air mata.
why-cant-i-cry-causes-medication = Antidepresan. Beberapa obat untuk depresi, terutama golongan yang dikenal sebagai SSRI, bisa menumpulkan perasaan sebagai efek samping. Panduan kami tentang antidepresan dan emosi yang tumpul menjelaskan lebih banyak.
why-cant-i-cry-causes-treatment-resistant = Depresi yang tidak membaik dengan pengobatan. Ketika lebih dari satu obat belum cukup membantu, mati rasa bisa bertahan. Panduan kami tentang depresi yang resistan terhadap pengobatan membahas pilihan-pilihan yang mungkin dibicarakan oleh dokter spesialis.
why-cant-i-cry-causes-trauma = Trauma. Kekerasan, stres jangka panjang, atau pengalaman menyakitkan di masa kecil bisa membuat pikiran mematikan perasaan agar bisa bertahan. Panduan kami tentang trauma dan mati rasa membahas hal ini lebih dalam.

why-cant-i-cry-other-causes-heading = Mati rasa, tapi tidak depresi?
why-cant-i-cry-other-causes = Mati rasa tidak selalu berasal dari depresi. Burnout akibat stres kerja jangka panjang bisa mengikis perasaanmu, dan duka sering diawali dengan rasa kaget dan mati rasa. Sebagian orang merasa mati rasa setelah trauma. Sebagian orang autistik sulit mengenali atau menamai perasaan mereka, yang bisa terasa seperti mati rasa; hal ini kadang disebut aleksitimia. Karena penyebab-penyebab ini bisa tampak mirip, berbicara dengan dokter atau terapis bisa membantumu memahami apa yang ada di balik mati rasamu sendiri.

why-cant-i-cry-self-care-heading = Hal-hal kecil yang mungkin membantu
why-cant-i-cry-self-care = Merawat diri bukan pengganti pengobatan, tetapi bisa membantumu perlahan-lahan terhubung kembali dengan perasaanmu. Kamu bisa mencoba body scan (memindai tubuh) singkat setiap hari, atau menuliskan apa yang kamu rasakan, meskipun jawabannya “tidak ada”. Film sedih atau lagu yang dulu menyentuh hatimu mungkin bisa membantu, begitu pula olahraga teratur: tanyakan dulu kepada dokter jika kamu punya gangguan jantung atau sudah lama tidak aktif bergerak. Tidur yang teratur juga penting. Mengurangi hal-hal yang membuatmu makin mati rasa juga membantu, seperti alkohol, ganja, atau berjam-jam bermain game atau media sosial. Mulailah dengan satu ide dan jalani dengan lembut. Kamu tidak harus melakukan semuanya sekaligus.

why-cant-i-cry-when-help-heading = Kapan harus ke dokter
why-cant-i-cry-when-help-intro = Tolong bicarakan dengan dokter atau tenaga profesional kesehatan jiwa jika salah satu dari hal ini benar untukmu:
why-cant-i-cry-when-help-1 = Kamu punya pikiran untuk bunuh diri.
why-cant-i-cry-when-help-2 = Kamu merasa benar-benar terputus dari kenyataan.
why-cant-i-cry-when-help-3 = Kamu tidak sanggup menjalani kehidupan sehari-hari di tempat kerja atau di rumah.
why-cant-i-cry-when-help-4 = Mati rasa atau suasana hati yang murung sudah berlangsung lebih dari sekitar dua minggu.
why-cant-i-cry-when-help-now = Jika kamu punya pikiran untuk bunuh diri, tolong jangan menunggu: hari ini juga, beri tahu dokter, telepon saluran bantuan krisis, atau ceritakan kepada seseorang yang kamu percaya. Jika kamu merasa mungkin akan menuruti pikiran itu, telepon nomor darurat setempat atau pergi ke Instalasi Gawat Darurat (IGD) sekarang. Panduan kami tentang cara mendapatkan bantuan sekarang menjelaskan apa yang perlu dilakukan dan apa yang bisa kamu harapkan.

why-cant-i-cry-closing = Tidak bisa menangis tidak membuatmu lemah, dan tidak berarti kamu rusak. Ini adalah respons yang sangat manusiawi terhadap dunia yang penuh tekanan, dan banyak orang mendapati perasaan mereka kembali dengan dukungan yang tepat. Hari ini, pilih satu langkah kecil: menelepon, membuat janji temu, atau meluangkan lima menit bersama lagu yang kamu sukai.

### Antidepresan dan emosi yang tumpul

article-antidepressants-and-emotional-blunting-title = Antidepresan dan emosi yang tumpul
article-antidepressants-and-emotional-blunting-summary = Beberapa antidepresan bisa menumpulkan perasaanmu sebagai efek samping. Inilah seperti apa kelihatannya, dan cara membicarakannya dengan aman kepada dokter yang meresepkan obatmu.

antidepressants-and-emotional-blunting-intro = Antidepresan membantu banyak orang merasa lebih baik. Tetapi sebagian orang menyadari bahwa saat suasana hati mereka yang murung mereda, perasaan-perasaan lain juga ikut memudar. Mereka mungkin lebih jarang tertawa, kurang peduli pada hal-hal yang dulu mereka nikmati, atau mendapati bahwa mereka tidak bisa menangis. Hal ini sering disebut penumpulan emosi (emotional blunting).

antidepressants-and-emotional-blunting-warning = Saat kamu mulai minum antidepresan, mengubah dosisnya, atau berhenti meminumnya, suasana hatimu bisa memburuk untuk sementara, dan sebagian orang punya pikiran untuk bunuh diri. Hal ini lebih mungkin terjadi pada orang berusia di bawah 25 tahun. Jika ini terjadi padamu, hubungi dokter yang meresepkan obatmu atau doktermu pada hari yang sama. Jika kamu mungkin akan menuruti pikiran itu, telepon nomor darurat setempat sekarang.

antidepressants-and-emotional-blunting-common-heading = Seberapa umum hal ini?
antidepressants-and-emotional-blunting-common = Emosi yang tumpul adalah salah satu efek samping yang paling sering disebut orang. Dalam beberapa survei daring, sekitar setengah dari orang yang minum antidepresan mengatakan bahwa mereka pernah merasa emosinya tumpul atau mati rasa: sekitar 46% dalam survei yang dijalankan dari University of Oxford dan sekitar 60% dalam survei di Selandia Baru. Orang-orang memilih sendiri untuk ikut serta dalam survei ini, jadi angkanya mungkin tidak berlaku untuk semua orang. Emosi yang tumpul paling sering dikaitkan dengan golongan obat yang disebut SSRI, dan depresi itu sendiri juga bisa menumpulkan perasaan.
antidepressants-and-emotional-blunting-names = Obat-obatan yang sering disebut orang antara lain { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine }, dan { -medicine-fluoxetine }. Tidak semua orang yang meminumnya merasakan emosinya tumpul, dan bagi banyak orang obat-obatan ini adalah bagian penting dari proses pemulihan.

antidepressants-and-emotional-blunting-which-heading = Ini karena depresinya atau obatnya?
antidepressants-and-emotional-blunting-which = Hal ini bisa sulit dibedakan. Depresi sendiri bisa membuat perasaanmu datar, begitu pula obat yang dipakai untuk mengobatinya. Sebagian orang menyadari bahwa mati rasa itu mulai setelah mereka mulai minum obat. Sebagian lain sudah merasa mati rasa jauh sebelumnya. Kamu tidak harus memecahkan ini sendirian. Dokter yang meresepkan obatmu bisa membantumu memahaminya.

antidepressants-and-emotional-blunting-what-to-do-heading = Apa yang bisa kamu lakukan
antidepressants-and-emotional-blunting-step-1 = Sadari dan catat. Selama satu atau dua minggu, catat saat-saat ketika kamu mengira akan merasakan sesuatu, tetapi ternyata tidak. Ini memberimu sesuatu yang jelas untuk diceritakan.
antidepressants-and-emotional-blunting-step-2 = Minta peninjauan obat. Ceritakan kepada dokter yang meresepkan obatmu bagaimana perasaanmu belakangan ini, termasuk mati rasa itu. Kamu tidak perlu menunggu jadwal kontrol rutin untuk membicarakannya.
antidepressants-and-emotional-blunting-step-3 = Tanyakan pilihan-pilihanmu. Dokter yang meresepkan obatmu mungkin menyarankan untuk mengubah dosis, atau beralih ke obat lain. Sebagian orang menanyakan { -medicine-vortioxetine } atau { -medicine-bupropion }, yang oleh segelintir penelitian kecil dikaitkan dengan penumpulan emosi yang lebih ringan; bukti untuk hal ini terbatas, dan { -medicine-bupropion } tidak disetujui untuk depresi di semua negara. Hanya dokter yang meresepkan obatmu yang bisa memutuskan apakah perubahan itu tepat untukmu.
antidepressants-and-emotional-blunting-step-4 = Tetap minum obatmu sesuai resep sampai kamu sudah membicarakannya. Tolong jangan melewatkan dosis, menurunkan dosis, atau berhenti atas keputusanmu sendiri: berhenti secara tiba-tiba bisa menyebabkan gejala putus obat, dan jika kamu memang berhenti, dokter yang meresepkan obatmu biasanya akan menurunkan dosisnya secara bertahap.
antidepressants-and-emotional-blunting-step-5 = Tambahkan dukungan lain di sampingnya. Terapi dan perawatan diri yang lembut, seperti tidur teratur, bisa membantumu terhubung kembali dengan perasaanmu.
antidepressants-and-emotional-blunting-herbal = Jika kamu sedang memakai atau berpikir untuk memakai obat herbal, beri tahu dokter yang meresepkan obatmu atau apotekermu. St. John’s wort tidak seharusnya diminum bersama antidepresan: jika digabungkan, keduanya bisa menimbulkan reaksi yang serius.

antidepressants-and-emotional-blunting-speak-up = Tidak apa-apa untuk membicarakan hal ini. Merasa mati rasa saat minum obat adalah efek samping yang nyata. Menyebutkannya tidak membuatmu tidak tahu berterima kasih atau merepotkan, dan justru inilah hal yang perlu diketahui oleh dokter yang meresepkan obatmu.

antidepressants-and-emotional-blunting-closing = Menyadari bahwa perasaanmu telah menjadi sunyi adalah langkah pertama yang penting, dan itu menunjukkan bahwa kamu masih peduli pada hidupmu sendiri. Kamu tidak lemah dan kamu tidak rusak. Dengan dukungan yang tepat, banyak orang menemukan kembali perasaan mereka. Hari ini, satu langkah kecil bisa berupa menulis catatan singkat untuk dokter yang meresepkan obatmu atau membuat janji temu itu.

### Depresi yang resistan terhadap pengobatan

article-treatment-resistant-depression-title = Depresi yang resistan terhadap pengobatan
article-treatment-resistant-depression-summary = Saat depresi tidak membaik setelah mencoba lebih dari satu obat, masih ada pilihan. Inilah arti istilah tersebut dan apa yang mungkin dibahas dokter spesialis bersamamu.

treatment-resistant-depression-intro = Kadang depresi tidak kunjung membaik, bahkan setelah kamu mencoba lebih dari satu pengobatan. Saat itu terjadi, mati rasa bisa bertahan lama, dan mudah sekali merasa patah semangat. Tetapi masih ada pilihan, dan ada baiknya menanyakannya.

treatment-resistant-depression-meaning-heading = Arti istilah ini
treatment-resistant-depression-meaning = Dokter biasanya menyebut depresi yang resistan terhadap pengobatan ketika seseorang sudah mencoba dua antidepresan atau lebih, dengan dosis yang cukup tinggi dan dalam waktu yang cukup lama, tanpa perbaikan yang cukup. Istilah ini menggambarkan bagaimana depresimu merespons sejauh ini. Ini bukan penilaian tentang dirimu, dan tidak berarti bahwa tidak ada yang akan membantu.

treatment-resistant-depression-options-heading = Pilihan yang mungkin dibahas oleh doktermu atau dokter spesialis
treatment-resistant-depression-options-intro = Pedoman biasanya menyarankan untuk mencoba hal-hal ini lebih dulu, kurang lebih dengan urutan seperti ini, dan dengan saran dokter spesialis untuk langkah-langkah selanjutnya:
treatment-resistant-depression-option-switch = Mengubah dosis atau beralih ke antidepresan yang berbeda.
treatment-resistant-depression-option-combine = Menggabungkan obat, atau menambahkan obat lain ke antidepresan (misalnya litium atau antipsikotik). Cara ini memerlukan pemeriksaan rutin, karena obat-obatan tersebut bisa memiliki efek sampingnya sendiri.
treatment-resistant-depression-option-therapy = Terapi bicara, seperti terapi perilaku kognitif (CBT), di samping obat.
treatment-resistant-depression-option-ect = Terapi elektrokonvulsif (ECT) untuk depresi berat, yang diberikan dengan anestesi umum (bius total). Terapi ini bisa membantu ketika pengobatan lain tidak berhasil, tetapi bisa menyebabkan gangguan ingatan, dan obat biusnya memiliki risikonya sendiri.
treatment-resistant-depression-newer-intro = Pilihan yang lebih baru tersedia di beberapa tempat, biasanya oleh layanan spesialis:
treatment-resistant-depression-option-tms = Stimulasi magnetik transkranial (TMS), yang menggunakan denyut magnetik untuk merangsang bagian-bagian otak. Cara ini umumnya dianggap aman, tetapi tidak membantu semua orang.
treatment-resistant-depression-option-esketamine = Semprotan hidung { -medicine-esketamine }. Obat ini digunakan bersama antidepresan yang diminum, dan diberikan di klinik, tempat petugas mengawasimu setidaknya selama dua jam setelahnya, karena obat ini bisa membuatmu merasa mengantuk, pusing, atau terlepas dari dirimu sendiri. Obat ini tidak disetujui atau ditanggung biayanya di semua tempat.
treatment-resistant-depression-option-ketamine = Pemberian { -medicine-ketamine } lewat infus. Obat ini tidak disetujui untuk depresi, jadi ketika dokter menggunakannya, penggunaannya disebut “off-label” (di luar indikasi resmi). Obat ini bisa menimbulkan perasaan terlepas dari kenyataan dan, kadang-kadang, halusinasi.
treatment-resistant-depression-option-psilocybin = Pengobatan dengan { -medicine-psilocybin }, yang masih bersifat eksperimental: di luar uji klinis penelitian, ini bukan pengobatan yang disetujui, dan uji klinis menemukan efek samping di samping manfaatnya. Legal atau tidaknya tergantung pada negara tempat kamu tinggal.
treatment-resistant-depression-specialist-only = Pengobatan-pengobatan ini perlu diberikan di bawah perawatan medis. Tolong jangan mencoba mendapatkan atau menggunakan pengobatan mana pun di antaranya atas usahamu sendiri, dan jangan menghentikan atau mengubah obat yang sedang kamu pakai tanpa berbicara dengan dokter yang meresepkan obatmu.

treatment-resistant-depression-next-steps-heading = Mengambil langkah berikutnya
treatment-resistant-depression-next-steps = Langkah pertama yang baik adalah berbicara dengan dokter yang menangani pengobatanmu saat ini. Kamu bisa bertanya apakah rujukan ke dokter spesialis masuk akal untukmu. Akan membantu jika kamu membawa daftar singkat obat-obatan yang sudah kamu coba, kira-kira berapa lama kamu meminum masing-masing obat, dan apa yang berubah atau tidak berubah.
treatment-resistant-depression-support = Sambil kamu menjajaki pilihan-pilihan ini, terapi dan kebiasaan yang stabil seperti tidur teratur tetap bisa mendukungmu dari hari ke hari.

treatment-resistant-depression-closing = Hidup dengan depresi yang tidak kunjung hilang itu sangat melelahkan, dan butuh kekuatan untuk terus bertahan. Kamu tidak lemah, dan kamu tidak rusak. Banyak orang memang merasa lebih baik dengan pengobatan yang berbeda, bahkan setelah beberapa pengobatan sebelumnya tidak berhasil. Satu langkah kecil hari ini, seperti menelepon atau membuat janji, sudah cukup.

### Trauma dan mati rasa

article-trauma-and-numbness-title = Trauma dan mati rasa
article-trauma-and-numbness-summary = Setelah trauma atau stres jangka panjang, pikiran bisa mematikan perasaan untuk melindungimu. Pelajari mengapa hal ini terjadi dan terapi apa saja yang bisa membantu.

trauma-and-numbness-intro = Kadang mati rasa tidak terlalu berkaitan dengan depresi atau obat, tetapi lebih berkaitan dengan apa yang pernah kamu alami. Ini bisa menjadi cara pikiranmu melindungimu setelah pengalaman-pengalaman yang berat.

trauma-and-numbness-how-heading = Bagaimana trauma bisa mematikan perasaan
trauma-and-numbness-how = Setelah kekerasan, penyerangan, trauma masa kecil, atau stres yang berlangsung lama, sebagian orang mendapati perasaan mereka meredup atau padam. Dokter mengenali mati rasa emosional ini sebagai salah satu cara stres pascatrauma bisa muncul. Mati rasa ini bisa disertai disosiasi, yaitu perasaan terputus dari dirimu sendiri atau dari dunia di sekitarmu. Dulu, menutup diri mungkin membantumu bertahan. Kemudian, perasaan bisa sulit menyala kembali, bahkan ketika kamu sudah aman.
trauma-and-numbness-not-a-flaw = Jika ini terdengar seperti dirimu, mati rasamu bukanlah sebuah kekurangan. Ini adalah tanda betapa kerasnya pikiranmu bekerja untuk melindungimu.

trauma-and-numbness-therapy-heading = Terapi yang bisa membantu
trauma-and-numbness-therapy-intro = Terapis yang terlatih menangani trauma adalah tempat yang baik untuk memulai. Pedoman secara khusus merekomendasikan dua jenis terapi:
trauma-and-numbness-therapy-cbt = Terapi perilaku kognitif yang berfokus pada trauma (TF-CBT), yang membantumu mengolah kenangan dan makna kenangan itu bagimu.
trauma-and-numbness-therapy-emdr = EMDR (eye movement desensitisation and reprocessing, atau desensitisasi dan pemrosesan ulang dengan gerakan mata), yang membantumu memproses kenangan sambil mengikuti gerakan mata dari sisi ke sisi atau ketukan.
trauma-and-numbness-therapy-somatic = Kamu mungkin juga mendengar tentang pendekatan berbasis tubuh seperti somatic experiencing. Sebagian orang merasa terbantu, tetapi sejauh ini penelitian yang mendukungnya jauh lebih sedikit.
trauma-and-numbness-therapy-weekly = Terapismu bisa menjelaskan cara kerja masing-masing dan membantumu memilih yang cocok untukmu. Sesi yang teratur memberi perasaan yang terhambat tempat yang stabil dan aman untuk keluar, sesuai kecepatanmu sendiri.

trauma-and-numbness-reconnect-heading = Cara-cara lembut untuk terhubung kembali
trauma-and-numbness-reconnect = Di samping terapi, kebiasaan kecil sehari-hari bisa membantumu merasa nyaman kembali di dalam tubuhmu, seperti menulis beberapa baris di jurnal atau melakukan body scan singkat. Memperhatikan tubuh dengan saksama kadang bisa memunculkan kenangan atau perasaan yang sulit bagi orang yang pernah mengalami trauma. Pelan-pelan saja, biarkan matamu terbuka jika itu terasa lebih aman, dan tidak apa-apa untuk berhenti lalu kembali mencobanya nanti bersama terapismu.
trauma-and-numbness-reach-out = Jika kamu merasa benar-benar terlepas dari kenyataan, atau mati rasa membuatmu sulit menjalani hari, tolong beri tahu dokter dalam waktu dekat. Jika kamu sedang berpikir untuk bunuh diri, telepon saluran bantuan krisis atau nomor darurat setempat sekarang. Panduan kami tentang cara mendapatkan bantuan sekarang menjelaskan caranya.

trauma-and-numbness-closing = Apa yang terjadi padamu bukanlah salahmu, dan menutup diri adalah caramu untuk bertahan. Kamu tidak lemah dan kamu tidak rusak. Perasaan bisa kembali, dengan lembut dan sesuai kecepatanmu sendiri. Hari ini, satu langkah kecil, seperti mencari terapis yang berfokus pada trauma, sudah cukup.

### Kapan dan bagaimana mendapatkan bantuan sekarang

article-getting-help-now-title = Kapan dan bagaimana mendapatkan bantuan sekarang
article-getting-help-now-summary = Kenali tanda-tanda bahwa sudah waktunya mencari bantuan, apa yang harus dilakukan saat krisis, cara membantu orang lain, dan seperti apa biasanya telepon atau janji temu pertama.

getting-help-now-urgent = Jika kamu mungkin akan menuruti pikiran untuk bunuh diri, atau kamu sedang dalam bahaya saat ini, tolong berhenti membaca dan telepon nomor darurat setempat, atau pergi ke Instalasi Gawat Darurat (IGD) terdekat.
getting-help-now-intro = Mati rasa bisa membuatmu sulit menilai seberapa serius keadaannya. Saat perasaanmu datar, mudah untuk berpikir bahwa kamu baik-baik saja, atau bahwa kamu tidak pantas dibantu. Kamu pantas dibantu. Panduan ini menjelaskan kapan harus mencari bantuan, apa yang harus dilakukan, dan apa yang bisa kamu harapkan.

getting-help-now-crisis-heading = Jika kamu sedang dalam krisis saat ini
getting-help-now-crisis-1 = Telepon nomor darurat setempat, atau pergi ke Instalasi Gawat Darurat (IGD) terdekat.
getting-help-now-crisis-2 = Tetaplah bersama orang yang kamu percaya, atau minta seseorang datang untuk menemanimu. Usahakan untuk tidak sendirian.
getting-help-now-crisis-3 = Jauhkan dirimu dari apa pun yang bisa kamu gunakan untuk menyakiti dirimu sendiri, atau minta seseorang menyingkirkannya untuk sementara.
getting-help-now-crisis-4 = Ingatlah bahwa perasaan ini, sekuat apa pun, bisa berlalu. Banyak orang yang pernah merasakan hal ini berhasil melewatinya, dan bantuan itu ada.

getting-help-now-signs-heading = Tanda-tanda sudah waktunya mencari bantuan
getting-help-now-sign-1 = Kamu punya pikiran untuk bunuh diri.
getting-help-now-sign-2 = Kamu merasa benar-benar terlepas dari kenyataan.
getting-help-now-sign-3 = Kamu tidak sanggup berfungsi di tempat kerja atau di rumah.
getting-help-now-sign-4 = Mati rasa atau suasana hati yang murung sudah berlangsung lebih dari sekitar dua minggu.
getting-help-now-signs-note = Kamu tidak perlu mengalami semuanya. Satu saja sudah menjadi alasan yang baik untuk menemui dokter. Dan kamu selalu boleh meminta bantuan sebelum keadaan sampai sejauh ini.

getting-help-now-what-to-do-heading = Apa yang harus dilakukan
getting-help-now-step-1 = Jika kamu dalam bahaya atau mungkin akan menuruti pikiran untuk bunuh diri, telepon nomor darurat setempat sekarang.
getting-help-now-step-2 = Jika kamu perlu bicara dengan seseorang hari ini, telepon atau kirim SMS ke saluran bantuan krisis. Saluran bantuan krisis untuk negaramu ditampilkan bersama panduan ini; layanan-layanan itu gratis atau berbiaya rendah, dan banyak yang buka siang dan malam.
getting-help-now-step-3 = Jika kamu tidak sedang dalam bahaya yang mendesak, buat janji dengan doktermu atau tenaga profesional kesehatan jiwa.
getting-help-now-step-4 = Ceritakan kepada seseorang yang kamu percaya, entah teman, anggota keluarga, atau rekan kerja, bagaimana perasaanmu belakangan ini, supaya kamu tidak harus menanggungnya sendirian.

getting-help-now-someone-else-heading = Jika kamu khawatir tentang orang lain
getting-help-now-someone-else = Jika seseorang yang kamu kenal mungkin sedang berpikir untuk bunuh diri, tidak apa-apa untuk menanyakannya langsung kepadanya. Bertanya tidak akan menanamkan ide itu di kepalanya, dan bisa jadi melegakan baginya untuk bicara. Dengarkan tanpa menghakimi, dan bantu dia menghubungi saluran bantuan krisis atau dokter. Jika dia sedang dalam bahaya yang mendesak, telepon nomor darurat dan tetaplah bersamanya sampai bantuan datang. Jaga dirimu juga: kamu juga bisa menelepon saluran bantuan krisis untuk mendapatkan dukungan.

getting-help-now-young-people = Jika kamu berusia di bawah 18 tahun, tolong ceritakan perasaanmu kepada orang dewasa yang kamu percaya, seperti orang tua, guru, atau konselor sekolah. Banyak negara punya layanan bantuan gratis khusus untuk anak-anak dan anak muda; kamu bisa menemukannya di antara saluran yang ditampilkan bersama panduan ini.

getting-help-now-first-contact-heading = Seperti apa telepon atau janji temu pertama
getting-help-now-first-call = Saat kamu menelepon saluran bantuan krisis, orang yang menjawab ada di sana untuk mendengarkan. Kamu tidak perlu menemukan kata-kata yang tepat, dan kamu tidak perlu sampai menangis untuk layak mendapatkan waktu mereka. Kamu cukup bilang, “Aku merasa mati rasa, dan aku khawatir dengan diriku sendiri.”
getting-help-now-first-appointment = Janji temu pertama sebagian besar berupa percakapan. Kamu mungkin akan ditanya sudah berapa lama kamu merasa seperti ini dan bagaimana kamu menghadapinya di tempat kerja dan di rumah. Tidak apa-apa untuk bilang bahwa kamu tidak bisa menangis dan tidak tahu kenapa. Pemeriksaan bisa membantu membedakan kemungkinan penyebabnya, seperti depresi, burnout, duka, atau trauma, sehingga kamu bisa mendapatkan jenis dukungan yang tepat.
getting-help-now-notes-tip = Jika berbicara terasa sulit, tulis beberapa catatan sebelumnya dan bawalah. Kamu juga bisa meminta seseorang yang kamu percaya untuk ikut menemanimu.

getting-help-now-closing = Mencari bantuan saat kamu merasa mati rasa butuh keberanian yang nyata. Kamu tidak lemah, dan kamu tidak rusak. Ini adalah respons manusiawi terhadap dunia yang penuh tekanan, dan bantuan itu ada. Pilih satu langkah kecil untuk hari ini: menelepon, membuat janji, atau lima menit bersama lagu yang berarti bagimu.
