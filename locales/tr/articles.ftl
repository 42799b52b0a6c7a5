# Haven'ın Türkçe içeriği için makale başlıkları, özetleri ve metinleri.
# Buradaki her bilgi, makalenin `sources` alanında kaynaklandırılmıştır (data/articles/<slug>.toml,
# data/sources.toml). Güvenlik açısından kritik mesajlar data/safety.toml dosyasında listelenir.

### İntihardan, ilaçlardan ya da travmadan söz eden her makalede ortak (en üste yakın gösterilir)

help-early = Şu anda intiharı düşünüyorsan, önce okumaya devam etmek zorunda değilsin. Bulunduğun yerdeki acil durum numarasını ya da bu rehberle birlikte listelenen bir kriz hattını ara ve onlara nasıl hissettiğini anlat.

### Neden artık ağlayamıyorum? (ana rehber)

article-why-cant-i-cry-title = Neden artık ağlayamıyorum?
article-why-cant-i-cry-summary = Duyguların sanki kısılmış gibiyse ve gözyaşların gelmiyorsa, yalnız değilsin. Duygusal hissizliğin ne olduğunu, neden olabileceğini ve neyin yardımcı olabileceğini öğren.

why-cant-i-cry-intro = Belki üzücü bir şey oldu ve gözyaşlarını bekledin, ama hiç gelmediler. Belki bir yanın istese bile aylardır ağlamadın. Bu sana tanıdık geliyorsa yalnız değilsin ve bu, kim olduğun hakkında kötü hiçbir şey söylemez. Bu rehber neler oluyor olabileceğini ve neyin yardımcı olabileceğini anlatıyor.

why-cant-i-cry-names-heading = İnsanlar buna ne diyor
why-cant-i-cry-names = Bu deneyimin tek bir adı yok. İnsanlar duygusal hissizlikten, duygusal küntleşmeden, duygusal düzleşmeden ya da duygusal kapanmadan söz ediyor. Bazıları buna “ağlayamama” depresyonu diyor. Bu adların hepsi aynı şeyi anlatıyor: duyguların kısılmış gibi, sanki biri iç dünyanın sesini kısmış gibi.

why-cant-i-cry-feels-like-heading = Nasıl hissettirebilir
why-cant-i-cry-feels-like-intro = Hissizlik herkeste farklı görünür. Bunlardan bazılarını fark edebilirsin:
why-cant-i-cry-feels-like-1 = Bir zamanlar kalbini kıracak anlarda bile ağlayamıyorsun.
why-cant-i-cry-feels-like-2 = Sevdiğin insanlardan uzak hissediyorsun ya da seni açıkça önemsedikleri halde sevilmediğini hissediyorsun.
why-cant-i-cry-feels-like-3 = Neşe ve heyecan bulmak zor. Öfke bile susmuş gibi.
why-cant-i-cry-feels-like-4 = Hayat gri görünüyor, sanki onu bir camın ardından izliyormuşsun gibi.
why-cant-i-cry-feels-like-5 = Kendi kafanın içinde sıkışıp kalmış gibisin ve net bir çıkış yolu yok.
why-cant-i-cry-not-weakness = Hissizlik tembellik değildir ve soğuk ya da umursamaz biri olduğun anlamına gelmez. Zihninin ve bedeninin gerçek bir tepkisidir ve herkesin başına gelebilir.

why-cant-i-cry-common-heading = Hiç de yalnız değilsin
why-cant-i-cry-common = Duygusal hissizlik çoğu zaman depresyonla birlikte görülür. Travma sonrası stres bozukluğu (TSSB) kılavuzları da duygusal uyuşmayı bu bozukluğun belirtileri arasında sayar. Depresyonun kendisi çok yaygındır: Dünya Sağlık Örgütü, dünya genelinde yaklaşık üç yüz milyon insanın depresyonla yaşadığını tahmin etmiştir.

why-cant-i-cry-causes-heading = Nedeni ne olabilir
why-cant-i-cry-causes-intro = Çoğu zaman işin içinde birden fazla neden vardır. En yaygın olanlardan bazıları şunlar:
why-cant-i-cry-causes-depression = Depresyonun kendisi. Depresyon, bir şeyleri ne kadar güçlü hissettiğini azaltabilir. Uzun süre bu, serotonin gibi beyin kimyasallarının düşük düzeyde olmasıyla açıklandı; ama bu fikir bugün bilim insanları arasında tartışılıyor ve depresyonun nedenleri muhtemelen birçok şeyin karışımı. Bazı insanlar sürekli kaygılı hisseder ama yine de bu duyguyu gözyaşlarıyla dışarı çıkaramaz.
why-cant-i-cry-causes-medication = Antidepresanlar. Depresyon için kullanılan bazı ilaçlar, özellikle SSRI olarak bilinen grup, yan etki olarak duyguları köreltebilir. Antidepresanlar ve duygusal küntleşme rehberimiz bu konuyu daha ayrıntılı anlatıyor.
why-cant-i-cry-causes-treatment-resistant = Tedaviyle geçmeyen depresyon. Birden fazla ilaç yeterince yardımcı olmadığında hissizlik sürebilir. Tedaviye dirençli depresyon rehberimiz, bir uzmanın konuşabileceği seçenekleri ele alıyor.
why-cant-i-cry-causes-trauma = Travma. İstismar, uzun süreli stres ya da çocuklukta yaşanan acı deneyimler, zihnin başa çıkabilmek için duyguları kapatmasına yol açabilir. Travma ve hissizlik rehberimiz bu konuya daha yakından bakıyor.

why-cant-i-cry-other-causes-heading = Hissizlik var ama depresyon yok mu?
why-cant-i-cry-other-causes = Hissizlik her zaman depresyondan kaynaklanmaz. İşteki uzun süreli stresin yol açtığı tükenmişlik duygularını yıpratabilir, yas da çoğu zaman şok ve hissizlikle başlar. Bazı insanlar travmadan sonra hissizlik yaşar. Otizmli bazı kişiler duygularını tanımakta ya da onlara bir ad koymakta zorlanır ve bu, hissizlik gibi gelebilir; buna bazen aleksitimi denir. Bu nedenler birbirine benzeyebildiği için bir doktorla ya da terapistle konuşmak, kendi hissizliğinin ardında ne olduğunu anlamana yardımcı olabilir.

why-cant-i-cry-self-care-heading = İşe yarayabilecek küçük şeyler
why-cant-i-cry-self-care = Kendine bakmak tedavinin yerini tutmaz, ama duygularınla yavaş yavaş yeniden bağ kurmana yardımcı olabilir. Her gün kısa bir beden taraması yapmayı ya da cevap “hiçbir şey” olsa bile nasıl hissettiğini yazmayı deneyebilirsin. Üzücü bir film ya da bir zamanlar seni etkilemiş bir şarkı yardımcı olabilir; düzenli egzersiz de öyle: kalp rahatsızlığın varsa ya da bir süredir hareketsizsen önce bir doktora danış. Düzenli uyku da önemlidir. Seni daha da hissizleştiren şeyleri, örneğin alkolü, esrarı ya da uzun saatler boyunca oyun oynamayı veya sosyal medyada vakit geçirmeyi azaltmak da yardımcı olur. Tek bir fikirle başla ve acele etmeden ilerle. Her şeyi bir anda yapmak zorunda değilsin.

why-cant-i-cry-when-help-heading = Ne zaman doktora gitmeli
why-cant-i-cry-when-help-intro = Aşağıdakilerden herhangi biri senin için geçerliyse, lütfen bir doktorla ya da bir ruh sağlığı uzmanıyla konuş:
why-cant-i-cry-when-help-1 = İntihar düşüncelerin var.
why-cant-i-cry-when-help-2 = Gerçeklikten tamamen kopmuş hissediyorsun.
why-cant-i-cry-when-help-3 = İşte ya da evde günlük hayatı idare edemiyorsun.
why-cant-i-cry-when-help-4 = Hissizlik ya da çökkün ruh hâli yaklaşık iki haftadan uzun süredir devam ediyor.
why-cant-i-cry-when-help-now = İntihar düşüncelerin varsa lütfen bekleme: bugün bir doktora anlat, bir kriz hattını ara ya da güvendiğin birine anlat. Bu düşünceleri eyleme dökebileceğini hissediyorsan, hemen şimdi bulunduğun yerdeki acil durum numarasını ara ya da bir acil servise git. Hemen yardım alma rehberimiz ne yapman gerektiğini ve seni neyin beklediğini anlatıyor.

why-cant-i-cry-closing = Ağlayamamak seni zayıf yapmaz ve kırık biri olduğun anlamına gelmez. Bu, stresli bir dünyaya karşı çok insani bir tepkidir ve birçok insan doğru destekle duygularının geri geldiğini görür. Bugün küçük bir adım seç: bir telefon et, bir randevu al ya da sevdiğin bir şarkıyla beş dakika geçir.

### Antidepresanlar ve duygusal küntleşme

article-antidepressants-and-emotional-blunting-title = Antidepresanlar ve duygusal küntleşme
article-antidepressants-and-emotional-blunting-summary = Bazı antidepresanlar yan etki olarak duygularını köreltebilir. Bunun nasıl görünebileceğini ve ilacını yazan hekimle bunu nasıl güvenle konuşabileceğini burada bulabilirsin.

antidepressants-and-emotional-blunting-intro = Antidepresanlar birçok insanın daha iyi hissetmesine yardımcı olur. Ama bazı insanlar, çökkün ruh hâlleri hafiflerken diğer duygularının da solduğunu fark eder. Daha az gülebilir, eskiden keyif aldıkları şeyleri daha az önemseyebilir ya da ağlayamadıklarını görebilirler. Buna çoğu zaman duygusal küntleşme denir.

antidepressants-and-emotional-blunting-warning = Bir antidepresana başladığında, dozunu değiştirdiğinde ya da ilacı bıraktığında ruh hâlin bir süreliğine kötüleşebilir ve bazı insanlar intihar düşünceleri yaşar. Bu, 25 yaşından küçüklerde daha olasıdır. Bu senin başına gelirse, aynı gün ilacını yazan hekimle ya da doktorunla iletişime geç. Bu düşünceleri eyleme dökme ihtimalin varsa, hemen şimdi bulunduğun yerdeki acil durum numarasını ara.

antidepressants-and-emotional-blunting-common-heading = Ne kadar yaygın?
antidepressants-and-emotional-blunting-common = Küntleşme, insanların en sık söz ettiği yan etkilerden biridir. Bazı çevrim içi anketlerde antidepresan kullananların yaklaşık yarısı, duygusal olarak körelmiş ya da hissiz hissettiklerini söyledi: Oxford Üniversitesi'nden yürütülen bir ankette yaklaşık %46, Yeni Zelanda'daki bir ankette ise yaklaşık %60. Bu anketlere insanlar kendi seçimleriyle katıldığı için bu rakamlar herkes için geçerli olmayabilir. Küntleşme en çok SSRI adı verilen bir ilaç grubuyla ilişkilendirilir; depresyonun kendisi de duyguları köreltebilir.
antidepressants-and-emotional-blunting-names = İnsanların sık söz ettiği ilaçlar arasında { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } ve { -medicine-fluoxetine } var. Bu ilaçları kullanan herkes küntleşme yaşamaz ve birçok insan için bu ilaçlar iyileşmenin önemli bir parçasıdır.

antidepressants-and-emotional-blunting-which-heading = Depresyon mu, ilaç mı?
antidepressants-and-emotional-blunting-which = Bunu ayırt etmek zor olabilir. Depresyon tek başına duygularını düzleştirebilir; onu tedavi etmek için kullanılan ilaç da. Bazı insanlar hissizliğin bir ilaca başladıktan sonra başladığını fark eder. Bazıları ise çok daha önce de hissizdi. Bunu tek başına çözmek zorunda değilsin. İlacını yazan hekim bunu anlamlandırmana yardımcı olabilir.

antidepressants-and-emotional-blunting-what-to-do-heading = Neler yapabilirsin
antidepressants-and-emotional-blunting-step-1 = Fark et ve not al. Bir iki hafta boyunca, bir şey hissetmeyi beklediğin ama hissetmediğin anları kısaca yaz. Böylece paylaşacak net bir şeyin olur.
antidepressants-and-emotional-blunting-step-2 = İlaçlarının gözden geçirilmesini iste. Hissizlik de dahil, nasıl hissettiğini ilacını yazan hekime anlat. Bunu konuşmak için olağan kontrolünü beklemek zorunda değilsin.
antidepressants-and-emotional-blunting-step-3 = Seçeneklerini sor. İlacını yazan hekim dozu değiştirmeyi ya da başka bir ilaca geçmeyi önerebilir. Bazı insanlar { -medicine-vortioxetine } ya da { -medicine-bupropion } hakkında soru sorar; birkaç küçük çalışma bu ilaçları daha az küntleşmeyle ilişkilendiriyor. Bunun kanıtları sınırlıdır ve { -medicine-bupropion } her ülkede depresyon için onaylı değildir. Bir değişikliğin senin için doğru olup olmadığına yalnızca ilacını yazan hekim karar verebilir.
antidepressants-and-emotional-blunting-step-4 = Bunu etraflıca konuşana kadar ilacını reçete edildiği gibi kullanmaya devam et. Lütfen kendi başına doz atlama, dozu düşürme ya da ilacı bırakma: ilacı aniden bırakmak kesilme belirtilerine yol açabilir ve ilacı bırakırsan, ilacını yazan hekim dozu genellikle adım adım azaltır.
antidepressants-and-emotional-blunting-step-5 = Yanında destek de ekle. Terapi ve düzenli uyku gibi nazik öz bakım adımları, duygularınla yeniden bağ kurmana yardımcı olabilir.
antidepressants-and-emotional-blunting-herbal = Bitkisel ürünler kullanıyorsan ya da kullanmayı düşünüyorsan, bunu ilacını yazan hekime ya da eczacına söyle. Sarı kantaron antidepresanlarla birlikte kullanılmamalıdır: birlikte ciddi bir reaksiyona yol açabilirler.

antidepressants-and-emotional-blunting-speak-up = Bunu konuşmak sorun değil. Bir ilacı kullanırken hissizleşmek gerçek bir yan etkidir. Bundan söz etmek seni nankör ya da zor biri yapmaz; bu tam da ilacını yazan hekimin bilmesi gereken türden bir şeydir.

antidepressants-and-emotional-blunting-closing = Duygularının sessizleştiğini fark etmek önemli bir ilk adımdır ve kendi hayatını hâlâ önemsediğini gösterir. Zayıf değilsin ve kırık biri değilsin. Doğru destekle birçok insan duygularını yeniden bulur. Bugün küçük bir adım, ilacını yazan hekim için bir not almak ya da o randevuyu ayarlamak olabilir.

### Tedaviye dirençli depresyon

article-treatment-resistant-depression-title = Tedaviye dirençli depresyon
article-treatment-resistant-depression-summary = Birden fazla ilaç denendikten sonra depresyon geçmediyse, hâlâ seçenekler var. Bu terimin ne anlama geldiğini ve bir uzmanın seninle neleri konuşabileceğini burada bulabilirsin.

treatment-resistant-depression-intro = Bazen depresyon, birden fazla tedavi denemiş olsan bile geçmez. Böyle olduğunda hissizlik uzun süre devam edebilir ve cesaretinin kırılması çok kolaydır. Ama hâlâ seçenekler var ve onları sormaya değer.

treatment-resistant-depression-meaning-heading = Bu terim ne anlama geliyor
treatment-resistant-depression-meaning = Doktorlar genellikle, bir kişi yeterince yüksek dozda ve yeterince uzun süre iki ya da daha fazla antidepresan denediği halde yeterli düzelme olmadığında tedaviye dirençli depresyondan söz eder. Bu terim, depresyonunun şimdiye kadar tedaviye nasıl yanıt verdiğini anlatır. Senin hakkında bir yargı değildir ve hiçbir şeyin işe yaramayacağı anlamına gelmez.

treatment-resistant-depression-options-heading = Doktorunun ya da bir uzmanın konuşabileceği seçenekler
treatment-resistant-depression-options-intro = Kılavuzlar genellikle önce bunların denenmesini önerir; kabaca bu sırayla ve sonraki adımlar için bir uzmanın önerisiyle:
treatment-resistant-depression-option-switch = Dozu değiştirmek ya da farklı bir antidepresana geçmek.
treatment-resistant-depression-option-combine = İlaçları birleştirmek ya da antidepresana başka bir ilaç eklemek (örneğin lityum ya da bir antipsikotik). Bunların kendi yan etkileri olabileceği için düzenli kontrol gerekir.
treatment-resistant-depression-option-therapy = İlacın yanında bilişsel davranışçı terapi gibi bir konuşma terapisi.
treatment-resistant-depression-option-ect = Ağır depresyon için, genel anestezi altında uygulanan elektrokonvülsif terapi (EKT). Diğer tedaviler işe yaramadığında yardımcı olabilir, ama bellek sorunlarına yol açabilir ve anestezinin de kendi riskleri vardır.
treatment-resistant-depression-newer-intro = Bazı yerlerde, genellikle uzman merkezlerde, daha yeni seçenekler sunulur:
treatment-resistant-depression-option-tms = Transkraniyal manyetik stimülasyon (TMS): beynin bazı bölgelerini uyarmak için manyetik atımlar kullanır. Genel olarak güvenli kabul edilir, ama herkese yardımcı olmaz.
treatment-resistant-depression-option-esketamine = Burun spreyi olarak { -medicine-esketamine }. Ağızdan alınan bir antidepresanla birlikte kullanılır ve bir klinikte verilir; personel sonrasında en az iki saat boyunca seni gözetim altında tutar, çünkü uyku hâli, baş dönmesi ya da kendinden kopmuşluk hissi yapabilir. Her yerde onaylı ya da geri ödeme kapsamında değildir.
treatment-resistant-depression-option-ketamine = Serumla damar yoluyla verilen { -medicine-ketamine } infüzyonları. Depresyon için onaylı değildir; bu yüzden doktorlar kullandığında bu, “endikasyon dışı” bir kullanımdır. Gerçeklikten kopmuşluk hissine ve bazen halüsinasyonlara yol açabilir.
treatment-resistant-depression-option-psilocybin = Hâlâ deneysel olan { -medicine-psilocybin } ile tedavi: araştırma çalışmaları dışında onaylı bir tedavi değildir ve çalışmalar yararlarının yanı sıra yan etkiler de bulmuştur. Yasal olup olmadığı yaşadığın ülkeye bağlıdır.
treatment-resistant-depression-specialist-only = Bu tedavilerin tıbbi bakım eşliğinde verilmesi gerekir. Lütfen bunlardan herhangi birini kendi başına edinmeye ya da kullanmaya çalışma ve ilacını yazan hekimle konuşmadan şu anki ilacını bırakma ya da değiştirme.

treatment-resistant-depression-next-steps-heading = Bir sonraki adımı atmak
treatment-resistant-depression-next-steps = İyi bir ilk adım, şu anda tedavini takip eden doktorla konuşmaktır. Bir uzmana yönlendirilmenin senin için mantıklı olup olmadığını sorabilirsin. Denediğin ilaçların, her birini kabaca ne kadar süre kullandığının ve neyin değişip neyin değişmediğinin kısa bir listesini götürmek işe yarayabilir.
treatment-resistant-depression-support = Bu seçenekleri araştırırken terapi ve düzenli uyku gibi istikrarlı alışkanlıklar seni günden güne desteklemeye devam edebilir.

treatment-resistant-depression-closing = Geçmek bilmeyen bir depresyonla yaşamak insanı tüketir ve devam etmek güç ister. Zayıf değilsin ve kırık biri değilsin. Birkaç tedavi işe yaramamış olsa bile, birçok insan farklı bir tedaviyle gerçekten daha iyi hisseder. Bugün bir telefon ya da bir randevu gibi küçük bir adım yeterli.

### Travma ve hissizlik

article-trauma-and-numbness-title = Travma ve hissizlik
article-trauma-and-numbness-summary = Travmadan ya da uzun süreli stresten sonra zihin seni korumak için duyguları kapatabilir. Bunun neden olduğunu ve hangi terapilerin yardımcı olabileceğini öğren.

trauma-and-numbness-intro = Bazen hissizliğin depresyonla ya da ilaçla daha az, yaşadıklarınla daha çok ilgisi vardır. Zor deneyimlerden sonra zihninin seni koruma yolu olabilir.

trauma-and-numbness-how-heading = Travma duyguları nasıl kapatabilir
trauma-and-numbness-how = İstismar, saldırı, çocukluk travması ya da uzun süre devam eden stresten sonra bazı insanlar duygularının kısıldığını ya da kapandığını fark eder. Doktorlar bu duygusal uyuşmayı, travma sonrası stresin kendini gösterebildiği yollardan biri olarak kabul eder. Buna dissosiyasyon, yani kendinden ya da çevrendeki dünyadan kopmuşluk hissi eşlik edebilir. O zamanlar duyguları kapatmak, o dönemi atlatmana yardımcı olmuş olabilir. Sonradan, güvende olsan bile, duyguların yeniden açılması zor olabilir.
trauma-and-numbness-not-a-flaw = Bu sana tanıdık geliyorsa, hissizliğin bir kusur değil. Zihninin seni korumak için ne kadar çok çalıştığının bir işareti.

trauma-and-numbness-therapy-heading = Yardımcı olabilecek terapiler
trauma-and-numbness-therapy-intro = Travma konusunda eğitim almış bir terapist, başlamak için iyi bir yerdir. Kılavuzlar özellikle iki tür terapiyi önerir:
trauma-and-numbness-therapy-cbt = Travma odaklı bilişsel davranışçı terapi (travma odaklı BDT): anıları ve onların senin için taşıdığı anlamı işlemene yardımcı olur.
trauma-and-numbness-therapy-emdr = EMDR (Göz Hareketleriyle Duyarsızlaştırma ve Yeniden İşleme): iki yana giden göz hareketlerini ya da dokunuşları takip ederken anıları işlemene yardımcı olur.
trauma-and-numbness-therapy-somatic = Somatik deneyimleme gibi bedene dayalı yaklaşımları da duyabilirsin. Bazı insanlar bunları yararlı bulur, ama şimdiye kadar bunların arkasında çok daha az araştırma var.
trauma-and-numbness-therapy-weekly = Terapistin her birinin nasıl işlediğini açıklayabilir ve sana uyanı seçmene yardımcı olabilir. Düzenli seanslar, tıkanmış duyguların kendi hızında ortaya çıkabileceği istikrarlı ve güvenli bir yer sunar.

trauma-and-numbness-reconnect-heading = Yeniden bağ kurmanın nazik yolları
trauma-and-numbness-reconnect = Terapinin yanında, birkaç satır günlük yazmak ya da kısa bir beden taraması gibi küçük günlük alışkanlıklar, bedeninde yeniden evindeymiş gibi hissetmene yardımcı olabilir. Bedene yakından dikkat vermek, travma yaşamış kişilerde bazen zor anıları ya da duyguları yüzeye çıkarabilir. Yavaş ilerle, daha güvenli geliyorsa gözlerini açık tut; durup buna daha sonra terapistinle geri dönmek de gayet normal.
trauma-and-numbness-reach-out = Gerçeklikten tamamen kopmuş hissediyorsan ya da hissizlik günü atlatmanı zorlaştırıyorsa, lütfen kısa süre içinde bir doktora anlat. İntiharı düşünüyorsan, hemen şimdi bir kriz hattını ya da bulunduğun yerdeki acil durum numarasını ara. Hemen yardım alma rehberimiz bunu nasıl yapacağını anlatıyor.

trauma-and-numbness-closing = Başına gelenler senin suçun değildi ve duyguları kapatmak, bunu atlatıp hayatta kalmanın bir yoluydu. Zayıf değilsin ve kırık biri değilsin. Duygular, nazikçe ve kendi hızında, geri gelebilir. Bugün travma odaklı bir terapist aramak gibi küçük bir adım yeterli.

### Ne zaman ve nasıl hemen yardım alınır

article-getting-help-now-title = Ne zaman ve nasıl hemen yardım alınır
article-getting-help-now-summary = Yardım isteme zamanının geldiğini gösteren işaretleri, kriz anında ne yapacağını, başka birine nasıl yardım edeceğini ve ilk aramanın ya da ilk randevunun genellikle nasıl geçtiğini öğren.

getting-help-now-urgent = İntihar düşüncelerini eyleme dökme ihtimalin varsa ya da şu anda tehlikedeysen, lütfen okumayı bırak ve bulunduğun yerdeki acil durum numarasını ara ya da en yakın acil servise git.
getting-help-now-intro = Hissizlik, işlerin ne kadar ciddileştiğini anlamayı zorlaştırabilir. Kendini duygusuz, düz hissettiğinde iyi olduğunu ya da yardımı hak etmediğini düşünmek kolaydır. Ama yardımı hak ediyorsun. Bu rehber ne zaman yardım isteyeceğini, ne yapacağını ve seni neyin beklediğini anlatıyor.

getting-help-now-crisis-heading = Şu anda kriz içindeysen
getting-help-now-crisis-1 = Bulunduğun yerdeki acil durum numarasını ara ya da en yakın acil servise git.
getting-help-now-crisis-2 = Güvendiğin biriyle kal ya da birinden gelip yanında olmasını iste. Yalnız kalmamaya çalış.
getting-help-now-crisis-3 = Kendine zarar vermek için kullanabileceğin her şeyle arana mesafe koy ya da birinden bunları şimdilik alıp götürmesini iste.
getting-help-now-crisis-4 = Bu duyguların, ne kadar güçlü olursa olsun, geçebileceğini unutma. Böyle hissetmiş birçok insan bunu atlattı ve yardım var.

getting-help-now-signs-heading = Yardım alma zamanının geldiğini gösteren işaretler
getting-help-now-sign-1 = İntihar düşüncelerin var.
getting-help-now-sign-2 = Gerçeklikten tamamen kopmuş hissediyorsun.
getting-help-now-sign-3 = İşte ya da evde işlerini yürütemiyorsun.
getting-help-now-sign-4 = Hissizlik ya da çökkün ruh hâli yaklaşık iki haftadan uzun süredir devam ediyor.
getting-help-now-signs-note = Bunların hepsinin sende olması gerekmez. Bir tanesi bile doktora gitmek için iyi bir nedendir. Ve işler bu noktaya gelmeden önce de her zaman yardım isteyebilirsin.

getting-help-now-what-to-do-heading = Ne yapmalı
getting-help-now-step-1 = Tehlikedeysen ya da intihar düşüncelerini eyleme dökme ihtimalin varsa, hemen şimdi bulunduğun yerdeki acil durum numarasını ara.
getting-help-now-step-2 = Bugün biriyle konuşman gerekiyorsa, bir kriz hattını ara ya da ona mesaj gönder. Ülkendeki kriz hatları bu rehberle birlikte gösteriliyor; bunlar ücretsiz ya da düşük ücretlidir ve birçoğu gece gündüz açıktır.
getting-help-now-step-3 = Hemen bir tehlike içinde değilsen, doktorundan ya da bir ruh sağlığı uzmanından randevu al.
getting-help-now-step-4 = Yükü tek başına taşımak zorunda kalmaman için güvendiğin birine, bir arkadaşına, bir aile üyene ya da bir iş arkadaşına, nasıl hissettiğini anlat.

getting-help-now-someone-else-heading = Başka biri için endişeleniyorsan
getting-help-now-someone-else = Tanıdığın birinin intiharı düşünüyor olma ihtimali varsa, bunu ona doğrudan sormakta sakınca yok. Sormak bu fikri onun aklına sokmaz ve konuşmak onu rahatlatabilir. Yargılamadan dinle ve bir kriz hattına ya da bir doktora ulaşmasına yardım et. Hemen bir tehlike içindeyse, acil durum numarasını ara ve yardım gelene kadar yanında kal. Kendine de iyi bak: destek için sen de bir kriz hattını arayabilirsin.

getting-help-now-young-people = 18 yaşından küçüksen, lütfen güvendiğin bir yetişkine, örneğin annene ya da babana, bir öğretmenine veya okuldaki rehber öğretmene, nasıl hissettiğini anlat. Birçok ülkede yalnızca çocuklar ve gençler için ücretsiz bir yardım hattı vardır; bu hattı, bu rehberle birlikte gösterilen hatlar arasında bulabilirsin.

getting-help-now-first-contact-heading = İlk arama ya da ilk randevu nasıl geçer
getting-help-now-first-call = Bir kriz hattını aradığında, telefonu açan kişi seni dinlemek için oradadır. Doğru kelimeleri bulman gerekmez; onların zamanını hak etmek için ağlıyor olman da gerekmez. Sadece şunu söyleyebilirsin: “Kendimi hissiz hissediyorum ve kendim için endişeleniyorum.”
getting-help-now-first-appointment = İlk randevu çoğunlukla bir sohbettir. Sana ne zamandır böyle hissettiğin, işte ve evde nasıl başa çıktığın sorulabilir. Ağlayamadığını ve nedenini bilmediğini söylemen gayet normal. Bir değerlendirme, depresyon, tükenmişlik, yas ya da travma gibi olası nedenleri birbirinden ayırmaya yardımcı olabilir; böylece doğru türde destek alabilirsin.
getting-help-now-notes-tip = Konuşmak zor geliyorsa, önceden birkaç not yaz ve yanında götür. Güvendiğin birinden seninle gelmesini de isteyebilirsin.

getting-help-now-closing = Hissiz hissederken yardım istemek gerçek bir cesaret ister. Zayıf değilsin ve kırık biri değilsin. Bu, stresli bir dünyaya karşı insani bir tepkidir ve yardım var. Bugün için küçük bir adım seç: bir telefon, bir randevu ya da senin için anlamı olan bir şarkıyla beş dakika.
