# Self-care strategies: what to do, why it may help, and any cautions.
# Each strategy's evidence rating and the sources it rests on are in data/strategies.toml.

## Mindfulness and body scans

strategy-mindfulness-body-scan-title = Mindfulness and body scans
strategy-mindfulness-body-scan-how = Find a quiet spot and set aside five to ten minutes each day. Close your eyes if that feels okay. Slowly move your attention from your toes up to the top of your head, noticing whatever you feel along the way, such as warmth, tightness or tingling. If you notice nothing, that is fine. Just keep gently paying attention.
strategy-mindfulness-body-scan-why = Paying calm attention to your body, day after day, can help you reconnect with it. Mindfulness-based therapy is one of the approaches guidelines suggest for people who have had depression.
strategy-mindfulness-body-scan-caution = For some people, especially those who have been through trauma, paying close attention to the body can bring up upsetting memories or feelings. Keep your eyes open if that feels safer, stop whenever you need to, and consider trying it with a therapist.

## Journaling prompts

strategy-journaling-prompts-title = Journaling prompts
strategy-journaling-prompts-how = Once a day, write a sentence that begins “Today I felt…” and finish it honestly. If the answer is “nothing,” write that down. You can add where you were and what was happening at the time.
strategy-journaling-prompts-why = Putting feelings into words, even an empty answer, may help you notice them, and looking back over your notes can help you spot small changes you might otherwise miss. Studies of writing about feelings have had mixed results, so see it as something to try.

## Cry on purpose

strategy-cry-on-purpose-title = Cry on purpose
strategy-cry-on-purpose-how = Choose a sad film, or play songs that have moved you in the past. Give yourself some private time in a place where you feel safe to let go. If tears don’t come, that is okay. You can try again another day.
strategy-cry-on-purpose-why = Some people find that a moving story or song helps them let feelings out. Research on whether crying lifts mood is mixed; it may have a soothing effect for some people. It isn’t a treatment, but it is a gentle thing to try.

## Exercise

strategy-intense-exercise-title = Get your heart rate up
strategy-intense-exercise-how = Pick any movement that raises your heart rate: walking fast, running, dancing around your room, or a workout class. Start at a level that feels manageable for you and build up slowly.
strategy-intense-exercise-why = Many studies have found that regular exercise eases depression, and more intense exercise seemed to help more. It is not known whether it helps numbness in particular, but it is one of the better-supported things you can do for your mood.
strategy-intense-exercise-caution = If you have a heart condition or another health problem, or you haven’t been active for a long time, check with a doctor before starting hard exercise, and build up gradually.

## Cold water

strategy-cold-exposure-title = Cold water
strategy-cold-exposure-how = Try ending your shower with a short burst of cool water, or splash cold water on your face for a moment.
strategy-cold-exposure-why = Some people say a quick splash of cold helps them feel more present. There is no good evidence yet that cold water helps with numbness or depression, so treat it as a small experiment, not a treatment.
strategy-cold-exposure-caution = Cold water can be a shock to the body. Sudden cold can affect your heart and breathing, so if you have a heart condition, skip this or check with your doctor first. Never jump or swim into cold open water on your own. Keep it brief, and stop if you feel dizzy or unwell.

## Weekly talk therapy

strategy-weekly-talk-therapy-title = Weekly talk therapy
strategy-weekly-talk-therapy-how = Ask your doctor about talking therapy, or look for a qualified therapist, and aim to meet regularly, for example once a week. If trauma may be part of your numbness, look for someone trained in trauma-focused therapy. It is fine to ask about their approach before you start, and to look for someone else if it doesn’t feel like a good fit.
strategy-weekly-talk-therapy-why = Talking therapies such as cognitive behavioural therapy are recommended for depression, and trauma-focused therapies for post-traumatic stress. Regular sessions give you a safe, steady place to work through feelings that have been blocked.

## Reduce emotional suppressants

strategy-reduce-emotional-suppressants-title = Cut back on things that numb you
strategy-reduce-emotional-suppressants-how = Notice how much you lean on alcohol, cannabis, gaming or social media to get through the day. Pick one to cut back on first, for example by setting a time limit or choosing some alcohol-free days.
strategy-reduce-emotional-suppressants-why = These can take the edge off hard feelings for a while, and many people find that using them less gives their own feelings more room to come back. There is no good research yet on this for numbness in particular.
strategy-reduce-emotional-suppressants-caution = If you drink heavily every day, don’t stop suddenly on your own: stopping all at once can cause dangerous withdrawal, such as shaking, seizures or hallucinations. Talk to a doctor first, who can help you cut down safely. Get urgent medical help if you have severe shaking, repeated vomiting or hallucinations.

## Regular sleep

strategy-regular-sleep-title = Regular sleep
strategy-regular-sleep-how = Try to go to bed and get up at about the same time every day, including weekends. Give yourself a calm wind-down time before bed.
strategy-regular-sleep-why = Sleep plays a big part in how you handle your emotions. In many studies, improving sleep also improved depression and anxiety, and this has better support than many other self-care tips.

## Supplements and nutrition

strategy-supplements-and-nutrition-title = Supplements and nutrition
strategy-supplements-and-nutrition-how = Some people look at their diet and at supplements such as omega-3 (fish oil) or vitamin D. If you are curious about any of these, talk with a doctor or pharmacist before you start.
strategy-supplements-and-nutrition-why = These are sometimes described as natural supports for mood, but there is no good evidence that they help with numbness or depression: in one large trial, neither vitamin D nor omega-3 improved mood compared with a dummy pill. Please don’t use them in place of treatment.
strategy-supplements-and-nutrition-caution = Supplements and herbal remedies are not right for everyone, and some change how medicines work. St John’s wort must not be taken with antidepressants: together they can cause a serious reaction. Always tell your doctor or pharmacist what you take.
