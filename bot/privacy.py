"""Masking of personal data in a citizen's question before it is logged or shown to staff.

What is masked: e-mail addresses, ID-card numbers (18 digits, the last may be X; 15-digit old
ones), mobile numbers (+86/0086, spaced or dashed), landlines with an area code (0xx-xxxxxxxx),
7–8 digit numbers right after a phone word (电话、手机、座机、号码…), bank-card-like digit runs
(12 or more digits), and the name after 我叫/名字是/姓名 (always) or 我是/本人 (only when it
looks like a name: a common surname, no role or organisation word). What is kept on purpose:
years (2017), amounts (793.05万元, 1,234.5), short public service numbers (12345, 110, 95566,
400-xxx-xxxx) — none of them identifies a person, and they are what `misses` must show.
"""

from __future__ import annotations

import re

VERSION = "1"  # bump when the rules change: the question log re-masks what it holds

_D = r"[0-9０-９]"  # ASCII and full-width digits (\d would also take other scripts')
_EDGE_L = r"(?<![0-9０-９.．])"
_EDGE_R = r"(?![0-9０-９])"
_SEP = r"[ \u3000\-－‐]?"

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+[@＠][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
ID_CARD = re.compile(rf"{_EDGE_L}(?:{_D}{{17}}[{_D[1:-1]}Xx]|{_D}{{15}}){_EDGE_R}")
MOBILE = re.compile(rf"(?:(?:\+|＋|00)86{_SEP}|{_EDGE_L})[1１][3-9３-９]{_D}"
                    rf"(?:{_SEP}{_D}{{4}}){{2}}{_EDGE_R}")
LANDLINE = re.compile(rf"{_EDGE_L}[(（]?0{_D}{{2,3}}[)）]?{_SEP}{_D}{{7,8}}{_EDGE_R}")
CUED_NUMBER = re.compile(rf"(?<=电话|手机|座机|号码|联系|方式|电話|號碼)([:：是为為\s]*){_EDGE_L}"
                         rf"{_D}{{7,8}}{_EDGE_R}")
CARD = re.compile(rf"{_EDGE_L}(?:{_D}{{12,}}|{_D}{{4}}(?:[ \-]{_D}{{4}}){{3,}}{_D}*){_EDGE_R}"
                  r"(?![.．][0-9]|元|万|亿)")  # a long amount (123456789012.5元) is no card

# A name after a strong cue is masked whatever it is; after 我是/本人 only when it looks like one.
STRONG_CUE = re.compile(r"(我叫|俺叫|我的名字[是叫]|名字[是叫]|(?:姓名|联系人)[是为:：\s]*|我姓)")
WEAK_CUE = re.compile(r"(我是|本人是?)")
_CJK = r"\u4e00-\u9fff·"
STOP = set("想问请要的在是来从，,。.！!？?、；;：: 电手身家住今现刚有和与也就")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
ROLE = re.compile(r"[局厅委办院所处科室站队部会社校馆团省市区县镇乡村街]|"
                  r"中心|政府|单位|部门|公司|学校|医院|老师|教师|教授|退休|员|工人|职工|干部|代表|记者|学生|市民|居民|群众|农民|"
                  r"纳税人|家长|志愿者|律师|医生|护士|财政|预算|决算|经费|一名|一个|这|那|谁|哪|"
                  r"什么|怎么|多少|哪里|本地|外地|业主|网友|用户|党员|领导|负责人|主任|科长|局长")
BUDGET = re.compile(r"三公|公务|财政|经费|收入|支出|预算|决算|机关|政府|项目|基本|一般|年初|结转|"
                    r"结余|资产|车辆|会议|培训|差旅|人员|工资|采购|单位|部门|这个|那个|去年|今年")
NAME_MASK = "[姓名]"


def mask(text: str) -> str:
    """The question with every piece of personal data replaced by a bracketed label."""
    if not text:
        return text
    text = EMAIL.sub("[邮箱]", text)
    text = ID_CARD.sub("[身份证号]", text)
    text = MOBILE.sub("[手机号]", text)
    text = LANDLINE.sub("[电话]", text)
    text = CARD.sub(_card, text)
    text = CUED_NUMBER.sub(lambda m: m.group(1) + "[电话]", text)
    return _mask_names(text)


def _card(match: re.Match) -> str:
    """A long digit run is a card number, unless it is a list of years (2016 2017 2018 2019)."""
    groups = re.split(r"[ \-]", match.group(0))
    if len(groups) > 1 and all(re.fullmatch(r"(19|20)\d\d", g) for g in groups):
        return match.group(0)
    return "[卡号]"


def _mask_names(text: str) -> str:
    """Replace the name after each cue, keeping everything around it."""
    out, pos = [], 0
    for cue in _cues(text):
        start = cue.end()
        if start < pos:
            continue
        length = _name_length(text, start, strong=bool(STRONG_CUE.fullmatch(cue.group(0))),
                              surname_only=cue.group(0).startswith("我姓"))
        if length:
            out.append(text[pos:start] + NAME_MASK)
            pos = start + length
    out.append(text[pos:])
    return "".join(out)


def _cues(text: str) -> list[re.Match]:
    """Strong and weak cues in text order (a strong cue wins where both start)."""
    found = {m.start(): m for m in WEAK_CUE.finditer(text)}
    found.update({m.start(): m for m in STRONG_CUE.finditer(text)})
    return [found[k] for k in sorted(found)]


def _name_length(text: str, start: int, *, strong: bool, surname_only: bool) -> int:
    """How many characters of text[start:] are a person's name (0: not a name)."""
    run = re.match(rf"[{_CJK}]{{1,8}}", text[start:])
    if not run:
        return 0
    run = run.group(0)
    if surname_only:  # 我姓张 / 我姓欧阳
        return 1 if run[0] not in STOP else 0
    if ROLE.match(run) or (not strong and ROLE.search(run[:4])):
        return 0
    if not strong and run[0] not in SURNAMES:
        return 0
    length = 0
    for i, ch in enumerate(run[:4 if strong else 3]):
        if length >= 2 and (ch in STOP or BUDGET.match(run, i)):
            break
        length += 1
    return length if length >= 2 else 0
