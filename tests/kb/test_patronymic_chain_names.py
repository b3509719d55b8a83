"""A surname after a patronymic chain belongs to the KB person only when the chain opens on one of his own
names. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _linked(doc, kb_id: str) -> list[str]:
    return [m.text for m in doc.mentions if m.kb_id == kb_id]


def test_another_given_name_before_the_chain_is_someone_else_of_the_family() -> None:
    doc = analyze("وأعرب ماجد بن حسين العساف عن شكره لأهالي المحافظة.", published="2015-08-01")
    assert not _linked(doc, "per.ibrahim-al-assaf"), [(m.text, m.kb_id) for m in doc.mentions]


def test_a_longer_chain_opening_on_another_name_is_someone_else_too() -> None:
    doc = analyze("وقال محمد بن عبدالله بن حسين العساف إن المحافظة تنمو.", published="2015-08-01")
    assert not _linked(doc, "per.ibrahim-al-assaf"), [(m.text, m.kb_id) for m in doc.mentions]


def test_the_persons_own_chain_still_names_him() -> None:
    doc = analyze("وقال عادل بن أحمد الجبير إن المملكة تدعم اليمن. وقال إبراهيم بن عبدالعزيز العساف إن "
                  "الميزانية قوية.", published="2015-08-01")
    assert _linked(doc, "per.adel-al-jubeir") and _linked(doc, "per.ibrahim-al-assaf"), \
        [(m.text, m.kb_id) for m in doc.mentions]
