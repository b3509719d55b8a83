"""Condolences or greetings one official carries from another are the sender's. Sentences written for the
test."""

from __future__ import annotations


def test_the_governor_carries_the_kings_condolences(event_sides) -> None:
    events = event_sides("ونقل أمير منطقة عسير الأمير فيصل بن خالد تعازي ومواساة خادم الحرمين الشريفين الملك سلمان "
                         "بن عبدالعزيز لأسر الشهداء.", "2015-08-01")
    condolences = [(s, t) for c, s, t in events if c == "018"]
    assert condolences and all(s == "per.king-salman" for s, _ in condolences), events
    assert all(t != "per.king-salman" for _, t in condolences), events


def test_carried_condolences_go_to_whom_ila_names(event_sides) -> None:
    events = event_sides("ونقل الرئيس المصري تعازي الرئيس الفرنسي فرانسوا هولاند إلى الحكومة التونسية.", "2015-08-01")
    assert any(c == "018" and s == "per.francois-hollande" for c, s, _ in events), events


def test_own_condolences_after_ila_stay_the_speakers(event_sides) -> None:
    # no genitive right after the noun: the carrier's own condolences, the one after إلى receives them
    events = event_sides("وقدم الرئيس الفرنسي فرانسوا هولاند تعازيه إلى الحكومة التونسية.", "2015-08-01")
    assert not any(c == "018" and t == "per.francois-hollande" for c, _, t in events), events


def test_condolences_written_with_li_go_to_whom_it_names(event_sides) -> None:
    events = event_sides("ورفع الجاسر نيابة عنه وعن منسوبي الخطوط السعودية أحر التعازي لخادم الحرمين الشريفين، "
                         "ولأسر الشهداء في هذا المصاب.", "2015-08-09")
    assert not any(c == "018" and s == "per.king-salman" for c, s, _ in events), events


def test_a_reception_party_receives_no_guest(event_sides) -> None:
    events = event_sides("أقامت سفارة خادم الحرمين الشريفين لدى تونس مساء أمس، حفل استقبال وتوديع لعدد من منسوبيها "
                         "إثر انتهاء فترة عملهم في تونس.", "2015-08-09")
    assert not any(c == "043" for c, _, _ in events), events
