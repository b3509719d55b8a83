"""What a denier adds after a comma with a speech participle and أن is asserted, not denied; "وزارته" is his
ministry, never و + "visited him"; an act named after مزاعم (allegations) is reported, not told as fact.
Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze
from marsad.events.lexicon import Lexicon


def _events(text: str) -> list[tuple[str, bool, str]]:
    return [(e.cameo_code, e.negated, e.modality) for e in analyze(text, published="2015-07-23").events]


def test_an_added_clause_is_out_of_the_denials_reach() -> None:
    text = ("نفى الحزب مسؤوليته عن الهجوم على مركز الشرطة، مضيفًا أن مجموعة من أنصاره نفذت عملية انتقامية، ردًا على "
            "العملية الانتحارية التي استهدفت تجمعا لناشطين أكراد في بلدة سروج.")
    bombings = [(negated, modality) for code, negated, modality in _events(text) if code.startswith("18")]
    assert bombings and all(modality != "denied" for _, modality in bombings)


def test_his_ministry_is_no_visit() -> None:
    tokens = analyze("وأكد المتحدث أن وزارته لم تتلق أي إخطار من الجزائر.").tokens
    assert not any(t.entry.code == "042" for t in Lexicon.load().match(tokens))


def test_an_alleged_ban_is_reported() -> None:
    text = "وقال السفير إن وزارته لم تتلق ما يثبت مزاعم منع الجزائريين من السفر إلى السودان."
    assert [modality for code, _, modality in _events(text) if code.startswith("17")] == ["reported"]
