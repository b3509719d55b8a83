"""A host receives his guest "في قصره بجدة" or "بجدة": the town is where, the guest follows the time words.
Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "استقبل الأمير محمد بن نايف في قصره بجدة مساء أمس وزير الخارجية المصري سامح شكري.",
    "استقبل الأمير محمد بن نايف في قصر سموه بجدة، مساء أمس، معالي وزير الخارجية المصري سامح شكري.",
    "استقبل الأمير محمد بن نايف بجدة، مساء أمس، معالي وزير الخارجية المصري سامح شكري.",
])
def test_the_guest_after_the_town_of_the_reception(event_sides, text):
    assert event_sides(text, "2015-07-30") == [("043", "per.muhammad-bin-nayef", "per.sameh-shoukry")]


def test_a_capital_after_b_is_no_guest(event_sides):
    sides = event_sides("استقبل الرئيس المصري بالقاهرة أمس ولي العهد السعودي.")
    assert sides and sides[0][2] != "gpe.cairo", sides


def test_a_visit_noun_s_genitive_past_a_protocol_title(event_sides):
    text = ("ورحبت جامعة الدول العربية بإعلان القاهرة الذي صدر في ختام زيارة صاحب السمو الملكي الأمير محمد بن "
            "سلمان بن عبد العزيز ولي ولي العهد إلى مصر.")
    assert ("042", "per.mohammed-bin-salman", "gpe.EGY") in event_sides(text, "2015-08-01")
