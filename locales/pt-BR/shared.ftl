# Mensagens compartilhadas usadas em todas as partes do serviço Haven.

## Exibida no final de cada artigo

disclaimer = Este conteúdo é apenas educativo. Ele não é um diagnóstico e não é um tratamento. Por favor, converse com um profissional de saúde habilitado sobre a sua própria situação.
get-help-now-title = Busque ajuda agora
get-help-now-body = Se você pode vir a colocar em prática pensamentos de suicídio, ou se está em perigo, ligue agora mesmo para o número de emergência da sua região ou vá agora ao pronto-socorro mais próximo. Fique com alguém de confiança e mantenha distância de qualquer coisa que você possa usar para se machucar. Esses sentimentos podem passar, e existe ajuda.
# O bloco de ajuda com um país (?country=): $country é o nome do país, $number o seu número de emergência.
help-now-emergency = Número de emergência ({ $country }): { $number }
help-now-lines = Linhas de apoio em crise ({ $country }):
# O bloco de ajuda sem país: não cita nenhum número que não possa garantir.
help-now-no-country = Para ver o número de emergência e as linhas de apoio em crise de onde você está, escolha o seu país. Onde quer que você esteja, o número de emergência da sua região pode ajudar agora.

## Usada em qualquer conteúdo que fale de medicamentos

medication-safety = Nunca pare nem mude um medicamento sem antes conversar com o profissional que o prescreveu. Parar de repente pode causar sintomas de abstinência. Se o seu humor piorar ou se você tiver pensamentos de suicídio depois de começar, mudar ou parar um antidepressivo, entre em contato imediatamente com o profissional que prescreveu o medicamento ou com um médico, ou ligue para o número de emergência da sua região se você puder vir a colocar esses pensamentos em prática. Esses medicamentos ajudam muitas pessoas.

## Tempo de leitura exibido nas listas de artigos

reading-time =
    { $minutes ->
        [one] { $minutes } minuto de leitura
       *[other] { $minutes } minutos de leitura
    }

## Estratégias e situação da revisão

evidence-none = Ainda não há boas evidências
review-editorial = Revisão editorial; ainda não revisado por um profissional de saúde
review-clinical = Revisado por um profissional de saúde clínico
