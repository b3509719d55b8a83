"""Doers given by a people noun ("مئات الصرب"), by a state noun owned by a pronoun ("قواته"), the crowd
nearest the trigger, and events whose two sides are both guessed (dropped)."""

from collections import Counter

from eventdocs import build_doc, code_events

from marsad.events.coder import EventCoder

BOSNIA = {"id": "bih", "type": "GPE", "en": "Bosnia", "iso3": "BIH", "forms": ["البوسنة"]}
KHARTOUM = {"id": "khartoum", "type": "GPE", "en": "Khartoum", "iso3": "SDN", "forms": ["الخرطوم"]}
USA = {"id": "usa", "type": "GPE", "en": "United States", "iso3": "USA", "forms": ["الولايات المتحدة"]}
IRAN = {"id": "iran", "type": "GPE", "en": "Iran", "iso3": "IRN", "forms": ["إيران"]}


_code = code_events


def _protest_countries(doc):
    return [e.source.country_iso3 for e in doc.events if e.cameo_root == "14"]


def test_plural_people_noun_names_the_crowd():
    doc = _code("وتظاهر مئات الصرب في البوسنة أمس.", [BOSNIA])
    assert _protest_countries(doc)[:1] == ["SRB"], doc.events


def test_crowd_nearest_the_trigger_wins():
    doc = _code("وتظاهر مئات الصرب في البوسنة، فيما تجمع آلاف المتظاهرين في الخرطوم.", [BOSNIA, KHARTOUM])
    first = min((e for e in doc.events if e.cameo_root == "14"), key=lambda e: e.trigger.start)
    assert first.source.country_iso3 == "SRB", doc.events


def test_owned_forces_are_the_last_named_actor():
    doc = _code("وأعلن الجيش الأمريكي أن قواته قتلت مسلحا خلال عمليات في العاصمة.",
                nisbas={"الأمريكي": "USA"})
    killings = [e for e in doc.events if e.cameo_root in {"18", "19"}]
    assert killings and killings[0].source.actor_code == "USAMIL", doc.events
    src = killings[0].source.span
    assert src is not None and src.text == "قواته"


def test_owned_noun_without_an_owner_is_no_actor():
    doc = _code("وقالت مصادر إن قواته قتلت مسلحا.")
    assert all((e.source.actor_code or "") != "MIL" or e.source.country_iso3 for e in doc.events)
    assert not any((e.source.actor_code or "").endswith("MIL") and e.source.country_iso3 for e in doc.events)


def _statement_args(explicit_source: bool):
    """A criticism whose source is the Iranian side, told (or only inferred) with no named target,
    in an article about Iran and the United States (so a counterpart could be guessed)."""
    from marsad.events.actors import sentence_actors, sentence_tokens
    from marsad.events.arguments import SentenceView
    from marsad.events.roles import Arguments, ArticleState

    doc = build_doc("وانتقدت إيران السياسات بشدة. والتقت الولايات المتحدة إيران.", [USA, IRAN])
    coder = EventCoder(min_confidence=0.0)
    tokens = sentence_tokens(doc)[0]
    actors = sentence_actors(doc, tokens, coder.cues)
    view = SentenceView(0, tokens, actors)
    trig = next(t for t in coder.lexicon.match(tokens) if t.entry.code.startswith("11"))
    iran = next(a for a in actors if a.actor.country_iso3 == "IRN")
    state = ArticleState(counts=Counter({"usa": 3, "iran": 2}), home=None, roles={})
    args = Arguments(source=iran, explicit_source=explicit_source, code=trig.entry.code)
    return coder._event(doc, view, trig, args, state)


def test_no_event_when_both_sides_are_guessed():
    assert _statement_args(explicit_source=True) is not None
    assert _statement_args(explicit_source=False) is None


def test_people_told_by_age_or_trade_with_a_nationality_are_its_civilians(event_sides):
    shot = event_sides("أصيب طفل فلسطيني برصاص الجيش الإسرائيلي في الخليل.")
    assert any(code == "193" and target == "PSECVL" for code, _, target in shot), shot
    arrests = event_sides("اعتقلت السلطات الإيرانية صيادين إماراتيين قرب الجزيرة.")
    assert arrests and arrests[0][0] == "173" and arrests[0][2] == "ARECVL", arrests
