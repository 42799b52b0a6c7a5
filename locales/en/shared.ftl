# Shared messages used across every part of the Haven service.

## Shown at the end of every article

disclaimer = This content is for education only. It is not a diagnosis and it is not a treatment. Please talk with a licensed health professional about your own situation.
get-help-now-title = Get help now
get-help-now-body = If you might act on thoughts of suicide, or if you are in danger, call your local emergency number now. Crisis lines for your country are listed alongside this message.

## Used in any content that talks about medicines

medication-safety = Never stop or change a medicine without talking to your prescriber first. Stopping suddenly can cause discontinuation symptoms. These medicines help many people, and they save lives.

## Reading time shown in article lists

reading-time =
    { $minutes ->
        [one] { $minutes }-minute read
       *[other] { $minutes }-minute read
    }
