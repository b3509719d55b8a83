"""The predicate lexicon: YAML entries compiled into a matcher over a sentence's tokens.

Entries are data (`lexicon/*.yaml`, columns in the README). Each entry is one predicate sense with a
CAMEO code, its word forms grouped by how they take arguments (verbs, verbal nouns, participles,
adjectives) and multiword patterns. Matching runs on folded forms and accepts the clitics that Arabic
writes onto a word (و ف ب ل س before, pronouns after), so one form covers والتقى and لقائه.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.doc import Token
from marsad.events.cameo import load_table
from marsad.events.cues import load_cues
from marsad.text.normalize import normalize_form
from marsad.text.tokens import clitic_variants, original_offset
from marsad.yamlio import load_yaml

log = logging.getLogger(__name__)

LEXICON_DIR = Path(__file__).with_name("lexicon")
KINDS = {"verbs": "verb", "nouns": "noun", "participles": "participle", "adjectives": "adjective"}
ENTRY_KEYS = {"id", "code", "confidence", "patterns", "object", "symmetric", "visit", "cues",
              "default_source", "default_target", "received", "patient", "subject_suffers", "needs_target", "blocks",
              "long_gap", *KINDS}
AGENT_TYPES = {"GOV", "MIL", "COP", "CVL", "OPP", "REB", "UAF", "JUD"}  # UAF: unidentified armed force
GAP = "~"
MAX_GAP = 8  # room for a title and a name: "أجرى وزير الخارجية الإيراني عباس عراقجي مساء اليوم اتصالا"
# After a protocol opener (صاحب السمو، فخامة، خادم الحرمين) the subject's honorifics, names and offices run
# longer: "وقع صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء، اليوم
# الثلاثاء، اتفاقية" has 18 tokens in its gap.
PROTOCOL_GAP = 20
# A threat's gap may hold a long subject and where the threat was made ("هددت جماعة ولاية سيناء التابعة
# لتنظيم داعش في مصر في فيديو بث على الإنترنت أمس بقتل رهينة" has 13 words in it): the words after it
# (بقتل، بشن هجوم) are rare enough that a longer gap reads no other clause's complement.
LONG_GAP = 20
_OFFICE_BEFORE = 5  # words of an office that may come before the protocol opener
_BLOCK_WEIGHT = 100  # a blocking phrase outweighs any predicate pattern sharing its words
# A gap may hold a subject and an object, never the end of a clause or a quotation.
_PREPOSITIONS = set("بلك")  # proclitic prepositions: a word carrying one is no verb's object
# Function words whose first letter is a root letter, not the preposition a pattern's bare "ب" or "ل"
# stands for: "النفايات تهدد المطار، مع تجميع كميات منها بجوار …" names no threat.
_LETTER_NOT_PROCLITIC = frozenset(normalize_form(w) for w in (
    "بعد", "بعدما", "بين", "بينما", "بسبب", "بشأن", "بحسب", "بجوار", "بدون", "بفعل", "بلا", "بعض", "بات",
    "باتت", "بيد", "بينهم", "بينها", "بينه", "لكن", "لكنه", "لكنها", "لدى", "لقد", "لذلك", "ليس", "ليست"))
_QUOTE_OPEN = {"«", '"', "“"}
_GAP_COMMAS = {"،", ","}
# Day words of a dating aside ("دعا غوتيريش، الجمعة، الأطراف …"، "مساء اليوم"): like the commas around
# them they take no room in a gap, which must still hold the subject and the object.
TIME_WORDS = frozenset(normalize_form(w) for w in (
    "اليوم", "أمس", "غدا", "الليلة", "صباح", "مساء", "ظهر", "فجر", "يوم", "الأحد", "الاثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "الجاري", "المقبل"))
_GAP_STOP = {".", ":", "؛", "«", "»", '"', "“", "”", "؟", "!", "?"}
# Pronoun suffixes a predicate may carry; first-person ي and second-person ك are left out because
# they mostly turn nisba adjectives (اجتماعي) into false verbal nouns.
_ENCLITIC_OK = {"", "ه", "ها", "هما", "هم", "هن", "نا"}
_READINGS_CACHE = 200_000
# Folded forms that are a predicate only when written with their hamza: هنأ folds to هنا, "here".
_HAMZA_ONLY = frozenset({"هنا"})
# Intent and threat nouns in the accusative mostly say why or what a thing is ("استعدادا للموسم"، "حرصا من
# الشركة"، "قد يشكل تهديدا للسعودية"), not what an actor did.
_PURPOSE_ROOTS = ("03", "13")
_PROTOCOL_OPENERS = load_cues().protocol_openers


@dataclass(frozen=True, slots=True)
class Entry:
    """One predicate sense of the lexicon."""

    id: str
    code: str
    confidence: float = 0.7
    object: bool = False
    symmetric: bool = False
    visit: bool = False
    cues: tuple[str, ...] = ()
    default_source: str | None = None  # agent type of the unnamed doer (arrests: COP, protests: CVL)
    default_target: str | None = None  # agent type of the unnamed addressee (protests: GOV)
    received: bool = False  # the subject receives (تلقى اتصالا من X): X is the source
    patient: bool = False  # a verbal noun's genitive is who it happens to (مقتل X، اغتيال X): the target
    subject_suffers: bool = False  # the verb's subject is who it happens to (لقي X مصرعه): the target
    needs_target: bool = False  # coded only with a stated target ("تضامن مصر مع أشقائها العرب" is no event)
    long_gap: bool = False  # a gap may run to LONG_GAP words: the words after it are the threat's own
    blocks: bool = False  # no predicate: its words are a fixed phrase that no other pattern may read


@dataclass(frozen=True, slots=True)
class Pattern:
    entry: Entry
    kind: str
    words: tuple[str, ...]  # folded words; GAP for a gap; a single letter = a token with that proclitic
    context: int = 0  # trailing words that must follow but are not the trigger: "تدريب (القوات)"

    @property
    def weight(self) -> tuple[int, int]:
        """Longer, more specific patterns win over the single words they contain."""
        solid = [w for w in self.words if w != GAP]
        bonus = _BLOCK_WEIGHT if self.entry.blocks else 0  # "قطع دابر" beats "قطع ~ الطريق"
        return len(solid) + bonus, sum(len(w) for w in solid)


@dataclass(slots=True)
class Trigger:
    """A lexicon match in one sentence: token positions are indices into that sentence's tokens."""

    entry: Entry
    kind: str
    head: int
    last: int
    start: int
    end: int
    words: list[int] = field(default_factory=list)  # positions of the matched (non-gap) words
    future_clitic: bool = False
    enclitic: str = ""  # pronoun suffix on the head word (لقائه): it fills a verbal noun's agent slot
    weight: tuple[int, int] = (1, 0)
    definite: bool = False  # the head carries the article (اللقاء): told before, never new inside a gap


class Lexicon:
    """All entries of a lexicon directory, indexed by the folded form of a pattern's first word."""

    def __init__(self, entries: list[tuple[Entry, list[Pattern]]]) -> None:
        self.entries = [e for e, _ in entries if not e.blocks]  # predicate senses; fixed phrases only index
        self.index: dict[str, list[Pattern]] = {}
        self._cache: dict[str, tuple[tuple[str, str, str, list[Pattern]], ...]] = {}
        for _, patterns in entries:
            for pattern in patterns:
                self.index.setdefault(pattern.words[0], []).append(pattern)

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> Lexicon:
        return _load_cached(Path(directory))

    def match(self, tokens: list[Token], adjectives: frozenset[str] = frozenset()) -> list[Trigger]:
        """Every lexicon match in `tokens` (one sentence), overlaps resolved longest-first. `adjectives`
        (folded): a word with a pronoun suffix followed by one of these is a verbal noun, not a verb
        ("ورفضها القاطع" is "its firm rejection", not "he rejected it")."""
        found: list[Trigger] = []
        for i, tok in enumerate(tokens):
            if tok.kind != "word":
                continue
            readings = self._readings(tok.norm)
            if not readings:
                continue
            taa = _ends_in_taa(tok.text)
            for key, prefix, suffix, patterns in readings:
                if taa and suffix == "ه":
                    continue  # the ه is a folded ة: وزارة is not و + زار + ه
                if key in _HAMZA_ONLY and "أ" not in tok.text:
                    continue  # "وهنا لا بد": هنا (here) is هنأ (congratulated) only written with its hamza
                for pattern in patterns:
                    if pattern.kind != "noun" and _article_only(tok.norm, prefix, key):
                        continue  # المهددة، البحث: with the article it is a noun, not a verb
                    if pattern.kind == "verb" and ("ب" in prefix or "ك" in prefix):
                        continue  # بقصف: a preposition is never written onto a verb
                    if pattern.kind == "verb" and prefix.endswith("ل") and not key.startswith(("ي", "ت", "ن", "ا")):
                        continue  # "لقصف"، "لقتل": ل before a past form is the verbal noun's (ليقصف is the verb)
                    if pattern.kind == "verb" and suffix and i + 1 < len(tokens) and tokens[i + 1].norm in adjectives:
                        continue
                    if pattern.kind == "verb" and not prefix and not key.startswith(("ي", "ت", "ن", "ا")) and \
                            _after_that(tokens, i):
                        continue  # "اقتناع بأن قتل الشيعة … من شأنه": أنّ takes a noun; a past verb follows only أنْ
                    trig = _match_at(pattern, tokens, i, prefix)
                    if trig is not None:
                        trig.enclitic = suffix
                        found.append(trig)
        return [t for t in _resolve_overlaps(found) if not t.entry.blocks]

    def reads_as_noun(self, norm: str) -> bool:
        """Whether some reading of a folded word is a verbal noun of the lexicon (قصف is both; سيطر and
        اتهم are verbs only)."""
        return any(p.kind == "noun" for _, _, _, patterns in self._readings(norm) for p in patterns)

    def _readings(self, norm: str) -> tuple[tuple[str, str, str, list[Pattern]], ...]:
        """The readings of a folded word that start some pattern, memoised per lexicon: most words
        start none, and the coder sees the same words again and again."""
        cached = self._cache.get(norm)
        if cached is None:
            cached = tuple((key, prefix, suffix, self.index[key]) for key, prefix, suffix in _keys(norm)
                           if key in self.index)
            if norm.endswith("ا") and len(norm) > 4:  # "أعلنت أمريكا حصارا على": a noun in the accusative
                cached += tuple((key, prefix, "", nouns) for key, prefix, suffix in _keys(norm[:-1])
                                if not suffix and not key.startswith("ال") and key in self.index
                                and (nouns := [p for p in self.index[key] if p.kind == "noun" and len(p.words) == 1
                                               and not p.entry.code.startswith(_PURPOSE_ROOTS)]))
            if len(self._cache) < _READINGS_CACHE:
                self._cache[norm] = cached
        return cached


@lru_cache(maxsize=8)
def _load_cached(directory: Path) -> Lexicon:
    table = load_table()
    compiled: list[tuple[Entry, list[Pattern]]] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        for raw in load_yaml(path.read_text(encoding="utf-8")) or []:
            entry, patterns = _compile_entry(raw, path)
            if entry.id in seen:
                raise ValueError(f"{path}: lexicon entry id {entry.id!r} is defined twice")
            if entry.blocks != (not entry.code):
                raise ValueError(f"{path}: entry {entry.id!r}: a blocking phrase has no code, a predicate one")
            if not entry.blocks and entry.code not in table and entry.code[:2] not in table:
                raise ValueError(f"{path}: entry {entry.id!r}: CAMEO code {entry.code} not in the table")
            seen.add(entry.id)
            compiled.append((entry, patterns))
    log.debug("loaded %d lexicon entries from %s", len(compiled), directory)
    return Lexicon(compiled)


def _compile_entry(raw: dict, path: Path) -> tuple[Entry, list[Pattern]]:
    """Check one YAML record and turn its forms and patterns into folded `Pattern`s."""
    unknown = set(raw) - ENTRY_KEYS
    if unknown or "id" not in raw or ("code" not in raw and not raw.get("blocks")):
        raise ValueError(f"{path}: bad lexicon entry {raw.get('id')!r}: unknown keys {sorted(unknown)}")
    entry = Entry(
        id=str(raw["id"]), code=str(raw.get("code", "")), confidence=float(raw.get("confidence", 0.7)),
        object=bool(raw.get("object", False)), symmetric=bool(raw.get("symmetric", False)),
        visit=bool(raw.get("visit", False)), received=bool(raw.get("received", False)),
        patient=bool(raw.get("patient", False)), needs_target=bool(raw.get("needs_target", False)),
        subject_suffers=bool(raw.get("subject_suffers", False)),
        blocks=bool(raw.get("blocks", False)), long_gap=bool(raw.get("long_gap", False)),
        cues=tuple(normalize_form(c) for c in raw.get("cues") or ()),
        default_source=raw.get("default_source"), default_target=raw.get("default_target"),
    )
    for agent in (entry.default_source, entry.default_target):
        if agent is not None and agent not in AGENT_TYPES:
            raise ValueError(f"{path}: entry {entry.id!r}: unknown agent type {agent!r}")
    patterns: list[Pattern] = []
    for key, kind in KINDS.items():
        for form in raw.get(key) or ():
            patterns.append(Pattern(entry, kind, (normalize_form(str(form)),)))
    for item in raw.get("patterns") or ():
        text, kind = (item["words"], item.get("kind")) if isinstance(item, dict) else (item, None)
        raw_words = str(text).split()
        context = _context_count(raw_words)
        words = tuple(normalize_form(w.strip("()")) for w in raw_words)
        if kind is None:
            kind = "verb" if GAP in words else "noun"
        if (kind not in KINDS.values() or not words or words[0] == GAP or context < 0
                or context >= len(words) or GAP in words[len(words) - context - 1:]):
            raise ValueError(f"{path}: entry {entry.id!r}: bad pattern {text!r}")
        patterns.append(Pattern(entry, kind, words, context))
    return entry, patterns


def _context_count(raw_words: list[str]) -> int:
    """How many trailing words are written in parentheses: context the pattern needs after it (an
    actor noun such as القوات), kept out of the trigger so that it stays free to be a role.
    -1 when a parenthesised word is followed by a bare one (malformed)."""
    n = 0
    for word in reversed(raw_words):
        if not (word.startswith("(") and word.endswith(")")):
            break
        n += 1
    if any(w.startswith("(") for w in raw_words[:len(raw_words) - n]):
        return -1
    return n


@lru_cache(maxsize=100_000)
def _keys(norm: str) -> tuple[tuple[str, str, str], ...]:
    """(form, proclitic prefix, enclitic suffix) readings of a folded word, article also stripped, unsplit first."""
    out: list[tuple[str, str, str]] = []
    for split in clitic_variants(norm, True):
        if split.suffix not in _ENCLITIC_OK:
            continue
        out.append((split.form, split.prefix, split.suffix))
        if split.article and len(split.form) > 4:
            out.append((split.form[2:], split.prefix, split.suffix))
    return tuple(dict.fromkeys(out))


def _ends_in_taa(raw: str) -> bool:
    """Whether the word as written ends in ة (ignoring diacritics)."""
    letters = [ch for ch in raw if normalize_form(ch)]
    return bool(letters) and letters[-1] in "ةۃ"


_THAT = frozenset({"ان", "بان", "وان", "لان", "فان"})  # folded أن with a proclitic
# أنْ before a past verb: "بعد أن قتل"، "سبق أن قصفت"، "يوم أن هاجم"، "إلى أن سيطر" (until)
_TIME_BEFORE_THAT = frozenset({"بعد", "قبل", "سبق", "منذ", "يوم", "حين", "وقت", "الي", "لحين", "وبعد", "وقبل",
                               "وسبق", "ومنذ", "ويوم", "فبعد", "لبعد"})


def _after_that(tokens: list[Token], i: int) -> bool:
    """The word stands right after أن that is not a time's (بعد أن، سبق أن): there it is a verbal noun."""
    return i > 0 and tokens[i - 1].norm in _THAT and not (i > 1 and tokens[i - 2].norm in _TIME_BEFORE_THAT)


def _article_only(norm: str, prefix: str, key: str) -> bool:
    """True when `key` was reached only by removing the article from the word."""
    rest = norm[len(prefix):]
    return rest.startswith("ال") and not key.startswith("ال") and not rest.startswith(key)


_TATWEEL = "\u0640"


@lru_cache(maxsize=100_000)
def _forms(norm: str) -> frozenset[str]:
    """Every form a folded word reads as, clitics removed: the set a pattern's later words look up."""
    return frozenset(form for form, _, _ in _keys(norm))


def _word_matches(word: str, tok: Token) -> bool:
    if tok.kind != "word":
        return False
    if len(word) == 1:  # a bare proclitic: the next word starts with it (لتوسيع، بزيارة)
        if tok.norm == word and _TATWEEL in tok.text:
            return True  # "رحبت الجامعة بـ"إعلان القاهرة"": the letter drawn out before a quoted name
        return tok.norm.startswith(word) and len(tok.norm) > 2 and tok.norm not in _LETTER_NOT_PROCLITIC
    return word in _forms(tok.norm)


def _object_reading(word: str, tok: Token) -> bool:
    """Whether a word found after a gap reads as `word` without a preposition written onto it: the
    object of "ضرب ~ مواقع" is مواقع, never بالمواقع (ضرب مثلا بالمواقع). A pattern that wants the
    preposition writes it (استهدف ~ بغارات)."""
    if len(word) == 1:
        return True
    return any(form == word and not set(prefix) & _PREPOSITIONS for form, prefix, _ in _keys(tok.norm))


def _bare_word_matches(word: str, tok: Token) -> bool:
    """`word` with no proclitic (the article allowed): a genitive right after its noun (تدريب القوات,
    not التدريب للقوات)."""
    return tok.kind == "word" and any(form == word and not prefix for form, prefix, _ in _keys(tok.norm))


_QUOTE_MARKS = {"«", "»", '"', "“", "”"}
_SHORT_QUOTED = 3  # words a quoted name may have: "قسد"، «جيش الفتح»


def short_quoted(tokens: list[Token], j: int) -> bool:
    """Token j is a quote mark around a short span of words ("واتهمت "قسد" تركيا"): a name set off in
    marks, no quotation a gap or a subject must not cross."""
    if tokens[j].text not in _QUOTE_MARKS:
        return False
    for step in (1, -1):
        k = j + step
        while 0 <= k < len(tokens) and abs(k - j) <= _SHORT_QUOTED + 1 and tokens[k].kind == "word":
            k += step
        if 0 <= k < len(tokens) and abs(k - j) > 1 and tokens[k].text in _QUOTE_MARKS:
            return True
    return False


def abbreviation_dot(tokens: list[Token], j: int) -> bool:
    """Token j is the dot of an abbreviated title (د.، م.، أ.د.): one or two letters before it, no full stop."""
    return tokens[j].text == "." and j > 0 and tokens[j - 1].kind == "word" and len(tokens[j - 1].norm) <= 2


def _opening_mark(tokens: list[Token], j: int) -> bool:
    """Whether the quote mark at j opens a span that may be a name: « and “ open, a straight " does after
    an even number of them; a span opening on an indefinite accusative ("«تحذيرا»") is a quoted word of the
    speaker's, no name."""
    if tokens[j].text != '"':
        opens = tokens[j].text in _QUOTE_OPEN
    else:
        opens = sum(1 for t in tokens[:j] if t.text == '"') % 2 == 0
    first = tokens[j + 1] if j + 1 < len(tokens) else None
    return opens and first is not None and not (first.norm.endswith("ا") and not first.norm.startswith("ال"))


def _quoted_word(word: str, tokens: list[Token], j: int) -> bool:
    """Whether token j opens a quotation whose first word is `word` (the quote mark is skipped)."""
    return (tokens[j].text in _QUOTE_OPEN and j + 1 < len(tokens)
            and _word_matches(word, tokens[j + 1]))


def _match_at(pattern: Pattern, tokens: list[Token], i: int, prefix: str) -> Trigger | None:
    """Match `pattern` with its first word at token i; None when a later word is missing."""
    n_solid = sum(1 for w in pattern.words if w != GAP)
    positions = _place_words(pattern, tokens, pattern.words[1:], [i], i, 0, n_solid)
    if positions is None:
        return None
    if pattern.context:
        positions = positions[:-pattern.context]
    head = tokens[i]
    future = prefix.endswith("س") and head.norm[len(prefix):len(prefix) + 1] in {"ي", "ت", "ن", "ا"}
    # The future س is part of the verb as written (سيلتقي); conjunctions and prepositions are not.
    start = original_offset(head.text, head.start, len(prefix) - (1 if future else 0))
    last_word = [w for w in pattern.words if w != GAP][len(positions) - 1]
    end_pos = positions[-1] if len(last_word) > 1 or len(positions) == 1 else positions[-2]
    definite = pattern.kind == "noun" and head.norm[len(prefix):].startswith("ال")  # not التقى
    return Trigger(pattern.entry, pattern.kind, i, positions[-1], start, tokens[end_pos].end,
                   words=positions, future_clitic=future, weight=pattern.weight, definite=definite)


def _place_words(pattern: Pattern, tokens: list[Token], words: tuple[str, ...], positions: list[int],
                 pos: int, gap: int, n_solid: int) -> list[int] | None:
    """Positions of the remaining `words` after token `pos`, with room for `gap` tokens before the next.

    Backtracks over the places a word after a gap may stand: in "تمكنت القوات بدعم من الطيران من
    السيطرة" the first من (of بدعم من) is inside the gap, and the pattern's من is the second."""
    if not words:
        return positions
    word, rest = words[0], words[1:]
    if word == GAP:
        # "بعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير …": an office first, then the protocol
        protocol = any(_protocol_opener(tokens[k]) for k in range(pos + 1, min(len(tokens), pos + 1 + _OFFICE_BEFORE)))
        gap = PROTOCOL_GAP if protocol else LONG_GAP if pattern.entry.long_gap else MAX_GAP
        return _place_words(pattern, tokens, rest, positions, pos, gap, n_solid)
    if len(positions) >= n_solid - pattern.context:  # context: the very next word, no proclitic
        if pos + 1 < len(tokens) and _bare_word_matches(word, tokens[pos + 1]):
            return _place_words(pattern, tokens, rest, positions + [pos + 1], pos + 1, 0, n_solid)
        return None
    used, opened = 0, False
    for j in range(pos + 1, len(tokens)):
        # a name set off in quote marks inside the gap ("وسيطر “داعش”، على") is no quotation: its marks take
        # no room; a closing mark of a span the pattern's own word stood in ("«قرار رفض» يمكن") still stops
        marked_name = bool(gap) and tokens[j].text in _QUOTE_MARKS and (opened or _opening_mark(tokens, j)) \
            and short_quoted(tokens, j)
        if marked_name:
            opened = not opened
        if gap and abbreviation_dot(tokens, j):
            continue  # "دان د. محمد آل عمرو"، "أ.د. عبدالرحمن": no full stop
        if not gap or tokens[j].text not in _GAP_COMMAS and tokens[j].norm not in TIME_WORDS and not marked_name:
            used += 1  # an aside ("، اليوم الأحد،") takes no room in the gap
            if used > gap + 1:
                break
        if _quoted_word(word, tokens, j):
            continue  # أطلق «حربا على الإرهاب»: a quotation may open on the pattern's word
        if tokens[j].text in _GAP_STOP and not marked_name:
            return None
        if gap and len(word) == 1 and tokens[j].text in _GAP_COMMAS and j + 1 < len(tokens) and \
                tokens[j + 1].norm[:1] == "و" and tokens[j + 1].norm not in TIME_WORDS:
            return None  # "إن إيران تهدد المنطقة، ونرحب بموقف بغداد": a new clause, not the verb's complement
        if _word_matches(word, tokens[j]) and (not gap or _object_reading(word, tokens[j])):
            found = _place_words(pattern, tokens, rest, positions + [j], j, 0, n_solid)
            if found is not None:
                return found
    return None


def _protocol_opener(tok: Token) -> bool:
    return tok.kind == "word" and tok.norm in _PROTOCOL_OPENERS


def _resolve_overlaps(found: list[Trigger]) -> list[Trigger]:
    """Keep the heaviest match where matches share words (دعا … إلى زيارة beats دعا).

    A gap holds a subject and an object, so an indefinite predicate standing in it is an event of its
    own (اتفق الرئيسان في اتصال هاتفي على …); a definite one there (دعا روحاني خلال اللقاء نظيره إلى …)
    points back at something already told and gives way.
    """
    found.sort(key=lambda t: (-t.weight[0], -t.weight[1], t.head))
    taken: set[int] = set()
    spans: set[int] = set()
    kept: list[Trigger] = []
    for trig in found:
        words = set(trig.words or range(trig.head, trig.last + 1))
        if words & taken or (trig.definite and words & spans):
            continue
        taken |= words
        spans |= set(range(trig.head, trig.last + 1))
        kept.append(trig)
    kept.sort(key=lambda t: t.head)
    return kept


def find_form(tok: Token, forms: frozenset[str] | set[str]) -> str | None:
    """The proclitic prefix under which `tok` reads as one of `forms` (folded), or None.

    Lets other modules (quotes, cues) match closed word lists with the same clitic handling as the
    lexicon: وقال reads as قال with prefix "و".
    """
    if tok.kind != "word":
        return None
    for form, prefix, suffix in _keys(tok.norm):
        if form in forms and suffix in {"", "ه", "ها"}:
            return prefix
    return None
