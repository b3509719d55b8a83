"""Near-duplicate groups and event clusters: what counts as the same article and the same event."""

from __future__ import annotations

from store_docs import TEXT, build_doc

from marsad.doc import Document
from marsad.store import Store

LONG = ("أعلنت وزارة الصحة تسجيل حالات جديدة من الإصابة بالفيروس في عدد من المناطق ودعت المواطنين إلى "
        "اتباع الإرشادات الوقائية ومراجعة المراكز الصحية عند ظهور الأعراض وأكدت جاهزية المستشفيات")
UNRELATED = ("فاز المنتخب الوطني لكرة القدم على نظيره في المباراة الودية التي أقيمت مساء أمس على الملعب "
             "الدولي بهدفين نظيفين سجلهما لاعبا الوسط في الشوط الثاني من اللقاء أمام جمهور غفير")


def report(text: str, outlet: str, day: str, code: str = "040") -> Document:
    doc = build_doc(text)
    doc.outlet = outlet
    doc.events[0].date = day
    doc.events[0].cameo_code, doc.events[0].cameo_root = code, code[:2]
    return doc


def test_near_duplicates_are_grouped_and_others_are_not(fresh_store: Store) -> None:
    fresh_store.add_document(Document(text=LONG, published="2021-03-05", outlet="spa"))
    fresh_store.add_document(Document(text="الرياض - واس: " + LONG + " كافة.", published="2021-03-04", outlet="okaz"))
    fresh_store.add_document(Document(text=UNRELATED, outlet="sabq"))
    counts = fresh_store.refresh_clusters()
    assert (counts.duplicate_groups, counts.duplicate_articles) == (1, 2)
    [group] = fresh_store.duplicates()
    assert group["size"] == 2
    # The earliest published article represents the group.
    assert group["articles"][0]["outlet"] == "okaz" and group["articles"][0]["similarity"] == 1.0
    assert 0.7 <= group["articles"][1]["similarity"] < 1.0


def test_same_event_within_a_day_is_one_cluster(fresh_store: Store) -> None:
    fresh_store.add_document(report(TEXT, "irna", "2021-03-03"))
    fresh_store.add_document(report(TEXT + " مجددا", "trend", "2021-03-04"))
    fresh_store.add_document(report(TEXT + " مرة أخرى", "trend", "2021-03-03"))
    fresh_store.add_document(report(TEXT + " ثالثا", "apa", "2021-03-10"))  # a week later: another meeting
    fresh_store.add_document(report(TEXT + " رابعا", "apa", "2021-03-03", code="190"))  # another code
    counts = fresh_store.refresh_clusters()
    assert (counts.events, counts.event_clusters, counts.multi_report_clusters) == (5, 3, 1)
    rows = fresh_store.conn.execute("SELECT cameo_code, first_day, last_day, n_events, n_reports, n_sources "
                                    "FROM event_clusters ORDER BY cluster_id").fetchall()
    assert rows == [("040", "2021-03-03", "2021-03-04", 3, 3, 2), ("190", "2021-03-03", "2021-03-03", 1, 1, 1),
                    ("040", "2021-03-10", "2021-03-10", 1, 1, 1)]
    clustered = fresh_store.events(clustered=True)
    assert sorted(e["n_reports"] for e in clustered) == [1, 1, 3]
    assert fresh_store.count("event_cluster_members") == 5


def test_refresh_is_repeatable(fresh_store: Store) -> None:
    fresh_store.add_document(report(TEXT, "irna", "2021-03-03"))
    fresh_store.add_document(report(TEXT + " مجددا", "trend", "2021-03-03"))
    first = fresh_store.refresh_clusters()
    snapshot = fresh_store.conn.execute("SELECT * FROM event_clusters").fetchall()
    assert fresh_store.refresh_clusters() == first
    assert fresh_store.conn.execute("SELECT * FROM event_clusters").fetchall() == snapshot
