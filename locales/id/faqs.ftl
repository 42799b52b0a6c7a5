# Pertanyaan yang sering diajukan tentang mati rasa emosional, dengan jawaban singkat.
# Sumber yang mendasari setiap jawaban ada di data/faqs.toml.

## Apakah tidak bisa menangis adalah tanda depresi berat?

faq-is-not-crying-a-sign-of-severe-depression-question = Apakah tidak bisa menangis adalah tanda depresi berat?
faq-is-not-crying-a-sign-of-severe-depression-answer = Belum tentu. Tidak bisa menangis sering dikaitkan dengan depresi, tetapi hal itu saja tidak menunjukkan seberapa serius keadaannya. Jika suasana hatimu sudah murung atau datar selama lebih dari sekitar dua minggu, itu alasan yang baik untuk menemui dokter, yang bisa melihat gambaran utuhnya bersamamu.

## Bisakah mati rasa emosional menjadi permanen?

faq-can-numbness-be-permanent-question = Bisakah mati rasa emosional menjadi permanen?
faq-can-numbness-be-permanent-answer = Mati rasa sering berkaitan dengan hal-hal yang bisa berubah, seperti depresi, obat, stres, duka, atau trauma. Dengan pengobatan untuk depresi, banyak orang pulih, dan jika penyebabnya adalah obat, dokter yang meresepkan obat bisa meninjau dosis atau obatnya bersamamu. Prosesnya bisa memakan waktu, jadi cobalah bersabar dan bersikap baik pada dirimu sendiri selama menjalaninya.

## Bisakah pekerjaanku menyebabkan ini?

faq-can-my-job-cause-this-question = Bisakah pekerjaanku menyebabkan ini?
faq-can-my-job-cause-this-answer = Pekerjaan bisa ikut berperan. Organisasi Kesehatan Dunia (WHO) menggambarkan burnout sebagai akibat dari stres kerja jangka panjang yang belum berhasil dikelola dengan baik: orang merasa kelelahan, merasa berjarak dari pekerjaannya, dan kurang efektif. Jika pekerjaan sudah menguras dirimu, ada baiknya membicarakan perasaanmu dengan dokter.

## Aku merasa mati rasa, tapi tidak depresi

faq-numb-but-not-depressed-question = Aku merasa mati rasa, tapi aku tidak depresi. Apa yang sedang terjadi?
faq-numb-but-not-depressed-answer = Mati rasa bisa terjadi tanpa depresi. Mati rasa bisa muncul bersama burnout, bersama duka, setelah trauma, atau, pada sebagian orang autistik, bersama kesulitan mengenali atau menamai perasaan. Karena hal-hal ini bisa tampak mirip, pemeriksaan oleh dokter atau terapis adalah cara terbaik untuk membedakannya.
