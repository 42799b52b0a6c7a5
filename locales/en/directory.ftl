# Labels for the crisis directory.

# How many crisis lines a country has, e.g. in a country picker.
line-count =
    { $count ->
        [0] No crisis lines of its own yet
        [one] { $count } crisis line
       *[other] { $count } crisis lines
    }
