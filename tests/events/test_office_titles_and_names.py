"""Gulf protocol names and offices: "رئيس مجلس الوزراء" is the prime minister's office; a subject named
by his office may be followed by his full name in a form the knowledge base does not hold ("الشيخ محمد
بن عبدالرحمن بن جاسم آل ثاني"), which is not the object; a title definite by its genitive ("رئيس الوزراء")
refers back to who held that office on the article's date. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str, date: str = "2025-11-22") -> list[tuple[str, str | None, str | None]]:
    side = lambda a: a.entity_id or a.actor_code if a is not None else None  # noqa: E731
    return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published=date).events]


def test_the_council_of_ministers_presidency_is_the_prime_ministers_office() -> None:
    doc = analyze("وقال رئيس مجلس الوزراء إن الحكومة ماضية في خططها.", published="2025-11-22")
    assert [m.role for m in doc.mentions if m.kind == "role"][0] == "prime_minister"


def test_an_unlisted_full_name_after_the_office_is_not_the_object() -> None:
    text = ("بحث رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني مع وفد من حركة "
            "حماس برئاسة خليل الحية، مستجدات المفاوضات.")
    assert ("046", "per.mohammed-bin-abdulrahman", "org.hamas") in _events(text)


def test_a_title_definite_by_its_genitive_refers_back() -> None:
    text = ("الدوحة - قنا\nبحث رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني مع وفد من "
            "حركة حماس مستجدات المفاوضات.\nكما التقى رئيس الوزراء مدير وكالة المخابرات المركزية الأمريكية جون "
            "راتكليف.")
    events = _events(text)
    assert not [e for e in events if e[1] == "per.john-ratcliffe"]
    assert [e for e in events if e[0] == "040" and e[1] == "per.mohammed-bin-abdulrahman"]


def test_an_office_title_refers_to_who_held_it_then() -> None:
    from marsad.events.phrases import _kb_offices
    doc = analyze("التقى باولو جنتيلوني نظيره الليبي في روما.", published="2015-08-01")
    person = next(e for e in doc.entities if e.id == "per.paolo-gentiloni")
    assert "prime_minister" not in _kb_offices(person, "2015-08-01")  # foreign minister then
    assert "prime_minister" in _kb_offices(person, "2017-03-01")


def test_a_minister_known_by_portfolio_and_nationality_is_that_states_government() -> None:
    doc = analyze("دعا وزير الكهرباء العراقي المتظاهرين إلى التهدئة.", published="2025-07-18")
    appeal = next(e for e in doc.events if e.cameo_code.startswith("02"))
    assert appeal.source is not None and appeal.source.actor_code == "IRQGOV"
    doc = analyze("وقالت وزيرة الصحة والسكان المصرية إن الوضع مستقر.", published="2025-07-18")
    assert [q.speaker.actor_code for q in doc.quotes if q.speaker] == ["EGYGOV"]


def test_a_governor_of_a_city_named_next_is_one_official_of_that_state() -> None:
    text = ("من جهته، دعا محافظ البصرة أسعد العيداني المتظاهرين إلى التهدئة. "
            "وقال العيداني إن الأزمة ستحل خلال أسبوعين.")
    doc = analyze(text, published="2025-07-18")
    appeal = next(e for e in doc.events if e.cameo_code.startswith("02"))
    assert appeal.source is not None and appeal.source.actor_code == "IRQGOV"
    governor = next(e for e in doc.entities if e.id == appeal.source.entity_id)
    assert governor.canonical_ar == "أسعد العيداني" and governor.role == "governor"
    assert {m.text for m in governor.mentions} >= {"محافظ البصرة", "أسعد العيداني", "العيداني"}
    assert [q.speaker.entity_id for q in doc.quotes] == [governor.id]
    province = analyze("أعلنت المقاومة تحرير محافظة أبين من الحوثيين.", published="2015-08-10")
    assert not any(m.kind == "description" for m in province.mentions)


def test_the_tagger_names_an_official_described_right_before_without_a_quote() -> None:
    doc = analyze("من جهته، دعا محافظ البصرة أسعد العيداني المتظاهرين إلى التهدئة.", published="2025-07-18")
    appeal = next(e for e in doc.events if e.cameo_code.startswith("02"))
    governor = next(e for e in doc.entities if e.id == appeal.source.entity_id)
    assert governor.canonical_ar == "أسعد العيداني" and governor.actor_code == "IRQGOV"
    assert not [e for e in doc.entities if e.id != governor.id and e.canonical_ar == "أسعد العيداني"]


def test_a_visit_in_a_relative_clause_after_a_comma_is_the_persons_and_a_passive_killing_is_not() -> None:
    doc = analyze("استقبل الرئيس الإيراني مسعود بزشكيان المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي، "
                  "الذي يزور طهران لإجراء محادثات.", published="2025-05-21")
    visit = [e for e in doc.events if e.cameo_code == "042"]
    assert visit and visit[0].source.entity_id == "per.rafael-grossi", visit
    killed = analyze("وكان على رأسهم قائد التنظيم ناصر الوحيشي، الذي قتل في غارة استهدفته.", published="2015-08-09")
    assert not [e for e in killed.events if e.source is not None and e.source.entity_id
                and "wuhayshi" in e.source.entity_id]
