"""Driving an armed side out of a place is a military act against it; sending a player off, a dismissal
from work or a plan to drive someone out is none. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _force(text: str) -> list:
    return [e for e in analyze(text, published="2015-08-09").events if e.cameo_code.startswith("19")]


def test_the_resistance_driving_the_houthis_out_attacks_them() -> None:
    attacks = _force("بعد أن طردت قوات المقاومة الشعبية والتحالف العربي أنصار الحوثي وصالح من مدينة الضالع.")
    assert attacks and attacks[0].target is not None and attacks[0].target.actor_code == "YEMREB", attacks


def test_managing_to_drive_rebels_out_is_told() -> None:
    assert _force("وكانت قوات المقاومة الشعبية الجنوبية قد تمكنت من طرد المتمردين من كامل مديرية التواهي في عدن.")


def test_a_referee_sending_a_player_off_is_no_attack() -> None:
    assert not _force("ورفض مورينيو الحديث عن قرار الحكم بطرد الحارس كورتوا في مباراة الفريق أمام سوانزي سيتي.")


def test_a_plan_to_drive_militias_out_is_no_attack_by_them() -> None:
    attacks = _force("وذلك وفقا لخطة عسكرية تقضي بوصول قوات المقاومة إلى مدينتي تعز ومأرب، بعد طرد الميليشيات المتمردة "
                     "منهما.")
    assert all(e.source is None or e.source.actor_code != "YEMREB" or e.trigger.text != "طرد" for e in attacks), attacks
