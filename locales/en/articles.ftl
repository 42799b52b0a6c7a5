# Article titles, summaries and body text for Haven's English content.
# Every fact here is cited in the article's `sources` (data/articles/<slug>.toml,
# data/sources.toml). Safety-critical messages are listed in data/safety.toml.

### Shared by every article that mentions suicide, medicines or trauma (shown near the top)

help-early = If you are thinking about suicide right now, you don’t have to read on first. Call your local emergency number, or a crisis line listed with this guide, and tell them how you feel.

### Why can’t I cry anymore? (main guide)

article-why-cant-i-cry-title = Why can’t I cry anymore?
article-why-cant-i-cry-summary = If your feelings seem muted and the tears won’t come, you are not alone. Learn what emotional numbness is, what can cause it, and what can help.

why-cant-i-cry-intro = Maybe something sad happened and you waited for the tears, but they never came. Maybe you haven’t cried in months, even when part of you wanted to. If that sounds familiar, you are not alone, and it says nothing bad about who you are. This guide explains what might be going on and what can help.

why-cant-i-cry-names-heading = What people call it
why-cant-i-cry-names = There isn’t one single name for this experience. People talk about emotional numbness, emotional blunting, emotional flattening or emotional shutdown. Some call it “can’t cry” depression. All of these names point to the same thing: your feelings seem turned down, as if someone lowered the volume on your inner life.

why-cant-i-cry-feels-like-heading = What it can feel like
why-cant-i-cry-feels-like-intro = Numbness shows up differently for different people. You might notice some of these:
why-cant-i-cry-feels-like-1 = You can’t cry, even at moments that once would have broken your heart.
why-cant-i-cry-feels-like-2 = You feel far away from the people you love, or you feel unloved even though they clearly care about you.
why-cant-i-cry-feels-like-3 = Joy and excitement are hard to find. Even anger seems to have gone quiet.
why-cant-i-cry-feels-like-4 = Life looks grey, as if you were watching it through a pane of glass.
why-cant-i-cry-feels-like-5 = You feel stuck inside your own head, with no clear way out.
why-cant-i-cry-not-weakness = Numbness is not laziness, and it does not mean you are cold or uncaring. It is a real response of your mind and body, and it can happen to anyone.

why-cant-i-cry-common-heading = You are far from alone
why-cant-i-cry-common = Emotional numbness often comes along with depression. Guidelines for post-traumatic stress disorder (PTSD) also list emotional numbing among its signs. Depression itself is very common: the World Health Organization has estimated that around three hundred million people worldwide live with it.

why-cant-i-cry-causes-heading = What can cause it
why-cant-i-cry-causes-intro = Often there is more than one reason at work. These are some of the most common:
why-cant-i-cry-causes-depression = Depression itself. Depression can turn down how strongly you feel things. For a long time this was explained by low levels of brain chemicals such as serotonin, but that idea is now debated among scientists, and the causes of depression are probably a mix of many things. Some people feel anxious all the time but still can’t let that feeling out through tears.
why-cant-i-cry-causes-medication = Antidepressants. Some medicines for depression, especially the group known as SSRIs, can dull feelings as a side effect. Our guide on antidepressants and emotional blunting explains more.
why-cant-i-cry-causes-treatment-resistant = Depression that hasn’t lifted with treatment. When more than one medicine hasn’t helped enough, numbness can linger. Our guide on treatment-resistant depression covers the options a specialist may talk about.
why-cant-i-cry-causes-trauma = Trauma. Abuse, long-term stress or painful experiences in childhood can leave the mind shutting feelings down to cope. Our guide on trauma and numbness looks at this more closely.

why-cant-i-cry-other-causes-heading = Numb, but not depressed?
why-cant-i-cry-other-causes = Numbness doesn’t always come from depression. Burnout from long-term stress at work can wear your feelings down, and grief often starts with shock and numbness. Some people feel numb after trauma. Some autistic people find it hard to recognise or put a name to their feelings, which can feel like numbness; this is sometimes called alexithymia. Because these causes can look alike, talking with a doctor or therapist can help you understand what is behind your own numbness.

why-cant-i-cry-self-care-heading = Small things that may help
why-cant-i-cry-self-care = Self-care is not a replacement for treatment, but it can help you slowly reconnect with your feelings. You could try a short body scan each day, or write down how you felt, even if the answer is “nothing.” A sad film or a song that once moved you may help, and so can regular exercise: check with a doctor first if you have a heart condition or haven’t been active for a while. Regular sleep matters too. It also helps to cut back on things that numb you further, like alcohol, cannabis, or long hours of gaming or social media. Start with one idea and go gently. You don’t have to do everything at once.

why-cant-i-cry-when-help-heading = When to see a doctor
why-cant-i-cry-when-help-intro = Please talk to a doctor or a mental health professional if any of these are true for you:
why-cant-i-cry-when-help-1 = You are having thoughts of suicide.
why-cant-i-cry-when-help-2 = You feel completely cut off from reality.
why-cant-i-cry-when-help-3 = You can’t manage everyday life at work or at home.
why-cant-i-cry-when-help-4 = The numbness or low mood has lasted more than about two weeks.
why-cant-i-cry-when-help-now = If you are having thoughts of suicide, please don’t wait: today, tell a doctor, call a crisis line, or tell someone you trust. If you feel you might act on them, call your local emergency number or go to an emergency department now. Our guide on getting help now explains what to do and what to expect.

why-cant-i-cry-closing = Not being able to cry does not make you weak, and it does not mean you are broken. It is a very human response to a stressful world, and many people find their feelings come back with the right support. Today, pick one small step: make a call, book an appointment, or spend five minutes with a song you love.

### Antidepressants and emotional blunting

article-antidepressants-and-emotional-blunting-title = Antidepressants and emotional blunting
article-antidepressants-and-emotional-blunting-summary = Some antidepressants can dull your feelings as a side effect. Here is what that can look like, and how to raise it safely with your prescriber.

antidepressants-and-emotional-blunting-intro = Antidepressants help a lot of people feel better. But some people notice that as their low mood eases, their other feelings fade too. They may laugh less, care less about things they used to enjoy, or find they can’t cry. This is often called emotional blunting.

antidepressants-and-emotional-blunting-warning = When you start an antidepressant, change its dose or stop it, your mood can get worse for a while, and some people have thoughts of suicide. This is more likely in people under 25. If it happens to you, contact your prescriber or doctor the same day. If you might act on those thoughts, call your local emergency number now.

antidepressants-and-emotional-blunting-common-heading = How common is it?
antidepressants-and-emotional-blunting-common = Blunting is one of the side effects people mention most often. In some online surveys, around half of the people taking antidepressants said they had felt emotionally blunted or numb: about 46% in a survey run from the University of Oxford and about 60% in a survey in New Zealand. People chose to take part in these surveys, so the figures may not apply to everyone. Blunting is most often linked with a group of medicines called SSRIs, and depression itself can also dull feelings.
antidepressants-and-emotional-blunting-names = Medicines people often mention include { -medicine-sertraline }, { -medicine-escitalopram }, { -medicine-citalopram }, { -medicine-paroxetine } and { -medicine-fluoxetine }. Not everyone who takes them feels blunted, and for many people these medicines are an important part of getting well.

antidepressants-and-emotional-blunting-which-heading = Is it the depression or the medicine?
antidepressants-and-emotional-blunting-which = It can be hard to tell. Depression can flatten your feelings on its own, and so can the medicine used to treat it. Some people notice that the numbness started after they began a medicine. Others felt numb long before. You don’t have to work this out alone. Your prescriber can help you make sense of it.

antidepressants-and-emotional-blunting-what-to-do-heading = What you can do
antidepressants-and-emotional-blunting-step-1 = Notice it and write it down. For a week or two, jot down moments when you expected to feel something and didn’t. This gives you something clear to share.
antidepressants-and-emotional-blunting-step-2 = Ask for a medication review. Tell your prescriber how you have been feeling, including the numbness. You don’t have to wait for a routine visit to bring it up.
antidepressants-and-emotional-blunting-step-3 = Ask about your options. Your prescriber may suggest changing the dose, or switching to another medicine. Some people ask about { -medicine-vortioxetine } or { -medicine-bupropion }, which a few small studies link with less blunting; the evidence for this is limited, and { -medicine-bupropion } is not approved for depression in every country. Only your prescriber can decide whether a change is right for you.
antidepressants-and-emotional-blunting-step-4 = Keep taking your medicine as prescribed until you have talked it through. Please don’t skip doses, lower the dose or stop on your own: stopping suddenly can cause withdrawal symptoms, and if you do stop, your prescriber will usually lower the dose step by step.
antidepressants-and-emotional-blunting-step-5 = Add support alongside. Therapy and gentle self-care, such as regular sleep, can help you reconnect with your feelings.
antidepressants-and-emotional-blunting-herbal = If you take or are thinking about herbal remedies, tell your prescriber or pharmacist. St John’s wort should not be taken with antidepressants: together they can cause a serious reaction.

antidepressants-and-emotional-blunting-speak-up = It is okay to bring this up. Feeling numb on a medicine is a real side effect. Mentioning it doesn’t make you ungrateful or difficult, and it is exactly the kind of thing your prescriber needs to know.

antidepressants-and-emotional-blunting-closing = Noticing that your feelings have gone quiet is an important first step, and it shows you still care about your own life. You are not weak and you are not broken. With the right support, many people find their feelings again. Today, one small step could be jotting down a note for your prescriber or booking that appointment.

### Treatment-resistant depression

article-treatment-resistant-depression-title = Treatment-resistant depression
article-treatment-resistant-depression-summary = When depression hasn’t lifted after trying more than one medicine, there are still options. Here is what the term means and what a specialist may discuss with you.

treatment-resistant-depression-intro = Sometimes depression doesn’t lift, even after you have tried more than one treatment. When that happens, numbness can hang on for a long time, and it is easy to feel discouraged. But there are still options, and it is worth asking about them.

treatment-resistant-depression-meaning-heading = What the term means
treatment-resistant-depression-meaning = Doctors usually talk about treatment-resistant depression when someone has tried two or more antidepressants, at a high enough dose and for long enough, without enough improvement. The term describes how your depression has responded so far. It is not a judgement about you, and it does not mean that nothing will help.

treatment-resistant-depression-options-heading = Options your doctor or a specialist may discuss
treatment-resistant-depression-options-intro = Guidelines usually suggest trying these first, roughly in this order, and with a specialist’s advice for the later steps:
treatment-resistant-depression-option-switch = Changing the dose or switching to a different antidepressant.
treatment-resistant-depression-option-combine = Combining medicines, or adding another medicine to the antidepressant (for example lithium or an antipsychotic). These need regular check-ups, because they can have side effects of their own.
treatment-resistant-depression-option-therapy = Talking therapy, such as cognitive behavioural therapy, alongside medicine.
treatment-resistant-depression-option-ect = Electroconvulsive therapy (ECT) for severe depression, given under general anaesthetic. It can help when other treatments have not, but it can cause memory problems, and the anaesthetic carries its own risks.
treatment-resistant-depression-newer-intro = Newer options are offered in some places, usually by specialist services:
treatment-resistant-depression-option-tms = Transcranial magnetic stimulation (TMS), which uses magnetic pulses to stimulate parts of the brain. It is generally considered safe, but it does not help everyone.
treatment-resistant-depression-option-esketamine = A nasal spray of { -medicine-esketamine }. It is used together with an antidepressant taken by mouth, and given in a clinic, where staff watch you for at least two hours afterwards, because it can make you feel drowsy, dizzy or disconnected from yourself. It is not approved or funded everywhere.
treatment-resistant-depression-option-ketamine = Infusions of { -medicine-ketamine } through a drip. It is not approved for depression, so when doctors use it, it is “off-label”. It can cause feelings of being disconnected from reality and, sometimes, hallucinations.
treatment-resistant-depression-option-psilocybin = Treatment with { -medicine-psilocybin }, which is still experimental: outside research trials it is not an approved treatment, and trials have found side effects as well as benefits. Whether it is legal depends on the country you live in.
treatment-resistant-depression-specialist-only = These treatments need to be given with medical care. Please don’t try to get or use any of them on your own, and don’t stop or change your current medicine without talking to your prescriber.

treatment-resistant-depression-next-steps-heading = Taking the next step
treatment-resistant-depression-next-steps = A good first step is a conversation with the doctor who looks after your treatment now. You can ask whether a referral to a specialist makes sense for you. It can help to bring a short list of the medicines you have tried, roughly how long you took each one, and what changed or didn’t.
treatment-resistant-depression-support = While you explore these options, therapy and steady habits like regular sleep can still support you from day to day.

treatment-resistant-depression-closing = Living with depression that won’t shift is exhausting, and it takes strength to keep going. You are not weak, and you are not broken. Many people do feel better with a different treatment, even after several have not worked. One small step today, like a call or a booking, is enough.

### Trauma and numbness

article-trauma-and-numbness-title = Trauma and numbness
article-trauma-and-numbness-summary = After trauma or long-term stress, the mind can switch feelings off to protect you. Learn why this happens and which therapies can help.

trauma-and-numbness-intro = Sometimes numbness has less to do with depression or medicine and more to do with what you have lived through. It can be your mind’s way of protecting you after hard experiences.

trauma-and-numbness-how-heading = How trauma can switch feelings off
trauma-and-numbness-how = After abuse, assault, childhood trauma or stress that goes on for a long time, some people find their feelings turned down or shut off. Doctors recognise this emotional numbing as one of the ways post-traumatic stress can show itself. It can go along with dissociation, a sense of being cut off from yourself or the world around you. Back then, shutting down may have helped you get through. Later, it can be hard for feelings to switch back on, even when you are safe.
trauma-and-numbness-not-a-flaw = If this sounds like you, your numbness is not a flaw. It is a sign of how hard your mind has worked to protect you.

trauma-and-numbness-therapy-heading = Therapies that can help
trauma-and-numbness-therapy-intro = A therapist trained in trauma is a good place to start. Guidelines recommend two kinds of therapy in particular:
trauma-and-numbness-therapy-cbt = Trauma-focused cognitive behavioural therapy (trauma-focused CBT), which helps you work through the memories and the meaning they have for you.
trauma-and-numbness-therapy-emdr = EMDR (eye movement desensitisation and reprocessing), which helps you process memories while you follow side-to-side eye movements or taps.
trauma-and-numbness-therapy-somatic = You may also hear about body-based approaches such as somatic experiencing. Some people find them helpful, but there is much less research behind them so far.
trauma-and-numbness-therapy-weekly = Your therapist can explain how each one works and help you choose what fits you. Regular sessions give blocked feelings a steady, safe place to come out, at your own pace.

trauma-and-numbness-reconnect-heading = Gentle ways to reconnect
trauma-and-numbness-reconnect = Alongside therapy, small daily habits can help you feel at home in your body again, such as a few lines in a journal or a short body scan. Paying close attention to the body can sometimes bring up difficult memories or feelings for people who have been through trauma. Go slowly, keep your eyes open if that feels safer, and it is okay to stop and come back to it later with your therapist.
trauma-and-numbness-reach-out = If you feel completely detached from reality, or numbness makes it hard to get through the day, please tell a doctor soon. If you are thinking about suicide, call a crisis line or your local emergency number now. Our guide on getting help now explains how.

trauma-and-numbness-closing = What happened to you was not your fault, and shutting down was a way to survive it. You are not weak and you are not broken. Feelings can come back, gently and at your own pace. Today, one small step, like looking up a trauma-focused therapist, is enough.

### When and how to get help now

article-getting-help-now-title = When and how to get help now
article-getting-help-now-summary = Know the signs that it is time to reach out, what to do in a crisis, how to help someone else, and what a first call or appointment is usually like.

getting-help-now-urgent = If you might act on thoughts of suicide, or you are in danger right now, please stop reading and call your local emergency number, or go to the nearest emergency department.
getting-help-now-intro = Numbness can make it hard to tell how serious things have become. When you feel flat, it is easy to think you are fine, or that you don’t deserve help. You do deserve it. This guide explains when to reach out, what to do, and what to expect.

getting-help-now-crisis-heading = If you are in crisis right now
getting-help-now-crisis-1 = Call your local emergency number, or go to the nearest emergency department.
getting-help-now-crisis-2 = Stay with someone you trust, or ask someone to come and be with you. Try not to be alone.
getting-help-now-crisis-3 = Put distance between yourself and anything you could use to hurt yourself, or ask someone to take it away for now.
getting-help-now-crisis-4 = Remember that these feelings, however strong, can pass. Many people who have felt this way have come through it, and help is there.

getting-help-now-signs-heading = Signs it is time to get help
getting-help-now-sign-1 = You are having thoughts of suicide.
getting-help-now-sign-2 = You feel completely detached from reality.
getting-help-now-sign-3 = You can’t function at work or at home.
getting-help-now-sign-4 = Numbness or low mood has lasted more than about two weeks.
getting-help-now-signs-note = You don’t need to have all of these. Even one is a good reason to see a doctor. And you are always allowed to ask for help before things get this far.

getting-help-now-what-to-do-heading = What to do
getting-help-now-step-1 = If you are in danger or might act on thoughts of suicide, call your local emergency number now.
getting-help-now-step-2 = If you need to talk to someone today, call or text a crisis line. The crisis lines for your country are shown with this guide; they are free or low-cost, and many are open day and night.
getting-help-now-step-3 = If you are not in immediate danger, book an appointment with your doctor or a mental health professional.
getting-help-now-step-4 = Tell someone you trust, a friend, a family member or a colleague, how you have been feeling, so you don’t have to carry it alone.

getting-help-now-someone-else-heading = If you are worried about someone else
getting-help-now-someone-else = If someone you know might be thinking about suicide, it is okay to ask them directly. Asking does not put the idea in their head, and it can be a relief for them to talk. Listen without judging, and help them contact a crisis line or a doctor. If they are in immediate danger, call the emergency number and stay with them until help arrives. Look after yourself too: you can call a crisis line for support as well.

getting-help-now-young-people = If you are under 18, please tell an adult you trust, such as a parent, a teacher or a school counsellor, how you feel. Many countries have a free helpline just for children and young people; you can find it among the lines shown with this guide.

getting-help-now-first-contact-heading = What a first call or appointment is like
getting-help-now-first-call = When you call a crisis line, the person who answers is there to listen. You don’t need the right words, and you don’t need to be in tears to deserve their time. You could simply say, “I feel numb, and I’m worried about myself.”
getting-help-now-first-appointment = A first appointment is mostly a conversation. You may be asked how long you have felt this way and how you are coping at work and at home. It is fine to say that you can’t cry and don’t know why. An assessment can help tell apart possible causes, such as depression, burnout, grief or trauma, so you can get the right kind of support.
getting-help-now-notes-tip = If talking feels hard, write a few notes beforehand and bring them with you. You can also ask someone you trust to come along.

getting-help-now-closing = Reaching out when you feel numb takes real courage. You are not weak, and you are not broken. This is a human response to a stressful world, and help is there. Choose one small step for today: a call, a booking, or five minutes with a song that matters to you.
