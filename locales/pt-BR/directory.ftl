# Rótulos para o diretório de linhas de apoio em crise.

# Quantas linhas de apoio em crise um país tem, por exemplo num seletor de país.
line-count =
    { $count ->
        [0] Ainda não tem linhas de apoio próprias
        [one] { $count } linha de apoio em crise
       *[other] { $count } linhas de apoio em crise
    }
