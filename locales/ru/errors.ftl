# Сообщения об ошибках. У каждого кода есть заголовок (короткий, одинаковый для всех
# случаев) и подробности (об этом случае). Код после "problem-" — это стабильный `code`, который видят клиенты.

problem-article-not-found = Статья не найдена
problem-article-not-found-detail = Статьи «{ $value }» нет. Список статей находится по адресу /v1/articles.
problem-strategy-not-found = Стратегия не найдена
problem-strategy-not-found-detail = Стратегии заботы о себе «{ $value }» нет. Список находится по адресу /v1/strategies.
problem-faq-not-found = Вопрос не найден
problem-faq-not-found-detail = Вопроса «{ $value }» нет. Список находится по адресу /v1/faqs.
problem-country-not-found = Страна не найдена
problem-country-not-found-detail = У нас нет информации для кода страны «{ $value }». Список стран находится по адресу /v1/countries.
problem-route-not-found = Не найдено
problem-route-not-found-detail = По этому адресу ничего нет. Описание API находится по адресу /openapi.json.
problem-method-not-allowed = Метод не разрешён
problem-method-not-allowed-detail = Этот адрес можно только читать, с помощью GET или HEAD.
problem-invalid-parameter = Недопустимый параметр
problem-invalid-parameter-detail = У параметра «{ $name }» значение, которое мы не можем использовать. Ожидается: { $expected ->
        [page-number] целое число от 1 и больше.
        [per-page-number] целое число от 1 до { $max }.
        [topic] одна из тем из документации API, например «suicide» или «youth».
        [channel] одно из значений phone, sms, chat, whatsapp, web или email.
        [language-tag] языковой тег, например «es» или «pt-BR».
        [boolean] true или false.
        [instant] дата и время в формате ISO с часовым поясом, как показано в документации API.
        [confidence] одно из значений low, medium или high.
       *[other] идентификатор в нижнем регистре, например «medication».
    }
problem-missing-parameter = Не хватает параметра
problem-missing-parameter-detail = Параметр «{ $name }» обязателен.
problem-page-not-found = Страница вне диапазона
problem-page-not-found-detail = Страницы { $page } не существует; последняя страница — { $last }.
problem-invalid-locale = Недопустимый языковой тег
problem-invalid-locale-detail = «{ $value }» — это не языковой тег. Используйте тег BCP 47, например «en», «es» или «pt-BR».
problem-invalid-country-code = Недопустимый код страны
problem-invalid-country-code-detail = «{ $value }» — это не код страны. Используйте двухбуквенный код страны ISO, например «GB» или «US».
problem-invalid-query = Недопустимая строка запроса
problem-invalid-query-detail = Не удалось прочитать строку запроса. Проверьте, нет ли повторяющихся параметров или ошибок в процентном кодировании.
problem-request-rejected = Запрос отклонён
problem-request-rejected-detail = Запрос отклонён со статусом { $status }. Возможно, он слишком большой или составлен неправильно.
problem-internal-error = Что-то пошло не так на нашей стороне
problem-internal-error-detail = Мы не смогли ответить на этот запрос. Пожалуйста, попробуйте ещё раз. Если вам нужна помощь прямо сейчас, позвоните по местному номеру экстренной помощи.
problem-item-not-found = Элемент не найден
problem-item-not-found-detail = Элемента пакета «{ $value }» нет. Если в вашем приложении хранится его копия, удалите её: этот элемент больше не входит в материалы.
problem-uri-too-long = Слишком длинный адрес
problem-uri-too-long-detail = Адрес запроса содержит более { $max } символов. Ни одному адресу Haven столько не нужно.
problem-headers-too-large = Слишком большие заголовки запроса
problem-headers-too-large-detail = Заголовки запроса в сумме занимают более { $max } байт. Отправьте меньше заголовков или сделайте их короче и попробуйте снова.
problem-rate-limited = Слишком много запросов
problem-rate-limited-detail = Этот клиент отправил слишком много запросов за короткое время. Подождите { $seconds } сек. и попробуйте снова. Если вам нужна помощь прямо сейчас, позвоните по местному номеру экстренной помощи.
problem-precondition-failed = Предусловие не выполнено
problem-precondition-failed-detail = Версия, указанная в If-Match, не является текущей. Запросите ресурс заново.
problem-range-not-satisfiable = Диапазон недостижим
problem-range-not-satisfiable-detail = Запрошенный диапазон начинается после конца ответа. Запросите диапазон внутри него или весь ответ.
