# Hand-written descriptions of crisis lines, by line id (`hotline-<id>`). Write one only
# where a source describes the service in its own way, and say only what the line's data
# and sources say. Every other line is described by `line-description` (lines.ftl),
# composed from its data.
hotline-befrienders-worldwide = Befrienders Worldwide दुनिया भर के भावनात्मक सहारा देने वाले केंद्रों के लिंक देता है। अपने पास का कोई केंद्र ढूँढने के लिए इसकी डायरेक्टरी का इस्तेमाल करें।
