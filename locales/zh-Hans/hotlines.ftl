# 危机热线的手写介绍，按热线 id 排列；参见 locales/en/hotlines.ftl。
hotline-befrienders-worldwide = Befrienders Worldwide 连接着世界各地的情感支持中心。你可以用它的名录找到离你近的中心。
