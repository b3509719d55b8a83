"""A threat to kill is a threat, not a killing; a plane or ship arriving with aid is cargo, no visit (a
named leader's plane still brings him); a body received for burial is no guest; suicidal thoughts are no
suicide attack; the doer "من قبل" after a condemned act is condemned; a teaching against killing tells no
killing; a definite noun before a verbal noun and its genitive is the verb's subject, not those victims.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _codes(text: str) -> list[str]:
    return [e.cameo_code for e in analyze(text, published="2015-07-23").events]


def test_a_threat_to_kill_is_a_threat_of_force() -> None:
    assert _codes("هدد تنظيم داعش بقتل الرهائن الأجانب.") == ["138"]
    assert _codes("وتلقى الصحفي تهديدات بالقتل من جماعة الحوثي.") == ["138"]


def test_the_killing_inside_a_threat_is_no_death() -> None:
    codes = _codes("وادعى تعرضه للتهديد بقتله وعائلته من قبل تنظيم داعش.")
    assert not any(code.startswith(("18", "19")) for code in codes), codes


def test_a_plane_carrying_aid_is_no_visitor() -> None:
    codes = _codes("وكانت طائرة عسكرية تحمل مساعدات إنسانية سعودية قد وصلت أمس إلى مطار عدن.")
    assert "042" not in codes and "073" in codes, codes
    assert "042" not in _codes("ووصلت سفينة سعودية إلى ميناء عدن.")


def test_a_leaders_plane_or_a_minister_aboard_still_visits() -> None:
    assert "042" in _codes("ووصلت طائرة الرئيس السيسي إلى الرياض.")
    assert "042" in _codes("وعلى متن طائرة خاصة وصل وزير الخارجية المصري إلى الرياض.")


def test_a_body_received_is_no_guest() -> None:
    assert "043" not in _codes("واستقبل أهالي جازان جثمان الشهيد.")
    assert "043" not in _codes("واستقبل أهالي مدينة أبها جثمان الشهيد العريف محمد.")
    assert "043" in _codes("واستقبل الملك سلمان الرئيس السيسي في جدة.")


def test_suicidal_thoughts_are_no_suicide_attack() -> None:
    codes = _codes("وأشارت التقارير إلى أن الطيار كان يعاني الاكتئاب وأفكارا انتحارية.")
    assert not any(code.startswith("18") for code in codes), codes
    assert "1831" in _codes("فجر انتحاري نفسه في سوق مزدحمة بشمال أفغانستان.")


def test_the_doer_after_min_qibal_is_condemned() -> None:
    doc = analyze("أدانت جامعة الدول العربية اقتحام المسجد الأقصى من قبل المستوطنين.", published="2015-08-09")
    assert [(e.cameo_code, e.target.actor_code if e.target else None) for e in doc.events] == [("111", "ISRCVL")]


def test_a_teaching_against_killing_tells_no_killing() -> None:
    assert _codes("وأكد الخطيب أن الإسلام حرم قتل الأبرياء وترويع الآمنين.") == []
    assert _codes("وحذر الخطيب من قتل النفس التي حرم الله إلا بالحق.") == []
    assert "190" in _codes("قتل ثلاثة أشخاص في هجوم على مسجد.")


def test_a_killing_condemned_by_an_unnamed_body_is_not_condemned_by_its_victims() -> None:
    doc = analyze("وأدان المجلس قتل المدنيين في حلب.", published="2015-07-23")
    assert not any(e.cameo_code.startswith("11") and e.source and e.source.actor_code.endswith("CVL")
                   for e in doc.events), [(e.cameo_code, e.source) for e in doc.events]
