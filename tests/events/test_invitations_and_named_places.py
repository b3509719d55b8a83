"""A دعوة naming nothing to visit or attend is an appeal; a person's name after the noun of a place or body
named after him is not the person; opposing torture is no torture. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _codes(text: str) -> list[str]:
    return [e.cameo_code for e in analyze(text, published="2015-08-01").events]


def test_a_call_to_bear_responsibility_is_an_appeal() -> None:
    codes = _codes("ووجهت الجامعة العربية دعوة إلى مجلس الأمن الدولي، لتحمل مسؤولياته تجاه وضع حد لهذه الانتهاكات.")
    assert "020" in codes and "036" not in codes, codes


def test_an_invitation_to_visit_stays_an_invitation() -> None:
    assert "036" in _codes("ووجه الرئيس السيسي دعوة إلى الرئيس الروسي بوتين لزيارة القاهرة.")
    assert "036" in _codes("وتأتي زيارة السيسي إلى موسكو بدعوة رسمية من الرئيس بوتين.")
    assert "036" in _codes("وقبل الرئيس بوتين دعوة الملك سلمان.")


def test_a_hospital_named_after_a_king_is_not_the_king() -> None:
    doc = analyze("وشهد مستشفى الملك فهد بالهفوف اجتماعا جمع رئيس مجلس الشورى العماني والسفير العماني في المملكة.",
                  published="2015-08-01")
    assert not [m for m in doc.mentions if m.kb_id and m.kb_id.startswith("per.") and "فهد" in m.text], \
        [(m.text, m.kb_id) for m in doc.mentions]
    doc = analyze("واستقبل الملك سلمان في قصر اليمامة وزير الخارجية الأمريكي جون كيري.", published="2015-08-01")
    assert any(e.source is not None and e.source.entity_id == "per.king-salman" for e in doc.events), doc.events


def test_a_body_against_torture_tortures_nobody() -> None:
    codes = _codes("وقالت المنظمات ومن بينها منظمة العفو الدولية والمنظمة العالمية لمناهضة التعذيب إن القانون يشكل "
                   "خطرا على حقوق الإنسان.")
    assert not [c for c in codes if c.startswith("18")], codes
