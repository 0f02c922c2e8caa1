"""Word lists for ``ingest.pii_zh_names``: Chinese surnames, the titles and labels around a
name, and words that look like names but are not."""

from __future__ import annotations

import regex

# Common single-character surnames (the top ~400 of mainland and Taiwan registers, simplified
# and traditional spellings); deliberately not Faker's list, which the evaluation draws from.
SINGLE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶"
    "黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙"
    "鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
    "柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封"
    "谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖"
    "练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓"
    "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝"
    "智幸奉植衡富尧闭洪赖鄞黄"
    # traditional spellings that differ
    "陳黃張劉楊趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾鐘譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯溫齊喬龐顏"
    "莊聶魯歐關蘭寧紀畢單駱藍鮑華饒陽時農繆簡車項連蘆麥婁竇黨費衛應閔鄔邊師欒榮鞏鄺練賴塗凃"
    "謝譚蔡顏闕雲鄢傅"
)
# The hundred most common, less those that start many everyday words (于 万 文 安 易 关 ...): a
# word jieba does not know that starts with one of these is likely a name.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵钱严覃武戴莫孔汤常温施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹耿"
    "陳黃張劉楊趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔錢嚴湯溫喬龐顏莊"
)
COMPOUND_SURNAMES = frozenset(
    "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐 司徒 夏侯 "
    "宇文 "
    "长孙 長孫 端木 独孤 獨孤 南宫 南宮 轩辕 軒轅 呼延 澹台 张简 張簡 范姜 申屠 万俟 闻人 聞人 "
    "西门 "
    "西門 公羊 钟离 鍾離 濮阳 濮陽 百里 东郭 東郭 左丘 太史".split()
)
# Titles and roles written right after a name: "张伟经理", "李晓燕女士", "王总".
TITLES_AFTER = (
    "先生 女士 小姐 经理 經理 总经理 總經理 副总 副總 总监 總監 主任 主管 老师 老師 同学 同學 专员 "
    "專員 博士 教授 律师 律師 医生 醫生 会计 會計 部长 部長 处长 處長 科长 科長 局长 局長 院长 "
    "院長 "
    "校长 校長 董事长 董事長 董事 同志 师傅 師傅 助理 秘书 秘書 工程师 工程師 顾问 顧問 老板 老闆 "
    "组长 組長 主席 总裁 總裁 副总裁 會長 会长 厂长 廠長 店长 店長 总 總 工 您好 你好"
).split()
# Labels and roles written right before a name: "审批人：张伟", "人事专员李晓燕", "由张伟负责".
LABELS_BEFORE = (
    "联系人 聯絡人 聯繫人 姓名 负责人 負責人 审批人 審批人 申请人 申請人 经办人 經辦人 报销人 "
    "報銷人 "
    "收件人 发件人 發件人 签字人 簽字人 签收人 主持人 主持 记录人 記錄人 记录 記錄 出席 出席人 "
    "参会人 "
    "參會人 参会人员 参加人 抄送 经手人 經手人 对接人 對接人 制表人 审核人 審核人 批准人 出差人 "
    "填表人 "
    "值班人 责任人 責任人 接待人 领用人 收款人 付款人 代理人 紧急联系人 法定代表人 发起人 验收人 "
    "采购员 業務員 业务员 前台 导师 導師 致 收 至 作者 讲师 講師 学员 學員 候选人 候選人 员工 員工 "
    "同事 客户 客戶 新同事 任命 恭喜 感谢 感謝 联系 聯繫 聯絡 请 請 由"
).split()
LABEL_ROLES = tuple(t for t in TITLES_AFTER if len(t) >= 2 and t not in ("您好", "你好"))
# Everyday words, places and brands jieba may tag as names; never masked as one.
NOT_NAMES = frozenset(
    "张贴 高明 静安 徐汇 文明 明白 阳光 陆军 武功 王朝 黄石 古老 宫廷 金牌 金融 石油 方正 华为 "
    "高潮 江山 黎明 常青 安康 康复 明星 向阳 温和 温暖 和平 平安 安全 雷达 卫星 太平 柏林 "
    "于是 任何 许多 万一 钱款 宋体 黑体 司机 白云 东方明珠 孙子 孔子 李宁 邓白氏 潘多拉 凤凰 "
    "申请人 "
    "汤臣 苏宁 金山 长城 黄山 泰山 秦皇 龙门 梁柱 田间 曹家渡 朱家角 贾汪 王府井".split()
)
# A name does not go on into these: "张江路", "黄浦区", "王府井店", "金华市".
PLACE_SUFFIX = regex.compile(
    r"^(?:路|街|道|巷|弄|区|區|市|县|縣|省|镇|鎮|村|乡|鄉|桥|橋|湖|山|江|河|港|寺|园|園|楼|樓|"
    r"大厦|广场|廣場|公司|集团|集團|银行|銀行|大学|大學|学院|學院|医院|醫院|中学|小学|机场|機場|"
    r"站|酒店|饭店|飯店|牌|店|厂|廠|号|號|局|所|院|馆|館|中心|体|體|"
    # and, seen after foreign places in Chinese Wikipedia prose: "马其顿西部", "江戸幕府"
    r"东部|東部|西部|南部|北部|中部|东南|東南|东北|東北|西南|西北|大陆|大陸|火山|高速|幕府|"
    r"歌剧|歌劇|朝鲜|朝鮮|王朝|地区|地區|境内|境內|首都)"
)
# Three-character words jieba knows that end like this are places or rocks ("白云山", "花岗岩",
# "华容道"), whatever it tags them; a name in jieba's dictionary rarely ends so.
PLACE_WORD_END = frozenset("山岩道峰岭嶺湖岛島")
# A word ending like this is a place or a room, however jieba tags it: "黄金周", "张家港".
PLACE_END = regex.compile(
    r"[路街区區港庄莊镇鎮村市县縣省馆館堡室周湾灣桥橋岛島城寺楼樓园園厂廠站店]$"
)
# Function words jieba may glue to the front of a name ("由钟明"); they are not surnames there.
LEAD_CHARS = frozenset("由和与與及请請经經让讓给給对對向被将將把是为為在跟同找叫问問交")
# Characters that end a given name ("由张伟负责": the name stops before these).
GIVEN_STOP = frozenset(
    "的了是在和与與及、等将將已于於把被对對从從为為也都就还還请請说說不没沒很会會能要应應须須需所"
    "而即使再又"
)
# Compound surnames that are also everyday words ("东方", "百里", "西门"): only with a cue.
AMBIGUOUS_COMPOUNDS = frozenset(
    "东方 東方 百里 西门 西門 公羊 太史 左丘 东郭 東郭 长孙 長孫 上官".split()
)

# Characters that end nouns ("许可证", "银行卡", "安全鞋", "李锦记", "孙公司") and almost never a
# given name: a surname-led word ending in one is not a name.
NOT_GIVEN_END = frozenset(
    "证證卡鞋记記司单單表费費款额額库庫车車器件品业業部科处處厅廳室局所站店厂廠场場区區县縣"
    "市省路街号號楼樓门門窗纸紙账賬票价價率量性化者们們式型类類种種项項期箱包盒袋瓶桶线線网網"
    "架柜櫃桌椅服衣帽袜襪黑子"
    # seen ending false masks in Chinese Wikipedia prose (benchmarks/zh_real_masks.py):
    # "关帝庙", "赫哲语", "银汉鱼", "修道院", "林肯郡", "季后赛", "杭州人", "成文法", "唐音"
    "庙廟族语語鱼魚院郡录錄宫宮赛賽目纹紋禅禪苑脉脈鳍鰭油旁肩剧劇法色姓传傳侯人音"
)
# The one given character of a two-character "name" that is a function word or a place in
# a sentence: surname + 中 is "单中" (报销单中注明), "时曾", "许之", never a person.
FUNCTION_GIVEN = frozenset("中上下内內外里裡前后後间間度死曾以则則年时時之")
# A last character that is the verb after a name, not part of it: "刘琦死后" is 刘琦 + 死.
TRAILING_VERBS = frozenset("死")
# Surnames that are everyday function words ("在校时有个", "于辽宁", "活跃於戏剧圈"): a name
# led by one needs a cue (a title after it or a label before it).
CUE_ONLY_SURNAMES = frozenset("时時于於")
# "封景王" (was made Prince Jing): 封 is the verb before a title here, not the surname.
NOT_NAME_PATTERN = regex.compile(r"^封\p{Han}{0,2}王$")
