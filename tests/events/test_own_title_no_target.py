"""An official's own title after his name (up to the body he serves) is not the object, nor is his own body
the other side a target is guessed from (roles._past_own_title; coder: counterpart of the same body)."""

from __future__ import annotations

from marsad.api import analyze

TEXT = ("حذّر ستيفن اوبراين نائب الامين العام للامم المتحدة للشؤون الانسانية، اليوم، من النتائج المروعة للحرب في "
        "جنوب السودان على السكان. ويجول اوبراين في جنوب السودان لمدة اربعة أيام.")


def test_the_un_official_does_not_warn_the_un():
    doc = analyze(TEXT, published="2015-07-23")
    warning = [e for e in doc.events if e.cameo_code.startswith("13")]
    assert warning and all(e.target is None or e.target.actor_code != "IGOUNO" for e in warning)
