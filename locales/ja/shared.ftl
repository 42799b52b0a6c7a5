# Shared messages used across every part of the Haven service.

## Shown at the end of every article

disclaimer = この内容は、教育のみを目的としています。診断ではなく、治療でもありません。ご自身の状況については、資格を持つ医療の専門家に相談してください。
get-help-now-title = 今すぐ助けを求める
get-help-now-body = 自殺の考えを行動に移してしまうかもしれないとき、または危険な状況にあるときは、今すぐ地域の緊急通報番号に電話するか、最寄りの救急外来に行ってください。信頼できる人と一緒にいて、自分を傷つけるのに使えそうな物から距離を置いてください。こうした気持ちは過ぎ去ることがあります。助けはあります。
# The help block with a country (?country=): $country is the country's name, $number its emergency number.
help-now-emergency = { $country } の緊急通報番号：{ $number }
help-now-lines = { $country } の相談窓口：
# The help block without a country: it names no number it cannot stand behind.
help-now-no-country = 今いる場所の緊急通報番号と相談窓口を表示するには、国を選んでください。どこにいても、その地域の緊急通報番号が今すぐ力になってくれます。

## Used in any content that talks about medicines

medication-safety = 処方医に先に相談せずに、薬をやめたり変えたりすることは決してしないでください。急にやめると、離脱症状が出ることがあります。抗うつ薬を始めたり、変えたり、やめたりしたあとに、気分が悪くなったり自殺の考えが浮かんだりしたときは、すぐに処方医か医師に連絡してください。その考えを行動に移してしまうかもしれないときは、地域の緊急通報番号に電話してください。これらの薬は、多くの人の助けになっています。

## Reading time shown in article lists

reading-time =
    { $minutes ->
       *[other] { $minutes } 分で読めます
    }

## Strategies and review status

evidence-none = まだ質の高い根拠はありません
review-editorial = 編集部による確認済み。臨床医による確認はまだです
review-clinical = 臨床医による確認済み
