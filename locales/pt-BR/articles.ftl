# Títulos, resumos e textos dos artigos do Haven em português do Brasil.

### Por que eu não consigo mais chorar? (guia principal)

article-why-cant-i-cry-title = Por que eu não consigo mais chorar?
article-why-cant-i-cry-summary = Se os seus sentimentos parecem abafados e as lágrimas não vêm, saiba que isso não acontece só com você. Entenda o que é o entorpecimento emocional, o que pode causá-lo e o que pode ajudar.

why-cant-i-cry-intro = Talvez algo triste tenha acontecido e você esperou as lágrimas, mas elas nunca vieram. Talvez você não chore há meses, mesmo quando uma parte de você queria chorar. Se isso parece familiar, saiba que isso não acontece só com você, e não diz nada de ruim sobre quem você é. Este guia explica o que pode estar acontecendo e o que pode ajudar.

why-cant-i-cry-names-heading = Como as pessoas chamam isso
why-cant-i-cry-names = Não existe um único nome para essa experiência. As pessoas falam em entorpecimento emocional, anestesia emocional, embotamento emocional, achatamento emocional ou desligamento emocional. Há quem chame de depressão “sem lágrimas”. Todos esses nomes apontam para a mesma coisa: os seus sentimentos parecem abaixados, como se alguém tivesse diminuído o volume da sua vida interior.

why-cant-i-cry-feels-like-heading = Como isso pode ser
why-cant-i-cry-feels-like-intro = O entorpecimento aparece de formas diferentes em cada pessoa. Você pode perceber algumas destas coisas:
why-cant-i-cry-feels-like-1 = Você não consegue chorar, nem em momentos que antes partiriam o seu coração.
why-cant-i-cry-feels-like-2 = Você se sente distante das pessoas que ama, ou sente que ninguém ama você, mesmo que elas claramente se importem com você.
why-cant-i-cry-feels-like-3 = É difícil sentir alegria ou entusiasmo. Até a raiva parece ter ficado em silêncio.
why-cant-i-cry-feels-like-4 = A vida parece cinzenta, como se você a estivesse vendo através de um vidro.
why-cant-i-cry-feels-like-5 = Você sente que não consegue sair da própria cabeça e não vê uma saída clara.
why-cant-i-cry-not-weakness = Entorpecimento não é preguiça e não quer dizer que você seja uma pessoa fria ou indiferente. É uma resposta real da sua mente e do seu cérebro, e pode acontecer com qualquer pessoa.

why-cant-i-cry-common-heading = Muita gente passa por isso
why-cant-i-cry-common = O entorpecimento emocional costuma vir junto com a depressão e a ansiedade. Ele também é comum no transtorno bipolar e no transtorno de estresse pós-traumático (TEPT). A depressão em si é muito comum. A Organização Mundial da Saúde estima que cerca de duzentos e oitenta milhões de pessoas no mundo todo vivem com ela.

why-cant-i-cry-causes-heading = O que pode causar isso
why-cant-i-cry-causes-intro = Muitas vezes há mais de um motivo ao mesmo tempo. Estes são alguns dos mais comuns:
why-cant-i-cry-causes-depression = A própria depressão. A depressão altera os sistemas do cérebro que levam os mensageiros químicos serotonina, dopamina e noradrenalina, e isso pode abaixar as suas respostas emocionais. Algumas pessoas sentem ansiedade o tempo todo, mas mesmo assim não conseguem colocar esse sentimento para fora pelo choro.
why-cant-i-cry-causes-medication = Antidepressivos. Alguns medicamentos para depressão, principalmente o grupo conhecido como ISRS, podem abafar os sentimentos como efeito colateral. O nosso guia sobre antidepressivos e embotamento emocional explica mais.
why-cant-i-cry-causes-treatment-resistant = Depressão que não melhorou com o tratamento. Quando mais de um medicamento não ajudou o suficiente, o entorpecimento pode continuar. O nosso guia sobre depressão resistente ao tratamento mostra as opções sobre as quais um especialista pode conversar com você.
why-cant-i-cry-causes-trauma = Trauma. Abuso, estresse prolongado ou experiências dolorosas na infância podem ensinar ao cérebro que sentir é perigoso. Para ajudar você a sobreviver, ele desliga os sentimentos. O nosso guia sobre trauma e entorpecimento fala disso com mais detalhes.

why-cant-i-cry-other-causes-heading = Entorpecimento sem depressão?
why-cant-i-cry-other-causes = O entorpecimento nem sempre vem da depressão. O burnout e o estresse prolongado no trabalho podem desgastar os seus sentimentos. O luto pode fazer o mesmo. Algumas pessoas ficam sem sentir nada depois de um trauma, e o entorpecimento também pode acontecer com pessoas autistas. Como essas causas podem se confundir, conversar com um profissional pode ajudar você a entender o que está por trás do que você sente.

why-cant-i-cry-self-care-heading = Pequenas coisas que podem ajudar
why-cant-i-cry-self-care = O autocuidado não substitui o tratamento, mas pode ajudar você a se reconectar aos poucos com os seus sentimentos. Você pode experimentar um escaneamento corporal curto todos os dias, ou anotar como se sentiu, mesmo que a resposta seja “nada”. Um filme triste ou uma música que já emocionou você pode ajudar, assim como um exercício que acelere o coração. Ter horários regulares de sono também importa. Também ajuda diminuir o que anestesia você ainda mais, como álcool, maconha ou muitas horas de games ou redes sociais. Comece com uma ideia só e vá com calma. Você não precisa fazer tudo de uma vez.

why-cant-i-cry-when-help-heading = Quando pedir ajuda
why-cant-i-cry-when-help-intro = Converse com um médico ou um profissional de saúde mental se alguma destas situações for verdade para você:
why-cant-i-cry-when-help-1 = Você está tendo pensamentos de suicídio.
why-cant-i-cry-when-help-2 = Você sente uma desconexão total da realidade.
why-cant-i-cry-when-help-3 = Você não está dando conta da vida do dia a dia, no trabalho ou em casa.
why-cant-i-cry-when-help-4 = O entorpecimento já dura mais de dois ou três meses.
why-cant-i-cry-when-help-now = Se você está tendo pensamentos de suicídio, não espere: procure ajuda hoje. Se sentir que pode colocá-los em prática, ligue agora mesmo para o número de emergência da sua região. O nosso guia sobre como buscar ajuda agora explica o que fazer e o que esperar.

why-cant-i-cry-closing = Não conseguir chorar não faz de você uma pessoa fraca, e não significa que há algo quebrado em você. É uma resposta muito humana a um mundo estressante, e os sentimentos podem encontrar o caminho de volta. A melhora é possível. Hoje, escolha um pequeno passo: fazer uma ligação, marcar uma consulta ou passar cinco minutos com uma música que você ama.

### Antidepressivos e embotamento emocional

article-antidepressants-and-emotional-blunting-title = Antidepressivos e embotamento emocional
article-antidepressants-and-emotional-blunting-summary = Alguns antidepressivos podem abafar os seus sentimentos como efeito colateral. Veja como isso pode aparecer e como falar sobre o assunto com segurança com quem receitou o seu medicamento.

antidepressants-and-emotional-blunting-intro = Os antidepressivos ajudam muita gente a se sentir melhor. Mas algumas pessoas percebem que, à medida que o desânimo diminui, os outros sentimentos também vão sumindo. Elas podem rir menos, se importar menos com coisas de que gostavam ou perceber que não conseguem chorar. Isso costuma ser chamado de embotamento emocional.

antidepressants-and-emotional-blunting-common-heading = Isso é comum?
antidepressants-and-emotional-blunting-common = O embotamento é um dos efeitos colaterais que as pessoas mais mencionam. Em pesquisas, cerca de 40 a 60 por cento das pessoas que tomam antidepressivos dizem ter notado algum embotamento. Ele aparece ligado principalmente a um grupo de medicamentos chamado ISRS.
antidepressants-and-emotional-blunting-names = Entre os medicamentos que as pessoas costumam mencionar estão { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } e { -medicine-fluoxetine }. Nem todo mundo que toma esses medicamentos sente embotamento, e para muitas pessoas eles são uma parte importante da recuperação.

antidepressants-and-emotional-blunting-which-heading = É a depressão ou é o medicamento?
antidepressants-and-emotional-blunting-which = Pode ser difícil saber. A depressão sozinha pode achatar os seus sentimentos, e o medicamento usado para tratá-la também. Algumas pessoas percebem que o entorpecimento começou depois que passaram a tomar um medicamento. Outras já se sentiam assim muito antes. Você não precisa descobrir isso sem ajuda. Quem receitou o seu medicamento pode ajudar você a entender o que está acontecendo.

antidepressants-and-emotional-blunting-what-to-do-heading = O que você pode fazer
antidepressants-and-emotional-blunting-step-1 = Observe e anote. Durante uma ou duas semanas, anote os momentos em que você esperava sentir algo e não sentiu. Assim você terá algo claro para contar.
antidepressants-and-emotional-blunting-step-2 = Peça uma revisão da sua medicação. Conte para quem receitou o seu medicamento como você tem se sentido, incluindo o entorpecimento. Você não precisa esperar uma consulta de rotina para falar disso.
antidepressants-and-emotional-blunting-step-3 = Pergunte sobre as suas opções. Quem receitou o seu medicamento pode conversar com você sobre medicamentos que aparecem menos ligados ao embotamento, como { -medicine-vortioxetine } ou { -medicine-bupropion }. Só essa pessoa pode dizer se alguma mudança faz sentido para você.
antidepressants-and-emotional-blunting-step-4 = Continue tomando o seu medicamento como foi receitado até conversar sobre isso. Por favor, não pule doses nem pare por conta própria.
antidepressants-and-emotional-blunting-step-5 = Some outros apoios. A terapia e um autocuidado leve, como um escaneamento corporal diário ou horários regulares de sono, podem ajudar você a se reconectar com os seus sentimentos.

antidepressants-and-emotional-blunting-speak-up = Tudo bem tocar nesse assunto. Ter os sentimentos abafados por um medicamento é um efeito colateral real. Falar disso não faz de você uma pessoa ingrata ou difícil, e é exatamente o tipo de coisa que quem receitou o seu medicamento precisa saber.

antidepressants-and-emotional-blunting-closing = Perceber que os seus sentimentos ficaram em silêncio é um primeiro passo importante, e mostra que você ainda se importa com a própria vida. Isso não é sinal de fraqueza, e não há nada quebrado em você. Com o apoio certo, a maioria das pessoas volta a sentir. Hoje, um pequeno passo pode ser anotar algo para levar a quem receita o seu medicamento ou marcar aquela consulta.

### Depressão resistente ao tratamento

article-treatment-resistant-depression-title = Depressão resistente ao tratamento
article-treatment-resistant-depression-summary = Quando a depressão não melhora depois de tentar mais de um medicamento, ainda existem opções. Veja o que o termo significa e sobre o que um especialista pode conversar com você.

treatment-resistant-depression-intro = Às vezes a depressão não melhora, mesmo depois de você ter tentado mais de um tratamento. Quando isso acontece, o entorpecimento pode durar muito tempo, e é fácil desanimar. Mas ainda existem opções, e vale a pena perguntar sobre elas.

treatment-resistant-depression-meaning-heading = O que o termo significa
treatment-resistant-depression-meaning = Os médicos costumam falar em depressão resistente ao tratamento quando a pessoa já tentou dois ou mais antidepressivos, numa dose alta o suficiente e por tempo suficiente, sem melhora suficiente. O termo descreve como a sua depressão respondeu até agora. Não é um julgamento sobre você, e não significa que nada vai ajudar.

treatment-resistant-depression-options-heading = Opções sobre as quais um especialista pode conversar
treatment-resistant-depression-options-intro = Se os tratamentos habituais não ajudaram o suficiente, um especialista pode conversar com você sobre outras abordagens. Cada uma tem os seus próprios benefícios, riscos e regras sobre quem pode fazê-la. Entre elas estão:
treatment-resistant-depression-option-ketamine = Terapia de infusão com { -medicine-ketamine }, em que o medicamento é aplicado devagar, por gotejamento na veia.
treatment-resistant-depression-option-esketamine = Um spray nasal de { -medicine-esketamine }, vendido como { -brand-spravato }.
treatment-resistant-depression-option-tms = Estimulação magnética transcraniana, muitas vezes chamada de EMT (ou TMS, na sigla em inglês), que usa campos magnéticos para estimular partes do cérebro.
treatment-resistant-depression-option-psilocybin = Terapia assistida com { -medicine-psilocybin }, mas apenas em clínicas autorizadas ou em pesquisas clínicas. Se isso é legal ou não depende do país onde você mora.
treatment-resistant-depression-specialist-only = Esses tratamentos devem ser feitos com acompanhamento especializado. Por favor, não tente conseguir nem usar nenhum deles por conta própria.

treatment-resistant-depression-next-steps-heading = Dar o próximo passo
treatment-resistant-depression-next-steps = Um bom primeiro passo é conversar com o médico que cuida do seu tratamento hoje. Você pode perguntar se faz sentido um encaminhamento para um especialista. Pode ajudar levar uma lista curta dos medicamentos que você já tomou, mais ou menos por quanto tempo tomou cada um e o que mudou ou não mudou.
treatment-resistant-depression-support = Enquanto você explora essas opções, a terapia e hábitos estáveis, como horários regulares de sono, podem continuar apoiando você no dia a dia.

treatment-resistant-depression-closing = Viver com uma depressão que não cede é exaustivo, e é preciso força para continuar. Isso não é sinal de fraqueza, e não há nada quebrado em você. A melhora ainda é possível, e com o tratamento certo a maioria das pessoas recupera os sentimentos com o tempo. Um pequeno passo hoje, como uma ligação ou uma consulta marcada, já é o bastante.

### Trauma e entorpecimento

article-trauma-and-numbness-title = Trauma e entorpecimento
article-trauma-and-numbness-summary = Depois de um trauma ou de um estresse prolongado, a mente pode desligar os sentimentos para proteger você. Entenda por que isso acontece e quais terapias podem ajudar.

trauma-and-numbness-intro = Às vezes o entorpecimento tem menos a ver com depressão ou medicamentos e mais a ver com o que você viveu. Ele pode ser o jeito que a sua mente encontrou de proteger você depois de experiências difíceis.

trauma-and-numbness-how-heading = Como o trauma pode desligar os sentimentos
trauma-and-numbness-how = Quando alguém passa por um trauma na infância, por abuso ou por um estresse que dura muito tempo, o cérebro pode aprender que sentir é perigoso. Para ajudar você a atravessar aquilo, ele abaixa ou desliga os sentimentos. Isso pode vir junto com a dissociação, uma sensação de desconexão de si ou do mundo ao redor. Naquela época, desligar pode ter ajudado você a sobreviver. Depois, pode ser difícil os sentimentos voltarem a ligar, mesmo quando você já está em segurança.
trauma-and-numbness-not-a-flaw = Se você se identifica com isso, o seu entorpecimento não é um defeito. É um sinal do quanto a sua mente trabalhou para proteger você.

trauma-and-numbness-therapy-heading = Terapias que podem ajudar
trauma-and-numbness-therapy-intro = Um bom ponto de partida é um terapeuta com abordagem sensível ao trauma. É um profissional que entende como o trauma afeta as pessoas e deixa você avançar no seu próprio ritmo. Entre as terapias que podem ajudar estão:
trauma-and-numbness-therapy-emdr = EMDR, sigla em inglês para dessensibilização e reprocessamento por meio dos movimentos oculares.
trauma-and-numbness-therapy-cbt = Terapia cognitivo-comportamental focada no trauma, muitas vezes chamada de TCC focada no trauma.
trauma-and-numbness-therapy-somatic = Experiência somática (Somatic Experiencing).
trauma-and-numbness-therapy-weekly = O seu terapeuta pode explicar como cada uma funciona e ajudar você a escolher o que combina com você. Encontros semanais dão aos sentimentos bloqueados um lugar estável e seguro para virem à tona.

trauma-and-numbness-reconnect-heading = Formas delicadas de se reconectar
trauma-and-numbness-reconnect = Junto com a terapia, pequenos hábitos diários podem ajudar você a se sentir em casa no próprio corpo de novo. Um escaneamento corporal curto ou algumas linhas num diário são bons jeitos de começar. Vá devagar. Se algo despertar mais do que você consegue lidar, tudo bem parar e voltar a isso mais tarde com o seu terapeuta.
trauma-and-numbness-reach-out = Se você sente uma desconexão total da realidade, ou se o entorpecimento torna difícil atravessar o dia, procure ajuda logo. O nosso guia sobre como buscar ajuda agora explica como fazer isso.

trauma-and-numbness-closing = O que aconteceu com você não foi culpa sua, e desligar foi uma forma de sobreviver. Isso não é sinal de fraqueza, e não há nada quebrado em você. Os sentimentos podem voltar, com delicadeza e no seu próprio ritmo. Hoje, um pequeno passo, como procurar um terapeuta com abordagem sensível ao trauma, já é o bastante.

### Quando e como buscar ajuda agora

article-getting-help-now-title = Quando e como buscar ajuda agora
article-getting-help-now-summary = Conheça os sinais de que é hora de pedir ajuda, o que fazer e como costuma ser uma primeira ligação ou consulta.

getting-help-now-urgent = Se você tem pensamentos de suicídio e sente que pode colocá-los em prática, ou se está em perigo agora, pare de ler e ligue para o número de emergência da sua região.
getting-help-now-intro = O entorpecimento pode dificultar perceber o quanto a situação ficou séria. Quando você não sente quase nada, é fácil pensar que está tudo bem, ou que você não merece ajuda. Você merece, sim. Este guia explica quando pedir ajuda, o que fazer e o que esperar.

getting-help-now-signs-heading = Sinais de que é hora de buscar ajuda
getting-help-now-sign-1 = Você está tendo pensamentos de suicídio.
getting-help-now-sign-2 = Você sente uma desconexão total da realidade.
getting-help-now-sign-3 = Você não consegue dar conta das coisas no trabalho ou em casa.
getting-help-now-sign-4 = Os seus sintomas já duram mais de dois ou três meses.
getting-help-now-signs-note = Você não precisa ter todos esses sinais. Um só já é um bom motivo para pedir ajuda. E você sempre pode pedir ajuda antes de as coisas chegarem a esse ponto.

getting-help-now-what-to-do-heading = O que fazer
getting-help-now-step-1 = Se você está em perigo ou sente que pode colocar em prática pensamentos de suicídio, ligue agora mesmo para o número de emergência da sua região.
getting-help-now-step-2 = Se você precisa falar com alguém hoje, entre em contato com uma linha de apoio em crise. Nos Estados Unidos, existe a Suicide & Crisis Lifeline. No Reino Unido, existe a Samaritans. As duas funcionam dia e noite. Em outros países, a Befrienders Worldwide mantém uma lista de centros de apoio. Os contatos do seu país aparecem junto com este guia.
getting-help-now-step-3 = Se você não está em perigo imediato, marque uma consulta com o seu médico ou com um profissional de saúde mental.
getting-help-now-step-4 = Conte para alguém de confiança como você tem se sentido, para não ter que carregar isso sem apoio.

getting-help-now-first-contact-heading = Como é uma primeira ligação ou consulta
getting-help-now-first-call = Quando você liga para uma linha de apoio em crise, a pessoa que atende está ali para ouvir. Você não precisa encontrar as palavras certas, e não precisa estar em lágrimas para merecer o tempo dela. Você pode simplesmente dizer: “Não estou sentindo nada, e isso me preocupa”.
getting-help-now-first-appointment = Uma primeira consulta é, principalmente, uma conversa. Podem perguntar há quanto tempo você se sente assim e como está lidando com as coisas no trabalho e em casa. Tudo bem dizer que você não consegue chorar e não sabe por quê. Uma avaliação pode ajudar a diferenciar possíveis causas, como depressão, burnout, luto ou trauma, para que você receba o tipo certo de apoio.
getting-help-now-notes-tip = Se falar parecer difícil, escreva algumas anotações antes e leve com você. Você também pode pedir para alguém de confiança ir junto.

getting-help-now-closing = Pedir ajuda quando você não sente nada exige muita coragem. Isso não é sinal de fraqueza, e não há nada quebrado em você. É uma resposta humana a um mundo estressante, e a melhora é possível. Escolha um pequeno passo para hoje: uma ligação, uma consulta marcada ou cinco minutos com uma música que significa algo para você.
