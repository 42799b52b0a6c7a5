# Shared messages used across every part of the Haven service.

## Shown at the end of every article

disclaimer = هذا المحتوى للتثقيف فقط. وهو ليس تشخيصًا، وليس علاجًا. من فضلك تحدّث مع مختص صحي مرخّص بشأن حالتك أنت.
get-help-now-title = اطلب المساعدة الآن
get-help-now-body = إذا كنت قد تُقدِم على تنفيذ أفكار انتحارية، أو إذا كنت في خطر، فاتصل برقم الطوارئ المحلي الآن. تجد خطوط الأزمات الخاصة ببلدك معروضة إلى جانب هذه الرسالة.

## Used in any content that talks about medicines

medication-safety = لا تتوقف عن أي دواء ولا تغيّره أبدًا قبل أن تتحدث أولًا مع الطبيب الذي وصفه لك. فالتوقف المفاجئ قد يسبب أعراض الانقطاع عن الدواء. هذه الأدوية تساعد كثيرًا من الناس، وهي تنقذ الأرواح.

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
