# 人们关于情感麻木经常问到的问题，以及简短的回答。
# 每个回答所依据的来源在 data/faqs.toml 中。

## 哭不出来是重度抑郁症的迹象吗？

faq-is-not-crying-a-sign-of-severe-depression-question = 哭不出来是重度抑郁症的迹象吗？
faq-is-not-crying-a-sign-of-severe-depression-answer = 不一定。哭不出来常常和抑郁症有关，但单凭这一点并不能说明情况有多严重。如果你的情绪低落或平淡已经持续超过大约两周，这就是去看医生的好理由，医生可以和你一起看清整体情况。

## 情感麻木会是永久的吗？

faq-can-numbness-be-permanent-question = 情感麻木会是永久的吗？
faq-can-numbness-be-permanent-answer = 麻木常常和一些可以改变的事情有关，比如抑郁症、某种药物、压力、哀伤或创伤。通过治疗抑郁症，很多人能够康复；如果原因是药物，处方医生可以和你一起重新评估剂量或药物。这可能需要时间，所以在这个过程中，试着对自己耐心一点、温柔一点。

## 我的工作会导致这种情况吗？

faq-can-my-job-cause-this-question = 我的工作会导致这种情况吗？
faq-can-my-job-cause-this-answer = 它可能是原因之一。世界卫生组织把职业倦怠描述为长期工作压力没有得到妥善处理的结果：人们会感到精疲力竭，和工作疏远，工作效率也会下降。如果工作已经把你消磨得筋疲力尽，值得和医生谈谈你的感受。

## 我感到麻木，但没有抑郁

faq-numb-but-not-depressed-question = 我感到麻木，但我没有抑郁。这是怎么回事？
faq-numb-but-not-depressed-answer = 麻木可以在没有抑郁症的情况下出现。它可能伴随职业倦怠或哀伤出现，可能出现在创伤之后，对一些孤独症人士来说，也可能与难以识别或说出自己的感受有关。因为这些情况看起来可能很像，找医生或心理治疗师做一次评估，是区分它们的最好方法。
