""""صالات استقبال" (reception halls) are places, not a hosting by whoever built them. Sentences written for
these tests."""

from __future__ import annotations

from marsad.api import analyze


def _codes(text: str) -> list[str]:
    return [e.cameo_code for e in analyze(text, published="2015-08-09").events]


def test_reception_halls_host_nobody() -> None:
    text = ("وأكد رئيس المجلس البلدي أن المجلس حقق إنجازات كثيرة. ونموذج آخر لإنجازات المجلس كذلك ما أنشأته "
            "البلدية من صالات استقبال في المدينة والقطاعات المختلفة أيضا يعكس حرص المجلس على توفير الخدمات.")
    assert "043" not in _codes(text)


def test_a_reception_of_a_guest_is_still_hosting() -> None:
    assert "043" in _codes("وكان في استقبال الرئيس السيسي لدى وصوله إلى بكين الرئيس الصيني.")
