"""A crowd verb (احتشد، هتف، تجمهر) alone tells a gathering or a chant; it is a protest only with a grievance in
the sentence. A town that sees protests is where they are, its people protest. An open hunger strike is one. A
killing claimed is the claimer's; a place fronted with في is where, not who. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-09")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


@pytest.mark.parametrize("text", [
    "وفي مفاجأة للجمهور الذي احتشد في قاعة المحكمة لم يتوصل المحلفون إلى إجماع.",
    "في حين احتشدت قوات من الجيش والمقاومة الشعبية جنوب مدينة زنجبار، استعدادا لاقتحام المعسكر.",
    "وشيع الفلسطينيون جثمان الشهيد في قرية دوما وهم يهتفون «بالروح بالدم نفديك يا شهيد».",
])
def test_a_crowd_with_no_grievance_is_no_protest(text: str) -> None:
    assert not any(code.startswith("14") for code, _, _ in _sides(text))


@pytest.mark.parametrize("text", [
    "واحتشد آلاف المحتجين في ساحة التحرير ببغداد مطالبين بإسقاط الحكومة.",
    "وتجمهر العشرات أمام مبنى المحافظة في البصرة تنديدا بانقطاع الكهرباء.",
])
def test_a_crowd_with_a_grievance_protests(text: str) -> None:
    assert any(code == "141" for code, _, _ in _sides(text))


@pytest.mark.parametrize("text", [
    "وتشهد بغداد مظاهرات احتجاجا على تردي الخدمات.",
    "وتشهد محافظات كربلاء والنجف والبصرة وبغداد مظاهرات احتجاجا على تردي الخدمات.",
])
def test_the_town_that_sees_protests_is_where_they_are(text: str) -> None:
    assert _sides(text) == [("141", "IRQCVL", "IRQGOV")]


def test_an_open_hunger_strike_is_a_hunger_strike() -> None:
    assert any(code == "142" for code, _, _ in _sides(
        "ودعت اللجنة الدولية للصليب الأحمر اسرائيل للسماح لعائلة الاسير بزيارته بعد أكثر من 50 يوما من الإضراب "
        "المفتوح عن الطعام."))


def test_a_killing_claimed_is_the_claimers() -> None:
    assert ("190", "TURREB", "TURCOP") in _sides(
        "تبنى متمردو حزب العمال الكردستاني قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية.")


def test_a_time_word_before_the_claimed_killing() -> None:
    sides = _sides("وتبنى مسلحو الحزب المتمرد أمس قتل ضابطين تركيين قرب الحدود.")
    assert not any(source == "TURMIL" for _, source, _ in sides)
    assert ("190", "TURREB", "TURCOP") in _sides(
        "وتبنى مقاتلو حزب العمال الكردستاني أمس قتل شرطيين تركيين في جنوب شرق البلاد.")


def test_the_country_of_a_fronted_place_is_not_the_killer() -> None:
    sides = _sides("وفي محافظة مأرب شرق اليمن قتل 13 مسلحا من مليشيات الحوثي في مواجهات عنيفة مع المقاومة "
                   "الشعبية.")
    assert ("190", "YEMREB", "YEMREB") in sides
    assert not any(source == "YEM" for _, source, _ in sides)


def test_the_suicide_bomber_named_is_no_bombing_of_its_own() -> None:
    assert _sides("أوضحت وزارة الداخلية السعودية هوية الانتحاري مفجر نفسه داخل مسجد قوات الطوارئ في مدينة "
                  "أبها.") == []


def test_two_bombers_blowing_themselves_up() -> None:
    assert [code for code, _, _ in _sides("وقال إن «الانتحاريين فجرا نفسيهما قرب القوة المداهمة لأحد المنازل».")] \
        == ["1831"]


def test_a_bombing_by_a_suicide_bomber_is_a_suicide_bombing() -> None:
    assert [code for code, _, _ in _sides("أعلنت السعودية أمس عن هوية الانتحاري الذي نفذ تفجيرا في مسجد داخل "
                                          "مقر قوات الطوارئ الخاصة في مدينة أبها.")] == ["1831"]


def test_whoever_does_it_is_no_act() -> None:
    assert _sides("وقال القحطاني إن من يخطط ويفكر ومن ينفذ ويفجر سيبقى يبحث عن وسائل أخرى.") == []


@pytest.mark.parametrize("text, expected", [
    ("وأعرب الرئيس الصيني عن تطلعه إلى استقبال الرئيس السيسي في بكين.", ("043", "CHNGOV", "EGYGOV")),
    ("وكان في استقبال الرئيس أردوغان لدى وصوله الرئيس السيسي.", ("043", "EGYGOV", "TURGOV")),
    ("وجاء ذلك خلال استقبال الملك سلمان رئيس الوزراء الباكستاني في جدة.", ("043", "SAUGOV", "PAKGOV")),
    ("وأكد الرئيس السيسي خلال استقبال وزير الخارجية الأمريكي جون كيري أهمية العلاقات.", ("043", "EGYGOV", "USAGOV")),
])
def test_the_genitive_of_a_hosting_noun_alone_is_the_guest(text: str, expected: tuple[str, str, str]) -> None:
    assert _sides(text) == [expected]


def test_the_sponsors_of_talks_are_no_side() -> None:
    sides = _sides("ونظمت باكستان اللقاء الرسمي الأول بين قياديين من طالبان وممثلين عن حكومة كابل من أجل إطلاق "
                   "محادثات سلام فعلية بإشراف الولايات المتحدة والصين.")
    assert not any(target in {"USA", "CHN", "USAGOV", "CHNGOV"} for _, _, target in sides)


def test_the_head_of_a_body_above_states_acts_for_it() -> None:
    assert _sides("وزار رئيس مجلس الاتحاد الأوروبي تونس أمس.") == [("042", "IGOEUREEC", "TUN")]


def test_an_attack_noun_after_a_joined_verb_is_its_subject() -> None:
    sides = _sides("وقال مسلحون إنهم سيواصلون القتال. واستهدفت غارات للجيش التركي مواقع لحزب العمال الكردستاني في "
                   "شمال العراق.")
    assert ("195", "TURMIL", "TURREB") in sides
    assert not any(source == "UAF" for _, source, _ in sides)
