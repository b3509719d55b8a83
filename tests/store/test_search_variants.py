"""Search ignores spelling: each pair of queries below must find exactly the same articles.

The articles are written here; each holds one spelling of a word, and every query in a pair is another
spelling (hamza and alef forms, ى/ي, ة/ه, Persian letters, diacritics, tatweel, zero-width marks, digit
scripts, presentation forms, proclitics).
"""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.store import Store

ARTICLES = {
    "azer": "زار وفد من أذربيجان العاصمة طهران أمس وبحث التعاون.",
    "iran": "قال مسؤول في ایران إن المفاوضات مستمرة مع الوفد الأوروبي.",
    "cairo": "وصل الوزير إلى القاهرة قادما من عمّان في زيارة رسمية.",
    "un": "دعت الأمم المتحدة إلى وقف إطلاق النار في المدينة المحاصرة.",
    "kurd": "أعلنت حكومة إقليم کردستان نتائج الانتخابات المحلية أمس.",
    "hosp": "نقل المصابون إلى مستشفى الملك فهد في المنطقة الشرقية.",
    "mustafa": "استقبل مصطفى الكاظمي وفدا تجاريا في بغداد أمس.",
    "riyadh": "عقد المجلس اجتماعه في الـريـاض برئاسة الأمير.",
    "muhammad": "أكد مُحَمَّد بن سلمان أهمية الشراكة الاستراتيجية.",
    "year": "بلغ حجم التبادل التجاري ٢٠١٥ مليون ريال خلال العام.",
    "emirates": "أعلنت دولة الامارات عن مبادرة جديدة للطاقة النظيفة.",
    "israel": "ندد البيان بالاعتداءات التي نفذتها اسرائيل على القطاع.",
    "yemen": "وصلت المساعدات إلى ﺍﻟﻴﻤﻦ عبر ميناء عدن يوم الخميس.",
    "tehran": "أكد المتحدث باسم الخارجية في طه\u200cران أن الاتفاق قائم.",
    "president": "رحب بالرئيس الفرنسي في قصر الإليزيه خلال القمة.",
    "kingdom": "أشاد السفير بدور وللمملكة في دعم الاستقرار الإقليمي.",
    "abudhabi": "عقدت القمة في أبو ظبي بحضور عدد من القادة.",
    "kuwait": "استضافت الکویت اجتماعا لوزراء المالية الخليجيين.",
}

PAIRS = [
    ("اذربيجان", "أذربيجان", {"azer"}),  # hamza on alef
    ("آذربيجان", "إذربيجان", {"azer"}),  # madda / hamza below
    ("إيران", "ايران", {"iran"}),  # article has Persian yeh
    ("القاهرة", "القاهره", {"cairo"}),  # ta marbuta / ha
    ("الأمم المتحدة", "الامم المتحده", {"un"}),  # both at once, two words
    ("كردستان", "کردستان", {"kurd"}),  # Arabic / Persian kaf
    ("مستشفى", "مستشفي", {"hosp"}),  # alef maqsura / ya
    ("مصطفي", "مصطفى", {"mustafa"}),
    ("الرياض", "الـرياض", {"riyadh"}),  # tatweel in the article and in the query
    ("محمد", "مُحَمَّد", {"muhammad"}),  # diacritics
    ("2015", "٢٠١٥", {"year"}),  # Arabic-Indic digits
    ("۲۰۱۵", "2015", {"year"}),  # Persian digits
    ("الإمارات", "الامارات", {"emirates"}),
    ("إسرائيل", "اسرائيل", {"israel"}),
    ("اليمن", "ﺍﻟﻴﻤﻦ", {"yemen"}),  # presentation forms
    ("طهران", "طه\u200cران", {"tehran", "azer"}),  # zero-width non-joiner
    ("الرئيس", "رئيس", {"president"}),  # behind the proclitic ب
    ("المملكة", "مملكه", {"kingdom"}),  # behind و + ل, and ة/ه
    ('"أبو ظبي"', '"ابو ظبى"', {"abudhabi"}),  # a phrase
    ("الكويت", "الکویت", {"kuwait"}),  # Persian kaf and yeh, in the article and in a query
    ("ٱلكويت", "الكويت", {"kuwait"}),  # alef wasla
    ("عمان", "عمّان", {"cairo"}),  # shadda
]


@pytest.fixture(scope="module")
def corpus() -> tuple[Store, dict[str, str]]:
    store = Store.open(":memory:")
    ids = {}
    for key, text in ARTICLES.items():
        doc = analyze(text)
        store.add_document(doc)
        ids[store.conn.execute("SELECT doc_id FROM articles ORDER BY seq DESC LIMIT 1").fetchone()[0]] = key
    yield store, ids
    store.close()


def test_at_least_twenty_pairs() -> None:
    assert len(PAIRS) >= 20


@pytest.mark.parametrize(("query", "variant", "expected"), PAIRS)
def test_variants_find_the_same_articles(corpus: tuple[Store, dict[str, str]], query: str, variant: str,
                                         expected: set[str]) -> None:
    store, ids = corpus
    found = {ids[h.doc_id] for h in store.search(query, limit=50)}
    assert found == expected
    assert {ids[h.doc_id] for h in store.search(variant, limit=50)} == found
