# Error messages. Each code has a title (short, the same for every occurrence) and a
# detail (this occurrence). The code after "problem-" is the stable `code` clients see.

problem-article-not-found = المقال غير موجود
problem-article-not-found-detail = لا يوجد مقال باسم «{ $value }». قائمة المقالات متاحة على /v1/articles.
problem-strategy-not-found = الاستراتيجية غير موجودة
problem-strategy-not-found-detail = لا توجد استراتيجية للعناية الذاتية باسم «{ $value }». القائمة متاحة على /v1/strategies.
problem-faq-not-found = السؤال غير موجود
problem-faq-not-found-detail = لا يوجد سؤال باسم «{ $value }». القائمة متاحة على /v1/faqs.
problem-country-not-found = البلد غير موجود
problem-country-not-found-detail = ليست لدينا معلومات عن رمز البلد «{ $value }». قائمة البلدان متاحة على /v1/countries.
problem-route-not-found = غير موجود
problem-route-not-found-detail = لا يوجد شيء على هذا العنوان. وصف الواجهة البرمجية متاح على /openapi.json.
problem-method-not-allowed = الطريقة غير مسموح بها
problem-method-not-allowed-detail = هذا العنوان للقراءة فقط، باستخدام GET أو HEAD.
problem-invalid-parameter = معامل غير صالح
problem-invalid-parameter-detail = للمعامل «{ $name }» قيمة لا يمكننا استخدامها. المتوقع: { $expected ->
        [page-number] عدد صحيح من 1 فما فوق.
        [per-page-number] عدد صحيح من 1 إلى { $max }.
        [topic] أحد الموضوعات الواردة في توثيق الواجهة البرمجية، مثل «suicide» أو «youth».
        [channel] إحدى القيم phone أو sms أو chat أو whatsapp أو web أو email.
        [language-tag] وسم لغة مثل «es» أو «pt-BR».
        [boolean] true أو false.
        [instant] تاريخ ووقت بصيغة ISO مع المنطقة الزمنية، كما يوضح توثيق الواجهة البرمجية.
        [confidence] إحدى القيم low أو medium أو high.
       *[other] معرّف بأحرف لاتينية صغيرة مثل «medication».
    }
problem-missing-parameter = معامل مفقود
problem-missing-parameter-detail = المعامل «{ $name }» مطلوب.
problem-page-not-found = الصفحة خارج النطاق
problem-page-not-found-detail = الصفحة { $page } غير موجودة، وآخر صفحة هي { $last }.
problem-invalid-locale = وسم لغة غير صالح
problem-invalid-locale-detail = «{ $value }» ليس وسم لغة. استخدم وسمًا وفق معيار BCP 47 مثل «en» أو «es» أو «pt-BR».
problem-invalid-country-code = رمز بلد غير صالح
problem-invalid-country-code-detail = «{ $value }» ليس رمز بلد. استخدم رمز بلد من حرفين وفق معيار ISO مثل «GB» أو «US».
problem-invalid-query = سلسلة استعلام غير صالحة
problem-invalid-query-detail = تعذّرت قراءة سلسلة الاستعلام. تحقّق من وجود معاملات مكررة أو ترميز نسبة مئوية (percent-encoding) تالف.
problem-request-rejected = رُفض الطلب
problem-request-rejected-detail = رُفض الطلب برمز الحالة { $status }. ربما يكون كبيرًا جدًا أو غير سليم الصيغة.
problem-internal-error = حدث خطأ من جهتنا
problem-internal-error-detail = لم نتمكن من الرد على هذا الطلب. من فضلك حاول مرة أخرى. وإذا كنت بحاجة إلى المساعدة الآن، فاتصل برقم الطوارئ المحلي.
problem-item-not-found = العنصر غير موجود
problem-item-not-found-detail = لا يوجد في الحزمة عنصر باسم «{ $value }». إذا كان تطبيقك يحتفظ بنسخة منه، فاحذفها: فهو لم يعد جزءًا من المحتوى.
problem-uri-too-long = العنوان طويل جدًا
problem-uri-too-long-detail = عنوان الطلب أطول من { $max } حرفًا. لا يحتاج أي عنوان في Haven إلى هذا الطول.
problem-headers-too-large = ترويسات الطلب كبيرة جدًا
problem-headers-too-large-detail = يتجاوز مجموع ترويسات الطلب { $max } بايت. أرسل ترويسات أقل أو أقصر ثم حاول مرة أخرى.
problem-rate-limited = طلبات كثيرة جدًا
problem-rate-limited-detail = أرسل هذا العميل طلبات كثيرة في وقت قصير. يُرجى الانتظار { $seconds } ثانية ثم المحاولة مرة أخرى. إذا كنت تحتاج إلى المساعدة الآن، فاتصل برقم الطوارئ في بلدك.
problem-precondition-failed = لم يتحقق الشرط المسبق
problem-precondition-failed-detail = النسخة المحددة في If-Match ليست النسخة الحالية. اطلب المورد من جديد.
problem-range-not-satisfiable = النطاق غير قابل للتلبية
problem-range-not-satisfiable-detail = يبدأ النطاق المطلوب بعد نهاية الاستجابة. اطلب نطاقًا داخلها أو الاستجابة كاملة.
