# Etiquetas para el directorio de líneas de crisis.

# Cuántas líneas de crisis tiene un país, por ejemplo en un selector de país.
line-count =
    { $count ->
        [0] Todavía no tiene líneas de ayuda propias
        [one] { $count } línea de ayuda en crisis
       *[other] { $count } líneas de ayuda en crisis
    }
