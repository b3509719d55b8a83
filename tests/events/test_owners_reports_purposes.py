"""An owner after تابعة ل owns no act's pronoun; a violent act nobody reported did not happen; an arrest
written "لاعتقال" is what the raiding side did. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in analyze(text, published="2015-08-01").events]


def test_the_army_owning_the_vehicles_did_not_carry_out_the_attacks() -> None:
    events = _events("ويعد هذا أول هجوم للقاعدة تستخدم فيه مدرعات تابعة للجيش اليمني عملياتها الإرهابية.")
    assert not any(s == "YEMMIL" for _, s, _ in events), events


def test_clashes_nobody_reported_did_not_happen() -> None:
    events = _events("ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين ورجال الشرطة في اللاذقية.")
    assert not any(c[:2] in {"18", "19", "20"} for c, _, _ in events), events


def test_clashes_reported_did() -> None:
    events = _events("وتحدثت تقارير عن وقوع اشتباكات بين المعتصمين ورجال الشرطة في اللاذقية.")
    assert any(c[:2] == "19" for c, _, _ in events), events


def test_an_arrest_written_with_la_is_the_raiding_forces() -> None:
    events = _events("قالت مصادر فلسطينية إن القوات الإسرائيلية قتلت فلسطينيا بالرصاص أمس أثناء قيامها بدهم "
                     "لاعتقال ناشطين في الضفة الغربية.")
    assert any(c == "173" and s == "ISRMIL" for c, s, _ in events), events
    assert not any(c == "173" and s == "PSECOP" for c, s, _ in events), events
