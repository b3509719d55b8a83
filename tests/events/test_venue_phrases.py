"""A building written with ب ("بالديوان الأميري"، "بقصر الاتحادية") says where a meeting is held: its ب is no
cue to the target, and neither the building nor its town is whom the host received. A body named by such a
word ("بمكتب الأمم المتحدة") is still what is praised. Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze

DATE = "2025-02-03"


def _sides(text: str, code: str) -> tuple[str | None, str | None]:
    doc = analyze(text, published=DATE)
    found = [e for e in doc.events if e.cameo_code == code]
    assert found, [(e.cameo_code, e.trigger.text) for e in doc.events]
    return tuple(a.entity_id if a is not None else None for a in (found[0].source, found[0].target))


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر بالديوان الأميري صباح اليوم الاثنين "
     "وزير الخارجية الأمريكي ماركو روبيو والوفد المرافق له.", "per.tamim-bin-hamad", "per.marco-rubio"),
    ("استقبل الرئيس عبد الفتاح السيسي بقصر الاتحادية اليوم رئيس الوزراء الفلسطيني محمد مصطفى.",
     "per.abdel-fattah-el-sisi", "per.mohammad-mustafa"),
    ("استقبل الملك سلمان بن عبدالعزيز بقصر السلام بجدة اليوم رئيس الوزراء الباكستاني شهباز شريف.",
     "per.king-salman", "per.shehbaz-sharif"),
], ids=["diwan-and-time", "palace", "palace-and-its-town"])
def test_the_host_receives_the_guest_not_the_building(text: str, host: str, guest: str) -> None:
    assert _sides(text, "043") == (host, guest)


def test_a_body_named_by_a_building_word_is_still_the_target() -> None:
    source, target = _sides("أشاد وزير الخارجية السعودي بمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية.", "051")
    assert source == "per.faisal-bin-farhan" and target is not None and target != "gpe.geneva"
