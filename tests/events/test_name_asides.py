"""A name set off by commas after the subject is the subject's own; the object follows it. Sentences
written for the test."""

from __future__ import annotations


def test_a_known_persons_name_between_commas_leaves_the_object_after_it(event_sides) -> None:
    events = event_sides("حذر وزير الخارجية الأمريكي، جون كيري، الاتحاد الأوروبي من مغبة عدم الموافقة.",
                          "2015-07-23")
    assert ("130", "per.john-kerry", "org.eu") in events, events


def test_a_name_the_knowledge_base_lacks_between_commas_too(event_sides) -> None:
    events = event_sides("حذرت نائبة وزير الخارجية الإسرائيلية، تسيبي حوطوفلي، الاتحاد الأوروبي من مغبة عدم "
                         "الموافقة على الرقابة.")
    assert any(c == "130" and t == "org.eu" for c, _, t in events), events


def test_a_clause_between_commas_still_ends_the_search(event_sides) -> None:
    # a new clause opened by و after the comma is no name: its actor is not the warning's target
    events = event_sides("حذر وزير الخارجية الأمريكي جون كيري، وقال الاتحاد الأوروبي إنه يدرس الأمر.", "2015-07-23")
    assert not any(c == "130" and t == "org.eu" for c, _, t in events), events
