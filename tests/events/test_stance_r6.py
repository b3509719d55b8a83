"""Stance rule (marsad/events/stance.py), on sentences written for these tests: a plain reporting verb
whose complement names an actor as the doer of a blaming word is an accusation (112), or, with a word
of negative judgement, a criticism (111), from the speaker to that actor. Denials, negated words,
actors that fight or suffer the act, places and sentences naming no actor give nothing; a sentence
already coding a criticism between the same sides gets no second one."""

from eventdocs import code_events, event_sides

from marsad.events.stance import load_stance

MINISTER = {"id": "min", "type": "PER", "en": "Omani Minister", "iso3": "OMN", "code": "OMNGOV",
            "forms": ["يوسف بن علوي"]}
SYRIA = {"id": "syr", "type": "GPE", "en": "Syria", "iso3": "SYR", "code": "SYR", "forms": ["سوريا"]}
TURKEY = {"id": "tur", "type": "GPE", "en": "Turkey", "iso3": "TUR", "code": "TUR", "forms": ["تركيا"]}
_ALL = (MINISTER, SYRIA, TURKEY)


def _stance(doc) -> list[tuple]:
    return [(code, src, tgt) for code, src, tgt in event_sides(doc, _ALL, level="cameo_code")
            if code in {"111", "112"}]


def test_an_accusation_in_a_complement_clause_is_coded():
    doc = code_events("وقال وزير الخارجية يوسف بن علوي إن تركيا ترتكب جرائم بحق المدنيين في الشمال.",
                      [MINISTER, TURKEY])
    assert _stance(doc) == [("112", "min", "tur")]
    event = next(e for e in doc.events if e.cameo_code == "112")
    assert event.trigger.text == "وقال" and not event.negated


def test_the_genitive_of_a_blaming_noun_is_accused():
    doc = code_events("وأشار يوسف بن علوي إلى أن انتهاكات تركيا للهدنة مستمرة منذ أسابيع.", [MINISTER, TURKEY])
    assert _stance(doc) == [("112", "min", "tur")]


def test_a_negative_judgement_is_a_criticism():
    doc = code_events("واعتبر يوسف بن علوي أن سياسة تركيا في المنطقة خطيرة وتهدد الاستقرار.", [MINISTER, TURKEY])
    assert _stance(doc) == [("111", "min", "tur")]


def test_describing_an_actor_with_a_negative_word_is_a_criticism():
    doc = code_events("ووصف يوسف بن علوي تركيا بأنها دولة عدوانية.", [MINISTER, TURKEY])
    assert _stance(doc) == [("111", "min", "tur")]


def test_a_quote_without_complementiser_after_qala():
    doc = code_events("وقال يوسف بن علوي: «تركيا تدعم الإرهاب في سوريا».", [MINISTER, SYRIA, TURKEY])
    assert _stance(doc) == [("112", "min", "tur")]


def test_a_negated_word_accuses_nobody():
    doc = code_events("وأكد يوسف بن علوي أن تركيا لا تدعم الإرهاب في سوريا.", [MINISTER, SYRIA, TURKEY])
    assert _stance(doc) == []


def test_a_denial_accuses_nobody():
    doc = code_events("ونفى يوسف بن علوي أن يكون قد قال إن تركيا ارتكبت جرائم.", [MINISTER, TURKEY])
    assert _stance(doc) == []


def test_a_negated_speech_accuses_nobody():
    doc = code_events("ولا يقول يوسف بن علوي إن تركيا ترتكب جرائم.", [MINISTER, TURKEY])
    assert _stance(doc) == []


def test_fighting_the_act_is_no_accusation():
    doc = code_events("وأكد يوسف بن علوي أن تركيا تكافح الإرهاب على حدودها.", [MINISTER, TURKEY])
    assert _stance(doc) == []


def test_the_victim_or_place_of_the_act_is_not_accused():
    doc = code_events("وقال يوسف بن علوي إن في سوريا جرائم ترتكب كل يوم.", [MINISTER, SYRIA])
    assert _stance(doc) == []


def test_no_actor_in_the_complement_gives_nothing():
    doc = code_events("وأوضح يوسف بن علوي أن هذه الجرائم خطيرة ولا يمكن السكوت عنها.", [MINISTER])
    assert _stance(doc) == []


def test_a_relative_clause_on_a_noun_that_is_no_actor_speaks_for_nobody():
    doc = code_events("وزار يوسف بن علوي مقر الجمعية التي تعتبر أن تركيا دولة عدوانية.", [MINISTER, TURKEY])
    assert _stance(doc) == []


def test_no_second_criticism_when_the_sentence_codes_one():
    doc = code_events("وانتقد يوسف بن علوي تركيا، مؤكدا أن سياستها في سوريا خطيرة وأن تركيا ترتكب جرائم.",
                      [MINISTER, SYRIA, TURKEY])
    assert [e for e in _stance(doc) if e[1] == "min" and e[2] == "tur"] == [("111", "min", "tur")]


def test_the_word_lists_are_data():
    words = load_stance()
    assert words.verbs and words.participles and words.shields
    assert {code for _, code in words.phrases} == {"111", "112", "051"}
