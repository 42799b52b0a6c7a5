# Exibido no lugar do nome de uma linha de apoio em crise quando a nossa fonte não o registrou.
unnamed-national-line = Linha nacional de apoio em crise
