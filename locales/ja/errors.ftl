# Error messages. Each code has a title (short, the same for every occurrence) and a
# detail (this occurrence). The code after "problem-" is the stable `code` clients see.

problem-article-not-found = 記事が見つかりません
problem-article-not-found-detail = 「{ $value }」という記事はありません。記事の一覧は /v1/articles にあります。
problem-strategy-not-found = セルフケアの方法が見つかりません
problem-strategy-not-found-detail = 「{ $value }」というセルフケアの方法はありません。一覧は /v1/strategies にあります。
problem-faq-not-found = 質問が見つかりません
problem-faq-not-found-detail = 「{ $value }」という質問はありません。一覧は /v1/faqs にあります。
problem-country-not-found = 国が見つかりません
problem-country-not-found-detail = 国コード「{ $value }」の情報はありません。国の一覧は /v1/countries にあります。
problem-route-not-found = 見つかりません
problem-route-not-found-detail = このアドレスには何もありません。API の説明は /openapi.json にあります。
problem-method-not-allowed = 許可されていないメソッドです
problem-method-not-allowed-detail = このアドレスは、GET または HEAD による読み取りのみできます。
problem-invalid-parameter = 無効なパラメーター
problem-invalid-parameter-detail = パラメーター「{ $name }」の値は使用できません。期待される値：{ $expected ->
        [page-number] 1 以上の整数。
        [per-page-number] 1 から { $max } までの整数。
        [topic] API ドキュメントにあるトピックのいずれか（「suicide」や「youth」など）。
        [channel] phone、sms、chat、whatsapp、web、email のいずれか。
        [language-tag] 「es」や「pt-BR」などの言語タグ。
        [boolean] true または false。
        [instant] API ドキュメントに示されているとおり、タイムゾーン付きの ISO 形式の日時。
        [confidence] low、medium、high のいずれか。
       *[other] 「medication」のような小文字の ID。
    }
problem-missing-parameter = パラメーターがありません
problem-missing-parameter-detail = パラメーター「{ $name }」は必須です。
problem-page-not-found = ページが範囲外です
problem-page-not-found-detail = { $page } ページは存在しません。最後のページは { $last } ページです。
problem-invalid-locale = 無効な言語タグ
problem-invalid-locale-detail = 「{ $value }」は言語タグではありません。「en」「es」「pt-BR」などの BCP 47 タグを使ってください。
problem-invalid-country-code = 無効な国コード
problem-invalid-country-code-detail = 「{ $value }」は国コードではありません。「GB」や「US」などの ISO の2文字の国コードを使ってください。
problem-invalid-query = 無効なクエリ文字列
problem-invalid-query-detail = クエリ文字列を読み取れませんでした。パラメーターの重複や、壊れたパーセントエンコーディングがないか確認してください。
problem-request-rejected = リクエストが拒否されました
problem-request-rejected-detail = リクエストはステータス { $status } で拒否されました。大きすぎるか、形式が正しくない可能性があります。
problem-internal-error = こちら側で問題が発生しました
problem-internal-error-detail = このリクエストにお答えできませんでした。もう一度お試しください。今すぐ助けが必要なときは、地域の緊急通報番号に電話してください。
problem-item-not-found = 項目が見つかりません
problem-item-not-found-detail = バンドル項目「{ $value }」はありません。アプリにそのコピーがある場合は削除してください。この項目はもうコンテンツに含まれていません。
problem-uri-too-long = アドレスが長すぎます
problem-uri-too-long-detail = リクエストのアドレスが { $max } 文字を超えています。Haven のアドレスでそれほど長いものはありません。
problem-headers-too-large = リクエストヘッダーが大きすぎます
problem-headers-too-large-detail = リクエストヘッダーの合計が { $max } バイトを超えています。ヘッダーの数を減らすか短くして、もう一度お試しください。
problem-rate-limited = リクエストが多すぎます
problem-rate-limited-detail = このクライアントは短時間に多くのリクエストを送りすぎました。{ $seconds } 秒待ってから、もう一度お試しください。今すぐ助けが必要なときは、地域の緊急通報番号に電話してください。
problem-precondition-failed = 前提条件を満たしていません
problem-precondition-failed-detail = If-Match で指定したコピーは最新ではありません。リソースをもう一度取得してください。
problem-range-not-satisfiable = 範囲を満たせません
problem-range-not-satisfiable-detail = 要求された範囲は応答の末尾より後から始まっています。応答内の範囲か、応答全体を要求してください。
