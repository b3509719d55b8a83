"""The SQLite corpus store: schema migrations, idempotent (optionally parallel) ingest, near-duplicate
groups and event clusters, spelling-blind search, analyst queries and exports.

Only this package writes SQL. Typical use::

    from marsad.store import Store, ingest
    report = ingest([Path("articles/")], "corpus.db", workers=2)
    with Store.open("corpus.db") as store:
        print(store.summary())
        print(store.dyad("SAU", "YEM"))
"""

from marsad.store.clusters import ClusterCounts
from marsad.store.db import Store
from marsad.store.ingest import Analysed, IngestReport, analyze_record, ingest
from marsad.store.queries import Hit, cameo_root_labels
from marsad.store.rows import DocRows, content_hash, document_rows

__all__ = ["Analysed", "ClusterCounts", "DocRows", "Hit", "IngestReport", "Store", "analyze_record",
           "cameo_root_labels", "content_hash", "document_rows", "ingest"]
