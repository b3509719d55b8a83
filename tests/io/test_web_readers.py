"""HTML pages and RSS/Atom feeds: main text and metadata kept, clear rejects without the optional libraries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from marsad.io import InputRecord, Rejected, iter_records
from marsad.io.web import html_to_text

BODY = ("التقى وزير الخارجية السعودي نظيره الأمريكي في الرياض أمس وبحث معه العلاقات الثنائية بين البلدين "
        "والتطورات في المنطقة.")
MORE = "وأكد الجانبان أهمية التعاون المشترك في مجالات الأمن والاقتصاد والطاقة."
PAGE = f"""<html><head><title>لقاء في الرياض</title><meta property="og:site_name" content="صحيفة">
<link rel="canonical" href="http://news.example/a/1"><meta name="date" content="2015-07-22"></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/n">أخبار</a></nav><article><h1>لقاء في الرياض</h1>
<p>{BODY}</p><p>{MORE}</p></article><footer>جميع الحقوق محفوظة ٢٠١٥</footer>
<script>var x = "لا تقرأ هذا";</script></body></html>"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>وكالة الأنباء</title>
<item><title>الخبر الأول</title><link>http://news.example/1</link><guid>n-1</guid>
<pubDate>Wed, 22 Jul 2015 10:00:00 +0300</pubDate><description>ملخص</description>
<content:encoded><![CDATA[<p>{BODY}</p><p>{MORE}</p>]]></content:encoded></item>
<item><title>بلا نص عربي</title><link>http://news.example/2</link><description>English only</description></item>
<item><title>الخبر الثالث</title><link>http://news.example/3</link><description>&lt;p&gt;{MORE}&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>قناة</title>
<entry><title>خبر</title><id>urn:x:1</id><updated>2015-08-01T08:00:00Z</updated>
<link href="http://news.example/atom/1"/><content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [record] = list(iter_records([tmp_path]))
    assert isinstance(record, InputRecord)
    assert BODY in record.text and MORE in record.text
    assert "الرئيسية" not in record.text and "لا تقرأ" not in record.text and "محفوظة" not in record.text
    assert (record.id, record.title, record.published) == ("page", "لقاء في الرياض", "2015-07-22")
    assert record.url == "http://news.example/a/1"


def test_rss_entries_become_records(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(iter_records([path]))
    good = [i for i in items if isinstance(i, InputRecord)]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert [r.id for r in good] == ["n-1", "http://news.example/3"]
    first = good[0]
    assert first.text == f"{BODY}\n{MORE}"  # the full content, not the summary
    assert (first.title, first.url, first.published, first.outlet) == (
        "الخبر الأول", "http://news.example/1", "2015-07-22", "وكالة الأنباء")
    assert good[1].text == MORE and good[1].published is None
    assert [(b.origin, b.reason[:4]) for b in bad] == [(f"{path}#1", "E104")]


def test_atom_feed(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    (tmp_path / "a.atom").write_text(ATOM, encoding="utf-8")
    [record] = list(iter_records([tmp_path]))
    assert (record.id, record.text, record.published, record.url) == (
        "urn:x:1", BODY, "2015-08-01", "http://news.example/atom/1")


def test_xml_that_is_not_a_feed_is_rejected(tmp_path: Path) -> None:
    pytest.importorskip("feedparser")
    (tmp_path / "x.xml").write_text("<root><a>نص</a></root>", encoding="utf-8")
    [item] = list(iter_records([tmp_path]))
    assert isinstance(item, Rejected) and item.reason.startswith("E101")


@pytest.mark.parametrize(("module", "name", "extra"), [("trafilatura", "p.html", "html"),
                                                       ("feedparser", "f.rss", "feeds")])
def test_missing_library_is_a_clear_reject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str,
                                           name: str, extra: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    (tmp_path / name).write_text(PAGE if extra == "html" else RSS, encoding="utf-8")
    [item] = list(iter_records([tmp_path]))
    assert isinstance(item, Rejected)
    assert item.reason.startswith("E101") and f"marsad[{extra}]" in item.reason


def test_html_to_text_keeps_paragraphs_drops_scripts() -> None:
    assert html_to_text("<p>أ  ب</p><script>x()</script><div>ج<br>د &amp; هـ</div>") == "أ ب\nج\nد & هـ"
