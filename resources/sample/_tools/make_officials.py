"""Write entities/officials.jsonl: FtM records of real public officials, public bodies, places,
posts, tenures and sanctions designations, taken from public sanctions listings and official
announcements (2020-2022).

Only facts the sample's authors were confident of are recorded. Where a date of a tenure was not
certain it is left out, and the record says what it is based on. Birth dates are left out except
where widely published.

Run from anywhere:  python resources/sample/_tools/make_officials.py
The output is deterministic (fixed order, sorted keys, no timestamps).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "entities" / "officials.jsonl"

RECORDS: list[dict] = []


def add(id_: str, schema: str, **props) -> None:
    properties = {}
    for key, value in props.items():
        if value is None:
            continue
        if isinstance(value, str):
            value = [value]
        properties[key] = list(value)
    RECORDS.append({"id": id_, "schema": schema, "properties": properties})


# --------------------------------------------------------------------------------------------
# Places (Address)
# --------------------------------------------------------------------------------------------

add("place-xuar", "Address",
    name="Xinjiang Uyghur Autonomous Region",
    alias=["Xinjiang", "XUAR", "新疆维吾尔自治区", "新疆", "Xinjiang Weiwu'er Zizhiqu",
           "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى", "شىنجاڭ"],
    full="Xinjiang Uyghur Autonomous Region, People's Republic of China",
    region="Xinjiang Uyghur Autonomous Region", country="cn")
add("place-urumqi", "Address",
    name="Ürümqi",
    alias=["Urumqi", "Urumchi", "乌鲁木齐", "乌鲁木齐市", "Wulumuqi", "ئۈرۈمچى"],
    full="Ürümqi, Xinjiang Uyghur Autonomous Region, People's Republic of China",
    city="Ürümqi", region="Xinjiang Uyghur Autonomous Region", country="cn",
    description="Regional capital of the Xinjiang Uyghur Autonomous Region.")
add("place-kashgar", "Address",
    name="Kashgar Prefecture",
    alias=["Kashgar", "Kashi Prefecture", "喀什地区", "喀什", "Kashi Diqu", "قەشقەر ۋىلايىتى", "قەشقەر"],
    full="Kashgar Prefecture, Xinjiang Uyghur Autonomous Region, People's Republic of China",
    region="Xinjiang Uyghur Autonomous Region", country="cn",
    description="Prefecture in the south-west of the Xinjiang Uyghur Autonomous Region.")
add("place-konasheher", "Address",
    name="Konasheher County",
    alias=["Konasheher", "Shufu County", "Shufu", "疏附县", "Shufu Xian", "كوناشەھەر ناھىيىسى", "كوناشەھەر"],
    full="Konasheher (Shufu) County, Kashgar Prefecture, Xinjiang Uyghur Autonomous Region, People's Republic of China",
    region="Kashgar Prefecture", country="cn",
    description="County in Kashgar Prefecture; one of the two counties from which the Xinjiang Police Files (2022) are reported to come.")
add("place-ili", "Address",
    name="Ili Kazakh Autonomous Prefecture",
    alias=["Ili", "Yili Kazakh Autonomous Prefecture", "伊犁哈萨克自治州", "伊犁", "ئىلى قازاق ئاپتونوم ئوبلاستى", "ئىلى"],
    full="Ili Kazakh Autonomous Prefecture, Xinjiang Uyghur Autonomous Region, People's Republic of China",
    region="Xinjiang Uyghur Autonomous Region", country="cn",
    description="Autonomous prefecture in the north-west of the Xinjiang Uyghur Autonomous Region.")
add("place-tekes", "Address",
    name="Tekes County",
    alias=["Tekes", "特克斯县", "Tekesi Xian", "تېكەس ناھىيىسى", "تېكەس"],
    full="Tekes County, Ili Kazakh Autonomous Prefecture, Xinjiang Uyghur Autonomous Region, People's Republic of China",
    region="Ili Kazakh Autonomous Prefecture", country="cn",
    description="County in the Ili Kazakh Autonomous Prefecture; one of the two counties from which the Xinjiang Police Files (2022) are reported to come.")
add("place-tibet", "Address",
    name="Tibet Autonomous Region",
    alias=["Tibet", "Xizang Autonomous Region", "西藏自治区", "西藏", "تىبەت ئاپتونوم رايونى", "شىزاڭ ئاپتونوم رايونى"],
    full="Tibet Autonomous Region, People's Republic of China",
    region="Tibet Autonomous Region", country="cn")
add("place-beijing", "Address", name="Beijing", alias=["北京", "بېيجىڭ"],
    full="Beijing, People's Republic of China", city="Beijing", country="cn")
add("place-geneva", "Address", name="Geneva", alias=["Genève", "日内瓦"],
    full="Geneva, Switzerland", city="Geneva", country="ch")
add("place-brussels", "Address", name="Brussels", alias=["Bruxelles", "Brussel", "布鲁塞尔"],
    full="Brussels, Belgium", city="Brussels", country="be")
add("place-london", "Address", name="London", alias=["伦敦"],
    full="London, United Kingdom", city="London", country="gb")
add("place-washington", "Address", name="Washington, D.C.", alias=["Washington DC", "华盛顿"],
    full="Washington, D.C., United States", city="Washington, D.C.", country="us")
add("place-ottawa", "Address", name="Ottawa", alias=["渥太华"],
    full="Ottawa, Canada", city="Ottawa", country="ca")
add("place-berlin", "Address", name="Berlin", alias=["柏林"],
    full="Berlin, Germany", city="Berlin", country="de")
add("place-copenhagen", "Address", name="Copenhagen", alias=["København", "哥本哈根"],
    full="Copenhagen, Denmark", city="Copenhagen", country="dk")
add("place-sheffield", "Address", name="Sheffield", alias=["谢菲尔德"],
    full="Sheffield, United Kingdom", city="Sheffield", country="gb")

# --------------------------------------------------------------------------------------------
# Public bodies and organisations
# --------------------------------------------------------------------------------------------

add("org-xpcc", "PublicBody",
    name="Xinjiang Production and Construction Corps",
    alias=["XPCC", "Bingtuan", "新疆生产建设兵团", "兵团", "شىنجاڭ ئىشلەپچىقىرىش-قۇرۇلۇش بىڭتۇەنى", "بىڭتۇەن"],
    country="cn", jurisdiction="cn", incorporationDate="1954", addressEntity="place-urumqi",
    topics="sanction",
    description=("State-run economic and paramilitary organisation in the Xinjiang Uyghur Autonomous "
                 "Region, founded in 1954, dissolved in 1975 and restored in 1981. Designated by the "
                 "US Treasury (OFAC) on 31 July 2020."))
add("org-xpcc-psb", "PublicBody",
    name="XPCC Public Security Bureau",
    alias=["Xinjiang Production and Construction Corps Public Security Bureau", "新疆生产建设兵团公安局",
           "بىڭتۇەن جامائەت خەۋپسىزلىك ئىدارىسى"],
    country="cn", topics="sanction",
    description="Police body of the XPCC. Listed by the EU, the UK and Canada on 22 March 2021.")
add("org-xinjiang-psb", "PublicBody",
    name="Xinjiang Public Security Bureau",
    alias=["XPSB", "Public Security Department of the Xinjiang Uyghur Autonomous Region",
           "Xinjiang Public Security Department", "新疆维吾尔自治区公安厅", "新疆公安厅",
           "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق جامائەت خەۋپسىزلىك نازارىتى"],
    country="cn", addressEntity="place-urumqi", topics="sanction",
    description="Regional police authority of the Xinjiang Uyghur Autonomous Region. Designated by the US Treasury (OFAC) on 9 July 2020.")
add("org-xuar-government", "PublicBody",
    name="People's Government of the Xinjiang Uyghur Autonomous Region",
    alias=["Xinjiang Uyghur Autonomous Region government", "XUAR government", "新疆维吾尔自治区人民政府",
           "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق خەلق ھۆكۈمىتى"],
    country="cn", addressEntity="place-urumqi")
add("org-ccp-xinjiang", "Organization",
    name="CCP Xinjiang Uyghur Autonomous Region Committee",
    alias=["CCP Xinjiang Committee", "Xinjiang Party Committee", "中共新疆维吾尔自治区委员会", "新疆维吾尔自治区党委",
           "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق پارتكوم"],
    country="cn", addressEntity="place-urumqi",
    description="Regional committee of the Chinese Communist Party in the Xinjiang Uyghur Autonomous Region.")
add("org-xuar-plac", "Organization",
    name="Political and Legal Affairs Commission of the CCP Xinjiang Committee",
    alias=["Xinjiang Political and Legal Affairs Commission", "中共新疆维吾尔自治区委员会政法委员会", "自治区党委政法委"],
    country="cn",
    description="Party body that oversees police, courts and procuracy in the region.")
add("org-ccp-tibet", "Organization",
    name="CCP Tibet Autonomous Region Committee",
    alias=["CCP Tibet Committee", "中共西藏自治区委员会", "西藏自治区党委"],
    country="cn")
add("org-ccp-politburo", "Organization",
    name="Political Bureau of the Central Committee of the Chinese Communist Party",
    alias=["Politburo", "CCP Politburo", "中共中央政治局"],
    country="cn", addressEntity="place-beijing")
add("org-mps", "PublicBody",
    name="Ministry of Public Security of the People's Republic of China",
    alias=["Ministry of Public Security", "中华人民共和国公安部", "公安部"],
    country="cn", addressEntity="place-beijing")
add("org-prc-mfa", "PublicBody",
    name="Ministry of Foreign Affairs of the People's Republic of China",
    alias=["PRC Ministry of Foreign Affairs", "Chinese Foreign Ministry", "中华人民共和国外交部", "外交部",
           "جۇڭخۇا خەلق جۇمھۇرىيىتى تاشقى ئىشلار مىنىستىرلىكى"],
    country="cn", addressEntity="place-beijing",
    description="Announced China's counter-sanctions of 22 March 2021.")
add("org-ohchr", "PublicBody",
    name="Office of the United Nations High Commissioner for Human Rights",
    alias=["OHCHR", "UN Human Rights Office", "联合国人权事务高级专员办事处", "联合国人权高专办",
           "بىرلەشكەن دۆلەتلەر تەشكىلاتى كىشىلىك ھوقۇق ئالىي كومىسسارى ئىشخانىسى"],
    addressEntity="place-geneva",
    description="Published its assessment of human rights concerns in the Xinjiang Uyghur Autonomous Region on 31 August 2022.")
add("org-un-hrc", "PublicBody",
    name="United Nations Human Rights Council",
    alias=["UN Human Rights Council", "联合国人权理事会"],
    addressEntity="place-geneva")
add("org-eu-council", "PublicBody",
    name="Council of the European Union",
    alias=["Council of the EU", "EU Council", "欧盟理事会"],
    addressEntity="place-brussels",
    description="Adopted the EU listings of 22 March 2021 under the EU global human rights sanctions regime.")
add("org-eu-psc", "PublicBody",
    name="Political and Security Committee of the Council of the European Union",
    alias=["EU Political and Security Committee", "Political and Security Committee", "欧盟理事会政治与安全委员会"],
    addressEntity="place-brussels", topics="sanction.counter",
    description="Committee of EU member-state ambassadors. Named in China's counter-sanctions of 22 March 2021.")
add("org-european-parliament", "PublicBody",
    name="European Parliament",
    alias=["欧洲议会", "ياۋروپا پارلامېنتى"],
    addressEntity="place-brussels")
add("org-ep-droi", "PublicBody",
    name="European Parliament Subcommittee on Human Rights",
    alias=["Subcommittee on Human Rights", "DROI", "欧洲议会人权分委会"],
    addressEntity="place-brussels", topics="sanction.counter",
    description="Subcommittee of the European Parliament. Named in China's counter-sanctions of 22 March 2021.")
add("org-uk-fcdo", "PublicBody",
    name="Foreign, Commonwealth & Development Office",
    alias=["FCDO", "UK Foreign, Commonwealth and Development Office", "UK Foreign Office"],
    country="gb", addressEntity="place-london")
add("org-us-treasury", "PublicBody",
    name="United States Department of the Treasury",
    alias=["US Treasury", "U.S. Department of the Treasury", "美国财政部"],
    country="us", addressEntity="place-washington")
add("org-us-ofac", "PublicBody",
    name="Office of Foreign Assets Control",
    alias=["OFAC", "US Treasury OFAC", "美国财政部海外资产控制办公室"],
    country="us", addressEntity="place-washington")
add("org-us-state", "PublicBody",
    name="United States Department of State",
    alias=["US State Department", "U.S. Department of State", "美国国务院"],
    country="us", addressEntity="place-washington")
add("org-us-cbp", "PublicBody",
    name="U.S. Customs and Border Protection",
    alias=["CBP", "US Customs and Border Protection", "美国海关与边境保护局"],
    country="us", addressEntity="place-washington")
add("org-gac", "PublicBody",
    name="Global Affairs Canada",
    alias=["Affaires mondiales Canada", "加拿大全球事务部"],
    country="ca", addressEntity="place-ottawa")
add("org-merics", "Organization",
    name="Mercator Institute for China Studies",
    alias=["MERICS", "墨卡托中国研究中心"],
    country="de", addressEntity="place-berlin", topics="sanction.counter",
    description="Research institute on China based in Berlin. Named in China's counter-sanctions of 22 March 2021.")
add("org-adf", "Organization",
    name="Alliance of Democracies Foundation",
    alias=["Alliance of Democracies", "民主联盟基金会"],
    country="dk", addressEntity="place-copenhagen", topics="sanction.counter",
    description="Foundation based in Copenhagen. Named in China's counter-sanctions of 22 March 2021.")
add("org-shu", "Organization",
    name="Sheffield Hallam University",
    alias=["谢菲尔德哈勒姆大学"],
    country="gb", addressEntity="place-sheffield")
add("org-shu-hkc", "Organization",
    name="Helena Kennedy Centre for International Justice",
    alias=["Sheffield Hallam University Helena Kennedy Centre", "Helena Kennedy Centre"],
    country="gb", addressEntity="place-sheffield",
    description="Research centre at Sheffield Hallam University; has published research on supply chains and forced labour in the Uyghur Region.")
add("org-voc", "Organization",
    name="Victims of Communism Memorial Foundation",
    alias=["Victims of Communism", "共产主义受害者纪念基金会"],
    country="us", addressEntity="place-washington",
    description="Washington-based foundation; its researcher Adrian Zenz received and analysed the Xinjiang Police Files.")

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

PEP = ["role.pep"]
add("person-chen-quanguo", "Person",
    name="Chen Quanguo",
    alias=["陈全国", "Chen Quan'guo", "Chen Quan-guo", "چېن چۈەنگو"],
    firstName="Quanguo", lastName="Chen", gender="male", nationality="cn",
    birthDate="1955-11", birthPlace="Pingyu County, Henan",
    position=["Party Secretary of the Tibet Autonomous Region (2011-2016)",
              "Party Secretary of the Xinjiang Uyghur Autonomous Region (2016-2021)",
              "Member of the CCP Politburo (2017-2022)"],
    topics=PEP + ["sanction"])
add("person-zhu-hailun", "Person",
    name="Zhu Hailun",
    alias=["朱海仑", "جۇ خەيلۇن"],
    firstName="Hailun", lastName="Zhu", gender="male", nationality="cn",
    position=["Former Deputy Party Secretary of the Xinjiang Uyghur Autonomous Region",
              "Former Secretary of the Political and Legal Affairs Commission of the Xinjiang Uyghur Autonomous Region"],
    topics=PEP + ["sanction"])
add("person-wang-junzheng", "Person",
    name="Wang Junzheng",
    alias=["王君正", "ۋاڭ جۈنجېڭ"],
    firstName="Junzheng", lastName="Wang", gender="male", nationality="cn",
    position=["Party Secretary of the Xinjiang Production and Construction Corps (2020-2021)",
              "Party Secretary of the Tibet Autonomous Region (from 2021)"],
    topics=PEP + ["sanction"])
add("person-wang-mingshan", "Person",
    name="Wang Mingshan",
    alias=["王明山", "ۋاڭ مىڭشەن"],
    firstName="Mingshan", lastName="Wang", gender="male", nationality="cn",
    position=["Director and Party Secretary of the Xinjiang Public Security Bureau (as described by OFAC in July 2020)",
              "Secretary of the Political and Legal Affairs Commission of the Xinjiang Uyghur Autonomous Region (as described in the March 2021 listings)"],
    topics=PEP + ["sanction"])
add("person-chen-mingguo", "Person",
    name="Chen Mingguo",
    alias=["陈明国", "چېن مىڭگو"],
    firstName="Mingguo", lastName="Chen", gender="male", nationality="cn",
    position=["Director of the Xinjiang Public Security Bureau",
              "Vice Chairman of the People's Government of the Xinjiang Uyghur Autonomous Region"],
    topics=PEP + ["sanction"])
add("person-huo-liujun", "Person",
    name="Huo Liujun",
    alias=["霍留军"],
    firstName="Liujun", lastName="Huo", gender="male", nationality="cn",
    position="Former Party Secretary of the Xinjiang Public Security Bureau",
    topics=PEP + ["sanction"])
add("person-sun-jinlong", "Person",
    name="Sun Jinlong",
    alias=["孙金龙"],
    firstName="Jinlong", lastName="Sun", gender="male", nationality="cn",
    position="Former Party Secretary and Political Commissar of the Xinjiang Production and Construction Corps",
    topics=PEP + ["sanction"])
add("person-peng-jiarui", "Person",
    name="Peng Jiarui",
    alias=["彭家瑞"],
    firstName="Jiarui", lastName="Peng", gender="male", nationality="cn",
    position="Deputy Party Secretary and Commander of the Xinjiang Production and Construction Corps (as described by OFAC in July 2020)",
    topics=PEP + ["sanction"])
add("person-zhao-kezhi", "Person",
    name="Zhao Kezhi",
    alias=["赵克志"],
    firstName="Kezhi", lastName="Zhao", gender="male", nationality="cn",
    position="Minister of Public Security (2017-2022)",
    topics=PEP)
add("person-zhang-chunxian", "Person",
    name="Zhang Chunxian",
    alias=["张春贤"],
    firstName="Chunxian", lastName="Zhang", gender="male", nationality="cn",
    position="Party Secretary of the Xinjiang Uyghur Autonomous Region (2010-2016)",
    topics=PEP)
add("person-ma-xingrui", "Person",
    name="Ma Xingrui",
    alias=["马兴瑞"],
    firstName="Xingrui", lastName="Ma", gender="male", nationality="cn",
    position="Party Secretary of the Xinjiang Uyghur Autonomous Region (from December 2021)",
    topics=PEP)
add("person-michelle-bachelet", "Person",
    name="Michelle Bachelet",
    alias=["Michelle Bachelet Jeria", "米歇尔·巴切莱特", "巴切莱特", "مىشېل باچېلېت"],
    firstName="Michelle", lastName="Bachelet", gender="female", nationality="cl",
    position="UN High Commissioner for Human Rights (2018-2022)",
    topics=PEP)
add("person-volker-turk", "Person",
    name="Volker Türk",
    alias=["Volker Turk", "Volker Tuerk", "福尔克尔·蒂尔克"],
    firstName="Volker", lastName="Türk", gender="male", nationality="at",
    position="UN High Commissioner for Human Rights (from October 2022)",
    topics=PEP)

COUNTER = ["sanction.counter"]
add("person-reinhard-butikofer", "Person",
    name="Reinhard Bütikofer",
    alias=["Reinhard Buetikofer", "Reinhard Butikofer"],
    firstName="Reinhard", lastName="Bütikofer", gender="male", nationality="de",
    position="Member of the European Parliament", topics=PEP + COUNTER)
add("person-michael-gahler", "Person",
    name="Michael Gahler",
    firstName="Michael", lastName="Gahler", gender="male", nationality="de",
    position="Member of the European Parliament", topics=PEP + COUNTER)
add("person-raphael-glucksmann", "Person",
    name="Raphaël Glucksmann",
    alias=["Raphael Glucksmann"],
    firstName="Raphaël", lastName="Glucksmann", gender="male", nationality="fr",
    position="Member of the European Parliament", topics=PEP + COUNTER)
add("person-ilhan-kyuchyuk", "Person",
    name="Ilhan Kyuchyuk",
    alias=["Ilhan Küçük", "Илхан Кючюк"],
    firstName="Ilhan", lastName="Kyuchyuk", gender="male", nationality="bg",
    position="Member of the European Parliament", topics=PEP + COUNTER)
add("person-miriam-lexmann", "Person",
    name="Miriam Lexmann",
    firstName="Miriam", lastName="Lexmann", gender="female", nationality="sk",
    position="Member of the European Parliament", topics=PEP + COUNTER)
add("person-sjoerd-sjoerdsma", "Person",
    name="Sjoerd Sjoerdsma",
    alias=["Sjoerd Wiemer Sjoerdsma"],
    firstName="Sjoerd", lastName="Sjoerdsma", gender="male", nationality="nl",
    position="Member of the House of Representatives of the Netherlands", topics=PEP + COUNTER)
add("person-samuel-cogolati", "Person",
    name="Samuel Cogolati",
    firstName="Samuel", lastName="Cogolati", gender="male", nationality="be",
    position="Member of the Belgian Chamber of Representatives", topics=PEP + COUNTER)
add("person-dovile-sakaliene", "Person",
    name="Dovilė Šakalienė",
    alias=["Dovile Sakaliene"],
    firstName="Dovilė", lastName="Šakalienė", gender="female", nationality="lt",
    position="Member of the Seimas of Lithuania", topics=PEP + COUNTER)
add("person-adrian-zenz", "Person",
    name="Adrian Zenz",
    alias=["郑国恩", "ئادرىيان زېنز"],
    firstName="Adrian", lastName="Zenz", gender="male", nationality="de",
    position="Senior Fellow in China Studies, Victims of Communism Memorial Foundation",
    topics=COUNTER)
add("person-bjorn-jerden", "Person",
    name="Björn Jerdén",
    alias=["Bjorn Jerden", "Björn Jerden"],
    firstName="Björn", lastName="Jerdén", gender="male", nationality="se",
    position="China researcher, Swedish Institute of International Affairs (Swedish National China Centre)",
    topics=COUNTER)
add("person-laura-murphy", "Person",
    name="Laura T. Murphy",
    alias=["Laura Murphy"],
    firstName="Laura", lastName="Murphy", gender="female", nationality="us",
    position="Professor of Human Rights and Contemporary Slavery, Helena Kennedy Centre for International Justice")

# --------------------------------------------------------------------------------------------
# Posts (Position)
# --------------------------------------------------------------------------------------------

add("pos-xuar-party-secretary", "Position",
    name="Party Secretary of the Xinjiang Uyghur Autonomous Region",
    alias=["Xinjiang Party Secretary", "中共新疆维吾尔自治区委员会书记", "新疆维吾尔自治区党委书记",
           "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق پارتكوم شۇجىسى"],
    organization="org-ccp-xinjiang", country="cn", subnationalArea="Xinjiang Uyghur Autonomous Region")
add("pos-xuar-deputy-party-secretary", "Position",
    name="Deputy Party Secretary of the Xinjiang Uyghur Autonomous Region",
    alias=["新疆维吾尔自治区党委副书记"],
    organization="org-ccp-xinjiang", country="cn", subnationalArea="Xinjiang Uyghur Autonomous Region")
add("pos-xuar-plac-secretary", "Position",
    name="Secretary of the Political and Legal Affairs Commission of the Xinjiang Uyghur Autonomous Region",
    alias=["新疆维吾尔自治区党委政法委书记"],
    organization="org-xuar-plac", country="cn", subnationalArea="Xinjiang Uyghur Autonomous Region")
add("pos-xinjiang-psb-director", "Position",
    name="Director of the Xinjiang Public Security Bureau",
    alias=["新疆维吾尔自治区公安厅厅长"],
    organization="org-xinjiang-psb", country="cn")
add("pos-xinjiang-psb-party-secretary", "Position",
    name="Party Secretary of the Xinjiang Public Security Bureau",
    alias=["新疆维吾尔自治区公安厅党委书记"],
    organization="org-xinjiang-psb", country="cn")
add("pos-xuar-vice-chairman", "Position",
    name="Vice Chairman of the People's Government of the Xinjiang Uyghur Autonomous Region",
    alias=["新疆维吾尔自治区人民政府副主席"],
    organization="org-xuar-government", country="cn")
add("pos-xpcc-party-secretary", "Position",
    name="Party Secretary of the Xinjiang Production and Construction Corps",
    alias=["XPCC Party Secretary", "新疆生产建设兵团党委书记"],
    organization="org-xpcc", country="cn")
add("pos-xpcc-commander", "Position",
    name="Commander of the Xinjiang Production and Construction Corps",
    alias=["XPCC Commander", "新疆生产建设兵团司令员"],
    organization="org-xpcc", country="cn")
add("pos-tar-party-secretary", "Position",
    name="Party Secretary of the Tibet Autonomous Region",
    alias=["Tibet Party Secretary", "中共西藏自治区委员会书记", "西藏自治区党委书记"],
    organization="org-ccp-tibet", country="cn", subnationalArea="Tibet Autonomous Region")
add("pos-mps-minister", "Position",
    name="Minister of Public Security of the People's Republic of China",
    alias=["中华人民共和国公安部部长"],
    organization="org-mps", country="cn")
add("pos-un-hchr", "Position",
    name="United Nations High Commissioner for Human Rights",
    alias=["UN High Commissioner for Human Rights", "联合国人权事务高级专员"],
    organization="org-ohchr")

# --------------------------------------------------------------------------------------------
# Tenures (Occupancy). Dates only where the authors were confident; otherwise a note.
# --------------------------------------------------------------------------------------------

LISTED = "Post as described in the sanctions listings of 2020-2021; dates of tenure not recorded in this sample."
OFAC_2020 = ("Post as described by the US Treasury (OFAC) on 9 July 2020, which named him the Director and "
             "Party Secretary of the Xinjiang Public Security Bureau; dates of tenure not recorded in this sample.")


def occ(id_, holder, post, start=None, end=None, note=None, status=None):
    add(id_, "Occupancy", holder=holder, post=post, startDate=start, endDate=end,
        description=note, status=status)


occ("occ-chen-quanguo-tibet", "person-chen-quanguo", "pos-tar-party-secretary", "2011-08", "2016-08")
occ("occ-chen-quanguo-xinjiang", "person-chen-quanguo", "pos-xuar-party-secretary", "2016-08", "2021-12")
occ("occ-zhang-chunxian-xinjiang", "person-zhang-chunxian", "pos-xuar-party-secretary", "2010-04", "2016-08")
occ("occ-ma-xingrui-xinjiang", "person-ma-xingrui", "pos-xuar-party-secretary", "2021-12",
    note="Start of tenure only; the end of tenure is not recorded in this sample.")
occ("occ-wang-junzheng-xpcc", "person-wang-junzheng", "pos-xpcc-party-secretary", "2020", "2021")
occ("occ-wang-junzheng-tibet", "person-wang-junzheng", "pos-tar-party-secretary", "2021-10",
    note="Start of tenure only; the end of tenure is not recorded in this sample.")
occ("occ-sun-jinlong-xpcc", "person-sun-jinlong", "pos-xpcc-party-secretary", None, "2020",
    note="Described by OFAC in July 2020 as a former Party Secretary of the XPCC.")
occ("occ-peng-jiarui-xpcc", "person-peng-jiarui", "pos-xpcc-commander", note=LISTED)
occ("occ-zhu-hailun-deputy", "person-zhu-hailun", "pos-xuar-deputy-party-secretary", note=LISTED, status="former")
occ("occ-zhu-hailun-plac", "person-zhu-hailun", "pos-xuar-plac-secretary", note=LISTED, status="former")
occ("occ-wang-mingshan-plac", "person-wang-mingshan", "pos-xuar-plac-secretary", note=LISTED)
occ("occ-wang-mingshan-psb", "person-wang-mingshan", "pos-xinjiang-psb-party-secretary", note=OFAC_2020)
occ("occ-wang-mingshan-psb-director", "person-wang-mingshan", "pos-xinjiang-psb-director", note=OFAC_2020)
occ("occ-huo-liujun-psb", "person-huo-liujun", "pos-xinjiang-psb-party-secretary", note=LISTED, status="former")
occ("occ-chen-mingguo-psb", "person-chen-mingguo", "pos-xinjiang-psb-director", note=LISTED)
occ("occ-chen-mingguo-vice-chairman", "person-chen-mingguo", "pos-xuar-vice-chairman", note=LISTED)
occ("occ-zhao-kezhi-mps", "person-zhao-kezhi", "pos-mps-minister", "2017", "2022")
occ("occ-bachelet-hchr", "person-michelle-bachelet", "pos-un-hchr", "2018-09", "2022-08")
occ("occ-turk-hchr", "person-volker-turk", "pos-un-hchr", "2022-10",
    note="Start of tenure only; the end of tenure is not recorded in this sample.")

# --------------------------------------------------------------------------------------------
# Memberships, employment and structural links
# --------------------------------------------------------------------------------------------

add("mem-chen-quanguo-politburo", "Membership", member="person-chen-quanguo",
    organization="org-ccp-politburo", role="Member", startDate="2017-10", endDate="2022-10")
for pid in ["person-reinhard-butikofer", "person-michael-gahler", "person-raphael-glucksmann",
            "person-ilhan-kyuchyuk", "person-miriam-lexmann"]:
    add("mem-" + pid.removeprefix("person-") + "-ep", "Membership", member=pid,
        organization="org-european-parliament", role="Member of the European Parliament",
        description="Member at the time of the counter-sanctions of 22 March 2021.")
add("emp-adrian-zenz-voc", "Employment", employee="person-adrian-zenz", employer="org-voc",
    role="Senior Fellow in China Studies")
add("emp-laura-murphy-shu-hkc", "Employment", employee="person-laura-murphy", employer="org-shu-hkc",
    role="Professor of Human Rights and Contemporary Slavery")


def part_of(id_, child, parent):
    add(id_, "UnknownLink", subject=child, object=parent, role="part of")


part_of("link-xpcc-psb-xpcc", "org-xpcc-psb", "org-xpcc")
part_of("link-ep-droi-ep", "org-ep-droi", "org-european-parliament")
part_of("link-eu-psc-council", "org-eu-psc", "org-eu-council")
part_of("link-ofac-treasury", "org-us-ofac", "org-us-treasury")
part_of("link-shu-hkc-shu", "org-shu-hkc", "org-shu")
part_of("link-xuar-plac-ccp-xinjiang", "org-xuar-plac", "org-ccp-xinjiang")

# --------------------------------------------------------------------------------------------
# Sanctions
# --------------------------------------------------------------------------------------------

AUTH = {
    "us-ofac": ("Office of Foreign Assets Control", "us",
                "Global Magnitsky (Executive Order 13818)"),
    "us-state": ("U.S. Department of State", "us",
                 "Visa restrictions under Section 7031(c)"),
    "us-cbp": ("U.S. Customs and Border Protection", "us", "Withhold Release Order (forced labour)"),
    "eu": ("Council of the European Union", "eu", "EU Global Human Rights Sanctions Regime"),
    "uk": ("Foreign, Commonwealth & Development Office", "gb",
           "Global Human Rights Sanctions Regulations 2020"),
    "ca": ("Global Affairs Canada", "ca", "Special Economic Measures Act"),
    "cn": ("Ministry of Foreign Affairs of the People's Republic of China", "cn",
           "Counter-sanctions announced on 22 March 2021"),
}
REASON_XJ = "Designated in connection with serious human rights violations in the Xinjiang Uyghur Autonomous Region."
REASON_CN = ("Named by the PRC Ministry of Foreign Affairs in its counter-sanctions announced in response to "
             "the EU listings of 22 March 2021.")


def sanction(auth_key, year, target, date, reason=REASON_XJ, provisions=None):
    authority, country, program = AUTH[auth_key]
    slug = target.split("-", 1)[1]
    add(f"sanction-{auth_key}-{year}-{slug}", "Sanction", entity=target, authority=authority,
        country=country, program=program, startDate=date, listingDate=date, reason=reason,
        provisions=provisions)


for t in ["person-chen-quanguo", "person-zhu-hailun", "person-wang-mingshan", "person-huo-liujun",
          "org-xinjiang-psb"]:
    sanction("us-ofac", 2020, t, "2020-07-09", provisions="Blocking of property")
for t in ["person-chen-quanguo", "person-zhu-hailun", "person-wang-mingshan"]:
    sanction("us-state", 2020, t, "2020-07-09", provisions="Ineligibility for entry into the United States")
for t in ["org-xpcc", "person-sun-jinlong", "person-peng-jiarui"]:
    sanction("us-ofac", 2020, t, "2020-07-31", provisions="Blocking of property")
add("sanction-us-cbp-2020-xpcc", "Sanction", entity="org-xpcc", authority=AUTH["us-cbp"][0],
    country="us", program=AUTH["us-cbp"][2], startDate="2020-12-02", listingDate="2020-12-02",
    provisions="Detention at US ports of entry of cotton and cotton products made by the XPCC",
    reason="Information reasonably indicating the use of forced labour in XPCC cotton production.")
for t in ["person-wang-junzheng", "person-chen-mingguo"]:
    sanction("us-ofac", 2021, t, "2021-03-22", provisions="Blocking of property")
for auth in ["eu", "uk", "ca"]:
    for t in ["person-zhu-hailun", "person-wang-junzheng", "person-wang-mingshan",
              "person-chen-mingguo", "org-xpcc-psb"]:
        sanction(auth, 2021, t, "2021-03-22", provisions="Asset freeze and travel ban"
                 if auth != "ca" else "Asset freeze and dealings prohibition")
for t in ["person-reinhard-butikofer", "person-michael-gahler", "person-raphael-glucksmann",
          "person-ilhan-kyuchyuk", "person-miriam-lexmann", "person-sjoerd-sjoerdsma",
          "person-samuel-cogolati", "person-dovile-sakaliene", "person-adrian-zenz",
          "person-bjorn-jerden", "org-eu-psc", "org-ep-droi", "org-merics", "org-adf"]:
    person = t.startswith("person-")
    sanction("cn", 2021, t, "2021-03-22", reason=REASON_CN,
             provisions=("Entry ban (mainland China, Hong Kong and Macao) for the person and family members; "
                         "dealings with China restricted for the person and for companies and institutions "
                         "associated with them" if person else
                         "Sanctioned as a body; the announcement set out its measures (entry ban, restrictions "
                         "on dealings with China) for the individuals named"))

# --------------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------------

add("event-xinjiang-police-files", "Event",
    name="Publication of the Xinjiang Police Files",
    alias=["Xinjiang Police Files", "新疆警察文件", "شىنجاڭ ساقچى ھۆججەتلىرى"],
    startDate="2022-05-24", date="2022-05-24", country="cn",
    involved=["person-adrian-zenz", "org-voc", "org-xinjiang-psb"],
    location="Konasheher County and Tekes County, Xinjiang Uyghur Autonomous Region",
    addressEntity=["place-konasheher", "place-tekes"],
    summary="Internal police files from two counties in Xinjiang published by a group of news organisations.")
add("event-ohchr-assessment", "Event",
    name="OHCHR assessment of human rights concerns in the Xinjiang Uyghur Autonomous Region",
    alias=["OHCHR Xinjiang assessment", "联合国人权高专办新疆评估"],
    startDate="2022-08-31", date="2022-08-31", organizer="org-ohchr",
    involved=["person-michelle-bachelet"], addressEntity="place-xuar",
    summary=("OHCHR reported serious human rights violations in the region, found the large-scale detention "
             "of Uyghurs and other mostly Muslim groups arbitrary and discriminatory, and said the detention "
             "may amount to crimes against humanity."))
add("event-sanctions-2021-03-22", "Event",
    name="Coordinated Xinjiang sanctions of 22 March 2021",
    startDate="2021-03-22", date="2021-03-22",
    organizer=["org-eu-council", "org-uk-fcdo", "org-gac", "org-us-ofac"],
    involved=["person-zhu-hailun", "person-wang-junzheng", "person-wang-mingshan",
              "person-chen-mingguo", "org-xpcc-psb", "org-prc-mfa"],
    summary="The EU, the UK and Canada listed four officials and the XPCC Public Security Bureau; the US designated two of the officials; China announced counter-sanctions the same day.")


def main() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in RECORDS:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(RECORDS)} records to {OUT}")


if __name__ == "__main__":
    main()
