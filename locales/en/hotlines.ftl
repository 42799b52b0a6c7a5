# Descriptions of crisis lines, by line id.
hotline-befrienders-worldwide = Befrienders Worldwide links to emotional support centres around the world. Use its directory to find a centre near you.
hotline-us-988-suicide-crisis-lifeline = A national line for anyone thinking about suicide or going through an emotional crisis. Call or text, day and night.
hotline-us-national-suicide-prevention-lifeline-legacy = The old ten-digit number of the national suicide prevention line, now replaced by the shorter national number.
hotline-gb-samaritans = A free, listening line for anyone who is struggling or thinking about suicide, open day and night.
