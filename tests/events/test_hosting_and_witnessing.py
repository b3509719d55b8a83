"""A visit framed by a hosting sentence is the guest's; both sides witnessing a signing sign it. Sentences
written for the test."""

from __future__ import annotations


def test_the_guest_of_a_hosting_makes_the_visit_the_sentence_frames(event_sides) -> None:
    events = event_sides("استقبل الرئيس المصري عبد الفتاح السيسي اليوم نظيره التركي رجب طيب أردوغان في القاهرة، في مستهل "
                         "زيارة رسمية تستغرق يومين.", "2015-08-01")
    assert ("043", "per.abdel-fattah-el-sisi", "per.recep-tayyip-erdogan") in events, events
    assert ("042", "per.recep-tayyip-erdogan", "per.abdel-fattah-el-sisi") in events, events


def test_both_sides_witnessing_a_signing_sign_it(event_sides) -> None:
    events = event_sides("استقبل الملك سلمان الرئيس السيسي. وشهد الزعيمان توقيع اتفاقيات في مجالات الطاقة.", "2015-08-01")
    assert ("057", "per.king-salman", "per.abdel-fattah-el-sisi") in events, events


def test_both_sides_exchanging_accusations_is_no_signing_pair(event_sides) -> None:
    # only a witnessing verb (شهد، حضر) makes the two sides the noun's doers
    events = event_sides("استقبل الملك سلمان الرئيس السيسي. وتبادل الزعيمان الاتهامات بالمسؤولية عن الأزمة.", "2015-08-01")
    assert [c for c, _, _ in events] == ["043"], events


def test_a_dual_object_pronoun_on_a_verb_is_both_people_just_called(event_sides) -> None:
    events = event_sides("وأجرى الرئيس الروسي فلاديمير بوتين اتصالين هاتفيين مع الرئيس الاذربيجاني إلهام علييف ورئيس "
                         "الوزراء الأرميني نيكول باشينيان، دعاهما خلالهما إلى التهدئة.", "2020-10-01")
    appeals = sorted(t for c, s, t in events if c.startswith("02") and s == "per.vladimir-putin")
    assert appeals == ["per.ilham-aliyev", "per.nikol-pashinyan"], events


def test_a_short_verb_with_the_dual_pronoun_is_no_dual_verb() -> None:
    from marsad.doc import Token
    from marsad.events.sides import dual_past

    def tok(word: str) -> Token:
        return Token(0, 0, len(word), word, word)

    assert not dual_past(tok("دعاهما"))
    assert dual_past(tok("بحثا")) and dual_past(tok("بحثاهما"))
