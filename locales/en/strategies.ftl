# Self-care strategies: what to do, why it may help, and any cautions.

## Mindfulness and body scans

strategy-mindfulness-body-scan-title = Mindfulness and body scans
strategy-mindfulness-body-scan-how = Find a quiet spot and set aside five to ten minutes each day. Close your eyes if that feels okay. Slowly move your attention from your toes up to the top of your head, noticing whatever you feel along the way, such as warmth, tightness or tingling. If you notice nothing, that is fine. Just keep gently paying attention.
strategy-mindfulness-body-scan-why = Paying calm attention to your body, day after day, can help you reconnect with it. That connection can be a first step back toward your feelings.

## Journaling prompts

strategy-journaling-prompts-title = Journaling prompts
strategy-journaling-prompts-how = Once a day, write a sentence that begins “Today I felt…” and finish it honestly. If the answer is “nothing,” write that down. You can add where you were and what was happening at the time.
strategy-journaling-prompts-why = Putting feelings into words, even an empty answer, builds emotional awareness over time. Looking back over your notes can also help you spot small changes you might otherwise miss.

## Cry on purpose

strategy-cry-on-purpose-title = Cry on purpose
strategy-cry-on-purpose-how = Choose a sad film, such as The Notebook or Marley & Me, or play songs that have moved you in the past. Give yourself some private time in a place where you feel safe to let go. If tears don’t come, that is okay. You can try again another day.
strategy-cry-on-purpose-why = Some people find that a moving story or song helps their nervous system get ready to release feelings. It won’t work for everyone and it isn’t a treatment, but it is a gentle thing to try.

## Exercise, especially intense exercise

strategy-intense-exercise-title = Get your heart rate up
strategy-intense-exercise-how = Pick any movement that raises your heart rate: running, a high-intensity interval workout (often called HIIT), or dancing around your room. Start at a level that feels manageable for you and build up slowly.
strategy-intense-exercise-why = Some people find that hard exercise helps them let go of tension they have been holding in their body. The evidence for this is limited, so think of it as something to try rather than a sure fix.

## Cold exposure

strategy-cold-exposure-title = Cold water
strategy-cold-exposure-how = Try ending your shower with a short burst of cold water, or splash cold water on your face. Another option is to hold something cold, like ice wrapped in a cloth, against your face for a short moment.
strategy-cold-exposure-why = Some people say a quick shock of cold helps them feel more present. It is sometimes said to work by activating the vagus nerve, but the evidence for this is weak, so treat it as an experiment rather than a treatment.
strategy-cold-exposure-caution = Cold can be a shock to the body. If you have a heart condition, skip this or check with your doctor first. Keep it brief, and stop if you feel dizzy or unwell.

## Weekly talk therapy

strategy-weekly-talk-therapy-title = Weekly talk therapy
strategy-weekly-talk-therapy-how = Look for a trauma-informed therapist and aim to meet once a week. It is fine to ask about their approach before you start, and to look for someone else if it doesn’t feel like a good fit.
strategy-weekly-talk-therapy-why = Regular sessions give you a safe, steady place to work through feelings that have been blocked. A trauma-informed therapist understands why the mind sometimes shuts feelings down and can help you open up at a pace that feels safe.

## Reduce emotional suppressants

strategy-reduce-emotional-suppressants-title = Cut back on things that numb you
strategy-reduce-emotional-suppressants-how = Notice how much you lean on alcohol, cannabis, gaming or social media to get through the day. Pick one to cut back on first, for example by setting a time limit or choosing some alcohol-free days. If cutting back feels very hard, a doctor can help you do it safely.
strategy-reduce-emotional-suppressants-why = These can take the edge off hard feelings for a while, but they can also add to the numbness. Using them less stops the extra numbing and gives your own feelings more room to come back.

## Regular sleep

strategy-regular-sleep-title = Regular sleep
strategy-regular-sleep-how = Try to go to bed and get up at about the same time every day, including weekends. Give yourself a calm wind-down time before bed.
strategy-regular-sleep-why = Sleep plays a big part in how you handle your emotions. Regular sleep helps restore that balance, and this idea has better support than many other self-care tips.

## Supplements and nutrition

strategy-supplements-and-nutrition-title = Supplements and nutrition
strategy-supplements-and-nutrition-how = Some people look at their diet and at supplements such as omega-3 (fish oil), vitamin D and B vitamins. If you are curious about any of these, talk with a doctor or pharmacist before you start.
strategy-supplements-and-nutrition-why = These are sometimes described as natural supports for mood. The evidence that they help with emotional numbness is weak, so please don’t use them in place of treatment.
strategy-supplements-and-nutrition-caution = Supplements are not right for everyone, and some can affect how medicines work. Check with a clinician before taking them, especially if you already take any medicine.
