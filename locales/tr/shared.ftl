# Haven hizmetinin her bölümünde kullanılan ortak mesajlar.

## Her makalenin sonunda gösterilir

disclaimer = Bu içerik yalnızca eğitim amaçlıdır. Bir tanı değildir ve bir tedavi değildir. Kendi durumun hakkında lütfen lisanslı bir sağlık uzmanıyla konuş.
get-help-now-title = Hemen yardım al
get-help-now-body = İntihar düşüncelerini eyleme dökme ihtimalin varsa ya da tehlikedeysen, hemen şimdi bulunduğun yerdeki acil durum numarasını ara ya da en yakın acil servise git. Güvendiğin biriyle kal ve kendine zarar vermek için kullanabileceğin her şeyle arana mesafe koy. Bu duygular geçebilir ve yardım var.
# Ülkeli yardım bloğu (?country=): $country ülkenin adı, $number ülkenin acil durum numarası.
# Ülke adı parantez içinde durur; böylece ülke adına ek (ör. -de, -da) getirmek gerekmez.
help-now-emergency = Acil durum numarası ({ $country }): { $number }
help-now-lines = Kriz hatları ({ $country }):
# Ülkesiz yardım bloğu: arkasında duramayacağı hiçbir numarayı vermez.
help-now-no-country = Bulunduğun yerdeki acil durum numarasını ve kriz hatlarını görmek için ülkeni seç. Nerede olursan ol, bulunduğun yerdeki acil durum numarası şu anda sana yardım edebilir.

## İlaçlardan söz eden her içerikte kullanılır

medication-safety = Bir ilacı, önce ilacını yazan hekimle konuşmadan asla bırakma ya da değiştirme. İlacı aniden bırakmak kesilme belirtilerine yol açabilir. Bir antidepresana başladıktan, onu değiştirdikten ya da bıraktıktan sonra ruh hâlin kötüleşirse ya da intihar düşüncelerin olursa, hemen ilacını yazan hekimle ya da doktorunla iletişime geç; bu düşünceleri eyleme dökme ihtimalin varsa bulunduğun yerdeki acil durum numarasını ara. Bu ilaçlar birçok insana yardımcı olur.

## Makale listelerinde gösterilen okuma süresi

reading-time =
    { $minutes ->
        [one] { $minutes } dakikalık okuma
       *[other] { $minutes } dakikalık okuma
    }

## Stratejiler ve inceleme durumu

evidence-none = Henüz iyi bir kanıt yok
review-editorial = Editoryal inceleme; henüz bir klinisyen tarafından incelenmedi
review-clinical = Bir klinisyen tarafından incelendi
