# Shown in place of a crisis line’s own name where our source did not record it.
unnamed-national-line = राष्ट्रीय संकट हेल्पलाइन

# Describes a crisis line that has no hand-written `hotline-<id>` message, from its data.
# $focus is the line's first topic; $hours is always, weekly or unknown; $free is yes, no
# or unknown. Each part must say only what the data says.
line-description =
    { $focus ->
        [suicide] हर उस व्यक्ति के लिए सहारा जो आत्महत्या के बारे में सोच रहा है, या किसी ऐसे व्यक्ति को लेकर चिंतित है जो ऐसा सोच रहा है।
        [crisis] हर उस व्यक्ति के लिए सहारा जो किसी संकट से गुज़र रहा है।
        [depression] डिप्रेशन के साथ जी रहे लोगों के लिए सहारा।
        [self-harm] ख़ुद को नुक़सान पहुँचाने वाले लोगों के लिए सहारा।
        [domestic-violence] घर में हिंसा से प्रभावित लोगों के लिए सहारा।
        [sexual-abuse] यौन हिंसा या यौन शोषण से प्रभावित लोगों के लिए सहारा।
        [lgbtq] LGBTQ+ लोगों के लिए सहारा।
        [youth] युवाओं के लिए सहारा।
        [children] बच्चों और युवाओं के लिए सहारा।
        [veterans] पूर्व सैनिकों के लिए सहारा।
        [substance-use] शराब या नशीले पदार्थों के इस्तेमाल से जुड़ा सहारा।
        [seniors] बुज़ुर्गों के लिए सहारा।
       *[emotional-support] जब सब कुछ मुश्किल लगे, तब बात करने के लिए कोई।
    } { $hours ->
        [always] दिन-रात, चौबीसों घंटे खुली।
        [weekly] तय समय पर खुली: समय देखें।
       *[unknown] इसके खुलने का समय पता नहीं है: इस पर भरोसा करने से पहले जाँच लें।
    } { $free ->
        [yes] मुफ़्त।
       *[other] {""}
    }
