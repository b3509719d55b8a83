"""Condolences go to a family, a people or a state, never to an armed side guessed as the report's other
party. Article written for this test."""

from __future__ import annotations

from marsad.api import analyze

_ARTICLE = (
    "شيعت الإمارات ضابط صف سقط أثناء مشاركته في عمليات التحالف العربي ضد الحوثيين في اليمن، وقتل في المعارك "
    "عدد من مسلحي الحوثيين. وزار وزير الداخلية الإماراتي الشيخ سيف بن زايد منزل ذوي الشهيد في دبي، وقدم تعازيه "
    "ومواساته لأسرة الشهيد."
)


def test_condolences_have_no_armed_addressee() -> None:
    for event in analyze(_ARTICLE, published="2015-07-23").events:
        if event.cameo_code == "018":
            assert not (event.target and (event.target.actor_code or "").endswith(("REB", "INS", "UAF", "MIL")))
