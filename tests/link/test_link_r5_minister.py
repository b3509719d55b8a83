"""Round-five linking: "الوزير الأمريكي" (a minister of no stated portfolio) is the one minister of that
country the article names; with two named, nobody."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.config import Config
from marsad.kb import load_kb
from marsad.link.describe import Description
from marsad.link.resolve import held, resolve_description


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


def test_a_portfolio_less_minister_is_the_named_minister_of_that_country(kb):
    named = [kb.get("per.ash-carter"), kb.get("per.barack-obama")]
    found = resolve_description(kb, Description(0, 5, "minister", "USA"), named, "2015-07-23", None)
    assert found is not None and found.id == "per.ash-carter"


def test_two_named_ministers_leave_the_title_unresolved(kb):
    named = [kb.get("per.ash-carter"), kb.get("per.john-kerry")]
    assert resolve_description(kb, Description(0, 5, "minister", "USA"), named, "2015-07-23", None) is None


def test_a_prime_minister_is_no_portfolio_minister(kb):
    assert held(kb.get("per.haider-al-abadi"), "minister", "IRQ", "2015-07-23") is None


def test_the_american_minister_later_in_the_article_is_the_defence_secretary():
    doc = analyze("وصل وزير الدفاع الأمريكي أشتون كارتر إلى بغداد. والتقى الوزير الأمريكي جنودا في القاعدة.",
                  published="2015-07-23")
    carter = next(e for e in doc.entities if e.id == "per.ash-carter")
    assert any(m.text == "الوزير الأمريكي" for m in carter.mentions)
