# Duygusal hissizlik hakkında insanların sık sorduğu sorular ve kısa yanıtları.
# Her yanıtın dayandığı kaynaklar data/faqs.toml dosyasındadır.

## Ağlayamamak ağır depresyonun bir işareti mi?

faq-is-not-crying-a-sign-of-severe-depression-question = Ağlayamamak ağır depresyonun bir işareti mi?
faq-is-not-crying-a-sign-of-severe-depression-answer = Mutlaka değil. Ağlayamamak çoğu zaman depresyonla ilişkilidir, ama tek başına durumun ne kadar ciddi olduğunu göstermez. Ruh hâlin yaklaşık iki haftadan uzun süredir çökkün ya da duygusuz ise, bu bir doktora gitmek için iyi bir nedendir; doktor tüm tabloya seninle birlikte bakabilir.

## Duygusal hissizlik kalıcı olabilir mi?

faq-can-numbness-be-permanent-question = Duygusal hissizlik kalıcı olabilir mi?
faq-can-numbness-be-permanent-answer = Hissizlik çoğu zaman değişebilen şeylerle bağlantılıdır: örneğin depresyon, bir ilaç, stres, yas ya da travma. Depresyon tedavisiyle birçok insan iyileşir; neden bir ilaçsa, ilacı yazan hekim dozu ya da ilacı seninle birlikte gözden geçirebilir. Bu zaman alabilir; bu yüzden bu süreçte kendine karşı sabırlı ve nazik olmaya çalış.

## Buna işim neden olabilir mi?

faq-can-my-job-cause-this-question = Buna işim neden olabilir mi?
faq-can-my-job-cause-this-answer = Bunda payı olabilir. Dünya Sağlık Örgütü tükenmişliği, iyi yönetilememiş uzun süreli iş stresinin sonucu olarak tanımlar: insanlar kendini bitkin, işine uzak ve daha az verimli hisseder. İş seni yıprattıysa, nasıl hissettiğini bir doktorla konuşmaya değer.

## Hissizim ama depresyonda değilim

faq-numb-but-not-depressed-question = Kendimi hissiz hissediyorum ama depresyonda değilim. Neler oluyor?
faq-numb-but-not-depressed-answer = Hissizlik depresyon olmadan da görülebilir. Tükenmişlikle, yasla, travmadan sonra ya da otizmli bazı kişilerde duyguları tanımakta veya adlandırmakta zorlanmayla birlikte ortaya çıkabilir. Bunlar birbirine benzeyebildiği için, onları birbirinden ayırmanın en iyi yolu bir doktorun ya da terapistin yapacağı bir değerlendirmedir.
