"""Word and name material for the synthetic scale corpus (see make_corpus.py).

Everything here is plain data. Names are built from parts so that 100,000 records get varied names in
Latin, Hanzi and Uyghur Arabic script, each with its forms in the other scripts, which is what
cross-script name matching in the archive has to deal with. The forms are plausible, not authoritative.
"""

# Common Chinese surnames with their pinyin.
HAN_SURNAMES = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
    ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
    ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"),
    ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"), ("潘", "Pan"),
    ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"), ("艾", "Ai"),
]

# Characters common in Chinese given names, with pinyin (one or two are combined).
HAN_GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
    ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"),
    ("平", "ping"), ("刚", "gang"), ("桂", "gui"), ("英", "ying"), ("华", "hua"), ("建", "jian"),
    ("国", "guo"), ("全", "quan"), ("志", "zhi"), ("文", "wen"), ("海", "hai"), ("红", "hong"),
    ("春", "chun"), ("东", "dong"), ("成", "cheng"), ("新", "xin"), ("亮", "liang"), ("永", "yong"),
    ("晓", "xiao"), ("峰", "feng"), ("云", "yun"), ("波", "bo"), ("辉", "hui"), ("鹏", "peng"),
    ("斌", "bin"), ("玉", "yu"), ("荣", "rong"), ("德", "de"), ("庆", "qing"), ("雪", "xue"),
    ("俊", "jun"), ("江", "jiang"), ("安", "an"), ("宁", "ning"), ("学", "xue"), ("振", "zhen"),
    ("兴", "xing"), ("爱", "ai"), ("恩", "en"), ("鸥", "ou"), ("忠", "zhong"), ("福", "fu"),
]

# Uyghur given-name parts: (Arabic script, ULY Latin, Chinese transliteration). A name is a head
# followed by a tail; tails start with a consonant so that no word-internal hamza is needed.
UYGHUR_HEADS = [
    ("ئابدۇ", "Abdu", "阿卜杜"), ("تۇر", "Tur", "吐尔"), ("گۈل", "Gül", "古丽"), ("مەھ", "Meh", "买合"),
    ("نۇر", "Nur", "努尔"), ("ئاي", "Ay", "阿依"), ("ئەخ", "Ex", "艾合"), ("قا", "Qa", "卡"),
    ("ئىس", "Is", "伊斯"), ("يۈ", "Yü", "玉"), ("ئەل", "El", "艾尔"), ("مۇ", "Mu", "穆"),
    ("پا", "Pa", "帕"), ("زۇل", "Zul", "祖力"), ("سا", "Sa", "萨"), ("ھە", "He", "合"),
    ("ئۆ", "Ö", "吾"), ("بۇ", "Bu", "布"), ("شې", "She", "谢"), ("راھ", "Rah", "热合"),
]
UYGHUR_TAILS = [
    ("رېھىم", "rehim", "热依木"), ("سۇن", "sun", "逊"), ("نار", "nar", "娜尔"), ("مەت", "met", "买提"),
    ("گۈل", "gül", "古丽"), ("جان", "jan", "江"), ("خان", "xan", "汗"), ("دىر", "dir", "迪尔"),
    ("لام", "lam", "拉木"), ("سۇپ", "sup", "素普"), ("قادىر", "qadir", "卡地尔"), ("لا", "la", "拉"),
    ("مىن", "min", "明"), ("بەگ", "beg", "别克"), ("نىسا", "nisa", "尼萨"), ("تۇللا", "tulla", "吐拉"),
    ("ھېمىت", "hemit", "海米提"), ("يار", "yar", "亚尔"), ("زات", "zat", "扎提"), ("شات", "shat", "夏提"),
]

# For the minority of people named in other Latin-script languages (foreign officials, researchers).
LATIN_FIRST = [
    "Anna", "Thomas", "Maria", "David", "Sophie", "James", "Laura", "Peter", "Elena", "Michael",
    "Sarah", "Jonas", "Clara", "Daniel", "Nadia", "Robert", "Julia", "Martin", "Alice", "Samuel",
]
LATIN_LAST = [
    "Becker", "Smith", "Rossi", "Novak", "Dubois", "Jensen", "Kowalski", "Brown", "Moreau", "Fischer",
    "Larsen", "Silva", "Walker", "Horvat", "Meyer", "Green", "Costa", "Nilsson", "Clarke", "Weber",
]

# Places: (English, Chinese, Uyghur Arabic script).
PLACES = [
    ("Kashgar", "喀什", "قەشقەر"), ("Hotan", "和田", "خوتەن"), ("Aksu", "阿克苏", "ئاقسۇ"),
    ("Urumqi", "乌鲁木齐", "ئۈرۈمچى"), ("Turpan", "吐鲁番", "تۇرپان"), ("Ghulja", "伊宁", "غۇلجا"),
    ("Korla", "库尔勒", "كورلا"), ("Karamay", "克拉玛依", "قاراماي"), ("Tekes", "特克斯", "تېكەس"),
    ("Konasheher", "疏附", "كونىشەھەر"), ("Yarkand", "莎车", "يەكەن"), ("Kucha", "库车", "كۇچا"),
    ("Altay", "阿勒泰", "ئالتاي"), ("Qumul", "哈密", "قۇمۇل"), ("Shihezi", "石河子", "شىخەنزە"),
    ("Chochek", "塔城", "چۆچەك"),
]

# Government bodies: (English, Chinese, Uyghur).
PUBLIC_BODY_TYPES = [
    ("Public Security Bureau", "公安局", "جامائەت خەۋپسىزلىكى ئىدارىسى"),
    ("Education Bureau", "教育局", "مائارىپ ئىدارىسى"),
    ("Justice Bureau", "司法局", "ئەدلىيە ئىدارىسى"),
    ("Party Committee", "党委", "پارتكوم"),
    ("Vocational Skills Education and Training Centre", "职业技能教育培训中心",
     "كەسپىي تېخنىكا مائارىپ تەربىيەلەش مەركىزى"),
    ("Detention Centre", "看守所", "قاماقخانا"),
    ("Political and Legal Affairs Commission", "政法委", "سىياسىي قانۇن كومىتېتى"),
    ("Human Resources and Social Security Bureau", "人力资源和社会保障局", "ئادەم كۈچى بايلىقى ئىدارىسى"),
]

# Other organisations: (English, Chinese, Uyghur).
ORGANIZATION_TYPES = [
    ("Textile Co., Ltd.", "纺织有限公司", "توقۇمىچىلىق شىركىتى"),
    ("Cotton Cooperative", "棉花合作社", "پاختا كوپېراتىپى"),
    ("Security Technology Co.", "安防科技公司", "بىخەتەرلىك تېخنىكا شىركىتى"),
    ("Labour Services Co.", "劳务服务公司", "ئەمگەك مۇلازىمەت شىركىتى"),
    ("Construction Group", "建设集团", "قۇرۇلۇش گۇرۇھى"),
    ("Agricultural Development Co.", "农业发展公司", "يېزا ئىگىلىك تەرەققىيات شىركىتى"),
]

# Posts held in those bodies: (English, Chinese).
ROLES = [
    ("Party Secretary", "党委书记"), ("Director", "局长"), ("Deputy Director", "副局长"),
    ("Political Commissar", "政委"), ("Chairman", "主任"), ("Deputy Party Secretary", "党委副书记"),
]

STREETS = [
    ("Jiefang Road", "解放路"), ("Renmin Road", "人民路"), ("Tuanjie Road", "团结路"),
    ("Xinhua Road", "新华路"), ("Youhao Road", "友好路"), ("Heping Road", "和平路"),
]

# (authority, programme, country of the authority)
SANCTION_AUTHORITIES = [
    ("Council of the European Union", "EU Global Human Rights Sanctions Regime", "eu"),
    ("HM Treasury", "UK Global Human Rights sanctions", "gb"),
    ("US Department of the Treasury", "GLOMAG", "us"),
    ("Global Affairs Canada", "Special Economic Measures Regulations", "ca"),
]

REPORT_SOURCES = [
    "Synthetic Rights Monitor", "Example Documentation Project", "Placeholder Research Network",
    "Fictional Legal Clinic", "Sample Archive Collective",
]

REPORT_TOPICS = [
    "Detention facilities", "Labour transfers", "Surveillance systems", "Family separation",
    "Religious restrictions", "Education policy", "Sentencing records", "Cotton supply chains",
]

# Common English words, roughly in order of frequency so that a Zipf weighting by rank looks natural.
ENGLISH_WORDS = """
the of and to in a is that for it as was with be by on not he this are or his from at which but have
an had they you were their one all we can her has there been if more when will would who so no she
other its may these them than some him time into only do years could new about two first then also
after any like our should what people over such very through most where between each under records
state public local officials government region county report evidence documents police detention
facility camp village family families children school education training centre workers labour
transfer programme policy security surveillance data system camera checkpoint interview witness
testimony account statement court case sentence prison release detained detainees former
member members party committee secretary director deputy bureau office department ministry
township city prefecture province authorities order orders directive notice meeting plan plans
target targets quota quotas list lists name names number numbers date dates period during before
since until while although however because therefore several many few least further later
early recent previous following current available reported described documented confirmed noted
found showed indicated according including regarding concerning within without against among
across toward around review analysis research source sources file files photograph photographs image
images map maps satellite building buildings wall walls gate gates fence fences tower towers room
rooms hall halls site sites area areas road roads field fields factory factories cotton textile
production work working worked employed employment wage wages contract contracts transferred
religion religious mosque mosques prayer language languages culture cultural tradition traditions
community communities neighbourhood household households relative relatives parent parents mother
father son daughter brother sister wife husband official officially formal informal written spoken
""".split()

# Pieces for English-looking invented words (see corpus_reports.pseudo_words).
PSEUDO_ONSETS = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w",
                 "br", "cl", "dr", "gr", "pl", "pr", "st", "tr", "sh", "ch", "th"]
PSEUDO_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"]
PSEUDO_ENDINGS = ["", "n", "r", "s", "t", "l", "nd", "st", "ment", "tion", "ing", "ed", "al", "ity"]

# Common Chinese words for prose paragraphs; sentences are strings of these with punctuation.
CHINESE_WORDS = """
政府 工作 地区 人员 管理 安全 教育 培训 中心 学员 社会 稳定 维护 开展 加强 落实 要求 情况 问题 组织
部门 干部 群众 家庭 宗教 活动 人口 监控 检查 报告 文件 通知 会议 领导 责任 重点 措施 时间 年度 统计
数据 名单 记录 信息 系统 平台 公安 派出所 看守所 就业 转移 劳动力 工厂 企业 生产 棉花 扶贫 项目 资金
建设 发展 计划 实施 目标 任务 完成 进行 根据 按照 通过 对于 以及 其中 同时 已经 继续 全面 严格 有效
及时 主要 相关 有关 村民 乡镇 县城 学校 语言 文化 审查 登记 拘留 释放 判决 法院 证据 照片 档案
""".split()
CHINESE_PARTICLES = ["的", "了", "和", "在", "是", "对", "与", "将", "把", "被"]

# Common Uyghur words in Arabic script for prose paragraphs.
UYGHUR_WORDS = """
ئادەم ھۆكۈمەت دوكلات رايون ناھىيە شەھەر مەكتەپ تەربىيە خىزمەت بىخەتەرلىك لاگېر ساقچى ئائىلە بالا
يېزا ئۆي كىشى تىل دىن ئىش ۋاقىت يىل ئاي كۈن ۋە بىلەن ئۈچۈن بۇ ئۇ بولۇپ قىلىش مەركىزى ئورگان
باشقۇرۇش ھۆججەت گۇۋاھچى سۆز خەلق ئەمەلدار تىزىملىك خاتىرە رەسىم سوت جازا قويۇپ بېرىش تۇتۇش ئەمگەك
زاۋۇت پاختا مەسچىت مەدەنىيەت ئانا ئاتا ئوغۇل قىز ئاكا ئاچا كۆپ ئاز يېڭى كونا ھەر بارلىق
""".split()

# English sentences that carry an entity name; {name} is the name, {a} and {b} are filler words.
MENTION_TEMPLATES = [
    "Records reviewed for this report name {name} in connection with the {a} {b}.",
    "According to {a} documents, {name} was responsible for the {b}.",
    "{name} appears in {a} lists from the {b} period.",
    "Witnesses described {name} as a {a} {b} official.",
    "The file on {name} refers to {a} and {b}.",
    "A notice signed by {name} sets out {a} {b} targets.",
]

IMAGE_SUBJECTS = ["facility", "gate", "compound", "checkpoint", "meeting", "factory", "street", "notice"]

# Image captions by file type; {name} is an entity name, {subject} one of IMAGE_SUBJECTS.
CAPTION_TEMPLATES = {
    "jpg": ["Photograph of a {subject} in {place} associated with {name}, {year}.",
            "{name} at a {subject} in {place} ({year})."],
    "png": ["Diagram of a {subject} in {place} linked to {name}, drawn {year}.",
            "Sketch map of a {subject} in {place} from records naming {name} ({year})."],
}
