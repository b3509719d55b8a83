"""Quote finding on short texts written for these tests."""

from eventdocs import assert_offsets, build_doc

from marsad.facts.quotes import find_quotes

SAIED = {"id": "saied", "type": "PER", "en": "Kais Saied", "iso3": "TUN", "forms": ["قيس سعيد", "سعيد"]}
TEBBOUNE = {"id": "tebboune", "type": "PER", "en": "Abdelmadjid Tebboune", "iso3": "DZA",
            "forms": ["عبد المجيد تبون", "تبون"]}


def _quotes(text, entities=(SAIED, TEBBOUNE)):
    doc = build_doc(text, list(entities))
    doc.quotes = find_quotes(doc)
    assert_offsets(doc)
    return doc.quotes


def test_colon_quote_with_explicit_speaker_excludes_cue_and_full_stop():
    (q,) = _quotes("وقال تبون : نحن مستعدون لفتح الحدود قريبا.")
    assert q.direct and q.speaker.entity_id == "tebboune"
    assert q.text == "نحن مستعدون لفتح الحدود قريبا" and q.cue.text == "قال"


def test_marked_quote_without_marks():
    (q,) = _quotes("وأكد قيس سعيد أن «تونس لن تقبل أي تدخل في شؤونها» خلال المؤتمر.")
    assert q.direct and q.text == "تونس لن تقبل أي تدخل في شؤونها" and q.speaker.entity_id == "saied"


def test_short_quoted_names_are_not_speech():
    assert _quotes("وانتقد تبون ما يسمى «صفقة القرن» بشدة.") == []


def test_speaker_carried_to_a_sentence_opening_with_qal():
    quotes = _quotes("استقبل تبون الوفد التونسي في العاصمة. وقال: العلاقات بين البلدين ممتازة.")
    assert [(q.direct, q.speaker.entity_id) for q in quotes] == [(True, "tebboune")]


def test_min_janibihi_takes_the_explicit_subject_and_indirect_is_flagged():
    quotes = _quotes("وقال تبون إن الحدود ستفتح قريبا. من جانبه أكد سعيد أن التعاون سيتعزز، كما دعا إلى الحوار.")
    assert [(q.direct, q.speaker.entity_id) for q in quotes] == [(False, "tebboune"), (False, "saied")]
    assert quotes[1].text == "التعاون سيتعزز"


def test_subject_inside_the_quote_is_not_the_speaker():
    (q,) = _quotes("وتحدث تبون عن الاقتصاد موضحا أن سعيد سيزور البلاد قريبا.")
    assert q.speaker.entity_id == "tebboune" and not q.direct


def test_long_title_before_the_name_and_colon_far_from_the_verb():
    quotes = _quotes("وقال المتحدث باسم الرئاسة الجزائرية السيد عبد المجيد تبون في ندوة صحفية : الانتخابات جرت بهدوء.")
    assert [(q.direct, q.speaker.entity_id, q.text) for q in quotes] == [(True, "tebboune", "الانتخابات جرت بهدوء")]


def test_quote_in_a_clause_without_speech_verb_belongs_to_that_clause_subject():
    quotes = _quotes("ورفض تبون النتائج، واتهم قيس سعيد الحكومة بـ«محاولة تزوير إرادة الناخبين في الولايات».")
    assert [(q.direct, q.speaker.entity_id) for q in quotes] == [(True, "saied")]


def test_discourse_opener_keeps_the_sentence_subject_as_speaker():
    quotes = _quotes("وقال سعيد إن الحدود مفتوحة. في المقابل، انتقد الرئيس تبون القرار، واصفا إياه بأنه «خطوة غير مسؤولة وغير مقبولة».")
    assert quotes[-1].speaker.entity_id == "tebboune" and quotes[-1].direct


HOUTHIS = {"id": "houthis", "type": "ORG", "en": "Houthis", "iso3": "YEM", "forms": ["الحوثيين"]}
GOVT = {"id": "gov", "type": "ORG", "en": "Government of Tunisia", "iso3": "TUN", "forms": ["الحكومة التونسية"]}


def test_actor_after_an_not_the_speaker():
    """"وأوضح أن انسحاب الحوثيين «…»": after أن comes what was said; the speaker is the clause subject."""
    quotes = _quotes("وقال تبون إن الوضع هادئ.\nوأوضح أن انسحاب الحوثيين «لا يمكن تأكيده حتى الآن».",
                     (TEBBOUNE, HOUTHIS))
    marked = [q for q in quotes if q.direct]
    assert marked and marked[-1].speaker is not None and marked[-1].speaker.entity_id == "tebboune"


def test_a_sentence_opened_by_someone_else_ends_the_carried_speaker():
    quotes = _quotes("وقال تبون إن الوضع هادئ.\nوأعلنت الحكومة التونسية إغلاق المعبر.\nوقال «نحن لن نتراجع عن القرار».",
                     (TEBBOUNE, GOVT))
    last = [q for q in quotes if q.direct][-1]
    assert last.speaker is None or last.speaker.entity_id != "tebboune"
