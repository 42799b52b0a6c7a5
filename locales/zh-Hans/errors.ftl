# 错误信息。每个代码都有一个标题（简短，每次出现都相同）和一段详情（针对这一次）。
# “problem-”后面的部分就是客户端看到的稳定的 `code`。

problem-article-not-found = 未找到文章
problem-article-not-found-detail = 没有名为“{ $value }”的文章。文章列表在 /v1/articles。
problem-strategy-not-found = 未找到方法
problem-strategy-not-found-detail = 没有名为“{ $value }”的自我照顾方法。列表在 /v1/strategies。
problem-faq-not-found = 未找到问题
problem-faq-not-found-detail = 没有名为“{ $value }”的问题。列表在 /v1/faqs。
problem-country-not-found = 未找到国家
problem-country-not-found-detail = 我们没有国家代码“{ $value }”的信息。国家列表在 /v1/countries。
problem-route-not-found = 未找到
problem-route-not-found-detail = 这个地址上什么也没有。API 的说明在 /openapi.json。
problem-method-not-allowed = 不允许使用该方法
problem-method-not-allowed-detail = 这个地址只能读取，请使用 GET 或 HEAD。
problem-invalid-parameter = 参数无效
problem-invalid-parameter-detail = 参数“{ $name }”的值无法使用。应为：{ $expected ->
        [page-number] 从 1 开始的整数。
        [per-page-number] 从 1 到 { $max } 的整数。
        [topic] API 文档中的某个主题，例如“suicide”或“youth”。
        [channel] phone、sms、chat、whatsapp、web 或 email 之一。
        [language-tag] 语言标签，例如“es”或“pt-BR”。
        [boolean] true 或 false。
        [instant] 带时区的 ISO 日期和时间，格式见 API 文档。
        [confidence] low、medium 或 high 之一。
       *[other] 小写的 id，例如“medication”。
    }
problem-missing-parameter = 缺少参数
problem-missing-parameter-detail = 参数“{ $name }”是必需的。
problem-page-not-found = 页码超出范围
problem-page-not-found-detail = 第 { $page } 页不存在；最后一页是第 { $last } 页。
problem-invalid-locale = 语言标签无效
problem-invalid-locale-detail = “{ $value }”不是语言标签。请使用 BCP 47 标签，例如“en”“es”或“pt-BR”。
problem-invalid-country-code = 国家代码无效
problem-invalid-country-code-detail = “{ $value }”不是国家代码。请使用两个字母的 ISO 国家代码，例如“GB”或“US”。
problem-invalid-query = 查询字符串无效
problem-invalid-query-detail = 无法读取查询字符串。请检查是否有重复的参数，或百分号编码是否有误。
problem-request-rejected = 请求被拒绝
problem-request-rejected-detail = 请求被拒绝，状态码为 { $status }。它可能太大或格式有误。
problem-internal-error = 我们这边出了点问题
problem-internal-error-detail = 我们无法响应这个请求。请再试一次。如果你现在需要帮助，请拨打当地的紧急电话。
problem-item-not-found = 未找到条目
problem-item-not-found-detail = 内容包中没有条目“{ $value }”。如果你的应用里保存了它的副本，请删除：它已不再是内容的一部分。
problem-uri-too-long = 地址太长
problem-uri-too-long-detail = 请求的地址超过了 { $max } 个字符。Haven 的任何地址都不需要这么长。
problem-headers-too-large = 请求头太大
problem-headers-too-large-detail = 请求头加起来超过了 { $max } 字节。请减少请求头的数量或缩短它们，然后再试一次。
problem-rate-limited = 请求太多
problem-rate-limited-detail = 这个客户端在短时间内发送了太多请求。请等待 { $seconds } 秒后再试。如果你现在需要帮助，请拨打当地的紧急电话。
problem-precondition-failed = 前提条件不满足
problem-precondition-failed-detail = 你用 If-Match 指定的版本不是当前版本。请重新获取该资源。
problem-range-not-satisfiable = 无法满足所请求的范围
problem-range-not-satisfiable-detail = 请求的范围起点超出了响应的末尾。请请求响应内的范围，或请求完整响应。
