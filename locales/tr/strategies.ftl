# Öz bakım stratejileri: ne yapılacağı, neden yardımcı olabileceği ve varsa dikkat edilecekler.
# Her stratejinin kanıt derecesi ve dayandığı kaynaklar data/strategies.toml dosyasındadır.

## Farkındalık ve beden taraması

strategy-mindfulness-body-scan-title = Farkındalık ve beden taraması
strategy-mindfulness-body-scan-how = Sessiz bir yer bul ve her gün beş ila on dakika ayır. İçin rahatsa gözlerini kapat. Dikkatini yavaşça ayak parmaklarından başının tepesine doğru taşı ve yol boyunca ne hissediyorsan fark et; örneğin sıcaklık, gerginlik ya da karıncalanma. Hiçbir şey fark etmezsen de sorun değil. Sadece nazikçe dikkatini vermeye devam et.
strategy-mindfulness-body-scan-why = Bedenine gün be gün sakin bir dikkat vermek, onunla yeniden bağ kurmana yardımcı olabilir. Farkındalık temelli terapi, kılavuzların depresyon geçirmiş kişiler için önerdiği yaklaşımlardan biridir.
strategy-mindfulness-body-scan-caution = Bazı insanlar için, özellikle travma yaşamış olanlar için, bedene yakından dikkat vermek rahatsız edici anıları ya da duyguları yüzeye çıkarabilir. Daha güvenli geliyorsa gözlerini açık tut, ne zaman gerekirse dur ve bunu bir terapistle denemeyi düşün.

## Günlük yazma önerileri

strategy-journaling-prompts-title = Günlük yazma önerileri
strategy-journaling-prompts-how = Günde bir kez “Bugün hissettiğim şey…” diye başlayan bir cümle yaz ve onu dürüstçe tamamla. Cevap “hiçbir şey” ise bunu yaz. O sırada nerede olduğunu ve neler olduğunu da ekleyebilirsin.
strategy-journaling-prompts-why = Duyguları kelimelere dökmek, cevap boş olsa bile, onları fark etmene yardımcı olabilir; notlarına geri dönüp bakmak da başka türlü gözden kaçırabileceğin küçük değişiklikleri görmene yardımcı olabilir. Duygular hakkında yazmayla ilgili çalışmaların sonuçları karışık; bu yüzden bunu denenecek bir şey olarak gör.

## Bilerek ağlamak

strategy-cry-on-purpose-title = Bilerek ağlamak
strategy-cry-on-purpose-how = Üzücü bir film seç ya da geçmişte seni etkilemiş şarkıları aç. Kendini bırakmakta güvende hissettiğin bir yerde kendine biraz baş başa kalma zamanı tanı. Gözyaşları gelmezse sorun değil. Başka bir gün yeniden deneyebilirsin.
strategy-cry-on-purpose-why = Bazı insanlar dokunaklı bir hikâyenin ya da şarkının duygularını dışarı vermelerine yardımcı olduğunu görür. Ağlamanın ruh hâlini iyileştirip iyileştirmediğine dair araştırmaların sonuçları karışık; bazı insanlar için yatıştırıcı bir etkisi olabilir. Bir tedavi değildir, ama denemek için nazik bir şeydir.

## Egzersiz

strategy-intense-exercise-title = Kalp atışını hızlandır
strategy-intense-exercise-how = Kalp atışını hızlandıran herhangi bir hareket seç: hızlı yürümek, koşmak, odanda dans etmek ya da bir egzersiz dersi. Sana yapılabilir gelen bir seviyeden başla ve yavaş yavaş artır.
strategy-intense-exercise-why = Birçok çalışma düzenli egzersizin depresyonu hafiflettiğini bulmuştur ve daha yoğun egzersiz daha çok yardımcı olmuş gibi görünüyor. Özellikle hissizliğe yardımcı olup olmadığı bilinmiyor, ama ruh hâlin için yapabileceğin ve daha iyi desteklenen şeylerden biridir.
strategy-intense-exercise-caution = Kalp rahatsızlığın ya da başka bir sağlık sorunun varsa veya uzun süredir hareketsizsen, zorlu egzersize başlamadan önce bir doktora danış ve yavaş yavaş artır.

## Soğuk su

strategy-cold-exposure-title = Soğuk su
strategy-cold-exposure-how = Duşunu kısa bir süre serin suyla bitirmeyi dene ya da bir anlığına yüzüne soğuk su çarp.
strategy-cold-exposure-why = Bazı insanlar yüze hızlıca çarpılan soğuk suyun kendilerini daha çok anda hissettirdiğini söylüyor. Soğuk suyun hissizliğe ya da depresyona yardımcı olduğuna dair henüz iyi bir kanıt yok; bu yüzden bunu bir tedavi olarak değil, küçük bir deneme olarak gör.
strategy-cold-exposure-caution = Soğuk su beden için bir şok olabilir. Ani soğuk kalbini ve nefesini etkileyebilir; bu yüzden kalp rahatsızlığın varsa bunu atla ya da önce doktoruna danış. Soğuk açık sulara asla tek başına atlama ya da yüzmeye girme. Kısa tut ve başın döner ya da kendini kötü hissedersen dur.

## Haftalık konuşma terapisi

strategy-weekly-talk-therapy-title = Haftalık konuşma terapisi
strategy-weekly-talk-therapy-how = Doktoruna konuşma terapisini sor ya da yetkin bir terapist ara ve düzenli görüşmeyi hedefle, örneğin haftada bir. Hissizliğinde travmanın da payı olabilirse, travma odaklı terapi konusunda eğitim almış birini ara. Başlamadan önce yaklaşımını sormak ve sana uygun gelmezse başka birini aramak gayet normal.
strategy-weekly-talk-therapy-why = Depresyon için bilişsel davranışçı terapi gibi konuşma terapileri, travma sonrası stres için de travma odaklı terapiler önerilir. Düzenli seanslar, tıkanmış duyguların üzerinde çalışabileceğin güvenli ve istikrarlı bir yer sunar.

## Duyguları bastıran şeyleri azaltmak

strategy-reduce-emotional-suppressants-title = Seni hissizleştiren şeyleri azalt
strategy-reduce-emotional-suppressants-how = Günü atlatmak için alkole, esrara, oyunlara ya da sosyal medyaya ne kadar yaslandığını fark et. Önce azaltmak için bunlardan birini seç; örneğin bir süre sınırı koyarak ya da bazı günleri alkolsüz geçirerek.
strategy-reduce-emotional-suppressants-why = Bunlar zor duyguların acısını bir süreliğine hafifletebilir ve birçok insan, bunları daha az kullanmanın kendi duygularının geri gelmesine daha fazla alan açtığını görür. Özellikle hissizlik konusunda bununla ilgili henüz iyi bir araştırma yok.
strategy-reduce-emotional-suppressants-caution = Her gün çok alkol içiyorsan, kendi başına aniden bırakma: bir anda bırakmak tehlikeli bir yoksunluğa yol açabilir; örneğin titreme, nöbet ya da halüsinasyon. Önce bir doktorla konuş; doktor güvenli bir şekilde azaltmana yardımcı olabilir. Şiddetli titreme, tekrarlayan kusma ya da halüsinasyonların olursa acil tıbbi yardım al.

## Düzenli uyku

strategy-regular-sleep-title = Düzenli uyku
strategy-regular-sleep-how = Hafta sonları da dahil her gün aşağı yukarı aynı saatte yatmaya ve kalkmaya çalış. Yatmadan önce kendine sakinleşip gevşeyeceğin bir zaman tanı.
strategy-regular-sleep-why = Uyku, duygularınla nasıl başa çıktığında büyük bir rol oynar. Birçok çalışmada uykuyu iyileştirmek depresyonu ve kaygıyı da iyileştirdi ve bunun, diğer birçok öz bakım önerisinden daha iyi bir dayanağı var.

## Takviyeler ve beslenme

strategy-supplements-and-nutrition-title = Takviyeler ve beslenme
strategy-supplements-and-nutrition-how = Bazı insanlar beslenmelerine ve omega-3 (balık yağı) ya da D vitamini gibi takviyelere bakar. Bunlardan herhangi birini merak ediyorsan, başlamadan önce bir doktorla ya da eczacıyla konuş.
strategy-supplements-and-nutrition-why = Bunlar bazen ruh hâli için doğal destekler olarak anlatılır, ama hissizliğe ya da depresyona yardımcı olduklarına dair iyi bir kanıt yok: büyük bir klinik çalışmada ne D vitamini ne de omega-3, etkisiz bir hapla (plasebo) karşılaştırıldığında ruh hâlini iyileştirdi. Lütfen bunları tedavinin yerine kullanma.
strategy-supplements-and-nutrition-caution = Takviyeler ve bitkisel ürünler herkese uygun değildir ve bazıları ilaçların nasıl etki ettiğini değiştirir. Sarı kantaron antidepresanlarla birlikte kesinlikle kullanılmamalıdır: birlikte ciddi bir reaksiyona yol açabilirler. Ne kullandığını her zaman doktoruna ya da eczacına söyle.
