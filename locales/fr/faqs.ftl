# Questions fréquentes sur l’anesthésie émotionnelle, avec des réponses courtes.

## Ne plus pouvoir pleurer, est-ce un signe de dépression sévère ?

faq-is-not-crying-a-sign-of-severe-depression-question = Ne plus pouvoir pleurer, est-ce un signe de dépression sévère ?
faq-is-not-crying-a-sign-of-severe-depression-answer = Pas forcément. L’incapacité à pleurer est souvent liée à la dépression et au blocage des émotions, mais à elle seule, elle ne dit pas à quel point la situation est grave. C’est une bonne raison de consulter un professionnel, qui pourra examiner l’ensemble de la situation avec vous.

## L’anesthésie émotionnelle peut-elle être définitive ?

faq-can-numbness-be-permanent-question = L’anesthésie émotionnelle peut-elle être définitive ?
faq-can-numbness-be-permanent-answer = C’est rare. Avec le bon traitement, une thérapie ou un bilan de vos médicaments, la plupart des gens retrouvent toute la palette de leurs émotions. Cela peut prendre du temps : essayez de faire preuve de patience et de douceur envers vous-même en chemin.

## Mon travail peut-il en être la cause ?

faq-can-my-job-cause-this-question = Mon travail peut-il en être la cause ?
faq-can-my-job-cause-this-answer = Oui, c’est possible. Le stress prolongé au travail et l’épuisement professionnel (burn-out) peuvent étouffer vos émotions, un peu comme un bouclier que votre esprit dresse pour vous protéger. Si le travail a eu raison de vos forces, cela vaut la peine d’en parler avec un professionnel.

## Je ne ressens plus rien, mais je ne suis pas en dépression

faq-numb-but-not-depressed-question = Je ne ressens plus rien, mais je ne suis pas en dépression. Que se passe-t-il ?
faq-numb-but-not-depressed-answer = L’anesthésie émotionnelle peut exister sans dépression. Elle peut accompagner un burn-out, un deuil, l’autisme ou les suites d’un traumatisme. Comme ces situations peuvent se ressembler, une évaluation avec un professionnel est le meilleur moyen de faire la différence.
