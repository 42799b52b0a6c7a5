# Questions fréquentes sur l’anesthésie émotionnelle, avec des réponses courtes.
# Les sources de chaque réponse se trouvent dans data/faqs.toml.

## Ne plus pouvoir pleurer, est-ce un signe de dépression sévère ?

faq-is-not-crying-a-sign-of-severe-depression-question = Ne plus pouvoir pleurer, est-ce un signe de dépression sévère ?
faq-is-not-crying-a-sign-of-severe-depression-answer = Pas forcément. Ne pas arriver à pleurer est souvent lié à la dépression, mais à lui seul, cela ne montre pas à quel point la situation est grave. Si votre humeur est basse ou éteinte depuis plus de deux semaines environ, c’est une bonne raison de consulter un médecin, qui pourra examiner l’ensemble de la situation avec vous.

## L’anesthésie émotionnelle peut-elle être définitive ?

faq-can-numbness-be-permanent-question = L’anesthésie émotionnelle peut-elle être définitive ?
faq-can-numbness-be-permanent-answer = L’anesthésie émotionnelle est souvent liée à des choses qui peuvent changer, comme la dépression, un médicament, le stress, le deuil ou un traumatisme. Avec un traitement de la dépression, beaucoup de personnes guérissent, et quand un médicament en est la cause, un prescripteur peut revoir avec vous la dose ou le médicament. Cela peut prendre du temps : essayez de faire preuve de patience et de douceur envers vous-même en chemin.

## Mon travail peut-il en être la cause ?

faq-can-my-job-cause-this-question = Mon travail peut-il en être la cause ?
faq-can-my-job-cause-this-answer = Il peut jouer un rôle. L’Organisation mondiale de la santé décrit le burn-out comme le résultat d’un stress chronique au travail qui n’a pas été bien géré : les personnes se sentent épuisées, détachées de leur travail et moins efficaces. Si le travail a eu raison de vos forces, cela vaut la peine de parler à un médecin de ce que vous ressentez.

## Je ne ressens plus rien, mais je ne suis pas en dépression

faq-numb-but-not-depressed-question = Je ne ressens plus rien, mais je ne suis pas en dépression. Que se passe-t-il ?
faq-numb-but-not-depressed-answer = L’anesthésie émotionnelle peut exister sans dépression. Elle peut accompagner un burn-out ou un deuil, apparaître après un traumatisme ou, chez certaines personnes autistes, aller avec une difficulté à reconnaître ou à nommer ses émotions. Comme ces situations peuvent se ressembler, une évaluation avec un médecin ou un thérapeute est le meilleur moyen de faire la différence.
