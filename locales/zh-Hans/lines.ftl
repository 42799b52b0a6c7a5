# 当我们的来源没有记录某条危机热线自己的名称时，用它来代替。
unnamed-national-line = 全国危机热线

# 为没有手写 `hotline-<id>` 介绍的危机热线，根据其数据生成介绍。
# $focus 是热线的第一个主题；$hours 是 always、weekly 或 unknown；$free 是 yes、no
# 或 unknown。每一部分只能说数据里有的内容。
line-description =
    { $focus ->
        [suicide] 为任何有自杀想法的人，或担心有人有自杀想法的人提供支持。
        [crisis] 为任何正在经历危机的人提供支持。
        [depression] 为患有抑郁症的人提供支持。
        [self-harm] 为有自伤行为的人提供支持。
        [domestic-violence] 为受到家庭暴力影响的人提供支持。
        [sexual-abuse] 为受到性暴力或虐待影响的人提供支持。
        [lgbtq] 为 LGBTQ+ 人群提供支持。
        [youth] 为年轻人提供支持。
        [children] 为儿童和年轻人提供支持。
        [veterans] 为退役军人提供支持。
        [substance-use] 在饮酒或使用毒品方面提供支持。
        [seniors] 为老年人提供支持。
       *[emotional-support] 在你觉得很难熬的时候，有人可以陪你聊聊。
    }{ $hours ->
        [always] 每天二十四小时开放。
        [weekly] 在固定时间开放：请查看开放时间。
       *[unknown] 开放时间不详：依赖它之前请先确认。
    }{ $free ->
        [yes] 免费。
       *[other] {""}
    }
