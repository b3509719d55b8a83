"""A long sentence with many triggers: what every trigger asks of its sentence (which actors only frame a
report, where denial, condition and attribution words stand, which actor starts at a position) is worked
out once per sentence, not once per trigger (which made the events stage quadratic in a sentence's
length), and working it out once changes no event. Sentences written for this test."""

from __future__ import annotations

import itertools

import pytest

from marsad.api import analyze
from marsad.events import clauses, roles
from marsad.events.arguments import SentenceView
from marsad.events.cues import load_cues, read_modality, word_forms

CLAUSE = "أدان وزير الخارجية الإيراني محمد جواد ظريف في طهران الهجوم على {}"
COUNTRIES = ("روسيا", "الصين", "تركيا", "مصر", "العراق", "سوريا", "لبنان", "الأردن", "قطر", "الكويت", "عمان",
             "اليمن", "تونس", "الجزائر", "المغرب", "ليبيا", "السودان", "باكستان", "الهند", "اليابان")


def _events(doc) -> list:
    return [(e.cameo_code, e.trigger.start, e.source.entity_id if e.source else None,
             e.target.entity_id if e.target else None, e.negated, e.modality) for e in doc.events]


def _run(copies: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list]:
    calls = 0
    original = clauses._reporting_actor

    def counted(view, act):
        nonlocal calls
        calls += 1
        return original(view, act)

    with monkeypatch.context() as patch:
        patch.setattr(clauses, "_reporting_actor", counted)
        doc = analyze(" و ".join(CLAUSE.format(c) for c in COUNTRIES[:copies]))
    return calls, _events(doc)


def test_framing_is_asked_once_per_actor(monkeypatch):
    calls_10, events_10 = _run(10, monkeypatch)
    calls_20, events_20 = _run(20, monkeypatch)
    assert events_20 and len(events_20) > len(events_10)
    assert calls_20 <= 2.5 * calls_10  # linear in the sentence, not quadratic


def _naive_frame_view(view: SentenceView, trig) -> SentenceView:
    """The definition, asked afresh for every trigger."""
    keep = [a for a in view.actors if not clauses._reporting_actor(view, a) and
            not (trig.head <= a.first and a.last <= trig.last and any(a.first <= w <= a.last for w in trig.words))]
    return view if len(keep) == len(view.actors) else SentenceView(view.index, view.tokens, keep, view.nisbas)


def test_remembered_frame_changes_no_event(monkeypatch):
    text = (" و ".join(CLAUSE.format(c) for c in COUNTRIES) +
            ". وقال وزير الخارجية لقناة الجزيرة إن روسيا هاجمت تركيا، بحسب وكالة الأنباء الإيرانية.")
    remembered = _events(analyze(text))
    with monkeypatch.context() as patch:
        patch.setattr(roles, "frame_view", _naive_frame_view)
        naive = _events(analyze(text))
    assert remembered and remembered == naive


def _naive_modality(tokens, head, future_clitic, cues) -> tuple[bool, str]:
    """The reading as first written: every word before the predicate scanned for each predicate."""
    negated, modality = False, "future" if future_clitic else "asserted"
    for j in range(head - 1, max(-1, head - 3), -1):
        if tokens[j].kind == "punct":
            break
        negated = negated or bool(word_forms(tokens[j]) & cues.negators)
        if word_forms(tokens[j]) & cues.future_particles:
            modality = "future"
    for tok in tokens[:head]:
        forms = word_forms(tok)
        if forms & cues.denial_verbs:
            return True, "denied"
        if forms & cues.conditionals:
            modality = "conditional"
        elif modality == "asserted" and forms & cues.intent_words:
            modality = "intent"
        elif modality == "asserted" and forms & cues.obligation_words:
            modality = "obligation"
        elif modality == "asserted" and forms & cues.reporting:
            modality = "reported"
    return negated, modality


@pytest.mark.parametrize("order", list(itertools.permutations(["نفى", "إذا", "يعتزم", "يجب", "ذكرت", "لن"], 3)))
def test_sentence_marks_read_as_the_full_scan(order):
    cues = load_cues()
    doc = analyze(f"قال الوزير {order[0]} أن الجيش {order[1]} يزور {order[2]} الوفد يلتقي الرئيس")
    tokens = doc.tokens
    view = SentenceView(0, tokens, [])
    for head, future in itertools.product(range(len(tokens)), (False, True)):
        assert read_modality(tokens, head, future, cues, view.marks(cues)) == \
            _naive_modality(tokens, head, future, cues), (order, head, future)
