"""The outlet's country for bare national bodies and "المملكة" (marsad/kb/outlets.py and its users)."""

from __future__ import annotations

import json

import pytest

from marsad.api import analyze
from marsad.events.actors import home_country, salience
from marsad.kb.outlets import outlet_country


@pytest.mark.parametrize(("outlet", "url", "country"), [
    ("okaz", None, "SAU"),
    ("Okaz", None, "SAU"),
    ("alwatan", "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=1", "SAU"),  # by the .sa ending
    (None, "https://www.youm7.com/story/2015/8/1/1", "EGY"),                               # by the domain
    ("al-jazirah.com", None, "SAU"),
    ("3alyoum", None, "SAU"),             # Ain Alyoum, SaudiNewsNet's name for it
    (None, "http://sana.sy/?p=1", "SYR"),
    ("alwatan", None, None),              # Saudi, Omani, Qatari and Syrian papers share the name
    ("aawsat", "https://aawsat.com/node/1", None),  # pan-Arab: no country of its own
    (None, None, None),
    ("", "not a url", None),
])
def test_outlet_country(outlet, url, country):
    assert outlet_country(outlet, url) == country


LOCAL = "أعلنت وزارة العمل أمس تعليق نشاط شركة استقدام، وقال الدفاع المدني إن فرقه جاهزة في جميع مناطق المملكة."


def _countries(doc, text):
    return {e.country_iso3 for e in doc.entities if any(m.text == text for m in e.mentions)}


def test_a_saudi_papers_bare_ministry_is_saudi():
    doc = analyze(LOCAL, published="2015-08-09", outlet="okaz")
    assert _countries(doc, "وزارة العمل") == {"SAU"}
    assert _countries(doc, "الدفاع المدني") == {"SAU"}
    assert _countries(doc, "المملكة") == {"SAU"}
    labour = next(e for e in doc.entities if e.canonical_en and "Labour" in e.canonical_en)
    assert labour.actor_code == "SAUGOV"


def test_without_an_outlet_the_bare_ministry_has_no_country():
    doc = analyze(LOCAL, published="2015-08-09")
    assert _countries(doc, "وزارة العمل") == {None}
    assert not _countries(doc, "المملكة")


def test_an_egyptian_outlet_reads_no_kingdom():
    doc = analyze(LOCAL, published="2015-08-09", url="https://www.youm7.com/story/1")
    assert _countries(doc, "وزارة العمل") == {"EGY"}
    assert not _countries(doc, "المملكة")  # Egypt is no kingdom: the word stays unread


def test_the_articles_own_country_outranks_the_outlets():
    text = "قال وزير الداخلية المصري إن وزارة الداخلية المصرية ألقت القبض على خلية في القاهرة، وأكدت وزارة الداخلية أن التحقيق جار."
    doc = analyze(text, published="2015-08-09", outlet="okaz")
    assert _countries(doc, "وزارة الداخلية") == {"EGY"}


PALESTINE = ("دانت المملكة بأشد العبارات، الجريمة التي نفذها مستوطنون إسرائيليون في قرية دوما بمدينة نابلس. وعبر وزير "
             "الخارجية عادل الجبير عن استنكار المملكة الشديد لهذا العمل ضد الفلسطينيين. وأفادت السلطة الفلسطينية أنها "
             "ستقدم ملف الجريمة إلى المحكمة الجنائية الدولية، ودعت حماس إلى «يوم غضب» في الضفة الغربية.")


def test_a_kingdom_read_from_the_outlet_is_no_dateline_and_no_weight():
    doc = analyze(PALESTINE, published="2015-08-01", outlet="okaz")
    assert _countries(doc, "المملكة") == {"SAU"}
    assert home_country(doc) == "PSE"  # "دانت المملكة بأشد العبارات،" opens no dateline
    assert salience(doc)["gpe.SAU"] == 0  # the bare word only echoes the state


def test_an_ingested_records_outlet_reaches_the_analysis(tmp_path):
    from marsad.io import iter_records
    from marsad.store.ingest import analyze_record

    batch = tmp_path / "batch.jsonl"
    record = {"id": "a1", "text": LOCAL, "source": "okaz", "published": "2015-08-09"}
    batch.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [record] = list(iter_records([batch]))
    doc = analyze_record(record)
    assert _countries(doc, "وزارة العمل") == {"SAU"}


def test_a_given_name_that_is_a_weak_alias_names_no_country():
    """"مبارك" alone is Hosni Mubarak's weak alias; before a family name it is a Saudi spokesman's given name
    and must not make the article Egyptian (his bare ministry had become Egypt's)."""
    text = "دعا مبارك العصيمي المتحدث الرسمي لوزارة التعليم المرشحين للوظائف إلى إجراء الفحص في المستشفيات الحكومية. مبارك العصيمي"
    doc = analyze(text, published="2015-08-09", outlet="okaz")
    assert _countries(doc, "وزارة التعليم") == {"SAU"}
