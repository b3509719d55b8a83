"""أما X … فـ: the topic is the answer's subject; a mission's building after an act of force is what was
struck (marsad/events/roles.py). Sentences written for the test."""

from __future__ import annotations


def test_the_topic_of_amma_is_the_answers_subject(event_sides) -> None:
    events = event_sides("أعلنت تونس حالة الطوارئ، أما مصر التي باتت تستشعر الخطر بعد أحداث سيناء، فقد طلبت "
                         "من الولايات المتحدة أسلحة إضافية لتأمين حدودها مع ليبيا.")
    assert ("0232", "gpe.EGY", "gpe.USA") in events, events


def test_the_topic_with_fa_on_the_verb(event_sides) -> None:
    events = event_sides("أما الفلسطينيون، فحملوا حكومة نتنياهو المسؤولية الكاملة عن مقتل الطفل.", "2015-08-09")
    assert any(c == "112" and s == "PSECVL" for c, s, _ in events), events


def test_no_topic_without_amma(event_sides) -> None:
    events = event_sides("وقالت مصر إن الولايات المتحدة طلبت من تونس معلومات إضافية.")
    assert not [e for e in events if e[1] == "gpe.EGY" and e[0].startswith("023")], events


def test_a_bombed_consulate_bombed_nothing(event_sides) -> None:
    events = event_sides("وتزايدت المخاوف بعد أحداث سيناء وتفجير القنصلية الإيطالية في القاهرة.")
    assert not [e for e in events if e[1] and "ITA" in str(e[1])], events


def test_condemning_a_consulates_bombing_condemns_not_the_consulate(event_sides) -> None:
    events = event_sides("وأدانت مصر تفجير القنصلية الإيطالية في القاهرة.")
    assert [(c, s) for c, s, _ in events] == [("111", "gpe.EGY")], events
    assert not [e for e in events if e[2] and "ITA" in str(e[2])], events


def test_an_unknown_name_in_a_patterns_gap_is_its_object(event_sides) -> None:
    # the tagger names the man; the knowledge base does not: no place further on stands in for him
    events = event_sides("وكان القضاء وجه إلى كيم كي جونغ (56 عامًا) تهمة الشروع بالقتل حول الهجوم على مارك "
                         "ليبرت في سيول مما أدى إلى إصابته بجرح عميق في الوجه.")
    charges = [e for e in events if e[0].startswith("17")]
    assert charges and all(t is None for _, _, t in charges), events


def test_a_known_object_in_the_gap_stays(event_sides) -> None:
    events = event_sides("وحملت الحكومة اليمنية جماعة الحوثي المسؤولية عن الهجوم.")
    assert any(c.startswith("112") and t == "org.houthis" for c, _, t in events), events


def test_craft_belonging_to_a_side_make_it_the_striker(event_sides) -> None:
    events = event_sides("وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن: «تهدم جزء كبير من جسرين رئيسيين "
                         "في محافظة دير الزور جراء استهدافهما بغارات من طائرات حربية تابعة للائتلاف».", "2015-08-01")
    strikes = [e for e in events if e[0].startswith("19")]
    assert strikes and all(s == "org.global-coalition" for _, s, _ in strikes), events
    assert not [e for e in events if e[1] and "HRI" in str(e[1])], events
