"""Round-five coder rules, on sentences written for these tests: criticism (111) presupposes the act it
criticises, so an act stated as done with "قيام X بـ" inside the criticism's clause is coded, while an
accusation (112) only claims the act and still swallows the verbal nouns of its clause; a relative ما
("وهو ما تنفيه X": what X denies) does not negate the predicate after it."""

from eventdocs import code_events, event_sides

MINISTER = {"id": "min", "type": "PER", "en": "Jordanian Minister", "iso3": "JOR", "code": "JORGOV",
            "forms": ["ناصر جودة"]}
ISRAEL = {"id": "isr", "type": "GPE", "en": "Israel", "iso3": "ISR", "code": "ISR", "forms": ["إسرائيل"]}
_ALL = (MINISTER, ISRAEL)


def test_an_act_stated_as_done_inside_a_criticism_is_coded():
    doc = code_events("وانتقد وزير الخارجية ناصر جودة إسرائيل مستنكرا قيام السلطات الإسرائيلية بهدم منازل "
                      "الفلسطينيين في القدس.", [MINISTER, ISRAEL])
    roots = [root for root, _, _ in event_sides(doc, _ALL)]
    assert "11" in roots
    assert "17" in roots


def test_an_accusation_still_swallows_the_act_it_claims():
    doc = code_events("واتهم وزير الخارجية ناصر جودة إسرائيل بقيام قواتها بهدم منازل الفلسطينيين في القدس.",
                      [MINISTER, ISRAEL])
    roots = [root for root, _, _ in event_sides(doc, _ALL)]
    assert "11" in roots
    assert "17" not in roots


def test_denying_a_reported_claim_is_an_asserted_denial():
    doc = code_events("ويقول المعارضون إن مدنيين يسقطون في الغارات، وهو ما تنفيه إسرائيل.", [ISRAEL])
    denials = [e for e in doc.events if e.cameo_code == "016"]
    assert denials and denials[0].source.canonical_en == "Israel"
    assert not denials[0].negated  # ما after وهو is "what", not the negator
