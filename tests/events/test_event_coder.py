"""Coder behaviour on short articles written for these tests (not from any corpus)."""

from eventdocs import code_events

SHOUKRY = {"id": "shoukry", "type": "PER", "en": "Sameh Shoukry", "iso3": "EGY", "code": "EGYGOV",
           "forms": ["سامح شكري", "شكري", "وزير الخارجية المصري"]}
SAFADI = {"id": "safadi", "type": "PER", "en": "Ayman Safadi", "iso3": "JOR", "code": "JORGOV",
          "forms": ["أيمن الصفدي", "الصفدي", "نظيره الأردني"]}
AMMAN = {"id": "amman", "type": "GPE", "en": "Amman", "iso3": "JOR", "role": "capital", "forms": ["عمان"]}
JORDAN = {"id": "jor", "type": "GPE", "en": "Jordan", "iso3": "JOR", "code": "JOR", "forms": ["الأردن"]}
GAZA = {"id": "gaza", "type": "GPE", "en": "Gaza", "iso3": "PSE", "forms": ["غزة"]}
MOSCOW = {"id": "moscow", "type": "GPE", "en": "Moscow", "iso3": "RUS", "role": "capital", "forms": ["موسكو"]}
WASHINGTON = {"id": "dc", "type": "GPE", "en": "Washington", "iso3": "USA", "role": "capital",
              "forms": ["واشنطن"]}


_code = code_events


def test_vso_meeting_with_object_and_place():
    doc = _code("التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان اليوم.",
                [SHOUKRY, SAFADI, AMMAN])
    (ev,) = doc.events
    assert (ev.cameo_code, ev.source.entity_id, ev.target.entity_id) == ("040", "shoukry", "safadi")
    assert ev.place.entity_id == "amman" and ev.date == "2024-03-05"
    assert ev.plover == "CONSULT" and ev.quad_class == 1 and ev.modality == "asserted" and not ev.negated


def test_negated_meeting_is_flagged_not_asserted():
    doc = _code("لم يلتق شكري بالصفدي خلال الأسبوع.", [SHOUKRY, SAFADI])
    (ev,) = doc.events
    assert ev.negated and ev.target.entity_id == "safadi"


def test_denial_and_future():
    doc = _code("نفى شكري أن يكون التقى الصفدي. وسيزور شكري الأردن الأسبوع المقبل.",
                [SHOUKRY, SAFADI, JORDAN])
    meet, visit = doc.events
    assert meet.negated and meet.modality == "denied"
    assert visit.cameo_code == "042" and visit.modality == "future" and visit.target.entity_id == "jor"
    assert visit.trigger.text == "سيزور"


def test_military_nisba_stands_for_the_army_and_target_after_cue():
    doc = _code("شن الجيش الإسرائيلي غارات على مواقع في غزة فجر اليوم.", [GAZA],
                nisbas={"الإسرائيلي": "ISR"})
    (ev,) = doc.events
    assert ev.cameo_code == "195" and ev.cameo_root == "19" and ev.plover == "ASSAULT"
    assert ev.source.actor_code == "ISRMIL" and ev.source.span.text == "الجيش الإسرائيلي"
    assert ev.target.entity_id == "gaza" and ev.goldstein == -10.0 and ev.quad_class == 4


def test_capitals_stand_for_governments():
    doc = _code("وانتقدت موسكو واشنطن بشدة.", [MOSCOW, WASHINGTON])
    (ev,) = doc.events
    assert (ev.cameo_code, ev.source.actor_code, ev.target.actor_code) == ("111", "RUSGOV", "USAGOV")


def test_subject_carried_to_next_sentence_and_participle():
    doc = _code("وأشاد شكري بدور الأردن في المنطقة، داعيا إلى تعزيز التعاون. كما دعا إلى الحوار مع الأردن.",
                [SHOUKRY, JORDAN])
    codes = [(e.cameo_code, e.source.entity_id, e.target and e.target.entity_id) for e in doc.events]
    assert codes[0] == ("051", "shoukry", "jor")
    assert ("026", "shoukry", "jor") in codes
    assert all(src == "shoukry" for _, src, _ in codes)


def test_visit_told_by_the_host_is_hosting():
    doc = _code("من جانبه وصف الصفدي زيارة شكري إلى عمان بأنها مهمة.", [SHOUKRY, SAFADI, AMMAN])
    (ev,) = doc.events
    assert (ev.cameo_code, ev.source.entity_id, ev.target.entity_id) == ("043", "safadi", "shoukry")


def test_visit_noun_without_arguments_is_not_an_event():
    doc = _code("وقال شكري إن الزيارة كانت مثمرة.", [SHOUKRY])
    assert [e.cameo_root for e in doc.events] == []


def test_same_meeting_told_twice_is_merged():
    doc = _code("التقى شكري الصفدي في عمان. وبحث شكري خلال لقائه الصفدي الأوضاع في المنطقة.",
                [SHOUKRY, SAFADI, AMMAN])
    meetings = [e for e in doc.events if e.cameo_root == "04"]
    assert len(meetings) == 1
    triggers = {s.text for s in meetings[0].evidence}
    assert {"التقى", "لقائه"} <= triggers or {"التقى", "بحث"} <= triggers


def test_unaddressed_statement_goes_to_the_foreign_counterpart():
    doc = _code("التقى شكري الصفدي. وأعرب شكري عن أمله في نجاح المؤتمر.", [SHOUKRY, SAFADI])
    hope = [e for e in doc.events if e.cameo_code == "030"][0]
    assert hope.target.entity_id == "safadi" and hope.confidence < 0.7
