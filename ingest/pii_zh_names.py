"""Chinese personal names in Han text, for the PERSON entity (``<PERSON_n>``, as English names).

The English NER model cannot read Chinese, so this recognizer works from jieba's part-of-speech
tags and a shipped list of Chinese surnames:

* a word jieba tags as a person name (``nr``) that starts with a known surname and has one or two
  given-name characters after it ("张伟", "李晓燕", "欧阳娜娜") is a name;
* except a word in jieba's own dictionary, which holds famous people but also everyday words
  tagged ``nr`` ("张贴", "高明", "静安", "文明", "陆军"): those need a cue;
* a cue makes a surname-led word a name even when jieba did not tag it: a title or role after
  it ("张伟经理", "王国强先生", "李老师"), a label before it ("联系人：", "审批人：", "由"), or
  a name next to it in a list ("张伟和李晓燕", "张伟、李晓燕");
* a word that goes on into a place or company ("张江路", "王府井", "黄山市") is not a name.

Surnames without a given name ("王总", "李老师") are left: they identify no one by themselves.
Transliterated foreign names ("佩顿·曼宁") are not handled. Only texts holding Han characters
are read, so English text costs one regex search.

jieba logs "Building prefix dict" on first use; its logger is set to WARNING before that, as
``kbqa.terms`` does (``ingest`` does not import ``kbqa``).
"""

from __future__ import annotations

import logging
import threading
from typing import Any, NamedTuple

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

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
COMPOUND_SURNAMES = frozenset(
    "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐 司徒 夏侯 宇文 "
    "长孙 長孫 端木 独孤 獨孤 南宫 南宮 轩辕 軒轅 呼延 澹台 张简 張簡 范姜 申屠 万俟 闻人 聞人 西门 "
    "西門 公羊 钟离 鍾離 濮阳 濮陽 百里 东郭 東郭 左丘 太史".split()
)
# Titles and roles written right after a name: "张伟经理", "李晓燕女士", "王总".
TITLES_AFTER = (
    "先生 女士 小姐 经理 經理 总经理 總經理 副总 副總 总监 總監 主任 主管 老师 老師 同学 同學 专员 "
    "專員 博士 教授 律师 律師 医生 醫生 会计 會計 部长 部長 处长 處長 科长 科長 局长 局長 院长 院長 "
    "校长 校長 董事长 董事長 董事 同志 师傅 師傅 助理 秘书 秘書 工程师 工程師 顾问 顧問 老板 老闆 "
    "组长 組長 主席 总裁 總裁 副总裁 會長 会长 厂长 廠長 店长 店長 总 總 工 您好 你好"
).split()
# Labels and roles written right before a name: "审批人：张伟", "人事专员李晓燕", "由张伟负责".
LABELS_BEFORE = (
    "联系人 聯絡人 聯繫人 姓名 负责人 負責人 审批人 審批人 申请人 申請人 经办人 經辦人 报销人 報銷人 "
    "收件人 发件人 發件人 签字人 簽字人 签收人 主持人 主持 记录人 記錄人 记录 記錄 出席 出席人 参会人 "
    "參會人 参会人员 参加人 抄送 经手人 經手人 对接人 對接人 制表人 审核人 審核人 批准人 出差人 填表人 "
    "值班人 责任人 責任人 接待人 领用人 收款人 付款人 代理人 紧急联系人 法定代表人 发起人 验收人 "
    "采购员 業務員 业务员 前台 导师 導師 致 收 至 作者 讲师 講師 学员 學員 候选人 候選人 员工 員工 "
    "同事 客户 客戶 新同事 任命 恭喜 感谢 感謝 联系 聯繫 聯絡 请 請 由"
).split()
_LABEL_ROLES = tuple(t for t in TITLES_AFTER if len(t) >= 2 and t not in ("您好", "你好"))
# jieba tags these everyday words and places nr; they need a cue to count as names.
NOT_NAMES = frozenset(
    "张贴 高明 静安 徐汇 文明 明白 阳光 陆军 武功 王朝 黄石 古老 宫廷 金牌 金融 石油 方正 华为 "
    "高潮 江山 黎明 常青 安康 康复 明星 向阳 温和 温暖 和平 平安 安全 雷达 卫星 太平 柏林 "
    "于是 任何 许多 万一 钱款 宋体 黑体 司机 白云 东方明珠 孙子 孔子 李宁 邓白氏 潘多拉 凤凰 申请人 "
    "汤臣 苏宁 金山 长城 黄山 泰山 秦皇 龙门 梁柱 田间 曹家渡 朱家角 贾汪 王府井".split()
)
# A name does not go on into these: "张江路", "黄浦区", "王府井店", "金华市".
_PLACE_SUFFIX = regex.compile(
    r"^(?:路|街|道|巷|弄|区|區|市|县|縣|省|镇|鎮|村|乡|鄉|桥|橋|湖|山|江|河|港|寺|园|園|楼|樓|"
    r"大厦|广场|廣場|公司|集团|集團|银行|銀行|大学|大學|学院|學院|医院|醫院|中学|小学|机场|機場|"
    r"站|酒店|饭店|飯店|牌|店|厂|廠|号|號|局|所|院|馆|館|中心|体|體)"
)
# A word ending like this is a place or a room, however jieba tags it: "黄金周", "张家港".
_PLACE_END = regex.compile(r"[路街区區港庄莊镇鎮村市县縣省馆館堡室周湾灣桥橋岛島城寺楼樓园園厂廠站店]$")
# Labels strong enough alone: "审批人：", "总经理", "任命". Weak ones ("由", "和", "、", "请")
# only help a word jieba already reads as a name.
_WEAK_LABELS = frozenset("请 請 由".split())
_STRONG_LABELS = tuple(t for t in LABELS_BEFORE if t not in _WEAK_LABELS) + _LABEL_ROLES
_LEAD_CHARS = frozenset("由和与與及请請经經让讓给給对對向被将將把是为為在跟同找叫问問交")
_HAN = regex.compile(r"\p{Han}")
_ALL_HAN = regex.compile(r"\p{Han}+")
_NAME_FLAGS = frozenset({"nr", "nrfg", "nrt"})
# Characters that end a given name ("由张伟负责": the name stops before these).
_GIVEN_STOP = frozenset("的了是在和与與及、等将將已于於把被对對从從为為也都就还還请請说說不没沒很会會能要应應须須需所而即使再又")
_TITLE_WORDS = frozenset(TITLES_AFTER)
# Compound surnames that are also everyday words ("东方", "百里", "西门"): only with a cue.
_AMBIGUOUS_COMPOUNDS = frozenset("东方 東方 百里 西门 西門 公羊 太史 左丘 东郭 東郭 长孙 長孫 上官".split())
# jieba's tags for a lone surname character that is not a word by itself ("刘/zg 婷婷").
_BOUND_FLAGS = frozenset({"nr", "zg", "ng"})
# Dictionary words rarer than this (jieba's counts) may still be names: "黄东" (2).
_RARE = 10
_LIST_SEPARATORS = ("、", "和", "与", "與", "及", "，", ",")

_jieba_lock = threading.Lock()
_posseg: Any = None
_dict_words: Any = None


class _Token(NamedTuple):
    word: str
    flag: str
    start: int
    end: int


def _jieba() -> tuple[Any, Any]:
    """jieba.posseg and jieba's word dictionary, initialised once without stderr chatter."""
    global _posseg, _dict_words
    if _posseg is None:
        with _jieba_lock:
            if _posseg is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" on stderr
                jieba.initialize()
                _dict_words = jieba.dt.FREQ
                _posseg = jieba.posseg
    return _posseg, _dict_words


def surname_of(word: str) -> str:
    """The surname ``word`` starts with (compound first), or "" when none."""
    if word[:2] in COMPOUND_SURNAMES:
        return word[:2]
    return word[:1] if word[:1] in SINGLE_SURNAMES else ""


def _tokens(text: str) -> list[_Token]:
    posseg, _ = _jieba()
    out, cursor = [], 0
    for pair in posseg.cut(text):
        out.append(_Token(pair.word, pair.flag, cursor, cursor + len(pair.word)))
        cursor += len(pair.word)
    return out


def _title_after(text: str, end: int) -> bool:
    """A title or role starts at ``end``: "张伟|经理", "李晓燕|女士"."""
    rest = text[end : end + 4]
    return any(rest.startswith(t) for t in TITLES_AFTER)


def _label_before(text: str, start: int) -> str:
    """What introduces the word at ``start``: "strong" after a label or role ("审批人：",
    "总经理", "出差申请：" with a colon), "weak" after "由", "和", "、", "请", "line" at the
    start of a line or table cell, else ""."""
    head = text[max(0, start - 8) : start].rstrip(" \t")
    if head.endswith((":", "：")):
        return "strong"
    if not head or head[-1] in "\n|":
        return "line"
    if head.endswith(_STRONG_LABELS):
        return "strong"
    return "weak" if head.endswith(tuple(_WEAK_LABELS)) else ""


def _boundary_after(text: str, end: int) -> bool:
    """Nothing Han follows ``end``, or a list separator or 您 does."""
    nxt = text[end : end + 1]
    return not nxt or not _HAN.match(nxt) or nxt in "和与與及、您"


def _plausible(text: str, start: int, end: int, surname: str) -> bool:
    """Surname plus one or two given-name characters, not going on into a place."""
    given = text[start + len(surname) : end]
    return (
        1 <= len(given) <= 2
        and _ALL_HAN.fullmatch(given) is not None
        and not any(c in _GIVEN_STOP for c in given)
        and given not in _TITLE_WORDS
        and text[start:end] not in NOT_NAMES
        and not _PLACE_END.search(text[start:end])
        and not _PLACE_SUFFIX.match(text[end : end + 2])
    )


def find_names(text: str) -> list[tuple[int, int]]:
    """Character spans of Chinese personal names in ``text`` (see the module docstring)."""
    if not _HAN.search(text):
        return []
    _, dict_words = _jieba()
    tokens = _tokens(text)
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if spans and tok.start < spans[-1][1]:
            continue
        found = (
            _compound_at(text, tok)
            or _tagged_at(text, tok, dict_words)
            or _joined_at(text, tokens, i)
            or _cued_at(text, tokens, i, dict_words)
        )
        if found is not None:
            spans.append(found)
    spans = _add_list_neighbours(text, tokens, spans, dict_words)
    return _repeat_names(text, tokens, spans)


def _repeat_names(
    text: str, tokens: list[_Token], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Every other occurrence of a found name in the text, where it is a word of its own
    (jieba starts and ends a word there): "项强将负责..." after "欢迎新同事项强"."""
    if not spans:
        return spans
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    names = {text[s:e] for s, e in spans}
    out = list(spans)
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            free = not any(s < end and at < e for s, e in out)
            if free and (at in starts or _label_before(text, at)) and (
                end in ends or _boundary_after(text, end) or text[end : end + 1] in _GIVEN_STOP
            ) and not _PLACE_SUFFIX.match(text[end : end + 2]):
                out.append((at, end))
            at = text.find(name, end)
    return sorted(out)


def _compound_at(text: str, tok: _Token) -> tuple[int, int] | None:
    """A compound surname: its given name is what jieba reads after a common single surname
    put in its place ("诸葛帅因..." is read as "王帅因...")."""
    start = tok.start
    surname = text[start : start + 2]
    if surname not in COMPOUND_SURNAMES:
        return None
    posseg, _ = _jieba()
    probe = [p for p in posseg.cut("王" + text[start + 2 : start + 8])]
    if not probe:
        return None
    first = probe[0]
    if first.word.startswith("王") and 2 <= len(first.word) <= 3:
        end = start + 2 + len(first.word) - 1
    elif first.word == "王" and len(probe) > 1 and 1 <= len(probe[1].word) <= 2:
        end = start + 2 + len(probe[1].word)
    else:
        return None
    if not _plausible(text, start, end, surname):
        return None
    if surname in _AMBIGUOUS_COMPOUNDS and not (
        _title_after(text, end) or _label_before(text, start) == "strong"
    ):
        return None
    return start, end


def _tagged_at(text: str, tok: _Token, dict_words: Any) -> tuple[int, int] | None:
    """A word jieba tags as a person name, trimmed of a leading "由"/"和" and a trailing title
    it swallowed ("由钟明", "李老师")."""
    if tok.flag not in _NAME_FLAGS or not _ALL_HAN.fullmatch(tok.word):
        return None
    word, start = tok.word, tok.start
    if len(word) >= 3 and word[0] in _LEAD_CHARS and surname_of(word[1:]):
        word, start = word[1:], start + 1
    for title in TITLES_AFTER:
        if word.endswith(title) and len(word) > len(title) + 1:
            word = word[: -len(title)]
            break
    surname = surname_of(word)
    end = start + len(word)
    if not surname or not _plausible(text, start, end, surname):
        return None
    if len(word) == len(surname) + 1 and _extends(text, end):
        end += 1  # jieba left the last given-name character out: "葉柏|睿 |"
    if end - start == 2 and dict_words.get(text[start:end], 0) > 0 and not (
        _title_after(text, end) or _label_before(text, start) in ("strong", "weak")
    ):
        return None  # "张贴", "高明", "文明": dictionary words jieba also tags nr
    return start, end


def _extends(text: str, end: int) -> bool:
    """One more Han character at ``end`` and then a boundary: the rest of a given name."""
    char = text[end : end + 1]
    return (
        _HAN.match(char) is not None and char not in _GIVEN_STOP and char not in "和与與及您"
        and not _title_after(text, end) and _boundary_after(text, end + 1)
    )  # fmt: skip


def _joined_at(text: str, tokens: list[_Token], i: int) -> tuple[int, int] | None:
    """A single surname jieba split from its given name: "林/秀英" (the given name tagged a
    name), "刘/婷婷", "黃/秀美" (the surname tagged a bound morpheme, as it is nowhere else)."""
    tok = tokens[i]
    if len(tok.word) != 1 or tok.word not in SINGLE_SURNAMES or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if tok.flag not in _BOUND_FLAGS and nxt.flag not in _NAME_FLAGS:
        return None
    if tok.flag in ("p", "c") or (surname_of(nxt.word) and nxt.flag in _NAME_FLAGS):
        return None  # "和|徐汇", "由|王芳": a preposition before a name of its own
    if not _plausible(text, tok.start, nxt.end, tok.word):
        return None
    return tok.start, nxt.end


def _cued_at(
    text: str, tokens: list[_Token], i: int, dict_words: Any, in_list: bool = False
) -> tuple[int, int] | None:
    """A surname-led word jieba does not tag as a name, made one by a label before it
    ("审批人：", "总经理") or a title after it; the name runs to a word boundary."""
    tok = tokens[i]
    surname = surname_of(tok.word)
    if not surname or not _ALL_HAN.fullmatch(tok.word) or tok.word[0] in _LEAD_CHARS:
        return None  # "和|王同学": a conjunction, not the surname 和
    label = "weak" if in_list else _label_before(text, tok.start)
    ends = [t.end for t in tokens[i : i + 3] if t.end - tok.start <= len(surname) + 2]
    if len(tok.word) == len(surname) and i + 1 < len(tokens):
        ends.append(tok.end + 1)  # "李|勇为": the token after the surname holds "为" too
    ends = sorted({e for e in ends if _plausible(text, tok.start, e, surname)}, reverse=True)
    if not ends:
        return None
    end = next((e for e in ends if _title_after(text, e)), None)
    if end is not None:
        if end - tok.start == 2 and dict_words.get(text[tok.start : end], 0) > 0 and not (
            label or not _HAN.match(text[tok.start - 1 : tok.start] or "a")
        ):
            return None  # "教授级高级工程师"
        return tok.start, end
    freq = dict_words.get(text[tok.start : ends[0]], 0)
    verb_after = next((t.flag.startswith("v") for t in tokens if t.start == ends[0]), False)
    if label == "weak":
        # "由黄建军接手", "请联系茅兵。": only a word jieba does not know, before a verb or
        # standing alone; "和安踏的" is not enough.
        end = ends[0] if freq == 0 and (verb_after or _boundary_after(text, ends[0])) else None
    else:
        end = next(
            (e for e in ends if _boundary_after(text, e) or text[e : e + 1] in _GIVEN_STOP), None
        )
        if end is None and label == "strong" and verb_after:
            end = ends[0]  # "总经理高兵审批"
    if end is None or not label:
        return None
    if dict_words.get(text[tok.start : end], 0) >= (1 if label == "weak" else _RARE):
        return None  # "南京", "谢谢", "董事会": a word, whatever the label says
    if label == "line" and _HAN.match(text[end : end + 1] or "a"):
        return None  # a line or cell start counts only for a name standing alone
    return tok.start, end


def _add_list_neighbours(
    text: str, tokens: list[_Token], spans: list[tuple[int, int]], dict_words: Any
) -> list[tuple[int, int]]:
    """A surname-led word beside a found name in a list ("张伟、李晓燕和王芳") is a name too."""
    by_start = {t.start: k for k, t in enumerate(tokens)}
    changed = True
    while changed:
        changed = False
        for s, e in list(spans):
            for sep in _LIST_SEPARATORS:
                if text.startswith(sep, e) and (e + len(sep)) in by_start:
                    k = by_start[e + len(sep)]
                    found = _cued_at(text, tokens, k, dict_words, in_list=True)
                    if found and found not in spans and _boundary_after(text, found[1]):
                        spans.append(found)
                        changed = True
        spans.sort()
    return spans


class ChinesePersonRecognizer(EntityRecognizer):
    """PERSON spans for Chinese names in Han text (see the module docstring)."""

    SCORE = 0.85  # as sure as an NER name: jieba's tag plus a surname, or a cue

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON"], name="ChinesePersonRecognizer",
            supported_language="en",
        )  # fmt: skip

    def load(self) -> None:
        """Nothing to load up front; jieba's dictionary is built on the first Han text."""

    def analyze(  # noqa: D102
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return [
            RecognizerResult("PERSON", s, e, self.SCORE, recognition_metadata=dict(metadata))
            for s, e in find_names(text)
        ]
