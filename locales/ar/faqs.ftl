# Questions people often ask about emotional numbness, with short answers.

## Is not being able to cry a sign of severe depression?

faq-is-not-crying-a-sign-of-severe-depression-question = هل عدم القدرة على البكاء علامة على اكتئاب شديد؟
faq-is-not-crying-a-sign-of-severe-depression-answer = ليس بالضرورة. كثيرًا ما يرتبط عدم القدرة على البكاء بالاكتئاب وبالانغلاق العاطفي، لكنه وحده لا يدل على مدى خطورة الوضع. ومع ذلك فهو سبب وجيه لأن يقيّم حالتك مختص، يمكنه أن ينظر معك إلى الصورة كاملة.

## Can emotional numbness be permanent?

faq-can-numbness-be-permanent-question = هل يمكن أن يكون الخدر العاطفي دائمًا؟
faq-can-numbness-be-permanent-answer = نادرًا ما يكون كذلك. مع العلاج المناسب، أو العلاج النفسي، أو مراجعة أدويتك، يستعيد معظم الناس مشاعرهم بكامل طيفها. قد يستغرق ذلك وقتًا، فحاول أن تكون صبورًا ولطيفًا مع نفسك طوال الطريق.

## Can my job cause this?

faq-can-my-job-cause-this-question = هل يمكن أن يكون عملي هو السبب؟
faq-can-my-job-cause-this-answer = قد يكون كذلك. فالضغط الطويل في العمل والاحتراق النفسي قد يُضعفان مشاعرك، وكأن عقلك يرفع درعًا ليحميك. وإذا كان العمل قد أنهكك، فمن المفيد أن تتحدث مع مختص عما تشعر به.

## I feel numb but not depressed

faq-numb-but-not-depressed-question = أشعر بالخدر، لكنني لست مكتئبًا. ما الذي يحدث لي؟
faq-numb-but-not-depressed-answer = يمكن أن يحدث الخدر من دون اكتئاب. فقد يصاحب الاحتراق النفسي، أو الحزن على الفقد، أو التوحد، أو ما يعقب الصدمة النفسية. ولأن هذه الحالات قد تتشابه، فإن التقييم لدى مختص هو أفضل طريقة للتمييز بينها.
