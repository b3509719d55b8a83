"""Casualty counts per sentence, the helper the event coder reads for PLOVER's dead / injured."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.config import Config
from marsad.facts.casualties import casualties_for, casualty_kind

ONLY = Config(stages=("text", "times", "quantities"))


@pytest.mark.parametrize("sentence,dead,injured", [
    ("أسفر الهجوم عن مقتل 35 شخصا وإصابة 120 آخرين.", 35, 120),
    ("أسفر الانفجار عن سقوط 35 قتيلا و120 جريحا.", 35, 120),
    ("قال المتحدث إن 12 شخصًا لقوا حتفهم كما أصيب اثنان آخران في الحادث.", 12, 2),
    ("قتل 32 شخصا وجرح 40 في التفجير.", 32, 40),
    ("قتل ما بين 10 و20 شخصا في الهجوم.", 10, None),
    ("زار 12 شخصا المعرض أمس.", None, None),
    ("ارتفعت الأسعار بنسبة 12 بالمائة.", None, None),
])
def test_casualties_for(sentence, dead, injured):
    doc = analyze(sentence, published="2019-10-24", config=ONLY)
    found = casualties_for(doc, 0)
    assert (found.dead, found.injured) == (dead, injured)
    assert all(casualty_kind(doc, q) in ("dead", "injured") for q in found.quantities)


def test_casualties_stay_in_their_sentence():
    doc = analyze("قتل 5 أشخاص في بغداد. وزار 300 شخص المعرض.", config=ONLY)
    assert casualties_for(doc, 0).dead == 5
    assert casualties_for(doc, 1).dead is None
