"""Condemnations by officials the knowledge base lacks: a person named with his office in a known body speaks
for that body; an abbreviated title's dot does not end a pattern; a generic parliament name is the article's
country's; an unresolved surname carries no country. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-09")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_a_member_of_a_known_body_condemns_for_it() -> None:
    text = "من جهته، ندد م. سعد بن ناصر الحربي عضو مجلس الشورى بالتفجير الإرهابي الذي استهدف مسجدا في منطقة جازان."
    assert any(code == "111" and src == "SAULEG" for code, src, _ in _sides(text))


def test_an_officer_described_by_his_office_condemns_for_the_body() -> None:
    text = "كما دان د. خالد آل سعيد الأمين العام لمجلس الشورى الحادث الإجرامي الذي استهدف رجال الأمن في جازان."
    assert any(code == "111" and src == "SAULEG" for code, src, _ in _sides(text))


def test_the_shura_council_in_a_saudi_report_is_saudi() -> None:
    assert any(code == "111" and src == "SAULEG" for code, src, _ in
               _sides("وأدان مجلس الشورى التفجير الإرهابي الذي وقع في أبها بمنطقة عسير."))


def test_the_shura_council_in_a_qatari_report_is_qatars() -> None:
    doc = analyze("وناقش مجلس الشورى في الدوحة مشروع قانون الموازنة القطرية لعام 2016.", published="2015-08-09")
    assert [m.kb_id for m in doc.mentions if m.text == "مجلس الشورى"] == ["org.qatar-shura"]


def test_the_other_side_of_a_signing_is_no_signer() -> None:
    text = ("وأعلنت وزارة الدفاع العراقية أن وزير الدفاع العراقي، خالد العبيدي، وقع الاتفاق مع مدير الهيئة "
            "الفيدرالية الروسية للتعاون العسكري التقني، ألكسندر فومين.")
    signings = [(src, tgt) for code, src, tgt in _sides(text) if code.startswith("05")]
    assert signings and all((src or "").startswith("IRQ") for src, _ in signings)


def test_an_unresolved_surname_carries_no_country() -> None:
    doc = analyze("وقال د. محمد آل عمرو إن المشروع سينتهي قريبا.", published="2015-08-09")
    assert all(m.country_iso3 is None for m in doc.mentions if m.text == "عمرو")


def test_diplomatic_sources_of_a_government_criticise_for_it() -> None:
    text = "وانتقدت مصادر دبلوماسية في الحكومة اليمنية الأمم المتحدة لتأخر المساعدات الإنسانية."
    assert ("111", "YEMGOV", "IGOUNO") in _sides(text)


def test_an_abbreviated_title_keeps_the_named_subject() -> None:
    text = "من جهته، انتقد مفتي الديار المصرية د. شوقي علام الحادث، معتبرا أنه يخدم المتطرفين."
    assert any(code == "111" and src == "EGYREL" for code, src, _ in _sides(text))


def test_calling_someone_is_a_phone_call() -> None:
    assert ("041", "USAGOV", "SAUGOV") in _sides("واتصل الرئيس الأمريكي باراك أوباما بالملك سلمان بن عبدالعزيز.")


def test_sources_an_outlet_contacted_make_no_call() -> None:
    text = "وقالت السلطات المالية ومصادر عسكرية اتصلت بها وكالة الصحافة الفرنسية إن المهاجمين اقتحموا فندقا في سيفاري."
    assert not any(code.startswith("04") for code, _, _ in _sides(text))


def test_an_mp_the_knowledge_base_lacks_speaks_for_the_parliament_the_article_names() -> None:
    text = ("أعرب عدد من نواب مجلس الأمة الكويتي عن إدانتهم للتفجير. "
            "كما دان النائب عبدالله العدواني الحادث الإرهابي الذي استهدف مسجدا في منطقة عسير.")
    sides = _sides(text)
    assert sum(code == "111" and src == "KWTLEG" for code, src, _ in sides) == 2


def test_an_mp_with_no_parliament_named_is_nobody_coded() -> None:
    text = "كما دان النائب عبدالله العدواني الحادث الإرهابي الذي استهدف مسجدا في منطقة عسير."
    assert not any(src and src.endswith("LEG") for _, src, _ in _sides(text))


def test_the_attorney_general_is_no_mp() -> None:
    text = "أشاد مجلس الأمة الكويتي بالحكومة. وانتقد النائب العام الكويتي تأخر التحقيقات."
    assert sum(src == "KWTLEG" for _, src, _ in _sides(text)) <= 1
