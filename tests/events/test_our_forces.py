""""تمكنت قواتنا الأمنية من استعادة السيطرة": "our forces" is the speaker's own side, named by no actor; the
group named before it in the sentence did not retake anything. Sentence written for this test."""

from __future__ import annotations

from marsad.api import analyze


def test_our_forces_are_not_the_group_named_before() -> None:
    text = ("وأوضح القائد أن المعارك مستمرة لتحرير أحياء مدينة الفلوجة من سيطرة تنظيم داعش حيث تمكنت قواتنا من "
            "استعادة السيطرة على جسر المدينة.")
    sources = [e.source and e.source.actor_code for e in analyze(text, published="2015-08-01").events
               if e.cameo_code.startswith("19")]
    assert "IMGMOSREB" not in sources
