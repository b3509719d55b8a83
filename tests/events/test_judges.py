"""A judge with a nationality is that country's judiciary; who asked for a ruling is not what it hit.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_judge_bans_at_the_governments_request() -> None:
    events = analyze("وحظر قاض تركي، بناء على طلب من الحكومة، بث الصور على الإنترنت.", published="2025-04-15").events
    bans = [e for e in events if e.cameo_code.startswith("17")]
    assert bans and bans[0].source is not None and bans[0].source.actor_code == "TURJUD", bans
    assert bans[0].target is None or not (bans[0].target.actor_code or "").endswith("GOV"), bans


def test_two_ministers_in_the_dual_are_their_governments() -> None:
    events = analyze("وبدأ وزيرا المالية والاقتصاد اليونانيان اجتماعهما مع ممثلي صندوق النقد الدولي.",
                     published="2025-04-15").events
    meetings = [e for e in events if e.cameo_code.startswith("04")]
    assert meetings and meetings[0].source.actor_code == "GRCGOV", meetings


def test_a_trip_within_ones_own_country_is_no_visit() -> None:
    events = analyze("وكان بحاح وصل الى مطار عدن الدولي عصر اليوم قادما من الرياض.", published="2015-08-01").events
    assert not [e for e in events if e.cameo_code.startswith("04")], events


def test_a_long_protocol_subject_still_sends_the_cable() -> None:
    events = analyze("وبعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود "
                     "برقية تهنئة لفخامة السيدة سيمونيتا سوماروغا رئيس الاتحاد السويسري.", published="2015-08-01").events
    praise = [e for e in events if e.cameo_code.startswith("05")]
    assert praise and praise[0].source.entity_id == "per.muhammad-bin-nayef", praise
    assert praise[0].target is not None and praise[0].target.actor_code == "CHEGOV", praise


def test_a_keyword_line_tells_no_event() -> None:
    assert analyze("سمات اجتماع جون كيري روسيا سيرجي لافروف عادل الجبير قطر", published="2015-08-01").events == []


def test_a_visit_during_which_a_meeting_will_be_held_is_to_come() -> None:
    events = analyze("وقالت الخارجية الروسية إن لافروف سيعقد اجتماعا مع نظيره الأمريكي جون كيري خلال زيارة عمل لقطر.",
                     published="2015-08-01").events
    visits = [e for e in events if e.cameo_code == "042"]
    assert visits and visits[0].modality == "future", visits


def test_a_call_addressed_by_someone_is_theirs() -> None:
    events = analyze("تأتي الخطوة بعد احتجاجات في بغداد ودعوة وجهها المرجع الشيعي الأعلى آية الله علي السيستاني "
                     "إلى الحكومة.", published="2015-08-09").events
    calls = [e for e in events if e.cameo_code.startswith("0") and e.trigger.text.endswith("دعوة")]
    assert calls and calls[0].source is not None and calls[0].source.actor_code == "IRQREL", calls
