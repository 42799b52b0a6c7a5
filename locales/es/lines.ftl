# Se muestra en lugar del nombre propio de una línea de crisis cuando nuestra fuente no lo registró.
unnamed-national-line = Línea nacional de ayuda en crisis

line-description =
    { $focus ->
        [suicide] Apoyo para cualquier persona que piense en el suicidio o que esté preocupada por alguien que lo haga.
        [crisis] Apoyo para cualquier persona que esté pasando por una crisis.
        [depression] Apoyo para personas que viven con depresión.
        [self-harm] Apoyo para personas que se autolesionan.
        [domestic-violence] Apoyo para personas que sufren violencia en casa.
        [sexual-abuse] Apoyo para personas afectadas por violencia o abuso sexual.
        [lgbtq] Apoyo para personas LGBTQ+.
        [youth] Apoyo para personas jóvenes.
        [children] Apoyo para niñas, niños y adolescentes.
        [veterans] Apoyo para veteranos.
        [substance-use] Apoyo con el consumo de alcohol o drogas.
        [seniors] Apoyo para personas mayores.
       *[emotional-support] Alguien con quien hablar cuando todo se hace difícil.
    } { $hours ->
        [always] Abierta las 24 horas del día.
        [weekly] Abierta en horarios fijos: consulta el horario.
       *[unknown] No se conoce su horario: compruébalo antes de contar con ella.
    } { $free ->
        [yes] Gratuita.
       *[other] {""}
    }
