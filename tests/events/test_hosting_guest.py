""""تطلعه إلى استقبال الرئيس السيسي في زيارته المقبلة": the genitive of a hosting noun followed by a
preposition is the guest, who hosts nobody; "وكان في استقبال X لدى وصوله إلى بكين Y": Y, past the place,
hosts X. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code)
            for e in analyze(text, published="2015-08-09").events]


def test_the_guest_of_an_awaited_hosting_hosts_nobody() -> None:
    text = ("وقال المتحدث إن المبعوث نقل للرئيس السيسي تحيات نظيره الصيني، وتطلعه إلى استقبال الرئيس السيسي "
            "في زيارته المقبلة إلى الصين.")
    events = _events(text)
    assert not any(code == "043" and source == "EGYGOV" for code, source, _ in events)
    assert ("042", "EGYGOV", "CHN") in events


def test_the_host_named_after_the_place_of_arrival() -> None:
    assert ("043", "CHNGOV", "EGYGOV") in _events("وكان في استقبال الرئيس السيسي لدى وصوله إلى بكين الرئيس الصيني.")
