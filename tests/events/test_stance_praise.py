"""A reporting verb whose complement credits another side with a role, efforts or stands is praise (051).
Sentences written for the test."""

from __future__ import annotations


def test_calling_a_state_an_essential_part_praises_it(event_sides) -> None:
    events = event_sides("وأكد وزير الخارجية السعودي عادل الجبير أن مصر جزء أساسي من التحالف في اليمن.", "2015-07-23")
    assert ("051", "per.adel-al-jubeir", "gpe.EGY") in events, events


def test_the_sincere_efforts_of_a_state_written_with_li(event_sides) -> None:
    events = event_sides("وأكد وزير الخارجية المصري سامح شكري أن الجهود الصادقة للمملكة العربية السعودية تخدم "
                         "المنطقة.", "2015-07-23")
    assert ("051", "per.sameh-shoukry", "gpe.SAU") in events, events


def test_stressing_a_role_after_ala(event_sides) -> None:
    events = event_sides("وشدد وزير الخارجية المصري سامح شكري على الدور المحوري للمملكة العربية السعودية في "
                         "المنطقة.", "2015-07-23")
    assert ("051", "per.sameh-shoukry", "gpe.SAU") in events, events


def test_an_official_praising_his_own_state_is_no_act(event_sides) -> None:
    events = event_sides("وأكد وزير الخارجية السعودي عادل الجبير أن الجهود الصادقة للمملكة العربية السعودية "
                         "مستمرة.", "2015-07-23")
    assert not any(c == "051" for c, _, _ in events), events


def test_a_bare_role_is_no_praise(event_sides) -> None:
    # "دور إيران في زعزعة المنطقة" blames: only words that praise by themselves count
    events = event_sides("وقال وزير الخارجية السعودي عادل الجبير إن دور إيران في المنطقة واضح.", "2015-07-23")
    assert not any(c == "051" for c, _, _ in events), events
