# Shared messages used across every part of the Haven service.

## Shown at the end of every article

disclaimer = This content is for education only. It is not a diagnosis and it is not a treatment. Please talk with a licensed health professional about your own situation.
get-help-now-title = Get help now
get-help-now-body = If you might act on thoughts of suicide, or if you are in danger, call your local emergency number or go to the nearest emergency department now. Stay with someone you trust, and put distance between yourself and anything you could use to hurt yourself. These feelings can pass, and help is there.
# The help block with a country (?country=): $country is the country's name, $number its emergency number.
help-now-emergency = Emergency number in { $country }: { $number }
help-now-lines = Crisis lines in { $country }:
# The help block without a country: it names no number it cannot stand behind.
help-now-no-country = To see the emergency number and crisis lines where you are, choose your country. Wherever you are, your local emergency number can help now.

## Used in any content that talks about medicines

medication-safety = Never stop or change a medicine without talking to your prescriber first. Stopping suddenly can cause withdrawal symptoms. If your mood gets worse or you have thoughts of suicide after starting, changing or stopping an antidepressant, contact your prescriber or doctor straight away, or call your local emergency number if you might act on them. These medicines help many people.

## Reading time shown in article lists

reading-time =
    { $minutes ->
        [one] { $minutes }-minute read
       *[other] { $minutes }-minute read
    }

## Strategies and review status

evidence-none = No good evidence yet
review-editorial = Editorial review; not yet reviewed by a clinician
review-clinical = Reviewed by a clinician
