""""أن جبهة النصرة «قامت باعتقال جنود»": the subject of قام may open the clause before it, a quote mark
between, and it is the doer of the verbal noun after ب. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _arrests(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.actor_code, e.source and e.source.span and e.source.span.text)
            for e in analyze(text, published="2015-08-01").events if e.cameo_code.startswith("173")]


def test_a_quoted_light_verb_after_its_subject() -> None:
    text = "وذكر البيان أن جبهة النصرة «قامت باعتقال عدد من جنود الفرقة» بعد دخولهم."
    assert ("SYRREB", "جبهة النصرة") in _arrests(text)


def test_the_unquoted_clause_still_reads_its_subject() -> None:
    text = "وذكر البيان أن جبهة النصرة قامت باعتقال عدد من جنود الفرقة بعد دخولهم."
    assert ("SYRREB", "جبهة النصرة") in _arrests(text)
