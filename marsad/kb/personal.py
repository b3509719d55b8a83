"""Country and place names that are a person's name here: "الطالبة لبنان أحمد", "السيدة أمل".

Some countries and many words are also given names (لبنان، أمل، نصر، سلام، عادل). The knowledge base
matches them as places; this rule takes a place reading back when the words around it say "person":
a word that introduces a person right before it (السيدة، الطالبة، المواطن، الفنانة …), or بن/بنت
right after it. The place mention becomes a PER mention of a new (unknown) person with a stable id.
"""

from __future__ import annotations

import hashlib

from marsad.doc import Document, Mention
from marsad.text.normalize import normalize_form

PERSON_CUES = frozenset(normalize_form(w) for w in (
    "السيد", "السيدة", "الآنسة", "المواطن", "المواطنة", "الطالب", "الطالبة", "الطفل", "الطفلة",
    "الشاب", "الشابة", "الفتاة", "الفنان", "الفنانة", "الممثل", "الممثلة", "المطرب", "المطربة",
    "الإعلامي", "الإعلامية", "الكاتب", "الكاتبة", "الشاعر", "الشاعرة", "الناشط", "الناشطة",
    "المحامي", "المحامية", "الدكتور", "الدكتورة", "د.", "زوجته", "ابنته", "شقيقته", "والدته", "ابنه",
    "شقيقه", "اللاعب", "اللاعبة", "المعلمة", "الممرضة", "الحاجة", "الحاج",
))
PATRONYMIC = frozenset(normalize_form(w) for w in ("بن", "بنت", "ابن", "ابنة"))


def people_named_like_places(doc: Document, placed: list[tuple[int, int, Mention]]) -> None:
    """Turn, in place, single-word GPE/LOC name mentions that a person cue frames into PER mentions."""
    tokens = doc.tokens
    for first, last, m in placed:
        if m.kind != "name" or m.type not in ("GPE", "LOC") or first != last:
            continue
        before = _bare(tokens[first - 1].norm) if first > 0 else ""
        after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
        if before in PERSON_CUES or after in PATRONYMIC:
            key = normalize_form(m.text)
            m.type, m.kb_id, m.candidates, m.country_iso3, m.role = "PER", None, [], None, None
            m.origin, m.score = "rule", 0.7
            m.entity_id = "new:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _bare(norm: str) -> str:
    """A cue word without a leading و/ف (والطالبة)."""
    return norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in PERSON_CUES else norm
