"""Saudi regional governors, a minister and bodies that Saudi news names daily link to the knowledge base;
a short name alone links only when the person is named in full in the article. Sentences written for these
tests."""

from __future__ import annotations

from marsad.api import analyze


def _linked(text: str) -> set[str]:
    return {e.kb_id for e in analyze(text, published="2015-08-01").entities if e.kb_id}


def test_a_regional_governor_named_with_his_title_links() -> None:
    text = "استقبل الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير وفدا من رجال الأعمال."
    assert "per.faisal-bin-khalid-bin-abdulaziz" in _linked(text)


def test_a_governor_meeting_an_ambassador_is_the_saudi_government() -> None:
    doc = analyze("واستقبل أمير منطقة تبوك الأمير فهد بن سلطان سفير اليابان لدى المملكة.", published="2015-08-01")
    assert any(e.source is not None and e.source.actor_code == "SAUGOV" for e in doc.events)


def test_a_short_princely_name_alone_stays_unlinked() -> None:
    assert "per.faisal-bin-khalid-bin-abdulaziz" not in _linked("وقال فيصل بن خالد إن الموسم كان ناجحا.")


def test_the_education_minister_and_a_border_town() -> None:
    linked = _linked("وزار وزير التعليم عزام الدخيل مدارس محافظة ظهران الجنوب.")
    assert {"per.azzam-al-dakhil", "gpe.dhahran-al-janub"} <= linked


def test_mashhad_as_a_scene_is_no_city() -> None:
    assert "gpe.mashhad" not in _linked("وفي مشهد مؤثر بكى الحاضرون في الحفل.")
