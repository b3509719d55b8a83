"""Who condemns and who is arrested, on sentences written for these tests: the name after a light verbal
noun (إقدام، قيام) a condemning verb takes as its object is the doer of the condemned act, not who
condemns; a town after an arrest is where, and an unknown name right after the arrest is whom."""

from eventdocs import code_events, event_sides

MINISTRY = {"id": "pmfa", "type": "ORG", "en": "Palestinian Foreign Ministry", "iso3": "PSE", "code": "PSEGOV",
            "forms": ["الخارجية الفلسطينية"]}
JUSTICE = {"id": "isrjus", "type": "PER", "en": "Israeli Justice Minister", "iso3": "ISR", "code": "ISRGOV",
           "forms": ["وزيرة القضاء الإسرائيلية"]}


def test_the_name_after_a_light_noun_is_the_condemned_doer():
    doc = code_events("وأدانت الخارجية الفلسطينية إقدام وزيرة القضاء الإسرائيلية على تشكيل لجنة للاستيطان.",
                      [MINISTRY, JUSTICE])
    assert ("11", "pmfa", "isrjus") in event_sides(doc, [MINISTRY, JUSTICE])


def test_a_light_noun_genitive_never_condemns_itself():
    doc = code_events("كما دانت بشدة إقدام وزيرة القضاء الإسرائيلية على تشكيل لجنة للاستيطان.", [JUSTICE])
    assert not [e for e in doc.events if e.cameo_code.startswith("11") and e.source is not None
                and e.source.canonical_en == "Israeli Justice Minister"]


def test_a_town_after_an_arrest_is_where_not_whom():
    from marsad.api import analyze

    for text in ("ألقت الشرطة القبض على شخص في جدة.", "ألقت الشرطة القبض على شخص في مهرجان جدة التاريخي."):
        arrests = [e for e in analyze(text, published="2024-03-05").events if e.cameo_code == "173"]
        assert arrests and arrests[0].source.actor_code == "SAUCOP", text
        assert arrests[0].target is None, text


def test_an_unknown_name_right_after_the_arrest_is_whom_so_no_later_actor_is():
    from marsad.api import analyze

    doc = analyze("وجاء القبض على فارس العتيبي بعد شهرين من مداهمة الشرطة الأردنية منزله في عمان.",
                  published="2024-03-05")
    arrests = [e for e in doc.events if e.cameo_code == "173"]
    assert arrests and all(e.target is None for e in arrests)


def test_a_first_person_call_in_a_sentence_all_quotation_is_not_the_opening_bodys():
    from marsad.api import analyze

    doc = analyze("وقال رئيس الوزراء السابق: “الحكومة الكندية عاجزة”. “وبسبب عجزها فأنا أدعو أن تكون كندا تحت "
                  "الوصاية الدولية”.", published="2024-03-05")
    calls = [e for e in doc.events if e.trigger.text == "أدعو"]
    assert all(e.source is None or e.source.country_iso3 != "CAN" for e in calls), calls


def test_a_first_person_verb_ending_in_waw_is_the_named_speakers():
    from marsad.api import analyze

    doc = analyze("وقال وزير الخارجية الإيراني محمد جواد ظريف: «أدعو أن تكون السعودية تحت الوصاية الدولية».",
                  published="2015-08-01")
    calls = [e for e in doc.events if e.trigger.text == "أدعو"]
    assert calls and calls[0].source is not None and calls[0].source.actor_code == "IRNGOV", calls
