# The embeddable "get help now" panel for partner websites.
widget-title = Get help now
widget-danger = If you are in danger or might act on thoughts of suicide, call your emergency number now.
widget-emergency-heading = Emergency
widget-emergency-general = Emergency { $number }
widget-emergency-police = Police { $number }
widget-emergency-ambulance = Ambulance { $number }
widget-emergency-fire = Fire { $number }
widget-lines-heading = Someone to talk to
widget-fallback-note = We have no crisis line listed for this country yet. These services can help from anywhere.
widget-open-always = Open day and night
widget-open-now = Open now
widget-closed-now = Closed now
widget-hours-unknown = Opening hours not known
widget-call = Call { $value }
widget-text = Text { $value }
widget-whatsapp = WhatsApp { $value }
widget-chat = Chat online
widget-website = Website
widget-email = Email
widget-more-lines = More crisis lines
widget-about = Information from Haven. Each line lists its source; check it if you can.
# Shown when the partner's page named no country Haven knows.
widget-no-country = We could not tell which country you are in.
widget-call-local-emergency = If you are in danger, call your local emergency number now.
# Read by screen readers after a link that opens a new tab.
widget-new-tab = (opens in a new tab)
