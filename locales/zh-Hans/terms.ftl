# 本语言的药物名称：每种药物国际非专利名称（INN）的本地写法，不用商品名。参见 locales/en/terms.ftl。

-medicine-sertraline = 舍曲林
-medicine-escitalopram = 艾司西酞普兰
-medicine-citalopram = 西酞普兰
-medicine-paroxetine = 帕罗西汀
-medicine-fluoxetine = 氟西汀
-medicine-vortioxetine = 伏硫西汀
-medicine-bupropion = 安非他酮
-medicine-ketamine = 氯胺酮
-medicine-esketamine = 艾司氯胺酮
-medicine-psilocybin = 裸盖菇素
