"""In a sports report the forwards (المهاجمين) are no armed side that would keep an event; a detention
centre is a place, no arrest. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_contracts_with_forwards_in_a_sports_report_are_no_event() -> None:
    doc = analyze("بيد ان التعاقدات التي ابرمتها الادارة بناء على طلب المدرب مع المهاجمين الصربي دراغان سيران والسعودي "
                  "جاسم الحمدان قد تعوض رحيل أربعة لاعبين عن الفريق.", published="2015-08-09")
    assert not doc.events, doc.events


def test_a_detention_centre_is_no_arrest() -> None:
    doc = analyze("ويعيش نحو 900 من طالبي اللجوء حاليا في مركز احتجاز تديره أستراليا في جزيرة مانوس التابعة لبابوا "
                  "غينيا الجديدة.", published="2015-08-09")
    assert not [e for e in doc.events if e.cameo_code.startswith("17")], doc.events
