# Questions people often ask about emotional numbness, with short answers.

## Is not being able to cry a sign of severe depression?

faq-is-not-crying-a-sign-of-severe-depression-question = Is not being able to cry a sign of severe depression?
faq-is-not-crying-a-sign-of-severe-depression-answer = Not necessarily. Being unable to cry is often linked with depression and emotional shutdown, but on its own it doesn’t show how serious things are. It is a good reason to get checked by a professional, who can look at the whole picture with you.

## Can emotional numbness be permanent?

faq-can-numbness-be-permanent-question = Can emotional numbness be permanent?
faq-can-numbness-be-permanent-answer = It rarely is. With the right treatment, therapy or a review of your medicines, most people get their full range of feelings back. It can take time, so try to be patient and kind with yourself along the way.

## Can my job cause this?

faq-can-my-job-cause-this-question = Can my job cause this?
faq-can-my-job-cause-this-answer = It can. Long-term stress at work and burnout can dull your feelings, almost like a shield your mind puts up to protect you. If work has worn you down, it is worth talking with a professional about how you feel.

## I feel numb but not depressed

faq-numb-but-not-depressed-question = I feel numb, but I’m not depressed. What’s going on?
faq-numb-but-not-depressed-answer = Numbness can happen without depression. It can come with burnout, grief, autism or the aftermath of trauma. Because these can look alike, an assessment with a professional is the best way to tell them apart.
