# Questions people often ask about emotional numbness, with short answers.
# The sources each answer rests on are in data/faqs.toml.

## Is not being able to cry a sign of severe depression?

faq-is-not-crying-a-sign-of-severe-depression-question = 泣けないのは、重いうつ病のサインですか？
faq-is-not-crying-a-sign-of-severe-depression-answer = 必ずしもそうではありません。泣けないことはうつ病と結びついていることが多いですが、それだけでは、どのくらい深刻なのかはわかりません。気分の落ち込みや、気持ちが平らな状態が、だいたい二週間より長く続いているなら、医師に相談するよい理由になります。医師は、全体の状況を一緒に見てくれます。

## Can emotional numbness be permanent?

faq-can-numbness-be-permanent-question = 感情のまひは、ずっと続くのですか？
faq-can-numbness-be-permanent-answer = 感情のまひは、うつ病、薬、ストレス、悲しみ、トラウマなど、変わりうるものと結びついていることが多いです。うつ病の治療で、多くの人が回復します。薬が原因の場合は、処方医が量や薬そのものを一緒に見直してくれます。時間がかかることもあるので、焦らず、自分にやさしくしてあげてください。

## Can my job cause this?

faq-can-my-job-cause-this-question = 仕事が原因になることはありますか？
faq-can-my-job-cause-this-answer = 一因になることはあります。世界保健機関（WHO）は、燃え尽き症候群（バーンアウト）を、うまく対処できていない長期間の仕事のストレスの結果だと説明しています。疲れ果て、仕事から気持ちが離れ、うまく力を発揮できなくなるのです。仕事ですり減ってしまったと感じるなら、今の気持ちについて医師に話してみる価値があります。

## I feel numb but not depressed

faq-numb-but-not-depressed-question = 感情がまひしているけれど、うつではありません。何が起きているのでしょうか？
faq-numb-but-not-depressed-answer = 感情のまひは、うつ病がなくても起こることがあります。燃え尽き症候群や悲しみにともなって、トラウマのあとに、また一部の自閉スペクトラムの人では、気持ちに気づいたり名前をつけたりするのが難しいことにともなって起こることがあります。これらはよく似て見えることがあるため、医師やセラピストによる評価を受けることが、見分けるための一番の方法です。
