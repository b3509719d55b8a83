"""The SQLite corpus store: schema migrations, idempotent ingest, search and summary queries.

Only this package writes SQL. Typical use::

    from marsad.store import Store, ingest
    report = ingest([Path("articles/")], "corpus.db", analyze_fn=my_analyze)
    with Store.open("corpus.db") as store:
        print(store.summary())
"""

from marsad.store.db import Store
from marsad.store.ingest import Analysed, IngestReport, ingest
from marsad.store.queries import Hit, cameo_root_labels
from marsad.store.rows import content_hash

__all__ = ["Analysed", "Hit", "IngestReport", "Store", "cameo_root_labels", "content_hash", "ingest"]
