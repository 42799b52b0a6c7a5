# Label untuk direktori saluran bantuan krisis.

# Berapa banyak saluran bantuan krisis yang dimiliki sebuah negara, misalnya di pemilih negara.
line-count =
    { $count ->
        [0] Belum ada saluran bantuan krisis sendiri
       *[other] { $count } saluran bantuan krisis
    }
