"""An aid event's guessed other side is never an armed rebel side (coder: counterpart for 07x)."""

from __future__ import annotations

from marsad.api import analyze

TEXT = ("وفي ظل الأوضاع الصعبة التي تعيشها عدن جراء اعتداءات المتمردين الحوثيين، قصف الحوثيون أحياء في عدن. "
        "ووصلت أمس إلى مطار عدن الدولي الطائرة الإغاثية السعودية الرابعة، وهي تحمل عشرة أطنان من المواد الغذائية.")


def test_saudi_aid_goes_to_no_houthi_side():
    doc = analyze(TEXT, published="2015-08-01")
    aid = [e for e in doc.events if e.cameo_code.startswith("07")]
    assert aid and all(e.target is None or not (e.target.actor_code or "").endswith("REB") for e in aid)
