"""Organisations outside the knowledge base, found by shape: an institution head noun and its
definite modifiers (اللجنة المشتركة للتعاون الاقتصادي، المجلس الأعلى للأمن القومي).

The head list is data (data/org_heads.tsv). A match needs at least one modifier, takes at most one
genitive (لل, or ل on a construct noun and its definite genitive) and only after an adjective, stops at
function and time words, and never overlaps a knowledge-base name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

from marsad.doc import Document, Mention, Token
from marsad.kb.loader import DATA, _tsv
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset

MAX_MODIFIERS = 4
_STOP = frozenset(normalize_form(w) for w in (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "الى", "إلى", "الا", "الآن", "اليوم", "الماضي", "الماضية",
    "المقبل", "المقبلة", "الحالي", "الحالية", "الجاري", "الجارية", "الأول", "الثاني", "الأسبوع", "العام",
    "الشهر", "السنة", "اللذان", "اللتان", "الثلاث", "الثلاثة", "الأربع", "الأربعة", "الخمس", "الخمسة",
    "الست", "الستة", "السبع", "السبعة", "الثماني", "الثمانية", "التسع", "التسعة", "العشر", "العشرة",
    "الأعضاء", "المعنية", "المعني", "المختصة", "المختص", "نفسه", "نفسها", "ذاته", "ذاتها",
    # participles that describe the body rather than name it ("اللجنة المركزية المكونة من 201 عضو")
    "المكونة", "المكون", "المؤلفة", "المؤلف", "المنعقدة", "المنعقد", "المنتهية",
    # days: "وقالت الرابطة الوطنية للوسطاء العقاريين الأربعاء إن …"
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
))
# adjectives that say what the body is now, not what it is called: a ل word after them is a purpose
# ("الحزب الحاكم لاستغلال العمليات"), not a construct genitive of the name
_DESCRIPTIVE = frozenset(normalize_form(w) for w in (
    "الحاكم", "الحاكمة", "الجديد", "الجديدة", "السابق", "السابقة", "المؤقت", "المؤقتة",
))


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    return frozenset(normalize_form(row["surface"]) for row in _tsv(DATA / "org_heads.tsv"))


def find_institutions(doc: Document, covered: set[int], nisbas: dict[int, Mention] | None = None) -> list[Mention]:
    """ORG mentions (kb_id None, origin "rule") over tokens not in `covered` (token indices). A nationality
    adjective right after the name (`nisbas`: token index -> its nisba mention) ends it and gives it its
    country ("اللجنة اليهودية الأميركية" is an American body, not a nameless one)."""
    forms = head_forms()
    tokens = doc.tokens
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        found = forms.get(tokens[i].norm) if i not in covered and tokens[i].kind == "word" else None
        # "للجنة" is ل + اللجنة or ل + لجنة, a construct noun with its genitive ("للجنة العلاقات الخارجية")
        construct = found is not None and found[0].endswith("ل") and found[1][2:].startswith("ل")
        last = _modifiers(tokens, i, covered, construct) if found is not None else i
        if found is None or last == i:
            i += 1
            continue
        first = tokens[i]
        prefix, head = found
        nisba = (nisbas or {}).get(last + 1)
        country = nisba.country_iso3 if nisba is not None and tokens[last + 1].sentence == first.sentence else None
        last += 1 if country else 0
        start = original_offset(first.text, first.start, len(prefix)) if prefix else first.start
        end = tokens[last].end
        key = " ".join(_bare(t.norm) for t in tokens[i + 1:last + 1])
        out.append(Mention(start, end, doc.text[start:end], "ORG", kind="name", origin="rule",
                           sentence=first.sentence, score=0.7, country_iso3=country,
                           entity_id=new_id(head + " " + key)))
        i = last + 1
    return out


def new_id(key: str) -> str:
    """A stable id for an organisation outside the knowledge base, from its folded words."""
    return "new:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _bare(norm: str) -> str:
    """A modifier without the article or the ل of a genitive (للتعاون → تعاون, الاقتصادي → اقتصادي)."""
    for pre in ("لل", "ال"):
        if norm.startswith(pre):
            return norm[len(pre):]
    return norm


_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


@lru_cache(maxsize=1)
def head_forms() -> dict[str, tuple[str, str]]:
    """Every written form of a head noun -> (proclitic prefix, head as listed): واللجنة، بالمجلس، للجنة.

    ل + ال is written لل (للمجلس); before a noun starting with ل the article merges too (للجنة).
    """
    out: dict[str, tuple[str, str]] = {}
    for head in org_heads():
        body = head[2:]
        for prefix in _PREFIXES:
            if prefix.endswith("ل"):
                merged = prefix + (body if body.startswith("ل") else "ل" + body)
                out.setdefault(merged, (prefix, head))
            else:
                out.setdefault(prefix + head, (prefix, head))
    return out


# Ordinals (a rank, "المركز الثالث") and nouns that follow a head as the verb's object ("وقصفت طائرات
# التحالف المواقع الحوثية"), never as its first adjective.
_NOT_ADJECTIVES = frozenset(normalize_form(w) for w in (
    "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخير",
    "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الأخيرة",
    "المواقع", "المناطق", "المنازل", "المباني", "الأهداف", "المدن", "القرى", "الأحياء", "المعسكرات",
))


def _agrees(head: str, word: str) -> bool:
    """Whether `word` may be the first adjective of the head noun `head` (both folded, with ال): in
    gender (a feminine head, ـة, takes ـة or an elative in ـا/ـى: "الهيئة العامة"، "المحكمة العليا"; a
    masculine one neither) and in number (no sound plural after a singular head)."""
    if word in _NOT_ADJECTIVES or word.endswith(("ين", "ون")) or (word.endswith("ات") and len(word) > 5):
        return False
    feminine = head.endswith("ه")
    return word.endswith(("ه", "ا", "ى")) if feminine else not word.endswith("ه")


def _modifiers(tokens: Sequence[Token], i: int, covered: set[int], construct: bool = False) -> int:
    """Index of the last modifier after the head at i (i itself when there is none); `construct`: the
    head may be a construct noun, whose first modifier is then its genitive, not an adjective."""
    last, genitive, j = i, False, i + 1
    while j < len(tokens) and j - i <= MAX_MODIFIERS and j not in covered:
        norm = tokens[j].norm
        if tokens[j].kind != "word" or norm in _STOP:
            break
        if norm.startswith("ال") and len(norm) > 3:
            if last == i and not construct and not _agrees(tokens[i].norm, norm):
                break  # "المركز الثالث"، "التحالف المواقع"، "الصندوق المتوفرة": no adjective of the head
            last = j
        elif norm.startswith("لل") and len(norm) > 3 and not genitive and last > i:
            # a genitive only after an adjective (الهيئة العامة للاستثمار): right after the head it is the
            # head's complement ("استعداد الجامعة للوساطة"، "دعوة الحكومة للحوار"), no name
            genitive, last = True, j
        elif (norm.startswith("ل") and len(norm) > 3 and not genitive and last > i and j + 1 < len(tokens)
              and tokens[last].norm not in _DESCRIPTIVE
              and j + 1 not in covered and tokens[j + 1].kind == "word" and tokens[j + 1].norm not in _STOP
              and tokens[j + 1].norm.startswith("ال") and len(tokens[j + 1].norm) > 3):
            # ل on a construct noun, its genitive definite (الهيئة الوطنية لحقوق الإنسان، الهيئة العليا
            # لمكافحة الفساد): the article sits on the second word, so both belong to the name
            genitive, last = True, j + 1
            j += 1
        else:
            break
        j += 1
    return last
