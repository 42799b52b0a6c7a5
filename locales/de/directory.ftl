# Bezeichnungen für das Verzeichnis der Krisenhotlines.

# Wie viele Krisenhotlines ein Land hat, z. B. in einer Länderauswahl.
line-count =
    { $count ->
        [0] Noch keine eigene Krisenhotline
        [one] { $count } Krisenhotline
       *[other] { $count } Krisenhotlines
    }
