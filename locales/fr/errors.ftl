# Messages d’erreur. Chaque code a un titre (court, identique à chaque fois) et un
# détail (propre à cette occurrence). La partie après « problem- » est le `code` stable que voient les clients.

problem-article-not-found = Article introuvable
problem-article-not-found-detail = Il n’existe aucun article nommé « { $value } ». La liste des articles se trouve à /v1/articles.
problem-strategy-not-found = Stratégie introuvable
problem-strategy-not-found-detail = Il n’existe aucune stratégie de soin de soi nommée « { $value } ». La liste se trouve à /v1/strategies.
problem-faq-not-found = Question introuvable
problem-faq-not-found-detail = Il n’existe aucune question nommée « { $value } ». La liste se trouve à /v1/faqs.
problem-country-not-found = Pays introuvable
problem-country-not-found-detail = Nous n’avons aucune information pour le code pays « { $value } ». La liste des pays se trouve à /v1/countries.
problem-route-not-found = Introuvable
problem-route-not-found-detail = Il n’y a rien à cette adresse. L’API est décrite dans /openapi.json.
problem-method-not-allowed = Méthode non autorisée
problem-method-not-allowed-detail = Cette adresse peut seulement être lue, avec GET ou HEAD.
problem-invalid-parameter = Paramètre invalide
problem-invalid-parameter-detail = Le paramètre « { $name } » a une valeur que nous ne pouvons pas utiliser. Valeur attendue : { $expected ->
        [page-number] un nombre entier à partir de 1.
        [per-page-number] un nombre entier de 1 à { $max }.
        [topic] l’un des sujets listés dans la documentation de l’API, par exemple « suicide » ou « youth ».
        [channel] l’une des valeurs phone, sms, chat, whatsapp, web ou email.
        [language-tag] une étiquette de langue comme « es » ou « pt-BR ».
        [boolean] true ou false.
        [instant] une date et une heure au format ISO, avec leur fuseau horaire, comme le montre la documentation de l’API.
        [confidence] l’une des valeurs low, medium ou high.
       *[other] un identifiant en minuscules comme « medication ».
    }
problem-missing-parameter = Paramètre manquant
problem-missing-parameter-detail = Le paramètre « { $name } » est obligatoire.
problem-page-not-found = Page hors limites
problem-page-not-found-detail = La page { $page } n’existe pas ; la dernière page est la page { $last }.
problem-invalid-locale = Étiquette de langue invalide
problem-invalid-locale-detail = « { $value } » n’est pas une étiquette de langue. Utilisez une étiquette BCP 47 comme « en », « es » ou « pt-BR ».
problem-invalid-country-code = Code pays invalide
problem-invalid-country-code-detail = « { $value } » n’est pas un code pays. Utilisez un code pays ISO à deux lettres comme « GB » ou « US ».
problem-invalid-query = Chaîne de requête invalide
problem-invalid-query-detail = La chaîne de requête n’a pas pu être lue. Vérifiez qu’aucun paramètre n’est répété et que l’encodage en pourcentage (percent-encoding) est correct.
problem-request-rejected = Requête refusée
problem-request-rejected-detail = La requête a été refusée avec le statut { $status }. Elle est peut-être trop volumineuse ou mal formée.
problem-internal-error = Un problème est survenu de notre côté
problem-internal-error-detail = Nous n’avons pas pu répondre à cette requête. Veuillez réessayer. Si vous avez besoin d’aide tout de suite, appelez le numéro d’urgence de votre pays.
problem-item-not-found = Élément introuvable
problem-item-not-found-detail = Il n’existe aucun élément « { $value } » dans le paquet de contenu. Si votre application en conserve une copie, supprimez-la : cet élément ne fait plus partie du contenu.
problem-uri-too-long = Adresse trop longue
problem-uri-too-long-detail = L’adresse de la requête dépasse { $max } caractères. Aucune adresse de Haven n’en a besoin d’autant.
problem-headers-too-large = En-têtes trop volumineux
problem-headers-too-large-detail = Les en-têtes de la requête dépassent { $max } octets au total. Envoyez des en-têtes moins nombreux ou plus courts, puis réessayez.
problem-rate-limited = Trop de requêtes
problem-rate-limited-detail = Ce client a envoyé trop de requêtes en peu de temps. Veuillez patienter { $seconds } secondes puis réessayer. Si vous avez besoin d’aide maintenant, appelez le numéro d’urgence de votre pays.
problem-precondition-failed = Précondition non remplie
problem-precondition-failed-detail = La version indiquée avec If-Match n’est pas la version actuelle. Demandez de nouveau la ressource.
problem-range-not-satisfiable = Plage non satisfaisable
problem-range-not-satisfiable-detail = La plage demandée commence après la fin de la réponse. Demandez une plage à l’intérieur, ou la réponse entière.
