# Haven 中文内容的文章标题、摘要和正文。
# 这里的每一条事实都在文章的 `sources` 中注明了出处（data/articles/<slug>.toml、
# data/sources.toml）。安全关键信息列在 data/safety.toml 中。

### 所有提到自杀、药物或创伤的文章共用（显示在靠近顶部的位置）

help-early = 如果你此刻有自杀的想法，你不用先往下读。请拨打当地的紧急电话，或拨打本指南列出的危机热线，告诉对方你的感受。

### 为什么我再也哭不出来了？（主指南）

article-why-cant-i-cry-title = 为什么我再也哭不出来了？
article-why-cant-i-cry-summary = 如果你的感受好像被压低了，眼泪也流不出来，你并不孤单。了解什么是情感麻木、它可能由什么引起，以及什么能帮到你。

why-cant-i-cry-intro = 也许发生了一件伤心的事，你等着眼泪流下来，可它始终没有来。也许你已经好几个月没哭过了，哪怕你心里有一部分想哭。如果这听起来很熟悉，你并不孤单，而且这并不说明你这个人有什么不好。这份指南会解释可能发生了什么，以及什么能帮到你。

why-cant-i-cry-names-heading = 人们怎么称呼它
why-cant-i-cry-names = 这种体验并没有一个统一的名称。人们会说情感麻木、情感钝化、情感平淡或情感关闭。有些人把它叫作“哭不出来”的抑郁。这些名称说的都是同一件事：你的感受好像被调低了，就像有人把你内心世界的音量拧小了。

why-cant-i-cry-feels-like-heading = 它可能是什么感觉
why-cant-i-cry-feels-like-intro = 麻木在不同的人身上表现不同。你可能会注意到其中一些：
why-cant-i-cry-feels-like-1 = 你哭不出来，即使是在从前会让你心碎的时刻。
why-cant-i-cry-feels-like-2 = 你觉得和所爱的人离得很远，或者明明他们很在乎你，你却觉得没有人爱你。
why-cant-i-cry-feels-like-3 = 很难感受到快乐和兴奋。连愤怒似乎也沉寂了。
why-cant-i-cry-feels-like-4 = 生活看起来灰蒙蒙的，就像隔着一块玻璃在看它。
why-cant-i-cry-feels-like-5 = 你觉得被困在自己的脑子里，找不到清楚的出路。
why-cant-i-cry-not-weakness = 麻木不是懒惰，也不代表你冷漠或不在乎。它是你的身心真实的反应，可能发生在任何人身上。

why-cant-i-cry-common-heading = 你远不是一个人
why-cant-i-cry-common = 情感麻木常常和抑郁症一起出现。创伤后应激障碍（PTSD）的诊疗指南也把情感麻木列为它的表现之一。抑郁症本身非常常见：世界卫生组织曾估计，全世界约有三亿人患有抑郁症。

why-cant-i-cry-causes-heading = 可能的原因
why-cant-i-cry-causes-intro = 往往不止一个原因在起作用。下面是一些最常见的原因：
why-cant-i-cry-causes-depression = 抑郁症本身。抑郁症会降低你感受事物的强度。很长一段时间里，人们用血清素等脑内化学物质水平偏低来解释这一点，但如今科学家们对这种观点存在争论，抑郁症的成因很可能是许多因素交织在一起。有些人一直感到焦虑，却仍然无法通过眼泪把这种感受释放出来。
why-cant-i-cry-causes-medication = 抗抑郁药。一些治疗抑郁症的药物，尤其是被称为 SSRI（选择性五羟色胺再摄取抑制剂）的一类药物，可能会有让感受变迟钝的副作用。我们关于抗抑郁药与情感钝化的指南有更多说明。
why-cant-i-cry-causes-treatment-resistant = 经过治疗仍未缓解的抑郁症。当不止一种药物都没有起到足够的作用时，麻木可能会一直持续。我们关于难治性抑郁症的指南介绍了专科医生可能会和你谈到的各种选择。
why-cant-i-cry-causes-trauma = 创伤。虐待、长期压力或童年时的痛苦经历，可能会让大脑用关闭感受的方式来应对。我们关于创伤与麻木的指南会更仔细地谈这个问题。

why-cant-i-cry-other-causes-heading = 麻木，但没有抑郁？
why-cant-i-cry-other-causes = 麻木并不总是来自抑郁症。长期工作压力带来的职业倦怠会消磨你的感受，而哀伤往往从震惊和麻木开始。有些人在经历创伤后会感到麻木。一些孤独症（自闭症）人士很难识别自己的感受或说出它们的名字，这可能让人觉得像是麻木；这有时被称为述情障碍。因为这些原因看起来可能很像，和医生或心理治疗师谈一谈，可以帮你弄清楚自己的麻木背后是什么。

why-cant-i-cry-self-care-heading = 一些可能有帮助的小事
why-cant-i-cry-self-care = 自我照顾不能代替治疗，但它可以帮你慢慢重新和自己的感受建立连接。你可以试着每天做一次简短的身体扫描，或者写下自己的感受，哪怕答案是“什么也没有”。一部悲伤的电影或一首曾经打动过你的歌也许会有帮助，规律的运动也是：如果你有心脏疾病，或者有一段时间没怎么活动了，请先咨询医生。规律的睡眠也很重要。减少那些让你更加麻木的东西也会有帮助，比如酒精、大麻，或者长时间打游戏、刷社交媒体。先从一个想法开始，慢慢来。你不需要一下子把所有事都做到。

why-cant-i-cry-when-help-heading = 什么时候该去看医生
why-cant-i-cry-when-help-intro = 如果下面任何一条符合你的情况，请和医生或心理健康专业人员谈一谈：
why-cant-i-cry-when-help-1 = 你有自杀的念头。
why-cant-i-cry-when-help-2 = 你觉得自己和现实完全隔绝了。
why-cant-i-cry-when-help-3 = 你应付不了工作上或家里的日常生活。
why-cant-i-cry-when-help-4 = 麻木或情绪低落已经持续超过大约两周。
why-cant-i-cry-when-help-now = 如果你有自杀的念头，请不要等待：今天就告诉医生、拨打危机热线，或者告诉一个你信任的人。如果你觉得自己可能会把这些念头付诸行动，请现在就拨打当地的紧急电话，或者去医院急诊科。我们关于立即获取帮助的指南会说明该怎么做，以及可能会遇到什么。

why-cant-i-cry-closing = 哭不出来并不代表你软弱，也不代表你“坏掉了”。面对一个充满压力的世界，这是非常人性的反应，很多人发现，在合适的支持下，自己的感受会回来。今天，选一个小小的步骤：打一个电话，预约一次就诊，或者花五分钟听一首你喜欢的歌。

### 抗抑郁药与情感钝化

article-antidepressants-and-emotional-blunting-title = 抗抑郁药与情感钝化
article-antidepressants-and-emotional-blunting-summary = 一些抗抑郁药可能会有让感受变迟钝的副作用。这里介绍它可能是什么样子，以及怎样安全地和你的处方医生提起这件事。

antidepressants-and-emotional-blunting-intro = 抗抑郁药帮助很多人感觉好转。但有些人发现，随着低落的情绪得到缓解，其他的感受也淡了。他们可能笑得少了，对过去喜欢的事情没那么在意了，或者发现自己哭不出来。这通常被称为情感钝化。

antidepressants-and-emotional-blunting-warning = 当你开始服用抗抑郁药、调整剂量或停药时，你的情绪可能会在一段时间里变得更糟，有些人会出现自杀的念头。这种情况在 25 岁以下的人中更容易发生。如果这发生在你身上，请在当天联系你的处方医生或其他医生。如果你可能会把这些念头付诸行动，请现在就拨打当地的紧急电话。

antidepressants-and-emotional-blunting-common-heading = 这有多常见？
antidepressants-and-emotional-blunting-common = 情感钝化是人们最常提到的副作用之一。在一些网络调查中，大约一半正在服用抗抑郁药的人说，他们曾感到情感钝化或麻木：在牛津大学发起的一项调查中约为 46%，在新西兰的一项调查中约为 60%。这些调查是人们自愿参加的，所以这些数字不一定适用于所有人。情感钝化最常与一类叫作 SSRI 的药物有关，而抑郁症本身也会让感受变迟钝。
antidepressants-and-emotional-blunting-names = 人们常提到的药物包括{ -medicine-sertraline }、{ -medicine-escitalopram }、{ -medicine-citalopram }、{ -medicine-paroxetine }和{ -medicine-fluoxetine }。并不是每个服用这些药的人都会感到情感钝化，而且对很多人来说，这些药物是康复过程中很重要的一部分。

antidepressants-and-emotional-blunting-which-heading = 是抑郁症，还是药物？
antidepressants-and-emotional-blunting-which = 这可能很难分清。抑郁症本身就会让你的感受变得平淡，用来治疗它的药物也可能会。有些人发现，麻木是在开始服药之后出现的。另一些人则早在那之前就感到麻木了。你不必独自把这件事想清楚。你的处方医生可以帮你理清头绪。

antidepressants-and-emotional-blunting-what-to-do-heading = 你可以怎么做
antidepressants-and-emotional-blunting-step-1 = 留意它，并把它记下来。在一两周里，随手记下那些你以为自己会有感觉、却没有感觉的时刻。这样你就有了可以清楚分享的内容。
antidepressants-and-emotional-blunting-step-2 = 请医生评估你的用药。告诉你的处方医生你最近的感受，包括麻木。你不必等到常规复诊时才提这件事。
antidepressants-and-emotional-blunting-step-3 = 问问有哪些选择。你的处方医生可能会建议调整剂量，或换用另一种药物。有些人会问到{ -medicine-vortioxetine }或{ -medicine-bupropion }，少数几项小型研究发现它们与较少的情感钝化有关；这方面的证据有限，而且{ -medicine-bupropion }并不是在每个国家都获批用于治疗抑郁症。只有你的处方医生才能决定做出调整是否适合你。
antidepressants-and-emotional-blunting-step-4 = 在把这件事谈清楚之前，请继续按处方服药。请不要自行漏服、减少剂量或停药：突然停药可能会引起撤药症状；如果你确实要停药，你的处方医生通常会逐步减少剂量。
antidepressants-and-emotional-blunting-step-5 = 同时加上其他支持。心理治疗和温和的自我照顾，比如规律的睡眠，可以帮你重新和自己的感受建立连接。
antidepressants-and-emotional-blunting-herbal = 如果你正在服用或考虑服用草药，请告诉你的处方医生或药师。圣约翰草（贯叶连翘）不应与抗抑郁药一起服用：两者合用可能会引起严重的反应。

antidepressants-and-emotional-blunting-speak-up = 提起这件事是完全可以的。服药后感到麻木是一种真实存在的副作用。说出来并不代表你不知感恩或难相处，这正是你的处方医生需要知道的事情。

antidepressants-and-emotional-blunting-closing = 注意到自己的感受变得沉寂，是很重要的第一步，这说明你仍然在乎自己的生活。你并不软弱，也没有“坏掉”。在合适的支持下，很多人重新找回了自己的感受。今天，一个小小的步骤可以是给你的处方医生记一条备忘，或者去预约那次就诊。

### 难治性抑郁症

article-treatment-resistant-depression-title = 难治性抑郁症
article-treatment-resistant-depression-summary = 如果试过不止一种药物后抑郁仍未缓解，你依然有其他选择。这里介绍这个术语的含义，以及专科医生可能会和你讨论的内容。

treatment-resistant-depression-intro = 有时候，即使你已经试过不止一种治疗，抑郁也没有缓解。出现这种情况时，麻木可能会持续很长时间，人也很容易灰心。但你仍然有选择，值得去问一问。

treatment-resistant-depression-meaning-heading = 这个术语是什么意思
treatment-resistant-depression-meaning = 当一个人已经试过两种或更多种抗抑郁药，剂量足够高、服用时间足够长，却仍然没有足够的改善时，医生通常会说这是难治性抑郁症。这个术语描述的是你的抑郁到目前为止对治疗的反应。它不是对你这个人的评判，也不代表什么都帮不了你。

treatment-resistant-depression-options-heading = 你的医生或专科医生可能会讨论的选择
treatment-resistant-depression-options-intro = 诊疗指南通常建议先尝试下面这些方法，大致按照这个顺序，后面几步要听取专科医生的建议：
treatment-resistant-depression-option-switch = 调整剂量，或换用另一种抗抑郁药。
treatment-resistant-depression-option-combine = 联合使用几种药物，或在抗抑郁药之外再加用另一种药物（例如锂盐或抗精神病药）。这些需要定期复查，因为它们本身也可能有副作用。
treatment-resistant-depression-option-therapy = 在服药的同时进行谈话治疗，例如认知行为疗法。
treatment-resistant-depression-option-ect = 针对重度抑郁症的电休克治疗（ECT），在全身麻醉下进行。在其他治疗没有起效时，它可能会有帮助，但它可能引起记忆问题，麻醉本身也有风险。
treatment-resistant-depression-newer-intro = 一些地方会提供较新的治疗选择，通常由专科医疗服务提供：
treatment-resistant-depression-option-tms = 经颅磁刺激（TMS），用磁脉冲刺激大脑的某些部位。它通常被认为是安全的，但并不是对每个人都有帮助。
treatment-resistant-depression-option-esketamine = { -medicine-esketamine }鼻喷雾剂。它与口服的抗抑郁药一起使用，并在诊所里给药，用药后工作人员会观察你至少两个小时，因为它可能让你感到困倦、头晕，或者感觉和自己脱离。它并不是在所有地方都获得批准或资助。
treatment-resistant-depression-option-ketamine = 通过静脉滴注输入{ -medicine-ketamine }。它没有被批准用于治疗抑郁症，所以医生使用它时属于“超说明书用药”。它可能让人感到与现实脱节，有时还会出现幻觉。
treatment-resistant-depression-option-psilocybin = 使用{ -medicine-psilocybin }的治疗，目前仍处于试验阶段：在研究试验之外，它不是获得批准的治疗方法，而且试验既发现了益处，也发现了副作用。它是否合法，取决于你所在的国家。
treatment-resistant-depression-specialist-only = 这些治疗需要在医疗照护下进行。请不要自己设法获取或使用其中任何一种，也不要在没有和你的处方医生商量的情况下停用或更改你目前的药物。

treatment-resistant-depression-next-steps-heading = 迈出下一步
treatment-resistant-depression-next-steps = 很好的第一步，是和现在负责你治疗的医生谈一谈。你可以问问转诊到专科医生那里是否适合你。带上一份简短的清单可能会有帮助：列出你试过的药物、每种大概服用了多久，以及哪些有变化、哪些没有。
treatment-resistant-depression-support = 在你探索这些选择的同时，心理治疗和规律睡眠这样的稳定习惯，仍然可以在日常生活中支持你。

treatment-resistant-depression-closing = 和一直不见好转的抑郁症共处让人精疲力竭，能坚持下去需要力量。你并不软弱，也没有“坏掉”。很多人换了一种治疗后确实感觉好多了，即使之前好几种都没有效果。今天迈出一小步，比如打个电话或预约一次，就已经足够了。

### 创伤与麻木

article-trauma-and-numbness-title = 创伤与麻木
article-trauma-and-numbness-summary = 在经历创伤或长期压力之后，大脑可能会关掉感受来保护你。了解为什么会这样，以及哪些疗法能有帮助。

trauma-and-numbness-intro = 有时候，麻木与抑郁症或药物关系不大，而更多和你经历过的事情有关。它可能是你的大脑在艰难经历之后保护你的一种方式。

trauma-and-numbness-how-heading = 创伤如何关掉感受
trauma-and-numbness-how = 在经历虐待、暴力侵害、童年创伤或持续很久的压力之后，有些人会发现自己的感受被调低或关闭了。医生认为，这种情感麻木是创伤后应激可能表现出来的方式之一。它可能伴随着解离，也就是一种和自己或周围世界隔绝开来的感觉。在当时，关闭感受也许帮你撑了过来。后来，即使你已经安全了，感受也可能很难重新打开。
trauma-and-numbness-not-a-flaw = 如果这听起来像你，你的麻木并不是缺陷。它说明你的大脑曾经多么努力地保护你。

trauma-and-numbness-therapy-heading = 能有帮助的疗法
trauma-and-numbness-therapy-intro = 找一位受过创伤治疗训练的治疗师，是个很好的开始。诊疗指南特别推荐两种疗法：
trauma-and-numbness-therapy-cbt = 创伤聚焦认知行为疗法（创伤聚焦 CBT），帮助你处理那些记忆以及它们对你的意义。
trauma-and-numbness-therapy-emdr = EMDR（眼动脱敏与再加工疗法），在你跟随左右来回的眼动或轻拍的同时，帮助你处理记忆。
trauma-and-numbness-therapy-somatic = 你也可能听说过一些以身体为基础的方法，比如躯体体验疗法。有些人觉得它们有帮助，但到目前为止，支持它们的研究要少得多。
trauma-and-numbness-therapy-weekly = 你的治疗师可以解释每种疗法是怎样进行的，并帮你选择适合你的。定期的治疗会谈能给被堵住的感受一个稳定、安全的地方，让它们按你自己的节奏出来。

trauma-and-numbness-reconnect-heading = 温和地重新建立连接
trauma-and-numbness-reconnect = 在心理治疗之外，一些日常的小习惯可以帮你重新在自己的身体里感到自在，比如在日记里写几行字，或者做一次简短的身体扫描。对经历过创伤的人来说，密切关注身体有时会勾起痛苦的记忆或感受。慢慢来，如果睁着眼睛让你觉得更安全，就睁着眼睛；停下来也没关系，之后可以再和你的治疗师一起回到这个练习。
trauma-and-numbness-reach-out = 如果你觉得自己和现实完全隔绝，或者麻木让你很难熬过一天，请尽快告诉医生。如果你有自杀的想法，请现在就拨打危机热线或当地的紧急电话。我们关于立即获取帮助的指南会说明该怎么做。

trauma-and-numbness-closing = 发生在你身上的事不是你的错，而关闭感受是你熬过它的一种方式。你并不软弱，也没有“坏掉”。感受可以回来，温和地，按照你自己的节奏。今天迈出一小步就够了，比如查找一位做创伤聚焦治疗的治疗师。

### 何时以及如何立即获取帮助

article-getting-help-now-title = 何时以及如何立即获取帮助
article-getting-help-now-summary = 了解哪些迹象说明该向外求助了、危机中该怎么做、如何帮助别人，以及第一次打电话或就诊通常是什么样子。

getting-help-now-urgent = 如果你可能会把自杀的念头付诸行动，或者你此刻正处于危险之中，请停止阅读，拨打当地的紧急电话，或者去最近的医院急诊科。
getting-help-now-intro = 麻木会让你很难判断情况已经变得多严重。当你感觉平淡时，很容易以为自己没事，或者觉得自己不配得到帮助。你值得被帮助。这份指南会说明什么时候该求助、该怎么做，以及可能会遇到什么。

getting-help-now-crisis-heading = 如果你此刻正处于危机之中
getting-help-now-crisis-1 = 拨打当地的紧急电话，或者去最近的医院急诊科。
getting-help-now-crisis-2 = 和一个你信任的人待在一起，或者请别人过来陪着你。尽量不要一个人待着。
getting-help-now-crisis-3 = 让自己远离任何你可能用来伤害自己的东西，或者请别人暂时把它拿走。
getting-help-now-crisis-4 = 请记住，这些感受无论多么强烈，都是可以过去的。很多有过这种感受的人都挺了过来，帮助一直都在。

getting-help-now-signs-heading = 该寻求帮助的迹象
getting-help-now-sign-1 = 你有自杀的念头。
getting-help-now-sign-2 = 你觉得自己和现实完全隔绝。
getting-help-now-sign-3 = 你在工作上或家里没法正常应付。
getting-help-now-sign-4 = 麻木或情绪低落已经持续超过大约两周。
getting-help-now-signs-note = 这些不需要全都符合。哪怕只有一条，也是去看医生的好理由。而且，在事情发展到这一步之前，你随时都可以寻求帮助。

getting-help-now-what-to-do-heading = 该怎么做
getting-help-now-step-1 = 如果你正处于危险之中，或者可能会把自杀的念头付诸行动，请现在就拨打当地的紧急电话。
getting-help-now-step-2 = 如果你今天需要找人聊聊，请给危机热线打电话或发短信。本指南附有你所在国家的危机热线；它们是免费或低收费的，很多日夜开放。
getting-help-now-step-3 = 如果你没有面临紧迫的危险，请预约你的医生或心理健康专业人员。
getting-help-now-step-4 = 把你最近的感受告诉一个你信任的人，比如朋友、家人或同事，这样你就不必独自承受。

getting-help-now-someone-else-heading = 如果你在担心别人
getting-help-now-someone-else = 如果你认识的某个人可能有自杀的想法，直接问他们是可以的。问这个问题并不会把这个念头放进他们的脑子里，而且能说出来对他们可能是一种解脱。不加评判地倾听，并帮助他们联系危机热线或医生。如果他们正面临紧迫的危险，请拨打紧急电话，并陪着他们，直到救助到来。也要照顾好你自己：你也可以打危机热线寻求支持。

getting-help-now-young-people = 如果你未满 18 岁，请把你的感受告诉一个你信任的成年人，比如父母、老师或学校的心理老师。很多国家都有专门面向儿童和年轻人的免费求助热线；你可以在本指南列出的热线中找到它。

getting-help-now-first-contact-heading = 第一次打电话或就诊是什么样子
getting-help-now-first-call = 当你拨打危机热线时，接电话的人就是来倾听你的。你不需要找到合适的词，也不需要哭出来才配得到他们的时间。你可以只说：“我觉得很麻木，我很担心自己。”
getting-help-now-first-appointment = 第一次就诊主要是一次谈话。你可能会被问到这种感觉持续了多久，以及你在工作上和家里应付得怎么样。说自己哭不出来、也不知道为什么，是完全可以的。评估可以帮助区分可能的原因，比如抑郁症、职业倦怠、哀伤或创伤，这样你就能得到合适的支持。
getting-help-now-notes-tip = 如果觉得很难开口，可以事先写几条笔记带在身边。你也可以请一个你信任的人陪你一起去。

getting-help-now-closing = 在感到麻木的时候向外求助，需要真正的勇气。你并不软弱，也没有“坏掉”。这是人面对一个充满压力的世界时的正常反应，帮助一直都在。为今天选一个小小的步骤：打一个电话，预约一次，或者花五分钟听一首对你有意义的歌。
