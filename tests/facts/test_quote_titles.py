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


@pytest.mark.parametrize("text", [
    "وصلت الحملة الوطنية السعودية للمحطة السادسة من البرنامج الغذائي «شقيقي قوتك هنيئاً» في مخيمات الداخل.",
    "وبدأت احتفالات الأمانة بفعالية «عيد الرياض - عيدين» في الحدائق العامة.",
])
def test_a_title_heads_adjective_or_an_event_name_is_still_a_title(text):
    assert analyze(text).quotes == []


def test_names_in_quotation_marks_after_li_and_wa_are_names_and_the_report_still_speaks():
    doc = analyze("قال تقرير ل«بيرو فان دايك» و«مينا ريسيرتش بارتنرز» عن أنشطة الاندماج إن السوق تراجعت.")
    assert [(q.text, q.direct) for q in doc.quotes] == [("السوق تراجعت", False)]


def test_speech_joined_by_wa_stays_speech():
    doc = analyze("وقال الوزير: «نحن ندعم الحوار» و«نرفض أي تدخل خارجي في شؤوننا».")
    assert [q.text for q in doc.quotes] == ["نحن ندعم الحوار", "نرفض أي تدخل خارجي في شؤوننا"]


def test_speech_after_a_genitive_of_a_title_head_stays_speech():
    doc = analyze("وقال ليندجرين في مؤتمر صحفي قبيل عملية الاطلاق «نحن واثقون في الصاروخ».")
    assert [q.text for q in doc.quotes] == ["نحن واثقون في الصاروخ"]
