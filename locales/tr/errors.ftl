# Hata mesajları. Her kodun bir başlığı (kısa, her seferinde aynı) ve bir ayrıntısı (bu
# seferki duruma özgü) vardır. "problem-" sonrasındaki kısım, istemcilerin gördüğü sabit `code` değeridir.

problem-article-not-found = Makale bulunamadı
problem-article-not-found-detail = “{ $value }” adında bir makale yok. Makale listesi /v1/articles adresinde.
problem-strategy-not-found = Strateji bulunamadı
problem-strategy-not-found-detail = “{ $value }” adında bir öz bakım stratejisi yok. Liste /v1/strategies adresinde.
problem-faq-not-found = Soru bulunamadı
problem-faq-not-found-detail = “{ $value }” adında bir soru yok. Liste /v1/faqs adresinde.
problem-country-not-found = Ülke bulunamadı
problem-country-not-found-detail = “{ $value }” ülke kodu için bilgimiz yok. Ülke listesi /v1/countries adresinde.
problem-route-not-found = Bulunamadı
problem-route-not-found-detail = Bu adreste hiçbir şey yok. API, /openapi.json adresinde açıklanıyor.
problem-method-not-allowed = Yönteme izin verilmiyor
problem-method-not-allowed-detail = Bu adres yalnızca GET ya da HEAD ile okunabilir.
problem-invalid-parameter = Geçersiz parametre
problem-invalid-parameter-detail = “{ $name }” parametresinin değeri kullanılamıyor. Beklenen: { $expected ->
        [page-number] 1 ve üzeri bir tam sayı.
        [per-page-number] 1 ile { $max } arasında bir tam sayı.
        [topic] API belgelerindeki konulardan biri, örneğin “suicide” ya da “youth”.
        [channel] phone, sms, chat, whatsapp, web ya da email değerlerinden biri.
        [language-tag] “es” ya da “pt-BR” gibi bir dil etiketi.
        [boolean] true ya da false.
        [instant] API belgelerinde gösterildiği gibi, saat dilimini de içeren bir ISO tarih ve saati.
        [confidence] low, medium ya da high değerlerinden biri.
       *[other] “medication” gibi küçük harflerden oluşan bir kimlik.
    }
problem-missing-parameter = Eksik parametre
problem-missing-parameter-detail = “{ $name }” parametresi zorunludur.
problem-page-not-found = Sayfa aralık dışında
problem-page-not-found-detail = Sayfa { $page } mevcut değil; son sayfa { $last }.
problem-invalid-locale = Geçersiz dil etiketi
problem-invalid-locale-detail = “{ $value }” bir dil etiketi değil. “en”, “es” ya da “pt-BR” gibi bir BCP 47 etiketi kullan.
problem-invalid-country-code = Geçersiz ülke kodu
problem-invalid-country-code-detail = “{ $value }” bir ülke kodu değil. “GB” ya da “US” gibi iki harfli bir ISO ülke kodu kullan.
problem-invalid-query = Geçersiz sorgu dizesi
problem-invalid-query-detail = Sorgu dizesi okunamadı. Tekrarlanan parametreleri ya da bozuk yüzde kodlamasını kontrol et.
problem-request-rejected = İstek reddedildi
problem-request-rejected-detail = İstek { $status } durum koduyla reddedildi. Çok büyük ya da hatalı biçimlendirilmiş olabilir.
problem-internal-error = Bizim tarafımızda bir sorun oluştu
problem-internal-error-detail = Bu isteği yanıtlayamadık. Lütfen yeniden dene. Şu anda yardıma ihtiyacın varsa, bulunduğun yerdeki acil durum numarasını ara.
problem-item-not-found = Öğe bulunamadı
problem-item-not-found-detail = “{ $value }” adında bir paket öğesi yok. Uygulamanda bunun bir kopyası varsa sil: artık içeriğin bir parçası değil.
problem-uri-too-long = Adres çok uzun
problem-uri-too-long-detail = İsteğin adresi { $max } karakterden uzun. Hiçbir Haven adresinin bu kadar karaktere ihtiyacı yok.
problem-headers-too-large = İstek üst bilgileri çok büyük
problem-headers-too-large-detail = İsteğin üst bilgileri toplamda { $max } bayttan fazla. Daha az ya da daha kısa üst bilgi gönder ve yeniden dene.
problem-rate-limited = Çok fazla istek
problem-rate-limited-detail = Bu istemci kısa sürede çok fazla istek gönderdi. Lütfen { $seconds } saniye bekle ve yeniden dene. Şu anda yardıma ihtiyacın varsa, bulunduğun yerdeki acil durum numarasını ara.
problem-precondition-failed = Ön koşul sağlanmadı
problem-precondition-failed-detail = If-Match ile belirttiğin kopya güncel değil. Kaynağı yeniden iste.
problem-range-not-satisfiable = Aralık karşılanamıyor
problem-range-not-satisfiable-detail = İstenen aralık yanıtın sonundan sonra başlıyor. Yanıtın içinde bir aralık ya da yanıtın tamamını iste.
