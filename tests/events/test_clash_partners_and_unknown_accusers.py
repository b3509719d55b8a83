"""Deaths "في مواجهات مع X" a few words after the death are X's doing; a speaker the knowledge base lacks who
goes on with "، واتهم وزير … بـ" accuses the minister, who accuses nobody. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-09")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_killed_in_clashes_with_a_named_side() -> None:
    sides = _sides("من ناحية ثانية، لقي 4 من القيادات الحوثية في محافظة إب، مصرعهم، أمس، في مواجهات مع المقاومة "
                   "الشعبية في المحافظة.")
    assert sides and all(source == "YEMREB" for code, source, _ in sides if code == "190")
    assert not any((source or "").endswith("UAF") or (source or "").endswith("CVL") for _, source, _ in sides)


def test_an_unknown_speaker_accuses_the_minister() -> None:
    sides = _sides("وقال السيناتور بوب كوركر إن إيران بلد ينتهك حقوق الإنسان، واتهم وزير الخارجية جون كيري "
                   "بالفشل في التفاوض معها.")
    assert not any(code == "112" and source == "USAGOV" for code, source, _ in sides)


def test_a_joined_meeting_of_the_minister_still_his() -> None:
    sides = _sides("وقال السيناتور بوب كوركر إن إيران بلد ينتهك حقوق الإنسان، والتقى وزير الخارجية جون كيري "
                   "بنظيره الإيراني.")
    assert any(code.startswith("04") and source == "USAGOV" for code, source, _ in sides)
