# Shared messages used across every part of the Haven service.

## Shown at the end of every article

disclaimer = هذا المحتوى للتثقيف فقط. وهو ليس تشخيصًا، وليس علاجًا. من فضلك تحدّث مع مختص صحي مرخّص بشأن حالتك أنت.
get-help-now-title = احصل على المساعدة الآن
get-help-now-body = إذا كنت قد تُقدِم على تنفيذ أفكار انتحارية، أو إذا كنت في خطر، فاتصل برقم الطوارئ المحلي أو اذهب إلى أقرب قسم طوارئ الآن. ابقَ مع شخص تثق به، وضع مسافة بينك وبين أي شيء يمكن أن تستخدمه لإيذاء نفسك. هذه المشاعر يمكن أن تمرّ، والمساعدة موجودة.
# The help block with a country (?country=): $country is the country's name, $number its emergency number.
help-now-emergency = رقم الطوارئ في { $country }: { $number }
help-now-lines = خطوط الأزمات في { $country }:
# The help block without a country: it names no number it cannot stand behind.
help-now-no-country = لترى رقم الطوارئ وخطوط الأزمات في المكان الذي أنت فيه، اختر بلدك. وأينما كنت، يمكن لرقم الطوارئ المحلي أن يساعدك الآن.

## Used in any content that talks about medicines

medication-safety = لا تتوقف عن أي دواء ولا تغيّره أبدًا قبل أن تتحدث أولًا مع مَن يصف لك الدواء. فالتوقف المفاجئ قد يسبب أعراض الانسحاب. إذا ساء مزاجك أو راودتك أفكار انتحارية بعد أن تبدأ تناول مضاد للاكتئاب أو تغيّره أو تتوقف عنه، فتواصل فورًا مع مَن يصف لك الدواء أو مع طبيبك، أو اتصل برقم الطوارئ المحلي إذا كنت قد تُقدِم على تنفيذ هذه الأفكار. هذه الأدوية تساعد كثيرًا من الناس.

## Reading time shown in article lists

reading-time =
    { $minutes ->
        [zero] مدة القراءة: أقل من دقيقة
        [one] مدة القراءة: دقيقة واحدة
        [two] مدة القراءة: دقيقتان
        [few] مدة القراءة: { $minutes } دقائق
        [many] مدة القراءة: { $minutes } دقيقةً
       *[other] مدة القراءة: { $minutes } دقيقة
    }

## Strategies and review status

evidence-none = لا توجد أدلة جيدة بعد
review-editorial = مراجعة تحريرية؛ لم يراجعه مختص سريري بعد
review-clinical = راجعه أخصائي سريري
