# Exibido no lugar do nome de uma linha de apoio em crise quando a nossa fonte não o registrou.
unnamed-national-line = Linha nacional de apoio em crise

line-description =
    { $focus ->
        [suicide] Apoio para qualquer pessoa que esteja pensando em suicídio ou preocupada com alguém que esteja.
        [crisis] Apoio para qualquer pessoa que esteja passando por uma crise.
        [depression] Apoio para pessoas que vivem com depressão.
        [self-harm] Apoio para pessoas que se machucam.
        [domestic-violence] Apoio para pessoas afetadas pela violência em casa.
        [sexual-abuse] Apoio para pessoas afetadas por violência ou abuso sexual.
        [lgbtq] Apoio para pessoas LGBTQ+.
        [youth] Apoio para jovens.
        [children] Apoio para crianças e adolescentes.
        [veterans] Apoio para veteranos.
        [substance-use] Apoio com o uso de álcool ou drogas.
        [seniors] Apoio para pessoas idosas.
       *[emotional-support] Alguém com quem conversar quando tudo fica difícil.
    } { $hours ->
        [always] Funciona 24 horas por dia.
        [weekly] Funciona em horários fixos: veja os horários.
       *[unknown] O horário não é conhecido: confira antes de contar com ela.
    } { $free ->
        [yes] Gratuita.
       *[other] {""}
    }
