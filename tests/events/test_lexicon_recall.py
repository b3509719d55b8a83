"""Recall of the predicate lexicon: whole verb paradigms, verbal nouns, participles and multiword forms
are coded with the right CAMEO code, and the look-alikes that made some forms dangerous are not.

The sentences are written for these tests. Lexicon-level cases check `Lexicon.match`; coder-level cases
run the event coder on a hand-built document (see eventdocs.py) and check code, source and target."""

from __future__ import annotations

import pytest
from eventdocs import code_events

from marsad.events.lexicon import Lexicon
from marsad.text.normalize import normalize_form
from marsad.text.tokens import tokenize


def _triggers(text: str) -> list[tuple[str, str, str]]:
    """(code, kind, matched text) of every trigger in `text`."""
    return [(t.entry.code, t.kind, text[t.start:t.end]) for t in Lexicon.load().match(tokenize(text))]


# (sentence, code, a word the trigger must contain)
FORMS = [
    # agreeing, concluding agreements (030/050/057)
    ("وقالت المصادر إن الوفدين اتفقا مبدئيا خلال جولة الحوار", "030", "اتفقا"),
    ("ويتفق الطرفان في نهاية المطاف", "030", "يتفق"),
    ("الأردن متفق مع تونس في الرأي", "050", "متفق"),
    ("العقد الذي أبرمته الشركة مع الوزارة", "057", "أبرمته"),
    ("صفقات أبرمت بين الشركتين قبل سنوات", "057", "أبرمت"),
    # feelings voiced, praise, welcome (012/013/051)
    ("وعبرت الوزيرة عن قلقها البالغ إزاء الوضع", "012", "عبرت"),
    ("مبديا مخاوفه من اتساع رقعة القتال", "012", "مبديا"),
    ("وأعربوا عن تفاؤلهم بنتائج الجولة", "013", "أعربوا"),
    ("معربة عن تقديرها للموقف الأردني", "051", "معربة"),
    ("منوها بجهود الحكومة الكويتية", "051", "منوها"),
    ("ونوهت الوزارة بالدور الذي قامت به عمان", "051", "نوهت"),
    ("وقال: نبارك للشعب الليبي هذه الخطوة", "051", "نبارك"),
    ("وأثنى الرئيس على مواقف الكويت", "051", "أثنى"),
    ("وقال: نرحب بالقرار الأخير", "051", "نرحب"),
    ("ويرحبون بالخطوة", "051", "يرحبون"),
    # circumstantial participles in the plural (020/111/120)
    ("وأصدر النواب بيانا مشتركا داعين إلى الحوار", "020", "داعين"),
    ("وخرج المحتجون مستنكرين قرار الإغلاق", "111", "مستنكرين"),
    ("وتجمع الأهالي رافضين أي تدخل خارجي", "120", "رافضين"),
    # military cooperation and supply (062/070)
    ("وأعلنت الحكومة أنها ستقوم بفتح قواعدها أمام طائرات الحلفاء", "062", "بفتح"),
    ("وفتحت الحكومة أجواءها أمام الطائرات الحليفة", "062", "فتحت"),
    ("وتعهد الخبراء بتدريب عناصر الشرطة", "062", "تدريب"),
    ("وزودت الوزارة المستشفيات بالأدوية", "07", "زودت"),
    # designating, blaming, warning, backing down (111/112/130/080)
    ("وتصنف الحكومة الحركة منظمة إرهابية", "111", "تصنف"),
    ("وأدرجت الوزارة الجماعة على قائمة الإرهاب", "111", "أدرجت"),
    ("وحملوا الحكومة مسؤولية تدهور الأوضاع", "112", "حملوا"),
    ("ويتهمون الجماعة بخرق الهدنة", "112", "يتهمون"),
    ("وحذرا الطرفين من مغبة التصعيد", "130", "حذرا"),
    ("وتراجعت الحكومة عن قرارها رفع الأسعار", "08", "تراجعت"),
    # fighting, air strikes, rockets, clashes (190/195)
    ("وشنوا هجوما مسلحا على ثكنة للجيش", "190", "شنوا"),
    ("الحملة التي يشنها الجيش على المسلحين", "190", "يشنها"),
    ("وصعدت الجماعة هجماتها على نقاط التفتيش", "190", "صعدت"),
    ("وكثفت القوات عملياتها العسكرية في الريف", "190", "كثفت"),
    ("واندلعت اشتباكات بين الشرطة والمحتجين", "190", "اندلعت"),
    ("ودارت معارك بين الجيش والمسلحين", "190", "دارت"),
    ("وصدت القوات هجوما على البلدة", "190", "صدت"),
    ("وتصدى الجيش لهجوم شنه مسلحون", "190", "تصدى"),
    ("واشتبكوا مع عناصر الشرطة", "190", "اشتبكوا"),
    ("وشنت المقاتلات فجر اليوم سلسلة غارات جوية استهدفت مخازن الأسلحة", "195", "شنت"),
    ("وشنت المدفعية قصفا عنيفا على القرى الحدودية", "195", "قصفا"),
    ("ونفذت الطائرات المسيرة غارات على قافلة", "195", "نفذت"),
    ("وردت الفصائل بإطلاق صواريخ على المستوطنات", "195", "ردت"),
    ("ويطلقون قذائف الهاون على الأحياء", "195", "يطلقون"),
    # bombings, demolition, supply lines, ground (1831/1712/191/192)
    ("وفجرت انتحارية نفسها في سوق شعبي", "1831", "فجرت"),
    ("وأسفرت العملية الانتحارية عن سقوط ضحايا", "1831", "الانتحارية"),
    ("وقامت البلدية بهدم منازل مخالفة", "1712", "بهدم"),
    ("وقطعوا خطوط الإمداد عن المدينة", "191", "قطعوا"),
    ("ويحاصرون المدينة منذ أشهر", "191", "يحاصرون"),
    ("عقب سيطرتها على التلال المطلة على البلدة", "192", "سيطرتها"),
    ("وبسطت القوات سيطرتها على الحي", "192", "بسطت"),
    ("واستعادوا السيطرة على البلدة", "192", "استعادوا"),
]


@pytest.mark.parametrize("text, code, word", FORMS, ids=[f[2] for f in FORMS])
def test_new_forms_are_coded(text, code, word):
    found = [(c, matched) for c, _, matched in _triggers(text) if c.startswith(code)]
    assert found, f"no {code} trigger in {text!r}: {_triggers(text)}"
    assert any(word in matched for _, matched in found)


# Look-alikes: (sentence, code prefix that must NOT be triggered)
LOOKALIKES = [
    ("ويسيطر المتمردون على المنطقة منذ عامين", "192"),  # the present says who holds ground: a state
    ("ونوه الوزير إلى أن الأزمة بحاجة إلى حل", "051"),  # نوّه إلى أن: a plain statement
    ("منوها بأن الأزمة طويلة", "051"),
    ("نقتل بالسلاح المستورد", "19"),  # نُقتل: we are killed
    ("أدين المتهم بالفساد", "111"),  # أُدين: was convicted
    ("ما زلنا نبحث عن المفقودين", "04"),  # searching, not discussing
    ("ورفض الوزير الطلب رفضا قاطعا", "143"),  # قاطعا: categorical, not boycotting
    ("وتزود الطائرة بالوقود في الجو", "07"),  # تزوّد: refuelled
    ("وتدرب الجندي على السلاح", "06"),  # تدرّب: trained himself
    ("وكان الهجوم الانتحاري قد أودى بحياة العشرات", "180"),  # suicide attacks are 1831, not 180
]


@pytest.mark.parametrize("text, code", LOOKALIKES)
def test_lookalikes_are_not_coded(text, code):
    assert not [c for c, _, _ in _triggers(text) if c.startswith(code)], _triggers(text)


def test_verbal_noun_after_tamma_is_a_noun():
    """"تم شن غارات جوية بريطانية": after تم the verbal noun's doer is the nisba, not a subject after a verb."""
    codes = [(c, kind) for c, kind, _ in _triggers("وتم شن غارات جوية بريطانية على الميناء")]
    assert codes == [("195", "noun")]


def test_whole_pattern_outweighs_the_bare_noun():
    """The verb pattern with its object beats the noun "غارات جوية" inside it, so the subject is the doer."""
    assert _triggers("شنت الطائرات ليلا غارات جوية على المخازن")[0][:2] == ("195", "verb")


# Every slot of these paradigms (past 3ms/3fs/dual/3mp, present 3ms/3fs/dual/3mp/1p, subjunctive 3mp)
# must start some lexicon pattern: a form missing here is an event the coder cannot see.
PARADIGMS = {
    "appeal": "دعا دعت دعوا يدعو تدعو يدعون ندعو يدعوان",
    "meet": "التقى التقت التقيا التقوا يلتقي تلتقي يلتقون يلتقيان نلتقي",
    "visit": "زار زارت زارا زاروا يزور تزور يزورون يزوران نزور يزوروا",
    "host": "استقبل استقبلت استقبلا استقبلوا يستقبل تستقبل يستقبلون يستقبلان نستقبل",
    "talks": "بحث بحثت بحثا بحثوا يبحث تبحث يبحثان تباحث تباحثا يتباحثون",
    "praise": "أشاد أشادت أشادا أشادوا يشيد تشيد يشيدون يشيدان نشيد",
    "welcome": "رحبت رحبا رحبوا يرحب ترحب يرحبون يرحبان نرحب",
    "agree": "اتفق اتفقت اتفقا اتفقوا يتفق تتفق يتفقون يتفقان نتفق",
    "demand": "طالب طالبت طالبوا يطالب تطالب يطالبون يطالبان نطالب",
    "criticize": "انتقد انتقدت انتقدا انتقدوا ينتقد تنتقد ينتقدون ينتقدان ننتقد",
    "condemn": "أدان أدانت أدانا أدانوا يدين تدين يدينون يدينان ندين",
    "accuse": "اتهم اتهمت اتهما اتهموا يتهم تتهم يتهمون يتهمان نتهم",
    "reject": "رفض رفضت رفضوا يرفض ترفض يرفضون يرفضان نرفض",
    "warn": "حذر حذرت حذرا حذروا يحذر تحذر يحذرون يحذران نحذر",
    "threaten": "هدد هددت هددا هددوا يهدد تهدد يهددون يهددان نهدد",
    "protest": "تظاهر تظاهرت تظاهروا يتظاهر تتظاهر يتظاهرون يتظاهران",
    "arrest": "اعتقل اعتقلت اعتقلا اعتقلوا يعتقل تعتقل يعتقلون يعتقلان نعتقل",
    "attack": "هاجم هاجمت هاجما هاجموا يهاجم تهاجم يهاجمون يهاجمان نهاجم",
    "shell": "قصف قصفت قصفوا يقصف تقصف يقصفون يقصفان نقصف",
    "target": "استهدف استهدفت استهدفا استهدفوا يستهدف تستهدف يستهدفون يستهدفان",
    "clash": "اشتبك اشتبكت اشتبكا اشتبكوا يشتبك تشتبك يشتبكون يشتبكان",
    "kill": "قتل قتلت قتلا قتلوا يقتل تقتل يقتلون يقتلان",
    "abduct": "اختطف اختطفت اختطفا اختطفوا يختطف تختطف يختطفون",
    "conclude": "أبرم أبرمت أبرما أبرموا يبرم تبرم يبرمون يبرمان",
}


@pytest.mark.parametrize("sense", sorted(PARADIGMS))
def test_paradigms_are_complete(sense):
    index = Lexicon.load().index
    missing = [f for f in PARADIGMS[sense].split() if normalize_form(f) not in index]
    assert missing == []


# (sentence, entities, code, source actor code, target actor code)
_ISR = {"id": "Q801", "type": "GPE", "en": "Israel", "iso3": "ISR", "forms": ["إسرائيل"], "code": "ISR"}
_GAZA = {"id": "Q39760", "type": "GPE", "en": "Gaza", "iso3": "PSE", "forms": ["غزة"], "code": "PSE"}
_JOR = {"id": "Q810", "type": "GPE", "en": "Jordan", "iso3": "JOR", "forms": ["الأردن"], "code": "JOR"}
_IRQ = {"id": "Q796", "type": "GPE", "en": "Iraq", "iso3": "IRQ", "forms": ["العراق"], "code": "IRQ"}
_IRN = {"id": "Q794", "type": "GPE", "en": "Iran", "iso3": "IRN", "forms": ["إيران"], "code": "IRN"}
_RUS = {"id": "Q159", "type": "GPE", "en": "Russia", "iso3": "RUS", "forms": ["روسيا"], "code": "RUS"}
_CAN = {"id": "Q16", "type": "GPE", "en": "Canada", "iso3": "CAN", "forms": ["كندا"], "code": "CAN"}
_HAMAS = {"id": "Q38799", "type": "ORG", "en": "Hamas", "iso3": "PSE", "forms": ["حماس"], "code": "PSEREB"}
_ISIS = {"id": "Q2429253", "type": "ORG", "en": "Islamic State", "iso3": None, "forms": ["داعش"],
         "code": "IMGMOSREB"}
_HOUTHIS = {"id": "Q1281", "type": "ORG", "en": "Houthis", "iso3": "YEM", "forms": ["الحوثيون", "الحوثيين"],
            "code": "YEMREB"}
_SISI = {"id": "Q2", "type": "PER", "en": "Sisi", "iso3": "EGY", "forms": ["السيسي"], "code": "EGYGOV"}

CODED = [
    ("وشنت إسرائيل فجر اليوم غارات جوية مكثفة على غزة.", [_ISR, _GAZA], "195", "ISR", "PSE"),
    ("واتفق الأردن مع العراق خلال الاجتماع على ذلك في وقت لاحق من الشهر.", [_JOR, _IRQ], "030", "JOR", "IRQ"),
    ("وقال إن الصفقة التي أبرمتها إيران مع روسيا ستدخل حيز التنفيذ.", [_IRN, _RUS], "057", "IRN", "RUS"),
    ("وتصنف كندا حماس منظمة إرهابية.", [_CAN, _HAMAS], "111", "CAN", "PSEREB"),
    ("واندلعت اشتباكات عنيفة بين الحوثيين وتنظيم داعش.", [_HOUTHIS, _ISIS], "190", "YEMREB", "IMGMOSREB"),
    ("ونوه السيسي بجهود الأردن في المنطقة.", [_SISI, _JOR], "051", "EGYGOV", "JOR"),
    ("وأطلقت حماس صواريخ على إسرائيل.", [_HAMAS, _ISR], "195", "PSEREB", "ISR"),
]


@pytest.mark.parametrize("text, entities, code, source, target", CODED, ids=[c[2] for c in CODED])
def test_coder_codes_the_new_forms_with_their_sides(text, entities, code, source, target):
    events = [e for e in code_events(text, entities).events if e.cameo_code == code]
    assert events, text
    assert (events[0].source.actor_code, events[0].target.actor_code) == (source, target)


def test_relative_past_verb_is_not_a_second_telling():
    """"هجوم شنه مسلحون": the past شنه right after its noun is the noun's agent, not a new trigger."""
    assert [c for c, _, _ in _triggers("هجوم شنه مسلحون على الحاجز")] == ["190"]
