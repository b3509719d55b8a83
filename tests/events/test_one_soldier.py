"""One soldier, officer or policeman with a nationality is his state's forces ("استشهد جندي سعودي خلال تصديه
لهجوم شنه الحوثيون"), and "قتل جندي إسرائيلي برصاص فلسطيني" is a passive killing: the soldier was killed.
Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code[:2], e.source and e.source.actor_code, e.target and e.target.actor_code)
            for e in analyze(text, published="2015-08-01").events]


def test_a_soldier_who_fell_repelling_an_attack() -> None:
    events = _events("واستشهد جندي سعودي خلال تصديه لهجوم شنه الحوثيون على موقع حدودي في جازان.")
    assert ("19", "SAUMIL", "YEMREB") in events
    assert ("19", "YEMREB", "SAUMIL") in events


def test_a_soldier_who_fell_in_a_clash() -> None:
    assert ("19", "SAUMIL", "YEMREB") in _events("واستشهد جندي سعودي في اشتباك مع الحوثيين على الحدود.")


def test_a_soldier_killed_by_a_shooter_is_no_killer() -> None:
    events = _events("وقتل جندي إسرائيلي برصاص فلسطيني في الخليل.")
    assert not any(source == "ISRMIL" for _, source, _ in events)
    assert ("19", "PSEMIL", "ISRMIL") in events
