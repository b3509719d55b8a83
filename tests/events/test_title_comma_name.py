"""A title followed by its holder set off by commas ("رئيس الوزراء، بنيامين نتنياهو،") is the subject."""

from __future__ import annotations

from marsad.api import analyze


def test_the_prime_minister_between_commas_meets_his_counterpart():
    doc = analyze("اجتمع رئيس الوزراء، بنيامين نتنياهو، مع نظيره الإيطالي، ماتيو رانتشي.", published="2015-07-23")
    assert [(e.cameo_code, e.source.actor_code, e.target.actor_code) for e in doc.events] == [("040", "ISRGOV", "ITAGOV")]


def test_a_title_with_no_name_after_the_comma_stays_unnamed():
    doc = analyze("انتقد رئيس الوزراء، في كلمة أمام البرلمان، الحكومة الإيرانية.", published="2015-07-23")
    assert not [e for e in doc.events if e.source and e.source.actor_code == "IRNGOV"]
