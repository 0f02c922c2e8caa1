"""The labelled Chinese name set: business-document templates filled with Chinese names, and
sentences with no name at all (the precision set). Written by us; deterministic from a seed.

Names come from ``benchmarks/data/zh_names.json`` (Faker zh_CN / zh_TW names and compound
surnames; see ``benchmarks/make_zh_names.py``). Templates come in five kinds (HR notices,
expense approvals, meeting minutes, contact lists, e-mails and signatures), four of each: the
first two of each kind were used to tune ``ingest/pii_zh_names.py`` (``TUNE``), the other two
were only run to report (``HELD_OUT``). Two more kinds hold names in running text with no
label or title: "prose" was written after that tuning, measured as held out once, then used
to tune (``TUNE``); "prose2" was written after that and is held out whole.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

NAMES = Path(__file__).resolve().parent / "data/zh_names.json"
Span = tuple[int, int, str]

# kind -> four templates; {a}..{e} are names, the same letter is the same person.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "hr": (
        "人事通知：经研究决定，任命{a}为华东区销售经理，自2025年4月1日起生效。",
        "{a}因个人原因申请离职，最后工作日为3月31日，其工作由{b}接手。",
        "欢迎新同事{a}加入研发部！{a}将负责机器人控制软件的测试工作，导师为{b}。",
        "恭喜{a}、{b}和{c}获得2024年度优秀员工称号，奖金随三月工资发放。",
    ),
    "expense": (
        "报销单号BX-2025-0312，申请人：{a}，部门：市场部，金额：3,560元，审批人：{b}。",
        "出差申请：{a}，目的地：深圳，事由：客户拜访，预算8000元，须经总经理{b}审批。",
        "{a}提交的差旅报销已由部门负责人{b}批准，财务部将于25日付款。",
        "以下费用已退回补充发票：{a}（出租车费126元），{b}（酒店住宿1,350元）。",
    ),
    "minutes": (
        "会议纪要\n时间：2025年3月12日 14:00\n主持人：{a}\n记录人：{b}\n出席：{c}、{d}、{e}",
        "{a}介绍了第一季度的销售情况，{b}建议增加华南地区的广告投入，会议决定由{c}牵头制定方案。",
        "下次例会由{a}负责预订会议室，请{b}在周五前把项目进度表发给大家。",
        "行动项：1. {a}跟进客户验收；2. {b}和{c}更新安装手册；3. 周四前{d}确认报价。",
    ),
    "contacts": (
        "联系人：{a}，手机：13912345678，邮箱：sales@example.com",
        "| 姓名 | 部门 | 分机 |\n| --- | --- | --- |\n"
        "| {a} | 财务部 | 8012 |\n| {b} | 人事部 | 8015 |",
        "技术支持：{a}（工作日）；{b}（周末值班），紧急情况请拨打400热线。",
        "上海办公室：前台{a}，行政主管{b}；北京办公室：{c}经理。",
    ),
    "email": (
        "{a}您好：\n附件是本月的供应商对账单，请查收。如有疑问请联系{b}。\n谢谢！\n{c}",
        "此致\n敬礼\n\n{a}\n采购部 | Voltaris Robotics（上海）有限公司\n电话：021-6187 3392",
        "各位同事：\n根据{a}的安排，明天上午的培训改到302会议室，请{b}提前调试投影仪。\n{c}",
        "发件人：{a}\n收件人：{b}\n抄送：{c}\n主题：关于调整考勤制度的通知",
    ),
    # Written after tuning, all four held out: names in running text with no label or title.
    "prose": (
        "昨天{a}在客户现场发现了传感器的问题，今天上午{b}已经把备件寄过去了。",
        "这个季度的销售冠军是{a}，其次是华南区的{b}。",
        "上周五{a}跟客户开了电话会议，会后{b}整理了需求清单并发给研发部。",
        "根据{a}的反馈，新版安装手册增加了故障排除一章，英文翻译还在等{b}确认。",
    ),
    # Written after "prose" had been measured and then used for tuning; held out whole.
    "prose2": (
        "经过讨论，{a}同意下个月去杭州支持安装，{b}留在上海处理售后。",
        "今年的年会由行政部筹备，节目单已经交给{a}审核，场地布置找{b}。",
        "{a}上个月调到了北京分公司，他的客户暂时由{b}跟进。",
        "客户投诉的问题已经解决，多亏{a}连夜排查，{b}也提供了很多帮助。",
    ),
}
_PAIRED = ("hr", "expense", "minutes", "contacts", "email")
TUNE = [(kind, i) for kind in _PAIRED for i in (0, 1)] + [("prose", i) for i in range(4)]
HELD_OUT = [(kind, i) for kind in _PAIRED for i in (2, 3)] + [("prose2", i) for i in range(4)]

_SLOT = re.compile(r"\{([a-e])\}")


def load_names(path: Path = NAMES) -> dict[str, list[str]]:
    """The name pool by source: ``zh_CN``, ``zh_TW`` (traditional characters), ``compound``."""
    return json.loads(path.read_text(encoding="utf-8"))


def fill(template: str, names: dict[str, str]) -> tuple[str, list[Span]]:
    """The template with its slots filled, and the PERSON gold spans."""
    text, spans, cursor = "", [], 0
    for m in _SLOT.finditer(template):
        text += template[cursor : m.start()]
        name = names[m.group(1)]
        spans.append((len(text), len(text) + len(name), "PERSON"))
        text += name
        cursor = m.end()
    return text + template[cursor:], spans


def name_set(
    templates: list[tuple[str, int]], per_template: int = 30, seed: int = 7
) -> list[tuple[str, list[Span]]]:
    """``per_template`` filled copies of each template; names drawn 70% zh_CN, 20% zh_TW,
    10% compound surnames, different names within one text."""
    pool = load_names()
    rng = random.Random(seed)
    out = []
    for kind, i in templates:
        template = TEMPLATES[kind][i]
        for _ in range(per_template):
            chosen: dict[str, str] = {}
            for slot in "abcde":
                while True:
                    source = rng.choices(["zh_CN", "zh_TW", "compound"], [7, 2, 1])[0]
                    name = rng.choice(pool[source])
                    if name not in chosen.values():
                        break
                chosen[slot] = name
            out.append(fill(template, chosen))
    return out


# Sentences with no personal name, full of words that start with a common surname (王国, 高速,
# 金额, 方案, 马上, 黄金, 周末, 林业, 程序, 张贴, 石油, 常规, 江苏 ...), places, companies and
# products. Every word here must survive the anonymizer.
NO_NAME_SENTENCES: tuple[str, ...] = (
    "王国的黄金储备在周末公布，林业部门已张贴公告。",
    "江苏和上海的高速公路方案已经批准，金额为三百万元。",
    "石油公司的常规文件请马上交给法务部审核。",
    "程序员需要在周末完成程序的升级，费用由项目预算支付。",
    "高速公路收费标准自2025年1月1日起调整。",
    "请在报销单上填写金额、日期和费用类别。",
    "本方案的实施周期为三个月，预计投入人力十人。",
    "公司将在黄金周期间暂停发货，请提前安排库存。",
    "马上就到年底了，请各部门尽快提交年度总结。",
    "林业局和环保局联合发布了新的排放标准。",
    "张贴海报须经行政部同意，不得遮挡消防标识。",
    "常规检查每季度进行一次，检查结果记录在系统中。",
    "石化行业的客户对防爆等级有特殊要求。",
    "江苏省苏州市工业园区的仓库下月启用。",
    "上海市浦东新区张江路665号3楼是我们的办公地点。",
    "会议室分别命名为黄浦、静安和徐汇。",
    "杭州、南京、成都、武汉等城市的住宿上限为450元。",
    "北京、上海、广州、深圳属于一线城市。",
    "Voltaris Robotics（上海）有限公司成立于2019年。",
    "华为、阿里巴巴和腾讯都是我们的潜在客户。",
    "中国石油天然气集团公司的招标文件已下载。",
    "招商银行和中国工商银行的账户均可用于收款。",
    "Atlas Picker 3 机器人在高温环境下会自动降速。",
    "Orbit AMR 600 的电池续航时间为八小时。",
    "周一至周五八点至二十点开放，周末及法定节假日关闭。",
    "请于周五前提交本周的工作周报。",
    "金山办公软件和钉钉都已安装在新电脑上。",
    "高新技术企业认定材料由财务部准备。",
    "孙子兵法是管理培训课程的参考书目之一。",
    "长城汽车和比亚迪的采购订单已确认。",
    "黄山和泰山是今年团建的两个备选目的地。",
    "武汉大学和华中科技大学的校园招聘安排在十月。",
    "东方明珠附近的酒店价格较高，建议预订浦西的酒店。",
    "白云机场和虹桥机场的接送车辆由行政部安排。",
    "金额超过八千元的出差须经总经理审批。",
    "方正字体的授权费用已列入今年的预算。",
    "欧洲市场的销售额同比增长百分之十二。",
    "安全生产月期间将组织消防演练。",
    "高温补贴从六月到九月按月发放。",
    "周期性维护计划见附件中的表格。",
    "马达和齿轮箱的备件库存不足，请及时补货。",
    "温度超过四十度时设备会发出报警。",
    "严格执行垃圾分类，废旧电池交给行政部处理。",
    "程序代码须经过代码审查后才能合并。",
    "石家庄和郑州的客户拜访安排在下个月。",
    "林地和农田不在本次项目的范围内。",
    "陈列室的样机每周清洁一次。",
    "杨浦区的新仓库面积约为两千平方米。",
    "朱家角的团建活动因天气原因推迟。",
    "何时提交发票不影响报销的金额。",
    "于是我们决定更换供应商。",
    "任何员工不得将门禁卡借给他人。",
    "高层管理人员的薪酬由董事会决定。",
    "万一设备故障，请立即联系售后服务中心。",
    "许多客户反映说明书不够清楚。",
    "钱款须在三个工作日内转入公司账户。",
    "宋体和黑体是公文的常用字体。",
    "华东区和华南区的销售目标已下达。",
    "司机须在出车前检查车辆状况。",
    "文明办公，请保持工位整洁。",
    "明白了操作流程后再开始组装。",
    "阳光充足的房间适合作为培训室。",
    "陆运和海运的报价差距较大。",
    "古老的建筑不适合安装重型设备。",
    "王府井的门店将于下月开业。",
    "黄石市的供应商报价最低。",
    "董事会会议决议已归档。",
    "关于调整考勤制度的通知已发布。",
    "包装材料须符合环保要求。",
    "邓白氏编码用于国际贸易的客户识别。",
    "毛利率下降的主要原因是原材料涨价。",
    "雷达传感器的检测距离为十五米。",
    "卫星定位模块需要在室外测试。",
    "龙门吊的年检由第三方机构完成。",
    "凤凰城的展会将于九月举行。",
    "梁柱结构的承重须经结构工程师确认。",
    "田间作业机器人是明年的新产品方向。",
    "康复医院的订单需要特殊的消毒流程。",
    "贾汪区的客户对价格比较敏感。",
    "夏季用电高峰期间空调温度不低于二十六度。",
    "秦皇岛港的货物已于昨日到达。",
    "苏宁易购的线上渠道占销售额的三成。",
    "潘多拉项目的代号不得对外透露。",
    "曹家渡的办公室租约明年到期。",
    "柴油发电机每月试运行一次。",
    "申请人须在表格中注明出差事由。",
    "审批人应在三个工作日内完成审批。",
    "联系人一栏请填写部门名称。",
    "负责人变更须报行政部备案。",
    "各位老师和同学，欢迎参加开放日活动。",
    "经理办公会每两周召开一次。",
    "总经理办公室位于五楼。",
    "主任医师的会诊费用由保险公司承担。",
    "先生和女士的更衣室分别位于二楼两侧。",
    "专员岗位的招聘要求已更新。",
    "博士后工作站的申请材料已提交。",
    "教授级高级工程师的评审下月开始。",
    "高明的方案往往是简单的方案。",
    "常州和无锡的分销商已签约。",
    "金华和温州的客户希望增加送货频次。",
    "周转箱的数量需要在月底盘点。",
    "吴江的工厂正在扩建第二条生产线。",
    "郑州航空港区的仓库租金较低。",
    "李宁和安踏的员工运动服团购已开始。",
    "张家港保税区的报关手续由代理公司办理。",
    "孔子学院的合作项目由市场部对接。",
    "蔡司显微镜的维护合同已续签。",
    "汤臣一品附近的停车位有限。",
    "费用报销须附发票原件。",
)

# Written after the recognizer was tuned and run only to report: more places, brands and
# everyday words that start with a surname character, none of them in the tuning sentences.
NO_NAME_HELD_OUT: tuple[str, ...] = (
    "周庄和同里的旅游线路已经报满。",
    "马鞍山的钢材供应商下周来访。",
    "石河子的棉花加工厂需要两台分拣机器人。",
    "龙岗区和罗湖区的门店周六照常营业。",
    "宝安机场的货运仓库面积不足。",
    "余杭区的新园区预计明年交付。",
    "萧山机场附近的酒店可以协议价入住。",
    "江宁开发区的厂房租金有所上涨。",
    "海尔和格力的空调采购合同已签订。",
    "美的集团是我们的重要客户之一。",
    "小米和联想的笔记本电脑都在采购目录里。",
    "娃哈哈和康师傅的饮料放在茶水间。",
    "李锦记的调料是食堂常用的品牌。",
    "王老吉凉茶在夏季的销量最好。",
    "张裕葡萄酒作为年会奖品。",
    "周大福和老凤祥的礼品卡已发放。",
    "同仁堂的体检套餐由工会统一安排。",
    "全聚德的包间需要提前一周预订。",
    "高效的流程可以节省大量时间。",
    "王牌产品的毛利率最高。",
    "黄页上的联系方式已经过时。",
    "常用的表格模板放在共享盘里。",
    "为了方便大家，食堂增加了晚餐。",
    "程度较轻的故障由一线工程师处理。",
    "石材地面需要定期打蜡。",
    "马路对面的停车场收费较低。",
    "服务周到是客户评价最高的一项。",
    "园区内写字楼林立，交通便利。",
    "金属外壳须做防锈处理。",
    "账户余额不足时系统会自动提醒。",
    "孙公司的财务报表并入集团合并报表。",
    "何况这项工作并不复杂。",
    "我们曾经尝试过外包这项业务。",
    "本月的任务是完成系统迁移。",
    "严格遵守保密协议是每位员工的义务。",
    "许可证的有效期为三年。",
    "韩国和日本的经销商将参加展会。",
    "上海总部和北京分公司的考勤规则相同。",
    "各位经理请于周五前提交预算。",
    "华南区和西南区的业绩均有增长。",
    "钟表维修服务由第三方提供。",
    "易燃物品不得存放在仓库内。",
    "康乐活动室每天开放到晚上九点。",
    "安全帽和防护眼镜须在车间内佩戴。",
    "关于年终奖发放的通知请见附件。",
    "车间温度保持在二十度左右。",
    "宁波港的集装箱已经装船。",
    "秦岭隧道施工期间运输路线有调整。",
    "梅雨季节请注意仓库防潮。",
    "卢森堡的子公司负责欧洲结算。",
    "景德镇的瓷器是送给客户的礼品。",
    "白天和夜班的交接时间为八点。",
    "任意一台设备出现故障都要登记。",
    "陆续到货的零件请先入库再检验。",
    "司法鉴定报告已提交法院。",
    "齐全的资料有助于加快审批。",
    "伍尔特的紧固件价格上调了百分之五。",
    "雷诺和标致的售后培训安排在下周。",
    "毕业生招聘会在武汉和西安举行。",
    "谢绝推销，请勿打扰。",
)
