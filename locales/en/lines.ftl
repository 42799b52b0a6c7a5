# Shown in place of a crisis line's own name where our source did not record it.
unnamed-national-line = National crisis line

# Describes a crisis line that has no hand-written `hotline-<id>` message, from its data.
# $focus is the line's first topic; $hours is always, weekly or unknown; $free is yes, no
# or unknown. Each part must say only what the data says.
line-description =
    { $focus ->
        [suicide] Support for anyone thinking about suicide, or worried about someone who is.
        [crisis] Support for anyone going through a crisis.
        [depression] Support for people living with depression.
        [self-harm] Support for people who self-harm.
        [domestic-violence] Support for people affected by violence at home.
        [sexual-abuse] Support for people affected by sexual violence or abuse.
        [lgbtq] Support for LGBTQ+ people.
        [youth] Support for young people.
        [children] Support for children and young people.
        [veterans] Support for veterans.
        [substance-use] Support with alcohol or drug use.
        [seniors] Support for older people.
       *[emotional-support] Someone to talk to when things feel hard.
    } { $hours ->
        [always] Open 24 hours a day.
        [weekly] Open at set times: see the hours.
       *[unknown] Its opening hours are not known: check before relying on it.
    } { $free ->
        [yes] Free of charge.
       *[other] {""}
    }
