"""The learned tagger's people as the event coder reads them (marsad/events/tagged.py): a known person's
surname is that person, and a person the knowledge base lacks speaking ends the last known speaker's
turn. Without the `ner` stage the coder reads the knowledge base alone. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze
from marsad.config import DEFAULT_STAGES, Config

DATE = "2025-04-15"
WITHOUT_TAGGER = Config(stages=tuple(s for s in DEFAULT_STAGES if s != "ner"))


def _sides(text: str, config: Config | None = None) -> list[tuple[str, int, str | None, str | None]]:
    def side(actor):
        return None if actor is None else actor.entity_id or actor.actor_code
    doc = analyze(text, published=DATE, config=config or Config())
    return [(e.cameo_code, e.sentence_index, side(e.source), side(e.target)) for e in doc.events]


ABBAS = ("أدان الرئيس الفلسطيني محمود عباس الهجوم على القرية. وقال عباس بعد الهجوم إن الحكومة الإسرائيلية "
         "تتحمل المسؤولية. واتهم عباس الحكومة الإسرائيلية بتشجيع المستوطنين.")


def test_a_known_persons_surname_found_by_the_tagger_is_that_person():
    accused = [s for s in _sides(ABBAS) if s[0] == "112"]
    assert accused and accused[0][2] == "per.mahmoud-abbas", accused


def test_without_the_tagger_the_surname_is_no_actor():
    accused = [s for s in _sides(ABBAS, WITHOUT_TAGGER) if s[0] == "112"]
    assert all(s[2] != "per.mahmoud-abbas" for s in accused), accused


UNKNOWN_SPEAKER = ("استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره المصري في الرياض. وقال فارس "
                   "العتيبي إن الزيارة مهمة. ودعا إلى تعزيز التعاون مع مصر.")


def test_a_speaker_the_knowledge_base_lacks_ends_the_last_known_speakers_turn():
    sides = _sides(UNKNOWN_SPEAKER)
    assert sides and sides[0][:3] == ("043", 0, "per.faisal-bin-farhan"), sides
    assert not [s for s in sides if s[1] > 0], sides  # the appeal is the new speaker's, not the minister's


def test_without_the_tagger_the_known_speaker_is_carried_as_before():
    sides = _sides(UNKNOWN_SPEAKER, WITHOUT_TAGGER)
    assert ("020", 2, "per.faisal-bin-farhan", "gpe.EGY") in sides, sides


def test_a_name_written_beside_a_known_actor_carries_it_on():
    sides = _sides("رحب محافظ عدن نايف البكري بوصول المساعدات السعودية. وقال البكري إن المملكة وقفت مع "
                   "اليمن. ودعا إلى دعم الحكومة اليمنية.")
    assert [s for s in sides if s[1] == 2 and s[0].startswith("02")], sides


def test_the_tagger_runs_once_and_its_cache_is_not_serialised():
    doc = analyze(ABBAS, published=DATE)
    assert doc.tagged is None and "tagged" not in doc.to_dict()
    tagged = [m for m in doc.mentions if m.origin == "tagger"]
    assert tagged and all(doc.text[m.start:m.end] == m.text for m in tagged)
    assert [m.start for m in tagged] == sorted({m.start for m in tagged})  # each name merged once


def test_an_unknown_subject_after_its_titles_ends_the_turn_too():
    sides = _sides("استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس المصري في الرياض. وأكد الخبير الاستراتيجي "
                   "اللواء سمير فرج أن الزيارة مهمة. ودعا إلى تعزيز التعاون مع مصر.")
    assert sides and not [s for s in sides if s[1] > 0], sides
