# Shown in place of a crisis line’s own name where our source did not record it.
unnamed-national-line = خط الأزمات الوطني

line-description =
    { $focus ->
        [suicide] دعم لكل من يفكر في الانتحار، أو يقلق على شخص يفكر فيه.
        [crisis] دعم لكل من يمر بأزمة.
        [depression] دعم للأشخاص الذين يعيشون مع الاكتئاب.
        [self-harm] دعم للأشخاص الذين يؤذون أنفسهم.
        [domestic-violence] دعم للأشخاص المتأثرين بالعنف في المنزل.
        [sexual-abuse] دعم للأشخاص المتأثرين بالعنف أو الاعتداء الجنسي.
        [lgbtq] دعم لأفراد مجتمع الميم.
        [youth] دعم للشباب.
        [children] دعم للأطفال والمراهقين.
        [veterans] دعم للمحاربين القدامى.
        [substance-use] دعم في ما يتعلق بتعاطي الكحول أو المخدرات.
        [seniors] دعم لكبار السن.
       *[emotional-support] شخص تتحدث إليه عندما تصبح الأمور صعبة.
    } { $hours ->
        [always] متاح على مدار الساعة.
        [weekly] متاح في أوقات محددة: راجع المواعيد.
       *[unknown] مواعيده غير معروفة: تحقق منها قبل الاعتماد عليه.
    } { $free ->
        [yes] مجاني.
       *[other] {""}
    }
