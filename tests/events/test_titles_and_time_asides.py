"""An envoy's post is part of the title ("المبعوثة الأممية إلى ليبيا هانا تيتيه"), and a time phrase set off
by commas ("، اليوم،") does not end the search for the object. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2025-06-25")
    return [(e.cameo_code, e.source.entity_id if e.source else None, e.target.entity_id if e.target else None)
            for e in doc.events]


def test_an_envoy_s_post_and_a_time_aside() -> None:
    events = _sides("التقت المبعوثة الأممية إلى ليبيا هانا تيتيه، اليوم، رئيس المجلس الرئاسي محمد المنفي في "
                    "العاصمة طرابلس، وناقشا سبل كسر الجمود السياسي.")
    assert ("040", "per.hanna-tetteh", "per.mohamed-al-menfi") in events
    assert ("046", "per.hanna-tetteh", "per.mohamed-al-menfi") in events


def test_the_post_s_country_is_not_the_visitor() -> None:
    events = _sides("وصل المبعوث الأمريكي إلى سوريا توم براك إلى دمشق.")
    assert [source for code, source, _ in events if code == "042"] == ["per.tom-barrack"]


def test_the_times_of_what_is_said_do_not_date_the_saying() -> None:
    doc = analyze("وحذرت المبعوثة الأممية إلى ليبيا هانا تيتيه مجلس الأمن من أن البعثة ستطلق حوارا مهيكلا "
                  "الشهر المقبل.", published="2025-06-25")
    warnings = [e for e in doc.events if e.cameo_code.startswith("13")]
    assert warnings and all(e.date != "2025-07" for e in warnings)
