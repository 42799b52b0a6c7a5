# 自我照顾方法：怎么做、为什么可能有帮助，以及需要注意的地方。
# 每种方法的证据评级和所依据的来源在 data/strategies.toml 中。

## 正念与身体扫描

strategy-mindfulness-body-scan-title = 正念与身体扫描
strategy-mindfulness-body-scan-how = 找一个安静的地方，每天留出五到十分钟。如果你觉得可以，就闭上眼睛。慢慢地把注意力从脚趾一路移到头顶，留意沿途的任何感觉，比如温暖、紧绷或刺痛。如果什么也没感觉到，也没关系。只要继续温和地保持注意就好。
strategy-mindfulness-body-scan-why = 日复一日地平静关注自己的身体，可以帮你重新和它建立连接。以正念为基础的疗法，是诊疗指南为曾经患过抑郁症的人建议的方法之一。
strategy-mindfulness-body-scan-caution = 对一些人来说，尤其是经历过创伤的人，密切关注身体可能会勾起令人不安的记忆或感受。如果睁着眼睛让你觉得更安全，就睁着眼睛；需要的时候随时停下来；也可以考虑和治疗师一起尝试。

## 写日记的提示句

strategy-journaling-prompts-title = 写日记的提示句
strategy-journaling-prompts-how = 每天写一句以“今天我感到……”开头的话，并诚实地把它写完。如果答案是“什么也没有”，就把这个写下来。你还可以写上当时你在哪里、正在发生什么。
strategy-journaling-prompts-why = 把感受写成文字，哪怕答案是空白的，也可能帮你注意到它们；回头翻看这些记录，可以帮你发现一些否则可能会错过的小变化。关于书写感受的研究结果不一，所以把它当作一件可以尝试的事吧。

## 主动哭一场

strategy-cry-on-purpose-title = 主动哭一场
strategy-cry-on-purpose-how = 选一部悲伤的电影，或者播放一些曾经打动过你的歌。给自己一些独处的时间，待在一个让你觉得可以放心释放情绪的地方。如果眼泪没有来，也没关系。你可以改天再试。
strategy-cry-on-purpose-why = 有些人发现，感人的故事或歌曲能帮他们把感受释放出来。关于哭泣能不能改善情绪，研究结果不一；对一些人来说，它也许有安抚作用。它不是一种治疗，但值得温和地试一试。

## 运动

strategy-intense-exercise-title = 让心跳快起来
strategy-intense-exercise-how = 选择任何能让你心跳加快的运动：快走、跑步、在房间里跳舞，或者参加健身课。从你觉得能应付的强度开始，再慢慢增加。
strategy-intense-exercise-why = 许多研究发现，规律运动可以缓解抑郁，而且强度更大的运动似乎帮助更大。目前还不知道它对麻木是否有特别的帮助，但在你能为情绪做的事情里，它是证据支持较好的一种。
strategy-intense-exercise-caution = 如果你有心脏疾病或其他健康问题，或者已经很长时间没有运动了，请在开始高强度运动之前先咨询医生，并循序渐进地增加运动量。

## 冷水

strategy-cold-exposure-title = 冷水
strategy-cold-exposure-how = 试着在洗澡结束时冲一小会儿凉水，或者用冷水短暂地拍一拍脸。
strategy-cold-exposure-why = 有些人说，用冷水快速拍一下能让他们更能感受到当下。目前还没有好的证据表明冷水对麻木或抑郁有帮助，所以把它当作一个小实验，而不是一种治疗。
strategy-cold-exposure-caution = 冷水可能会让身体受到冲击。突然的寒冷会影响你的心脏和呼吸，所以如果你有心脏疾病，请跳过这个方法，或者先咨询你的医生。千万不要独自跳进或游进寒冷的户外水域。时间要短，如果感到头晕或不舒服就停下来。

## 每周一次的谈话治疗

strategy-weekly-talk-therapy-title = 每周一次的谈话治疗
strategy-weekly-talk-therapy-how = 向你的医生询问谈话治疗，或者找一位有资质的治疗师，并尽量定期见面，比如每周一次。如果创伤可能是你麻木的原因之一，请找一位受过创伤聚焦治疗训练的治疗师。开始之前先问问对方用什么方法是完全可以的；如果觉得不合适，再找别人也没关系。
strategy-weekly-talk-therapy-why = 认知行为疗法等谈话治疗被推荐用于抑郁症，创伤聚焦疗法则被推荐用于创伤后应激。定期的治疗会谈能给你一个安全、稳定的地方，去处理那些被堵住的感受。

## 减少让你麻木的东西

strategy-reduce-emotional-suppressants-title = 减少那些让你麻木的东西
strategy-reduce-emotional-suppressants-how = 留意一下你有多依赖酒精、大麻、游戏或社交媒体来熬过一天。先挑一样来减少，比如给自己定一个时间限制，或者定几天不喝酒的日子。
strategy-reduce-emotional-suppressants-why = 这些东西能在一段时间里减轻难受的感受，很多人发现，少用一些能让自己的感受有更多空间回来。目前还没有专门针对麻木的这方面的好研究。
strategy-reduce-emotional-suppressants-caution = 如果你每天都大量饮酒，不要自己突然停下来：一下子完全停酒可能会引起危险的戒断反应，比如颤抖、癫痫发作或幻觉。请先和医生谈谈，医生可以帮你安全地减量。如果你出现严重颤抖、反复呕吐或幻觉，请紧急就医。

## 规律睡眠

strategy-regular-sleep-title = 规律睡眠
strategy-regular-sleep-how = 尽量每天在差不多相同的时间上床和起床，周末也一样。睡前给自己留一段平静放松的时间。
strategy-regular-sleep-why = 睡眠对你如何应对情绪有很大的影响。在许多研究中，改善睡眠也改善了抑郁和焦虑，这比其他许多自我照顾的建议有更好的证据支持。

## 补充剂与营养

strategy-supplements-and-nutrition-title = 补充剂与营养
strategy-supplements-and-nutrition-how = 有些人会关注自己的饮食，以及 Omega-3（鱼油）或维生素 D 等补充剂。如果你对其中任何一种感兴趣，请在开始之前先和医生或药师谈谈。
strategy-supplements-and-nutrition-why = 这些有时被说成是对情绪的天然支持，但没有好的证据表明它们对麻木或抑郁有帮助：在一项大型试验中，与安慰剂相比，维生素 D 和 Omega-3 都没有改善情绪。请不要用它们来代替治疗。
strategy-supplements-and-nutrition-caution = 补充剂和草药并不适合所有人，有些还会改变药物的作用。圣约翰草（贯叶连翘）绝不能与抗抑郁药一起服用：两者合用可能会引起严重的反应。一定要告诉你的医生或药师你在服用什么。
