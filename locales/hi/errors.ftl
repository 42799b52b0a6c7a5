# त्रुटि संदेश। हर कोड का एक शीर्षक होता है (छोटा, हर बार एक जैसा) और एक
# विवरण (इस बार के लिए)। "problem-" के बाद वाला हिस्सा वह स्थिर `code` है जो क्लाइंट देखते हैं।

problem-article-not-found = लेख नहीं मिला
problem-article-not-found-detail = “{ $value }” नाम का कोई लेख नहीं है। लेखों की सूची /v1/articles पर है।
problem-strategy-not-found = तरीका नहीं मिला
problem-strategy-not-found-detail = “{ $value }” नाम का अपनी देखभाल का कोई तरीका नहीं है। सूची /v1/strategies पर है।
problem-faq-not-found = सवाल नहीं मिला
problem-faq-not-found-detail = “{ $value }” नाम का कोई सवाल नहीं है। सूची /v1/faqs पर है।
problem-country-not-found = देश नहीं मिला
problem-country-not-found-detail = देश कोड “{ $value }” के लिए हमारे पास कोई जानकारी नहीं है। देशों की सूची /v1/countries पर है।
problem-route-not-found = नहीं मिला
problem-route-not-found-detail = इस पते पर कुछ भी नहीं है। API का विवरण /openapi.json पर है।
problem-method-not-allowed = यह तरीका (मेथड) अनुमत नहीं है
problem-method-not-allowed-detail = इस पते को सिर्फ़ पढ़ा जा सकता है, GET या HEAD के साथ।
problem-invalid-parameter = अमान्य पैरामीटर
problem-invalid-parameter-detail = पैरामीटर “{ $name }” का मान ऐसा है जिसका हम इस्तेमाल नहीं कर सकते। अपेक्षित: { $expected ->
        [page-number] 1 या उससे बड़ी कोई पूर्ण संख्या।
        [per-page-number] 1 से { $max } तक की कोई पूर्ण संख्या।
        [topic] API दस्तावेज़ में दिए गए विषयों में से एक, जैसे “suicide” या “youth”।
        [channel] phone, sms, chat, whatsapp, web या email में से एक।
        [language-tag] कोई भाषा टैग, जैसे “es” या “pt-BR”।
        [boolean] true या false।
        [instant] समय क्षेत्र के साथ कोई ISO तारीख़ और समय, जैसा API दस्तावेज़ में दिखाया गया है।
        [confidence] low, medium या high में से एक।
       *[other] छोटे अक्षरों में कोई id, जैसे “medication”।
    }
problem-missing-parameter = पैरामीटर मौजूद नहीं
problem-missing-parameter-detail = पैरामीटर “{ $name }” ज़रूरी है।
problem-page-not-found = पेज सीमा से बाहर है
problem-page-not-found-detail = पेज { $page } मौजूद नहीं है; आख़िरी पेज { $last } है।
problem-invalid-locale = अमान्य भाषा टैग
problem-invalid-locale-detail = “{ $value }” कोई भाषा टैग नहीं है। “en”, “es” या “pt-BR” जैसा कोई BCP 47 टैग इस्तेमाल करें।
problem-invalid-country-code = अमान्य देश कोड
problem-invalid-country-code-detail = “{ $value }” कोई देश कोड नहीं है। “GB” या “US” जैसा दो अक्षरों वाला ISO देश कोड इस्तेमाल करें।
problem-invalid-query = अमान्य क्वेरी स्ट्रिंग
problem-invalid-query-detail = क्वेरी स्ट्रिंग पढ़ी नहीं जा सकी। जाँचें कि कोई पैरामीटर दोबारा तो नहीं आया है या परसेंट-एन्कोडिंग टूटी तो नहीं है।
problem-request-rejected = अनुरोध अस्वीकार किया गया
problem-request-rejected-detail = अनुरोध को स्टेटस { $status } के साथ अस्वीकार किया गया। हो सकता है यह बहुत बड़ा हो या ग़लत तरीके से बना हो।
problem-internal-error = हमारी तरफ़ से कुछ गड़बड़ हो गई
problem-internal-error-detail = हम इस अनुरोध का जवाब नहीं दे सके। कृपया फिर से कोशिश करें। अगर आपको अभी मदद चाहिए, तो अपने स्थानीय आपातकालीन नंबर पर कॉल करें।
problem-item-not-found = आइटम नहीं मिला
problem-item-not-found-detail = “{ $value }” नाम का कोई बंडल आइटम नहीं है। अगर आपके ऐप में इसकी कॉपी है, तो उसे हटा दें: यह अब सामग्री का हिस्सा नहीं है।
problem-uri-too-long = पता बहुत लंबा है
problem-uri-too-long-detail = अनुरोध का पता { $max } अक्षरों से लंबा है। Haven के किसी भी पते को इतने अक्षरों की ज़रूरत नहीं होती।
problem-headers-too-large = अनुरोध के हेडर बहुत बड़े हैं
problem-headers-too-large-detail = अनुरोध के हेडर कुल मिलाकर { $max } बाइट से ज़्यादा हैं। कम या छोटे हेडर भेजें और फिर से कोशिश करें।
problem-rate-limited = बहुत ज़्यादा अनुरोध
problem-rate-limited-detail = इस क्लाइंट ने थोड़े समय में बहुत ज़्यादा अनुरोध भेजे। कृपया { $seconds } सेकंड इंतज़ार करें और फिर से कोशिश करें। अगर आपको अभी मदद चाहिए, तो अपने स्थानीय आपातकालीन नंबर पर कॉल करें।
problem-precondition-failed = पूर्व-शर्त पूरी नहीं हुई
problem-precondition-failed-detail = If-Match में बताई गई प्रति मौजूदा प्रति नहीं है। संसाधन फिर से माँगें।
problem-range-not-satisfiable = सीमा पूरी नहीं की जा सकती
problem-range-not-satisfiable-detail = माँगी गई सीमा जवाब के अंत के बाद शुरू होती है। जवाब के भीतर की सीमा माँगें, या पूरा जवाब।
