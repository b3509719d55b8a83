"""Hand-built Documents for the store tests (imported by the tests; conftest holds the fixtures)."""

from __future__ import annotations

from marsad.doc import Actor, Document, Entity, Event, Mention, Quantity, Quote, Sentence, Span, TimeExpr

TEXT = "التقى الرئيس الأذربيجاني إلهام علييف نظيره الإيراني في طهران أمس، وقال إن 3 اتفاقيات وقعت."


def _span(text: str, needle: str, start: int = 0) -> Span:
    at = text.index(needle, start)
    return Span(at, at + len(needle), needle)


def build_doc(text: str = TEXT, *, ext_id: str = "d1", published: str = "2021-03-04") -> Document:
    """A Document with one of every annotation, offsets computed from `text` (which must hold the words)."""
    aliyev = _span(text, "إلهام علييف")
    tehran = _span(text, "طهران")
    trigger = _span(text, "التقى")
    doc = Document(text=text, id=ext_id, published=published, title="لقاء", url="http://e.x/1", outlet="irna")
    doc.sentences = [Sentence(0, 0, len(text), text)]
    doc.mentions = [
        Mention(aliyev.start, aliyev.end, aliyev.text, "PER", entity_id="Q83372", kb_id="Q83372"),
        Mention(tehran.start, tehran.end, tehran.text, "GPE", entity_id="Q3616", country_iso3="IRN"),
    ]
    doc.entities = [
        Entity("Q83372", "PER", "Ilham Aliyev", "إلهام علييف", "AZE", "AZEGOV", "president", "Q83372"),
        Entity("Q3616", "GPE", "Tehran", "طهران", "IRN"),
    ]
    doc.events = [Event(
        "040", trigger,
        source=Actor("Q83372", "Ilham Aliyev", "AZE", "AZEGOV", aliyev),
        target=Actor(None, "Ebrahim Raisi", "IRN", "IRNGOV", None),
        plover="CONSULT", goldstein=1.0, quad_class=1, confidence=0.8, date="2021-03-03",
        place=Actor("Q3616", "Tehran", "IRN", None, tehran), evidence=[trigger, aliyev],
    )]
    said = _span(text, "قال")
    doc.quotes = [Quote(said.end + 1, len(text) - 1, text[said.end + 1:len(text) - 1],
                        speaker=Actor("Q83372", "Ilham Aliyev", "AZE", "AZEGOV", aliyev), direct=False, cue=said)]
    three = _span(text, "3")
    doc.quantities = [Quantity(three.start, three.end, "3", 3.0, unit="agreement")]
    yesterday = _span(text, "أمس")
    doc.times = [TimeExpr(yesterday.start, yesterday.end, "أمس", "relative", "2021-03-03", "day", True)]
    return doc
