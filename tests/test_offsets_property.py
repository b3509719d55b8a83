"""Offsets are sacred: every span of every stage points at exactly its text, whatever the input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.api import analyze

WORDS = [
    "الرئيس", "الإيراني", "إيران", "ايران", "أذربيجان", "آذربيجان", "طهران", "باكو", "روحاني", "علییف",
    "إلهام", "علييف", "والتقى", "نظيره", "الاذربيجاني", "وقال", "إن", "70", "٧٠", "۷۰", "بالمائة",
    "اليوم", "الخميس", "أمس", "مليار", "دولار", "الثامنة", "عشرة", "مع", "في", "Baku", "NATO",
    "«", "»", ":", "،", ".", "؟", "\n", "للعراق", "وبإيران", "الأمم", "المتحدة", "غوتيريش",
]
DECOR = ["", "\u064e", "\u0651", "\u0640", "\u200c", "\u200f", "\u064b"]

word = st.builds(lambda w, d, i: w[:i] + d + w[i:] if w else d,
                 st.sampled_from(WORDS), st.sampled_from(DECOR), st.integers(0, 6))
article = st.lists(word, min_size=3, max_size=60).map(lambda ws: "الرئيس " + " ".join(ws))


def _spans(data: dict):
    for key in ("sentences", "quantities", "times", "quotes", "mentions"):
        yield from data.get(key, [])
    for ent in data["entities"]:
        yield from ent["mentions"]
    for ev in data["events"]:
        yield ev["trigger"]
        yield from ev.get("evidence", [])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article, st.sampled_from([None, "2019-10-24", "2025-03-01"]))
def test_every_span_points_at_its_text(text: str, published: str | None):
    doc = analyze(text, published=published)
    data = doc.to_dict()
    for span in _spans(data):
        assert doc.text[span["start"]:span["end"]] == span["text"], span
    for tok in doc.tokens:
        assert doc.text[tok.start:tok.end] == tok.text
        assert tok.start <= tok.stem_start <= tok.stem_end <= tok.end
