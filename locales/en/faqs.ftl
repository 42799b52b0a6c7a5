# Questions people often ask about emotional numbness, with short answers.
# The sources each answer rests on are in data/faqs.toml.

## Is not being able to cry a sign of severe depression?

faq-is-not-crying-a-sign-of-severe-depression-question = Is not being able to cry a sign of severe depression?
faq-is-not-crying-a-sign-of-severe-depression-answer = Not necessarily. Being unable to cry is often linked with depression, but on its own it doesn’t show how serious things are. If your mood has been low or flat for more than about two weeks, it is a good reason to see a doctor, who can look at the whole picture with you.

## Can emotional numbness be permanent?

faq-can-numbness-be-permanent-question = Can emotional numbness be permanent?
faq-can-numbness-be-permanent-answer = Numbness is often linked to things that can change, such as depression, a medicine, stress, grief or trauma. With treatment for depression, many people recover, and when a medicine is the cause, a prescriber can review the dose or the medicine with you. It can take time, so try to be patient and kind with yourself along the way.

## Can my job cause this?

faq-can-my-job-cause-this-question = Can my job cause this?
faq-can-my-job-cause-this-answer = It can play a part. The World Health Organization describes burnout as the result of long-term work stress that hasn’t been managed well: people feel exhausted, distant from their job and less effective. If work has worn you down, it is worth talking with a doctor about how you feel.

## I feel numb but not depressed

faq-numb-but-not-depressed-question = I feel numb, but I’m not depressed. What’s going on?
faq-numb-but-not-depressed-answer = Numbness can happen without depression. It can come with burnout, with grief, after trauma, or, for some autistic people, with difficulty recognising or naming feelings. Because these can look alike, an assessment with a doctor or therapist is the best way to tell them apart.
