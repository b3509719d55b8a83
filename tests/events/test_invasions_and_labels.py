"""An invasion told by its verb; a state labelled as part of the axis of evil or a rogue state is
criticised. Sentences written for the test."""

from __future__ import annotations


def test_invasion_verb(event_sides):
    assert event_sides("وغزت الولايات المتحدة العراق عام 2003.") == [("192", "gpe.USA", "gpe.IRQ")]


def test_ranking_and_storms_are_no_occupation(event_sides):
    assert event_sides("واحتل المنتخب السعودي المركز الأول في البطولة الآسيوية.") == []
    assert event_sides("واجتاحت العاصفة ولاية فلوريدا الأمريكية.") == []
    assert event_sides("وغزت السلع المقلدة أسواق المملكة.") == []


def test_labels_of_rogue_states(event_sides):
    sides = event_sides("ووصفت الولايات المتحدة إيران بأنها جزء من محور الشر.")
    assert sides == [("111", "gpe.USA", "gpe.IRN")]
    assert event_sides("ووصف المرشد الإيراني علي خامنئي أمريكا بأنها الشيطان الأكبر.")[0][2] == "gpe.USA"
