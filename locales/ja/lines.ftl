# Shown in place of a crisis line's own name where our source did not record it.
unnamed-national-line = 全国の相談窓口

# Describes a crisis line that has no hand-written `hotline-<id>` message, from its data.
# $focus is the line's first topic; $hours is always, weekly or unknown; $free is yes, no
# or unknown. Each part must say only what the data says.
line-description =
    { $focus ->
        [suicide] 自殺を考えている人や、そうした人のことが心配な人のための支援です。
        [crisis] 危機的な状況にあるすべての人のための支援です。
        [depression] うつ病とともに生きている人のための支援です。
        [self-harm] 自傷をしている人のための支援です。
        [domestic-violence] 家庭内の暴力に苦しんでいる人のための支援です。
        [sexual-abuse] 性暴力や性的虐待の被害を受けた人のための支援です。
        [lgbtq] LGBTQ+ の人のための支援です。
        [youth] 若い人のための支援です。
        [children] 子どもや若い人のための支援です。
        [veterans] 退役軍人のための支援です。
        [substance-use] お酒や薬物の使用についての支援です。
        [seniors] 高齢の人のための支援です。
       *[emotional-support] つらいときに話を聞いてくれる人がいます。
    } { $hours ->
        [always] 24時間対応しています。
        [weekly] 決まった時間に対応しています。受付時間を確認してください。
       *[unknown] 受付時間はわかっていません。頼りにする前に確認してください。
    } { $free ->
        [yes] 無料です。
       *[other] {""}
    }
