# Labels for the crisis directory.

# How many crisis lines a country has, e.g. in a country picker.
line-count =
    { $count ->
        [0] この国独自の相談窓口はまだありません
       *[other] 相談窓口 { $count } 件
    }
