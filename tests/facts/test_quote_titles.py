"""A short span in quotation marks after a title head is a programme's, a campaign's or a book's name."""

from __future__ import annotations

import pytest

from marsad.api import analyze


@pytest.mark.parametrize("text", [
    "شارك بنك الجزيرة في رعاية برنامج «تكامل للمعونة القضائية» بالتعاون مع مركز القانون السعودي للتدريب.",
    "مع إدخال خدمة «إنجاز التحويلات المالية» وتقديم العديد من العروض الخاصة.",
    "وأصدر المؤلف كتابه «الصراع من أجل مستقبل العراق» في لندن.",
])
def test_titles_are_no_quotes(text):
    assert analyze(text).quotes == []


def test_a_long_slogan_is_still_quoted():
    doc = analyze("وأطلقت الوزارة حملة «لن نتراجع أبدا عن حماية الوطن من الإرهاب مهما كلفنا الأمر من تضحيات».")
    assert [q.text for q in doc.quotes] == ["لن نتراجع أبدا عن حماية الوطن من الإرهاب مهما كلفنا الأمر من تضحيات"]


def test_speech_after_a_colon_is_still_quoted():
    doc = analyze("وقال الوزير: «إن المملكة ماضية في خططها لتنويع الاقتصاد».")
    assert doc.quotes and doc.quotes[0].text.startswith("إن المملكة")
