"""A time aside may name the place too ("، يوم الاثنين بالرباط،"); artillery and tanks with a
nationality are that country's military; a citizen with a nationality ("مواطن فرنسي") is that country's
civilians; an ambassador recalled from a capital (سفيرها لدى باريس) is a step against its state, and
"احتجاجا على" after a diplomatic act is its motive, no demonstration; "since" ("منذ عامين") does not date
an act. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-11-22"


def _events(text: str) -> list:
    return analyze(text, published=DATE).events


def test_a_time_and_place_aside_keeps_the_partner() -> None:
    text = ("تباحث وزير الشؤون الخارجية ناصر بوريطة، يوم الاثنين بالرباط، مع نظيره الإسباني خوسيه مانويل "
            "ألباريس، حول سبل تعزيز الشراكة.")
    found = [e for e in _events(text) if e.cameo_code.startswith("04")]
    assert found and found[0].target is not None and found[0].target.entity_id == "per.jose-manuel-albares"


def test_artillery_with_a_nationality_is_its_military() -> None:
    found = [e for e in _events("وقصفت المدفعية الإسرائيلية مناطق شرق حي الشجاعية.") if e.cameo_root == "19"]
    assert found and found[0].source.actor_code == "ISRMIL"


def test_a_citizen_with_a_nationality_is_a_civilian() -> None:
    found = [e for e in _events("أفرجت السلطات الإيرانية عن مواطن فرنسي كان محتجزا منذ عامين.")
             if e.cameo_code.startswith("08")]
    assert found and found[0].target.actor_code == "FRACVL" and found[0].date is None


def test_an_ambassador_recalled_from_a_capital_and_its_motive() -> None:
    events = _events("وكانت الجزائر قد استدعت سفيرها لدى باريس للتشاور، احتجاجا على موقف فرنسا من النزاع.")
    recall = [e for e in events if e.cameo_code == "160"]
    assert recall and recall[0].target.country_iso3 == "FRA"
    assert not [e for e in events if e.cameo_root == "14"]


def test_a_protest_after_a_crowds_act_is_still_a_protest() -> None:
    assert [e for e in _events("وأغلق المحتجون الطرق احتجاجا على انقطاع الكهرباء.") if e.cameo_root == "14"]


def test_the_gaza_media_office_links() -> None:
    doc = analyze("وطالب المكتب الإعلامي الحكومي المجتمع الدولي بالضغط لإدخال المساعدات.", published=DATE)
    assert "org.gaza-government-media-office" in [m.kb_id for m in doc.mentions]


def test_a_relative_clause_without_its_pronoun_word_has_its_subject_after() -> None:
    events = _events("أفرجت السلطات الإيرانية عن مواطن فرنسي، في خطوة رحبت بها باريس.")
    welcome = [e for e in events if e.cameo_code == "051"]
    assert welcome and welcome[0].source.entity_id == "gpe.paris"


def test_a_statement_in_which_the_subject_speaks_keeps_it() -> None:
    events = _events("وأصدر الجيش التركي بيانا أعرب فيه عن شكره للمواطنين الأتراك.")
    assert not [e for e in events if e.source is not None and e.source.actor_code == "TURCVL"]


def test_martyrs_are_counted_as_killed() -> None:
    doc = analyze("ووصل 23 شهيدا إلى مستشفيات القطاع.", published=DATE)
    assert [q.unit for q in doc.quantities] == ["killed"]


def test_a_force_announcing_ground_taken_took_it() -> None:
    events = _events("أعلن الجيش السوداني استعادة السيطرة على مدينة بارا في ولاية شمال كردفان.")
    control = [e for e in events if e.cameo_code == "192"]
    assert control and control[0].source.entity_id == "org.saf"
