# Labels for the crisis directory.

# How many crisis lines a country has, e.g. in a country picker.
line-count =
    { $count ->
        [0] لا يوجد خط أزمات خاص به بعد
        [zero] لا يوجد خط أزمات خاص به بعد
        [one] خط أزمات واحد
        [two] خطّا أزمات
        [few] { $count } خطوط أزمات
        [many] { $count } خطًّا للأزمات
       *[other] { $count } خطّ أزمات
    }
