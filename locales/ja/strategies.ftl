# Self-care strategies: what to do, why it may help, and any cautions.
# Each strategy's evidence rating and the sources it rests on are in data/strategies.toml.

## Mindfulness and body scans

strategy-mindfulness-body-scan-title = マインドフルネスとボディスキャン
strategy-mindfulness-body-scan-how = 静かな場所を見つけて、毎日5分から10分ほど時間をとりましょう。大丈夫だと感じるなら、目を閉じてください。つま先から頭のてっぺんまで、ゆっくりと注意を移していき、その途中で感じるもの、たとえば温かさ、こわばり、ピリピリした感じなどに気づいていきます。何も感じなくても大丈夫です。ただ、やさしく注意を向け続けてください。
strategy-mindfulness-body-scan-why = 毎日、落ち着いて自分の体に注意を向けることで、体とのつながりを取り戻しやすくなることがあります。マインドフルネスに基づく療法は、うつ病を経験したことのある人に向けて、ガイドラインがすすめている方法のひとつです。
strategy-mindfulness-body-scan-caution = 人によっては、特にトラウマを経験した人にとっては、体に細かく注意を向けることで、つらい記憶や気持ちがよみがえることがあります。そのほうが安心できるなら目を開けたままにして、必要なときはいつでもやめてください。セラピストと一緒に試すことも考えてみてください。

## Journaling prompts

strategy-journaling-prompts-title = 書くためのヒント
strategy-journaling-prompts-how = 一日に一回、「今日、私は…と感じた」で始まる文を書いて、正直に最後まで書いてみましょう。答えが「何も感じなかった」なら、そのまま書いてください。そのときどこにいたか、何が起きていたかを書き足してもかまいません。
strategy-journaling-prompts-why = 気持ちを言葉にすることは、たとえ答えが空っぽでも、気持ちに気づく助けになるかもしれません。また、書いたものを読み返すと、見逃してしまいそうな小さな変化に気づけることがあります。気持ちについて書くことの研究では結果がまちまちなので、試してみるもののひとつと考えてください。

## Cry on purpose

strategy-cry-on-purpose-title = あえて泣いてみる
strategy-cry-on-purpose-how = 悲しい映画を選んだり、以前心を動かされた曲をかけたりしてみましょう。安心して気持ちを解き放てる場所で、ひとりの時間をとってください。涙が出なくても大丈夫です。また別の日に試せます。
strategy-cry-on-purpose-why = 心を動かす物語や歌が、気持ちを外に出す助けになると感じる人もいます。泣くことで気分が上向くかどうかの研究の結果はまちまちですが、人によっては気持ちを落ち着かせる効果があるかもしれません。治療ではありませんが、やさしく試せることです。

## Exercise

strategy-intense-exercise-title = 心拍数を上げる
strategy-intense-exercise-how = 心拍数が上がる運動なら何でもかまいません。速歩き、ランニング、部屋で踊る、運動のクラスに参加するなどです。無理なくできると感じる程度から始めて、少しずつ増やしていきましょう。
strategy-intense-exercise-why = 多くの研究で、定期的な運動はうつ病をやわらげることがわかっており、より強めの運動のほうが効果が大きいようでした。感情のまひそのものに効くかどうかはわかっていませんが、気分のためにできることの中では、比較的よく裏づけられているもののひとつです。
strategy-intense-exercise-caution = 心臓の病気やほかの健康上の問題がある場合、または長いあいだ体を動かしていなかった場合は、激しい運動を始める前に医師に相談し、少しずつ増やしていってください。

## Cold water

strategy-cold-exposure-title = 冷たい水
strategy-cold-exposure-how = シャワーの最後に短い時間だけ冷たい水を浴びるか、顔に冷たい水を少しのあいだかけてみましょう。
strategy-cold-exposure-why = 冷たい水をさっと浴びると、「今ここ」にいる感じが強まると言う人もいます。冷たい水が感情のまひやうつ病に効くという質の高い根拠はまだないので、治療ではなく、小さな実験として考えてください。
strategy-cold-exposure-caution = 冷たい水は体にとって大きな刺激になることがあります。急な冷たさは心臓や呼吸に影響することがあるので、心臓の病気がある場合は、これはやめておくか、先に医師に相談してください。冷たい海や川、湖などに、ひとりで飛び込んだり泳いだりすることは絶対にしないでください。短い時間にとどめ、めまいがしたり気分が悪くなったりしたら、やめてください。

## Weekly talk therapy

strategy-weekly-talk-therapy-title = 週に一度のカウンセリング（心理療法）
strategy-weekly-talk-therapy-how = 医師に心理療法（カウンセリング）について相談するか、資格を持つセラピストを探して、たとえば週に一回など、定期的に会うようにしましょう。感情のまひにトラウマが関係しているかもしれないなら、トラウマに焦点を当てた療法の訓練を受けた人を探してください。始める前にその人の進め方について質問してもかまいませんし、合わないと感じたら別の人を探してもかまいません。
strategy-weekly-talk-therapy-why = 認知行動療法のような心理療法はうつ病に、トラウマに焦点を当てた療法は心的外傷後ストレスに、すすめられています。定期的なセッションは、せき止められていた気持ちに向き合うための、安全で安定した場所になります。

## Reduce emotional suppressants

strategy-reduce-emotional-suppressants-title = 感覚をにぶらせるものを減らす
strategy-reduce-emotional-suppressants-how = 一日を乗り切るために、お酒、大麻、ゲーム、SNS にどのくらい頼っているか、気づいてみましょう。まずはひとつ選んで減らしてみてください。たとえば時間の上限を決めたり、お酒を飲まない日をつくったりします。
strategy-reduce-emotional-suppressants-why = これらは、つらい気持ちをしばらくのあいだやわらげてくれることがあります。そして多くの人が、使う量を減らすと、自分の気持ちが戻ってくる余地が広がると感じています。感情のまひについてこの点を調べた質の高い研究は、まだありません。
strategy-reduce-emotional-suppressants-caution = 毎日たくさんお酒を飲んでいる場合は、自分だけの判断で急にやめないでください。一度にやめると、ふるえ、けいれん発作、幻覚など、危険な離脱症状が出ることがあります。まず医師に相談してください。医師は、安全に減らしていく手助けをしてくれます。ひどいふるえ、くり返す嘔吐、幻覚があるときは、急いで医療の助けを求めてください。

## Regular sleep

strategy-regular-sleep-title = 規則正しい睡眠
strategy-regular-sleep-how = 週末も含めて、毎日だいたい同じ時間に寝て、同じ時間に起きるようにしてみましょう。寝る前には、落ち着いてゆったり過ごす時間をとってください。
strategy-regular-sleep-why = 睡眠は、感情とどう向き合うかに大きく関わっています。多くの研究で、睡眠を改善するとうつや不安も改善しており、これはほかの多くのセルフケアのヒントよりもよく裏づけられています。

## Supplements and nutrition

strategy-supplements-and-nutrition-title = サプリメントと栄養
strategy-supplements-and-nutrition-how = 食生活や、オメガ3（魚油）やビタミンDなどのサプリメントに目を向ける人もいます。どれかに興味があるなら、始める前に医師か薬剤師に相談してください。
strategy-supplements-and-nutrition-why = これらは気分を支える自然な方法だと言われることがありますが、感情のまひやうつ病に効くという質の高い根拠はありません。ある大規模な試験では、ビタミンDもオメガ3も、偽の薬と比べて気分を改善しませんでした。治療の代わりには使わないでください。
strategy-supplements-and-nutrition-caution = サプリメントやハーブ系の製品は、誰にでも合うわけではなく、薬の効き方を変えてしまうものもあります。セント・ジョーンズ・ワート（セイヨウオトギリソウ）は、抗うつ薬と一緒にとってはいけません。一緒にとると、重い反応が起きることがあります。何をとっているかは、必ず医師か薬剤師に伝えてください。
