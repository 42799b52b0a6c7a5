# Hand-written descriptions of crisis lines, by line id (`hotline-<id>`). Write one only
# where a source describes the service in its own way, and say only what the line's data
# and sources say. Every other line is described by `line-description` (lines.ftl),
# composed from its data.
hotline-befrienders-worldwide = Befrienders Worldwide は、世界各地の心の支えとなる相談センターをつないでいます。その一覧を使って、お近くのセンターを探してみてください。
