# Títulos, resumos e textos dos artigos do Haven em português do Brasil.
# Cada fato aqui tem a sua fonte citada em `sources` do artigo (data/articles/<slug>.toml,
# data/sources.toml). As mensagens críticas para a segurança estão listadas em data/safety.toml.

### Compartilhada por todos os artigos que falam de suicídio, medicamentos ou trauma (exibida perto do início)

help-early = Se você está pensando em suicídio agora, não precisa continuar a leitura primeiro. Ligue para o número de emergência da sua região, ou para uma linha de apoio em crise listada junto com este guia, e diga como você se sente.

### Por que eu não consigo mais chorar? (guia principal)

article-why-cant-i-cry-title = Por que eu não consigo mais chorar?
article-why-cant-i-cry-summary = Se os seus sentimentos parecem abafados e as lágrimas não vêm, saiba que isso não acontece só com você. Entenda o que é o entorpecimento emocional, o que pode causá-lo e o que pode ajudar.

why-cant-i-cry-intro = Talvez algo triste tenha acontecido e você esperou as lágrimas, mas elas nunca vieram. Talvez você não chore há meses, mesmo quando uma parte de você queria chorar. Se isso parece familiar, saiba que isso não acontece só com você, e não diz nada de ruim sobre quem você é. Este guia explica o que pode estar acontecendo e o que pode ajudar.

why-cant-i-cry-names-heading = Como as pessoas chamam isso
why-cant-i-cry-names = Não existe um único nome para essa experiência. As pessoas falam em entorpecimento emocional, embotamento emocional, achatamento emocional ou desligamento emocional. Há quem chame de depressão “sem lágrimas”. Todos esses nomes apontam para a mesma coisa: os seus sentimentos parecem abaixados, como se alguém tivesse diminuído o volume da sua vida interior.

why-cant-i-cry-feels-like-heading = Como isso pode ser
why-cant-i-cry-feels-like-intro = O entorpecimento aparece de formas diferentes em cada pessoa. Você pode perceber algumas destas coisas:
why-cant-i-cry-feels-like-1 = Você não consegue chorar, nem em momentos que antes partiriam o seu coração.
why-cant-i-cry-feels-like-2 = Você se sente distante das pessoas que ama, ou sente que ninguém ama você, mesmo que elas claramente se importem com você.
why-cant-i-cry-feels-like-3 = É difícil sentir alegria ou entusiasmo. Até a raiva parece ter ficado em silêncio.
why-cant-i-cry-feels-like-4 = A vida parece cinzenta, como se você a estivesse vendo através de um vidro.
why-cant-i-cry-feels-like-5 = Você sente que não consegue sair da própria cabeça e não vê uma saída clara.
why-cant-i-cry-not-weakness = Entorpecimento não é preguiça e não quer dizer que você seja uma pessoa fria ou indiferente. É uma resposta real da sua mente e do seu corpo, e pode acontecer com qualquer pessoa.

why-cant-i-cry-common-heading = Muita gente passa por isso
why-cant-i-cry-common = O entorpecimento emocional costuma vir junto com a depressão. As diretrizes para o transtorno de estresse pós-traumático (TEPT) também incluem o entorpecimento emocional entre os seus sinais. A depressão em si é muito comum: a Organização Mundial da Saúde estimou que cerca de trezentos milhões de pessoas no mundo todo vivem com ela.

why-cant-i-cry-causes-heading = O que pode causar isso
why-cant-i-cry-causes-intro = Muitas vezes há mais de um motivo ao mesmo tempo. Estes são alguns dos mais comuns:
why-cant-i-cry-causes-depression = A própria depressão. A depressão pode diminuir a intensidade com que você sente as coisas. Por muito tempo, isso foi explicado por níveis baixos de substâncias químicas do cérebro, como a serotonina, mas hoje essa ideia é debatida entre os cientistas, e as causas da depressão provavelmente são uma mistura de muitos fatores. Algumas pessoas sentem ansiedade o tempo todo, mas mesmo assim não conseguem colocar esse sentimento para fora pelo choro.
why-cant-i-cry-causes-medication = Antidepressivos. Alguns medicamentos para depressão, principalmente o grupo conhecido como ISRS, podem abafar os sentimentos como efeito colateral. O nosso guia sobre antidepressivos e embotamento emocional explica mais.
why-cant-i-cry-causes-treatment-resistant = Depressão que não melhorou com o tratamento. Quando mais de um medicamento não ajudou o suficiente, o entorpecimento pode continuar. O nosso guia sobre depressão resistente ao tratamento mostra as opções sobre as quais um especialista pode conversar com você.
why-cant-i-cry-causes-trauma = Trauma. Abuso, estresse prolongado ou experiências dolorosas na infância podem levar a mente a desligar os sentimentos para conseguir lidar com tudo. O nosso guia sobre trauma e entorpecimento fala disso com mais detalhes.

why-cant-i-cry-other-causes-heading = Entorpecimento sem depressão?
why-cant-i-cry-other-causes = O entorpecimento nem sempre vem da depressão. O burnout causado por estresse prolongado no trabalho pode desgastar os seus sentimentos, e o luto muitas vezes começa com choque e entorpecimento. Algumas pessoas ficam sem sentir nada depois de um trauma. Algumas pessoas autistas têm dificuldade para reconhecer ou dar nome aos próprios sentimentos, o que pode parecer entorpecimento; isso às vezes é chamado de alexitimia. Como essas causas podem se confundir, conversar com um médico ou terapeuta pode ajudar você a entender o que está por trás do seu entorpecimento.

why-cant-i-cry-self-care-heading = Pequenas coisas que podem ajudar
why-cant-i-cry-self-care = O autocuidado não substitui o tratamento, mas pode ajudar você a se reconectar aos poucos com os seus sentimentos. Você pode experimentar um escaneamento corporal curto todos os dias, ou anotar como se sentiu, mesmo que a resposta seja “nada”. Um filme triste ou uma música que já emocionou você pode ajudar, assim como fazer exercícios com regularidade: se você tem algum problema no coração ou está sem se exercitar há algum tempo, consulte um médico antes. Dormir com regularidade também importa. Também ajuda diminuir o que anestesia você ainda mais, como álcool, maconha ou muitas horas de games ou redes sociais. Comece com uma ideia só e vá com calma. Você não precisa fazer tudo de uma vez.

why-cant-i-cry-when-help-heading = Quando procurar um médico
why-cant-i-cry-when-help-intro = Por favor, converse com um médico ou um profissional de saúde mental se alguma destas situações for verdade para você:
why-cant-i-cry-when-help-1 = Você está tendo pensamentos de suicídio.
why-cant-i-cry-when-help-2 = Você sente uma desconexão total da realidade.
why-cant-i-cry-when-help-3 = Você não está dando conta da vida do dia a dia, no trabalho ou em casa.
why-cant-i-cry-when-help-4 = O entorpecimento ou o humor para baixo já dura mais de cerca de duas semanas.
why-cant-i-cry-when-help-now = Se você está tendo pensamentos de suicídio, por favor, não espere: hoje mesmo, conte para um médico, ligue para uma linha de apoio em crise ou conte para alguém de confiança. Se sentir que pode colocá-los em prática, ligue agora mesmo para o número de emergência da sua região ou vá agora a um pronto-socorro. O nosso guia sobre como buscar ajuda agora explica o que fazer e o que esperar.

why-cant-i-cry-closing = Não conseguir chorar não faz de você uma pessoa fraca, e não significa que há algo quebrado em você. É uma resposta muito humana a um mundo estressante, e muitas pessoas percebem que os sentimentos voltam com o apoio certo. Hoje, escolha um pequeno passo: fazer uma ligação, marcar uma consulta ou passar cinco minutos com uma música que você ama.

### Antidepressivos e embotamento emocional

article-antidepressants-and-emotional-blunting-title = Antidepressivos e embotamento emocional
article-antidepressants-and-emotional-blunting-summary = Alguns antidepressivos podem abafar os seus sentimentos como efeito colateral. Veja como isso pode aparecer e como falar sobre o assunto com segurança com o profissional que prescreve o seu medicamento.

antidepressants-and-emotional-blunting-intro = Os antidepressivos ajudam muita gente a se sentir melhor. Mas algumas pessoas percebem que, à medida que o desânimo diminui, os outros sentimentos também vão sumindo. Elas podem rir menos, se importar menos com coisas de que gostavam ou perceber que não conseguem chorar. Isso costuma ser chamado de embotamento emocional.

antidepressants-and-emotional-blunting-warning = Quando você começa a tomar um antidepressivo, muda a dose ou para de tomá-lo, o seu humor pode piorar por um tempo, e algumas pessoas têm pensamentos de suicídio. Isso é mais provável em pessoas com menos de 25 anos. Se isso acontecer com você, entre em contato no mesmo dia com o profissional que prescreve o seu medicamento ou com um médico. Se você pode vir a colocar esses pensamentos em prática, ligue agora mesmo para o número de emergência da sua região.

antidepressants-and-emotional-blunting-common-heading = Isso é comum?
antidepressants-and-emotional-blunting-common = O embotamento é um dos efeitos colaterais que as pessoas mais mencionam. Em algumas pesquisas on-line, cerca de metade das pessoas que tomavam antidepressivos disseram que tinham se sentido emocionalmente embotadas ou entorpecidas: cerca de 46% numa pesquisa conduzida a partir da Universidade de Oxford e cerca de 60% numa pesquisa na Nova Zelândia. As pessoas escolheram participar dessas pesquisas, então os números podem não valer para todo mundo. O embotamento aparece ligado principalmente a um grupo de medicamentos chamado ISRS, e a própria depressão também pode abafar os sentimentos.
antidepressants-and-emotional-blunting-names = Entre os medicamentos que as pessoas costumam mencionar estão { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } e { -medicine-fluoxetine }. Nem todo mundo que toma esses medicamentos sente embotamento, e para muitas pessoas eles são uma parte importante da recuperação.

antidepressants-and-emotional-blunting-which-heading = É a depressão ou é o medicamento?
antidepressants-and-emotional-blunting-which = Pode ser difícil saber. A depressão sozinha pode achatar os seus sentimentos, e o medicamento usado para tratá-la também. Algumas pessoas percebem que o entorpecimento começou depois que passaram a tomar um medicamento. Outras já se sentiam assim muito antes. Você não precisa descobrir isso sem ajuda. O profissional que prescreve o seu medicamento pode ajudar você a entender o que está acontecendo.

antidepressants-and-emotional-blunting-what-to-do-heading = O que você pode fazer
antidepressants-and-emotional-blunting-step-1 = Observe e anote. Durante uma ou duas semanas, anote os momentos em que você esperava sentir algo e não sentiu. Assim você terá algo claro para contar.
antidepressants-and-emotional-blunting-step-2 = Peça uma revisão da sua medicação. Conte para o profissional que prescreve o seu medicamento como você tem se sentido, incluindo o entorpecimento. Você não precisa esperar uma consulta de rotina para falar disso.
antidepressants-and-emotional-blunting-step-3 = Pergunte sobre as suas opções. O profissional que prescreve o seu medicamento pode sugerir mudar a dose ou trocar por outro medicamento. Algumas pessoas perguntam sobre { -medicine-vortioxetine } ou { -medicine-bupropion }, que alguns poucos estudos pequenos ligam a menos embotamento; as evidências sobre isso são limitadas, e { -medicine-bupropion } não é aprovada para depressão em todos os países. Só esse profissional pode decidir se uma mudança é certa para você.
antidepressants-and-emotional-blunting-step-4 = Continue tomando o seu medicamento como foi prescrito até conversar sobre isso. Por favor, não pule doses, não diminua a dose nem pare por conta própria: parar de repente pode causar sintomas de abstinência, e, se você for mesmo parar, o profissional que prescreve o seu medicamento normalmente vai diminuir a dose passo a passo.
antidepressants-and-emotional-blunting-step-5 = Acrescente outros apoios. A terapia e um autocuidado leve, como horários regulares de sono, podem ajudar você a se reconectar com os seus sentimentos.
antidepressants-and-emotional-blunting-herbal = Se você toma remédios à base de plantas ou está pensando em tomar, conte para o profissional que prescreve o seu medicamento ou para o farmacêutico. A erva-de-são-joão (hipérico) não deve ser tomada junto com antidepressivos: juntos, eles podem causar uma reação grave.

antidepressants-and-emotional-blunting-speak-up = Tudo bem tocar nesse assunto. Ter os sentimentos abafados por um medicamento é um efeito colateral real. Falar disso não faz de você uma pessoa ingrata ou difícil, e é exatamente o tipo de coisa que o profissional que prescreve o seu medicamento precisa saber.

antidepressants-and-emotional-blunting-closing = Perceber que os seus sentimentos ficaram em silêncio é um primeiro passo importante, e mostra que você ainda se importa com a própria vida. Você não é uma pessoa fraca, e não há nada quebrado em você. Com o apoio certo, muitas pessoas voltam a sentir. Hoje, um pequeno passo pode ser anotar algo para levar ao profissional que prescreve o seu medicamento ou marcar aquela consulta.

### Depressão resistente ao tratamento

article-treatment-resistant-depression-title = Depressão resistente ao tratamento
article-treatment-resistant-depression-summary = Quando a depressão não melhora depois de tentar mais de um medicamento, ainda existem opções. Veja o que o termo significa e sobre o que um especialista pode conversar com você.

treatment-resistant-depression-intro = Às vezes a depressão não melhora, mesmo depois de você ter tentado mais de um tratamento. Quando isso acontece, o entorpecimento pode durar muito tempo, e é fácil desanimar. Mas ainda existem opções, e vale a pena perguntar sobre elas.

treatment-resistant-depression-meaning-heading = O que o termo significa
treatment-resistant-depression-meaning = Os médicos costumam falar em depressão resistente ao tratamento quando a pessoa já tentou dois ou mais antidepressivos, numa dose alta o suficiente e por tempo suficiente, sem melhora suficiente. O termo descreve como a sua depressão respondeu até agora. Não é um julgamento sobre você, e não significa que nada vai ajudar.

treatment-resistant-depression-options-heading = Opções sobre as quais o seu médico ou um especialista pode conversar com você
treatment-resistant-depression-options-intro = As diretrizes clínicas costumam sugerir tentar estas opções primeiro, mais ou menos nesta ordem, com a orientação de um especialista para as etapas mais avançadas:
treatment-resistant-depression-option-switch = Mudar a dose ou trocar por outro antidepressivo.
treatment-resistant-depression-option-combine = Combinar medicamentos, ou acrescentar outro medicamento ao antidepressivo (por exemplo, lítio ou um antipsicótico). Isso exige consultas de acompanhamento regulares, porque esses medicamentos podem ter os seus próprios efeitos colaterais.
treatment-resistant-depression-option-therapy = Psicoterapia, como a terapia cognitivo-comportamental, junto com o medicamento.
treatment-resistant-depression-option-ect = Eletroconvulsoterapia (ECT) para a depressão grave, feita sob anestesia geral. Ela pode ajudar quando outros tratamentos não ajudaram, mas pode causar problemas de memória, e a anestesia tem os seus próprios riscos.
treatment-resistant-depression-newer-intro = Em alguns lugares, há opções mais novas, geralmente oferecidas por serviços especializados:
treatment-resistant-depression-option-tms = Estimulação magnética transcraniana (EMT), que usa pulsos magnéticos para estimular partes do cérebro. Em geral, ela é considerada segura, mas não ajuda todo mundo.
treatment-resistant-depression-option-esketamine = Um spray nasal de { -medicine-esketamine }. Ele é usado junto com um antidepressivo tomado por via oral e aplicado numa clínica, onde a equipe acompanha você por pelo menos duas horas depois, porque ele pode causar sonolência, tontura ou uma sensação de desconexão de si mesmo. Ele não é aprovado nem financiado em todos os lugares.
treatment-resistant-depression-option-ketamine = { -medicine-ketamine } aplicada por gotejamento na veia. Ela não é aprovada para depressão, então, quando os médicos a usam, é um uso “off-label” (fora da bula). Ela pode causar a sensação de estar desconectado da realidade e, às vezes, alucinações.
treatment-resistant-depression-option-psilocybin = { -medicine-psilocybin }, que ainda é experimental: fora de ensaios clínicos, não é um tratamento aprovado, e os ensaios encontraram tanto efeitos colaterais quanto benefícios. Se é legal ou não depende do país onde você mora.
treatment-resistant-depression-specialist-only = Esses tratamentos precisam ser feitos com acompanhamento médico. Por favor, não tente conseguir nem usar nenhum deles por conta própria, e não pare nem mude o seu medicamento atual sem conversar com o profissional que o prescreve.

treatment-resistant-depression-next-steps-heading = Dar o próximo passo
treatment-resistant-depression-next-steps = Um bom primeiro passo é conversar com o médico que cuida do seu tratamento hoje. Você pode perguntar se faz sentido um encaminhamento para um especialista. Pode ajudar levar uma lista curta dos medicamentos que você já tomou, mais ou menos por quanto tempo tomou cada um e o que mudou ou não mudou.
treatment-resistant-depression-support = Enquanto você explora essas opções, a terapia e hábitos estáveis, como horários regulares de sono, podem continuar apoiando você no dia a dia.

treatment-resistant-depression-closing = Viver com uma depressão que não cede é exaustivo, e é preciso força para continuar. Você não é uma pessoa fraca, e não há nada quebrado em você. Muitas pessoas se sentem melhor com um tratamento diferente, mesmo depois de vários não terem funcionado. Um pequeno passo hoje, como uma ligação ou uma consulta marcada, já é o bastante.

### Trauma e entorpecimento

article-trauma-and-numbness-title = Trauma e entorpecimento
article-trauma-and-numbness-summary = Depois de um trauma ou de um estresse prolongado, a mente pode desligar os sentimentos para proteger você. Entenda por que isso acontece e quais terapias podem ajudar.

trauma-and-numbness-intro = Às vezes o entorpecimento tem menos a ver com depressão ou medicamentos e mais a ver com o que você viveu. Ele pode ser o jeito que a sua mente encontrou de proteger você depois de experiências difíceis.

trauma-and-numbness-how-heading = Como o trauma pode desligar os sentimentos
trauma-and-numbness-how = Depois de abuso, agressão, trauma na infância ou um estresse que dura muito tempo, algumas pessoas percebem que os seus sentimentos ficaram abaixados ou desligados. Os médicos reconhecem esse entorpecimento emocional como uma das formas pelas quais o estresse pós-traumático pode se manifestar. Ele pode vir junto com a dissociação, uma sensação de desconexão de si ou do mundo ao redor. Naquela época, desligar pode ter ajudado você a atravessar aquilo. Depois, pode ser difícil os sentimentos voltarem a ligar, mesmo quando você já está em segurança.
trauma-and-numbness-not-a-flaw = Se você se identifica com isso, o seu entorpecimento não é um defeito. É um sinal do quanto a sua mente trabalhou para proteger você.

trauma-and-numbness-therapy-heading = Terapias que podem ajudar
trauma-and-numbness-therapy-intro = Um bom ponto de partida é um terapeuta com formação em trauma. As diretrizes clínicas recomendam dois tipos de terapia em especial:
trauma-and-numbness-therapy-cbt = Terapia cognitivo-comportamental focada no trauma (TCC focada no trauma), que ajuda você a trabalhar as lembranças e o significado que elas têm para você.
trauma-and-numbness-therapy-emdr = EMDR (sigla em inglês para dessensibilização e reprocessamento por meio dos movimentos oculares), que ajuda você a processar as lembranças enquanto acompanha movimentos de um lado para o outro com os olhos ou recebe toques.
trauma-and-numbness-therapy-somatic = Você também pode ouvir falar de abordagens baseadas no corpo, como a experiência somática (Somatic Experiencing). Algumas pessoas acham que elas ajudam, mas, até agora, há muito menos pesquisas sobre elas.
trauma-and-numbness-therapy-weekly = O seu terapeuta pode explicar como cada uma funciona e ajudar você a escolher o que combina com você. Sessões regulares dão aos sentimentos bloqueados um lugar estável e seguro para virem à tona, no seu próprio ritmo.

trauma-and-numbness-reconnect-heading = Formas delicadas de se reconectar
trauma-and-numbness-reconnect = Junto com a terapia, pequenos hábitos diários podem ajudar você a se sentir em casa no próprio corpo de novo, como escrever algumas linhas num diário ou fazer um escaneamento corporal curto. Para pessoas que passaram por um trauma, prestar muita atenção ao corpo às vezes pode trazer à tona lembranças ou sentimentos difíceis. Vá devagar, mantenha os olhos abertos se isso parecer mais seguro, e tudo bem parar e voltar a isso mais tarde com o seu terapeuta.
trauma-and-numbness-reach-out = Se você sente uma desconexão total da realidade, ou se o entorpecimento torna difícil atravessar o dia, por favor, conte para um médico logo. Se você está pensando em suicídio, ligue agora mesmo para uma linha de apoio em crise ou para o número de emergência da sua região. O nosso guia sobre como buscar ajuda agora explica como fazer isso.

trauma-and-numbness-closing = O que aconteceu com você não foi culpa sua, e desligar foi uma forma de sobreviver. Você não é uma pessoa fraca, e não há nada quebrado em você. Os sentimentos podem voltar, com delicadeza e no seu próprio ritmo. Hoje, um pequeno passo, como procurar um terapeuta que trabalhe com terapia focada no trauma, já é o bastante.

### Quando e como buscar ajuda agora

article-getting-help-now-title = Quando e como buscar ajuda agora
article-getting-help-now-summary = Conheça os sinais de que é hora de pedir ajuda, o que fazer numa crise, como ajudar outra pessoa e como costuma ser uma primeira ligação ou consulta.

getting-help-now-urgent = Se você pode vir a colocar em prática pensamentos de suicídio, ou se está em perigo agora, por favor, pare de ler e ligue para o número de emergência da sua região, ou vá ao pronto-socorro mais próximo.
getting-help-now-intro = O entorpecimento pode dificultar perceber o quanto a situação ficou séria. Quando você não sente quase nada, é fácil pensar que está tudo bem, ou que você não merece ajuda. Você merece, sim. Este guia explica quando pedir ajuda, o que fazer e o que esperar.

getting-help-now-crisis-heading = Se você está em crise agora
getting-help-now-crisis-1 = Ligue para o número de emergência da sua região, ou vá ao pronto-socorro mais próximo.
getting-help-now-crisis-2 = Fique com alguém de confiança, ou peça para alguém vir ficar com você. Tente não ficar sem companhia.
getting-help-now-crisis-3 = Mantenha distância de qualquer coisa que você possa usar para se machucar, ou peça para alguém levar isso para longe de você por enquanto.
getting-help-now-crisis-4 = Lembre-se de que esses sentimentos, por mais fortes que sejam, podem passar. Muitas pessoas que já se sentiram assim conseguiram superar isso, e existe ajuda.

getting-help-now-signs-heading = Sinais de que é hora de buscar ajuda
getting-help-now-sign-1 = Você está tendo pensamentos de suicídio.
getting-help-now-sign-2 = Você sente uma desconexão total da realidade.
getting-help-now-sign-3 = Você não consegue dar conta das coisas no trabalho ou em casa.
getting-help-now-sign-4 = O entorpecimento ou o humor para baixo já dura mais de cerca de duas semanas.
getting-help-now-signs-note = Você não precisa ter todos esses sinais. Um só já é um bom motivo para procurar um médico. E você sempre pode pedir ajuda antes de as coisas chegarem a esse ponto.

getting-help-now-what-to-do-heading = O que fazer
getting-help-now-step-1 = Se você está em perigo ou pode vir a colocar em prática pensamentos de suicídio, ligue agora mesmo para o número de emergência da sua região.
getting-help-now-step-2 = Se você precisa falar com alguém hoje, ligue ou mande uma mensagem de texto para uma linha de apoio em crise. As linhas de apoio em crise do seu país aparecem junto com este guia; elas são gratuitas ou de baixo custo, e muitas funcionam dia e noite.
getting-help-now-step-3 = Se você não está em perigo imediato, marque uma consulta com o seu médico ou com um profissional de saúde mental.
getting-help-now-step-4 = Conte para alguém de confiança, como um amigo, um familiar ou um colega, como você tem se sentido, para não ter que carregar isso sem apoio.

getting-help-now-someone-else-heading = Se você se preocupa com outra pessoa
getting-help-now-someone-else = Se alguém que você conhece talvez esteja pensando em suicídio, tudo bem perguntar diretamente para essa pessoa. Perguntar não coloca a ideia na cabeça dela, e falar pode ser um alívio para ela. Ouça sem julgar, e ajude a pessoa a entrar em contato com uma linha de apoio em crise ou com um médico. Se ela estiver em perigo imediato, ligue para o número de emergência e fique com ela até a ajuda chegar. Cuide de você também: você também pode ligar para uma linha de apoio em crise para receber apoio.

getting-help-now-young-people = Se você tem menos de 18 anos, por favor, conte como você se sente para um adulto de confiança, como o seu pai ou a sua mãe, um professor ou um orientador educacional da escola. Muitos países têm uma linha de ajuda gratuita só para crianças e jovens; você pode encontrá-la entre as linhas que aparecem junto com este guia.

getting-help-now-first-contact-heading = Como é uma primeira ligação ou consulta
getting-help-now-first-call = Quando você liga para uma linha de apoio em crise, a pessoa que atende está ali para ouvir. Você não precisa encontrar as palavras certas, e não precisa estar em lágrimas para merecer o tempo dela. Você pode simplesmente dizer: “Não estou sentindo nada, e isso me preocupa”.
getting-help-now-first-appointment = Uma primeira consulta é, principalmente, uma conversa. Podem perguntar há quanto tempo você se sente assim e como está lidando com as coisas no trabalho e em casa. Tudo bem dizer que você não consegue chorar e não sabe por quê. Uma avaliação pode ajudar a diferenciar possíveis causas, como depressão, burnout, luto ou trauma, para que você receba o tipo certo de apoio.
getting-help-now-notes-tip = Se falar parecer difícil, escreva algumas anotações antes e leve com você. Você também pode pedir para alguém de confiança ir junto.

getting-help-now-closing = Pedir ajuda quando você não sente nada exige muita coragem. Você não é uma pessoa fraca, e não há nada quebrado em você. É uma resposta humana a um mundo estressante, e existe ajuda. Escolha um pequeno passo para hoje: uma ligação, uma consulta marcada ou cinco minutos com uma música que significa algo para você.
