# Se muestra en lugar del nombre propio de una línea de crisis cuando nuestra fuente no lo registró.
unnamed-national-line = Línea nacional de ayuda en crisis
