""""المنظمة الدولية" is the international body the article named last (a UN organ stands for the UN),
else the UN, but not the start of a longer name ("المنظمة العالمية لمناهضة التعذيب"); a dateline names a city
("عمان - بترا" is Amman, never Oman); and the names added from this session's articles link: the
occupation's government and police, the Palestinian Prisoners' Society, the Sudan Doctors Network, the
ICC as "محكمة الجنايات الدولية". Sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.api import analyze

DATE = "2025-11-16"


def _linked(text: str, surface: str) -> list[str | None]:
    return [m.kb_id for m in analyze(text, published=DATE).mentions if m.text == surface]


@pytest.mark.parametrize(("text", "body"), [
    ("وطالبت الوزارة الأمم المتحدة بتحمل مسؤولياتها. ودعت الوزارة المنظمة الدولية إلى اتخاذ إجراءات.", "org.un"),
    ("حذرت منظمة الصحة العالمية من انتشار الوباء. وقالت المنظمة الدولية إن الوضع خطير.", "org.who"),
    ("ودعت الوزارة المنظمة الدولية إلى التحرك فورا.", "org.un"),
    ("وطالب مجلس الأمن الدولي بوقف القتال. وقالت المنظمة الأممية إن الوضع خطير.", "org.un"),
], ids=["un-named-before", "who-named-before", "none-named", "un-organ"])
def test_the_international_organisation_refers_back(text: str, body: str) -> None:
    surface = "المنظمة الأممية" if "الأممية" in text else "المنظمة الدولية"
    assert _linked(text, surface) == [body]


def test_a_longer_name_is_not_the_un() -> None:
    text = "ووقعت على البيان منظمة العفو الدولية والمنظمة العالمية لمناهضة التعذيب."
    assert "org.un" not in [m.kb_id for m in analyze(text, published=DATE).mentions]
    text = "وقالت المنظمة الدولية للهجرة إن آلاف المهاجرين عبروا البحر."
    assert "org.un" not in [m.kb_id for m in analyze(text, published=DATE).mentions]


@pytest.mark.parametrize("text", ["عمان - بترا\nاستقبل الملك عبدالله الثاني اليوم وزير الخارجية المصري.",
                                  "عمان (بترا) - استقبل الملك عبدالله الثاني اليوم وزير الخارجية المصري."],
                         ids=["dash", "bracket"])
def test_a_dateline_names_the_city(text: str) -> None:
    assert _linked(text, "عمان") == ["gpe.amman"]


def test_oman_elsewhere_stays_the_country() -> None:
    assert _linked("وصل الوزير إلى عمان في زيارة رسمية للسلطنة.", "عمان") == ["gpe.OMN"]


@pytest.mark.parametrize(("text", "surface", "kb_id"), [
    ("وأدانت الخارجية قرار حكومة الاحتلال بناء وحدات استيطانية جديدة.", "حكومة الاحتلال", "org.israel-government"),
    ("واعتقلت شرطة الاحتلال شابين في القدس.", "شرطة الاحتلال", "org.israel-police"),
    ("وقال نادي الأسير إن عدد المعتقلين تجاوز 10 آلاف.", "نادي الأسير", "org.palestinian-prisoners-society"),
    ("وأفادت شبكة أطباء السودان بمقتل 40 مدنيا.", "شبكة أطباء السودان", "org.sudan-doctors-network"),
    ("وتعهد عباس بتقديم الملف إلى محكمة الجنايات الدولية.", "محكمة الجنايات الدولية", "org.icc"),
], ids=["occupation-government", "occupation-police", "prisoners-society", "doctors-network", "icc"])
def test_names_from_this_sessions_articles_link(text: str, surface: str, kb_id: str) -> None:
    assert _linked(text, surface) == [kb_id]
