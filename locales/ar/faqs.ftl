# Questions people often ask about emotional numbness, with short answers.
# The sources each answer rests on are in data/faqs.toml.

## Is not being able to cry a sign of severe depression?

faq-is-not-crying-a-sign-of-severe-depression-question = هل عدم القدرة على البكاء علامة على اكتئاب شديد؟
faq-is-not-crying-a-sign-of-severe-depression-answer = ليس بالضرورة. كثيرًا ما يرتبط عدم القدرة على البكاء بالاكتئاب، لكنه وحده لا يدل على مدى خطورة الوضع. إذا كان مزاجك منخفضًا أو باهتًا لأكثر من أسبوعين تقريبًا، فهذا سبب وجيه لأن تراجع طبيبًا، يمكنه أن ينظر معك إلى الصورة كاملة.

## Can emotional numbness be permanent?

faq-can-numbness-be-permanent-question = هل يمكن أن يكون الخدر العاطفي دائمًا؟
faq-can-numbness-be-permanent-answer = كثيرًا ما يرتبط الخدر بأمور يمكن أن تتغير، مثل الاكتئاب، أو دواء ما، أو الضغط النفسي، أو الحزن على الفقد، أو الصدمة النفسية. ومع علاج الاكتئاب يتعافى كثير من الناس، وحين يكون الدواء هو السبب، يمكن لمن يصف لك الدواء أن يراجع معك الجرعة أو الدواء نفسه. قد يستغرق ذلك وقتًا، فحاول أن تكون صبورًا ولطيفًا مع نفسك طوال الطريق.

## Can my job cause this?

faq-can-my-job-cause-this-question = هل يمكن أن يكون عملي هو السبب؟
faq-can-my-job-cause-this-answer = قد يكون له دور. تصف منظمة الصحة العالمية الاحتراق النفسي بأنه نتيجة ضغط عمل طويل الأمد لم تتم إدارته جيدًا: يشعر الناس بالإنهاك، وبالبعد عن عملهم، وبأنهم أقل فاعلية فيه. وإذا كان العمل قد أنهكك، فمن المفيد أن تتحدث مع طبيب عما تشعر به.

## I feel numb but not depressed

faq-numb-but-not-depressed-question = أشعر بالخدر، لكنني لست مكتئبًا. ما الذي يحدث لي؟
faq-numb-but-not-depressed-answer = يمكن أن يحدث الخدر من دون اكتئاب. فقد يصاحب الاحتراق النفسي، أو الحزن على الفقد، أو يأتي بعد صدمة نفسية، أو قد يأتي لدى بعض الأشخاص المصابين بالتوحد مع صعوبة في التعرّف على المشاعر أو تسميتها. ولأن هذه الحالات قد تتشابه، فإن التقييم لدى طبيب أو معالج نفسي هو أفضل طريقة للتمييز بينها.
