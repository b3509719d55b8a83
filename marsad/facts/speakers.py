"""Speakers the knowledge base does not know: people named by a title or a given name.

Arabic news introduces most of the people it quotes by office, rank or trade followed by the name
("وقال حاكم الولاية عبدالستار بارز"، "أكد المتحدث باسم الجيش العميد فلان"), or by a bare full name
opening on a common given name ("وقال محمد عبدالله:"). Neither needs the knowledge base: the title
phrase (a title word, its genitive complement and adjectives, ending on a definite word) or the given
name tells that a name follows. Later the article calls the person by one part of the name ("وتابع
بارز"، "وقال الأسودي"); that word, right after a speech verb, is the same person.

Each such person becomes an entity `new:<hash of the folded name>` (the id scheme of marsad.link, so
the id is the same in every article) with a mention on each place it is named as a speaker.
Words are in marsad/facts/data/speakers.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from pathlib import Path

from marsad.doc import Actor, Document, Entity, Mention, Span, Token
from marsad.events.actors import ActorMention
from marsad.events.arguments import REPRESENTATIVES, SentenceView
from marsad.link.build import new_id
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset
from marsad.yamlio import load_yaml as parse_yaml

DATA = Path(__file__).resolve().parent / "data" / "speakers.yaml"
ORIGIN = "speaker"
_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ام", "ال", "اّل", "عبد", "ذو", "ذي", "ذا"})  # ذو الفقاري
_COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "بان", "بانه"})
_MAX_NAME = 4  # words in a name: "عبدالرقيب سيف الأسودي"، "إبراهيم آل مرعي"
_VERB_PREFIXES = ("ي", "ت", "ن")  # an imperfect verb right after a title is not a name ("وأضاف المتحدث يجب")
_MANNER_PREPS = frozenset({"في", "خلال", "عبر"})


@dataclass(frozen=True)
class SpeakerWords:
    """Folded word lists: given names, title words (bare, without ال), honorifics, never-name words."""

    given: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    stop: frozenset[str]
    manner: frozenset[str]
    spokesmen: frozenset[str]  # متحدث، ناطق: after them (and الرسمي) "باسم" means "on behalf of"
    official: frozenset[str]
    institutions: frozenset[str]  # heads of bodies a title phrase names after ب/ل ("بقيادة"، "لصحة")


@lru_cache(maxsize=1)
def load_speaker_words(path: Path = DATA) -> SpeakerWords:
    """The word lists of speakers.yaml, folded the way tokens are (`Token.norm`)."""
    raw = parse_yaml(path.read_text(encoding="utf-8")) or {}

    def fold(key: str) -> frozenset[str]:
        return frozenset(normalize_form(str(w)) for w in raw.get(key) or [])

    return SpeakerWords(fold("given_names"), fold("titles"), fold("honorifics"), fold("stop_words"),
                        fold("manner_words"), fold("spokesman_heads"), fold("official_adjectives"),
                        fold("institution_heads"))


# "ويضيف هذا الخبير": a demonstrative points back to someone told before (an unnamed subject, so not
# the last speaker); it never opens a name.
_DEMONSTRATIVES = frozenset(normalize_form(w) for w in ("هذا", "هذه", "هؤلاء", "ذلك", "تلك"))
_SON_OF = frozenset(normalize_form(w) for w in ("بن", "ابن", "بنت"))
_OWNED_ENDINGS = ("ته", "تها", "تهم", "تهما", "هم", "هما", "ها")  # pronoun suffixes as written
_NAME_MARKS = frozenset({"«", "“", '"'})
_NAME_MARKED_WORDS = 4  # a name set in quotation marks: "صالح القرعوطي"، "عمر بن محمد الأكلبي"


def _mark_close(tokens: list[Token], j: int, end: int) -> int | None:
    """The closing quotation mark of a short run of words opened at j, before `end`."""
    close = next((k for k in range(j + 1, min(end, j + 2 + _NAME_MARKED_WORDS)) if tokens[k].kind == "punct"), None)
    return close if close is not None and close > j + 1 and tokens[close].text in {"»", "”", '"'} else None


def _marked_name(tokens: list[Token], j: int, end: int) -> bool:
    """The quotation mark at j opens a short run of words closed before `end` and right before the speech (a
    colon, a comma, a complementiser, or `end`): the speaker's name set off. A short marked span with more of
    the title after it ("الشركة الوطنية السياحية «سياحية» المهندس صالح قدح") is a body's short name."""
    close = _mark_close(tokens, j, end)
    if close is None:
        return False
    after = tokens[close + 1] if close + 1 < len(tokens) else None
    return close + 1 >= end or after is None or after.kind == "punct" or after.norm in _COMPLEMENTISERS


def _conjoined(tokens: list[Token], first: int) -> bool:
    """The name's first word carries the conjunction و ("وعامر الرفدان"); never right after a quotation mark
    ("فواز" in «"فواز الميمان"»: no conjunction stands inside the marks). ف is taken for a conjunction only
    before a listed given name: "شدد فايز الشهري"، "وشدد فرعون" begin with the letter."""
    norm = tokens[first].norm
    if _bare(norm) == norm or (first > 0 and tokens[first - 1].text in _NAME_MARKS):
        return False
    return norm[0] == "و" or _bare(norm) in load_speaker_words().given


def _bare(norm: str) -> str:
    """A folded word without a leading conjunction و/ف when what is left is still a word (a given name
    that starts with و, such as وليد، keeps it)."""
    if norm[:1] in {"و", "ف"} and len(norm) > 3 and norm not in load_speaker_words().given:
        return norm[1:]
    return norm


def _loose(m: Mention) -> bool:
    """A person mention with no knowledge-base entity (a gazetteer given name, a `new:` guess)."""
    return m.type == "PER" and (m.entity_id is None or m.entity_id.startswith("new:"))


def _undefined(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def title_key(tok: Token) -> str:
    """A title word without و/ف and ال ("والمتحدث" → متحدث): how the speaker lists hold it."""
    return _undefined(_bare(tok.norm))


@dataclass
class _Person:
    entity: Entity
    words: frozenset[str]  # folded name words without ال, particles left out


@dataclass
class SpeakerBook:
    """One article's unknown speakers; `commit` adds them to the document's entities and mentions."""

    doc: Document
    words: SpeakerWords = field(default_factory=load_speaker_words)
    people: list[_Person] = field(default_factory=list)
    _intros: list[tuple[SentenceView, int, int, frozenset[str]]] | None = None
    # Characters covered by known names, known people and roles/descriptions (built once: the mentions
    # do not change until `commit`), so a token's test is a slice, not a scan of every mention.
    _cover: dict[str, bytearray] | None = None

    def speaker_after(self, view: SentenceView, pos: int, stop: int | None = None) -> ActorMention | None:
        """The unknown person named after the speech verb at token `pos` (before `stop`): a later
        part of an earlier speaker's name right after the verb, else a titled or given-name run."""
        tokens = view.tokens
        end = min(len(tokens), stop if stop is not None else len(tokens))
        if pos + 1 >= end:
            return None
        again = self._named_again(view, pos + 1)
        if again is not None:
            return again
        run = self._run_after(view, pos + 1, end)
        return self._register(view, *run) if run is not None else None

    def speaker_before(self, view: SentenceView, pos: int) -> ActorMention | None:
        """"غردت وزيرة … حورية مشهور قائلة:": before a participle (قائلا، مضيفا) the name that ends right
        before it, in the same clause, is the speaker."""
        tokens = view.tokens
        start = next((k + 1 for k in range(pos - 1, -1, -1)
                      if tokens[k].kind == "punct" and not self._honorific(tokens, k)), 0)
        for first, last, _titles in self._runs(view, start, pos):
            if last == pos - 1:
                # "ورد عباس قائلا" after "محمود عباس": one word of a name given earlier is that person
                again = self._named_again(view, first, alone=True) if first == last else None
                return again or self._mention(view, first, last, self._person(view, first, last))
        return None

    def _runs(self, view: SentenceView, start: int, end: int) -> list[tuple[int, int, frozenset[str]]]:
        """Every name run in [start, end), with the title words written before it in its clause."""
        tokens, out = view.tokens, []
        titles: set[str] = set()
        titled, j = False, start
        while j < end:
            tok = tokens[j]
            if tok.kind != "word" or self._known(view, j):
                if tok.kind != "word" and not self._honorific(tokens, j):
                    titled, titles = False, set()
                titled = titled and tok.kind == "word" and not self._known_person(view, j)
            elif self._is_title(view, j) or self._honorific(tokens, j):
                titled = True
                titles.add(title_key(tok))
            elif self._on_behalf(tokens, j):
                pass
            elif self._opens(tokens, j, titled):
                last = self._extend(view, j, end)
                out.append((j, last, frozenset(titles)))
                titled, titles, j = False, set(), last
            elif _bare(tok.norm) in self.words.stop and not (titled and self._place_in_title(view, j)):
                titled, titles = False, set()
            j += 1
        return out

    def _titled_known(self, title: str, before: int) -> Actor | None:
        """The knowledge-base person last introduced with `title` before offset `before` ("المتحدث
        الرسمي باسم الوزارة السفير فلان" … "وأكد المتحدث"), when that person was introduced after
        every other person so introduced (the latest one)."""
        entities = {e.id: e for e in self.doc.entities}
        tokens = self.doc.tokens
        for m in sorted(self.doc.mentions, key=lambda m: -m.start):
            if m.start >= before or m.kind != "name" or m.type != "PER" or _loose(m) or m.entity_id not in entities:
                continue
            k = next((i for i, t in enumerate(tokens) if t.start >= m.start), None)
            window = tokens[max(0, (k or 0) - 7):k or 0]
            if any(t.sentence == tokens[k].sentence and _undefined(_bare(t.norm)) == title for t in window):
                e = entities[m.entity_id]
                return Actor(e.id, e.canonical_en, e.country_iso3, e.actor_code,
                             Span(m.start, m.end, m.text))
        return None

    def _known_by_surname(self, word: str, before: int) -> Entity | None:
        """"وقال شريف" after "شهباز شريف": the last word of exactly one known person's full name written
        earlier in the article. The knowledge base keeps such surnames from linking on their own (شريف is
        also a given name and an adjective); as the speaker right after a speech verb it is that person."""
        entities = {e.id: e for e in self.doc.entities}
        found = {m.entity_id for m in self.doc.mentions
                 if m.start < before and m.kind == "name" and m.type == "PER" and not _loose(m)
                 and m.entity_id in entities and len(m.text.split()) > 1
                 and _undefined(_bare(normalize_form(m.text.split()[-1]))) == word}
        return entities[next(iter(found))] if len(found) == 1 else None

    def _introductions(self) -> list[tuple[SentenceView, int, int, frozenset[str]]]:
        """Every titled or given-name run of the article, speech or not ("وزير الإدارة المحلية
        عبدالرقيب فتح" in the lead), so that a later "وقال فتح" finds the full name."""
        if self._intros is None:
            self._intros = []
            for index, group in groupby(self.doc.tokens, key=lambda t: t.sentence):
                view = SentenceView(index, list(group), [])
                self._intros += [(view, f, last, t) for f, last, t in self._runs(view, 0, len(view.tokens))]
        return self._intros

    def is_title_word(self, tok: Token) -> bool:
        """"قائد"، "المتحدث": a word that introduces a person by office, rank or trade."""
        return title_key(tok) in self.words.titles

    def unnamed_subject(self, tok: Token) -> bool:
        """Is `tok`, right after a speech verb, the start of a written but unidentified subject
        ("محللون"، "مصدر")? Not when it is a function word, a time word, a ل/ب phrase ("في بيان"،
        "لوكالة"، "بشكل"، "أمس") or a definite description ("المسؤول"), which refers back."""
        word = _bare(tok.norm)
        if tok.kind != "word" or word in self.words.stop or tok.norm in self.words.stop or tok.text.endswith("على"):
            return False
        if word.startswith("ال"):
            return False  # "وقال المسؤول الأمريكي": a definite description points back to the last speaker
        return not word.startswith(("ل", "ب")) or word in self.words.given

    def _named_again(self, view: SentenceView, j: int, alone: bool = False) -> ActorMention | None:
        """"وتابع بارز": one word of an earlier speaker's name, alone before a boundary (`alone`: the
        caller knows the name ends there, "ورد عباس قائلا")."""
        tok = view.tokens[j]
        if tok.kind != "word" or self._known(view, j) or tok.text.endswith("على"):
            return None  # (على "on" folds like علي, Ali: "مشددا على أنها" names nobody again)
        after = view.tokens[j + 1] if j + 1 < len(view.tokens) else None
        if not alone and after is not None and after.kind == "word" and self._name_word(after):
            return None  # "وقال محمد عبدالله" is a new full name, not "محمد" again
        word = title_key(tok)
        for person in reversed(self.people):
            if word in person.words:
                return self._mention(view, j, j, person)
        known = self._known_by_surname(word, tok.start)
        if known is not None:
            start = original_offset(tok.text, tok.start, 1) if _bare(tok.norm) != tok.norm else tok.start
            span = Span(start, tok.end, self.doc.text[start:tok.end])
            return ActorMention(j, j, Actor(known.id, known.canonical_en, known.country_iso3, known.actor_code, span),
                                "PER")
        # "وأكد المتحدث «…»": a bare definite title word stands for the person it introduced last.
        by_title = self.points_back(view, j)
        known = self._titled_known(word, tok.start) if by_title else None
        if known is not None:
            return ActorMention(j, j, known, "PER")
        for iview, first, last, titles in reversed(self._introductions()):
            if iview.tokens[first].start >= tok.start:
                continue
            names = {_undefined(t.norm) for t in iview.tokens[first:last + 1] if t.norm not in _PARTICLES}
            if (word in names and word not in self.words.titles) or (by_title and word in titles):
                return self._mention(view, j, j, self._person(iview, first, last))
        return None

    def _on_behalf(self, tokens: list[Token], j: int) -> bool:
        """"المتحدث (الرسمي) باسم الحكومة": after a spokesman's title "باسم" is "on behalf of", not the
        given name Basim ("المهندس باسم الخطيب" keeps it); after a representative's title "عن" is "for"
        ("النائب عن كتلة الوفاء للمقاومة حسن فضل الله")."""
        if tokens[j].norm == "عن":
            return j > 0 and title_key(tokens[j - 1]) in REPRESENTATIVES
        if tokens[j].norm != "باسم":
            return False
        k = j - 1
        while k >= 0 and tokens[k].norm in self.words.official:
            k -= 1
        return k >= 0 and _undefined(_bare(tokens[k].norm)) in self.words.spokesmen

    def _manner(self, view: SentenceView, j: int) -> bool:
        """"في بيان"، "خلال مؤتمر صحفي" at token j: how the words were said, after a bare title that
        points back ("وأوضح المتحدث في بيان: «…»")."""
        tokens = view.tokens
        return j + 1 < len(tokens) and tokens[j].norm in _MANNER_PREPS \
            and _undefined(tokens[j + 1].norm) in self.words.manner

    def points_back(self, view: SentenceView, j: int) -> bool:
        """Is token j a bare definite title standing alone ("وأكد المتحدث أن"، "وأوضح المتحدث في بيان:"),
        which refers to the person last introduced with it?"""
        tokens = view.tokens
        tok = tokens[j]
        if tok.kind != "word" or not tok.norm.startswith("ال") or _undefined(tok.norm) not in self.words.titles:
            return False
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        return after is None or after.kind == "punct" or after.norm in _COMPLEMENTISERS or self._manner(view, j + 1)

    def _run_after(self, view: SentenceView, first: int, end: int) -> tuple[int, int] | None:
        """The first name run in [first, end) with no stop word, clause break or known actor before it."""
        tokens, titled = view.tokens, False
        skip_to = -1
        for j in range(first, end):
            tok = tokens[j]
            if j <= skip_to:
                continue
            if titled and tok.text in _NAME_MARKS and _marked_name(tokens, j, end):
                continue  # "نائب المتحدث الإعلامي باسم صحة تبوك "صالح القرعوطي":": the name set in marks
            if titled and tok.text in _NAME_MARKS and (close := _mark_close(tokens, j, end)) is not None:
                skip_to = close  # "الشركة الوطنية السياحية «سياحية» المهندس صالح قدح": the body's short name
                continue
            if tok.kind == "punct" and not self._honorific(tokens, j - 1):
                return None
            if tok.kind != "word" or self._honorific(tokens, j):
                titled = titled or tok.kind == "word"
                continue
            if self._known(view, j):
                if self._known_person(view, j):
                    return None  # the knowledge base named this speaker: not ours to name
                continue  # "رئيس المجلس الوطني الكردستاني": an organisation inside the title phrase
            word = _bare(tok.norm)
            if self._is_title(view, j) or self._on_behalf(tokens, j):
                titled = True
                continue
            if self._covered("nisba", tok) and j > 0 and not tokens[j - 1].norm.startswith("ال") and \
                    _undefined(_bare(tokens[j - 1].norm)) in self.words.titles:
                return None  # "قال مسؤول تركي كبير": an unnamed official's nationality, not the given name Turki
            if self._opens(tokens, j, titled) or (j == first and self._patronymic(tokens, j, end)):
                last = self._extend(view, j, end)
                if last + 1 < end and tokens[last + 1].norm.startswith("ال") and tokens[last + 1].norm.endswith("يه"):
                    return None  # "جامعة الإمام محمد بن سعود الإسلامية": a body named after a person
                return j, last
            if titled and self._place_in_title(view, j):
                continue  # "قائد الشرطة في الولاية العقيد فلان": the place belongs to the title
            if word in self.words.stop or tok.norm in self.words.stop or tok.text.endswith("على") or not titled:
                return None
        return None

    def _place_in_title(self, view: SentenceView, j: int) -> bool:
        """في before a definite word or a known name, inside a title phrase ("مدير الصحة في المحافظة"),
        but not "في بيان"، "في تصريح" (stop words: how it was said)."""
        tokens = view.tokens
        if tokens[j].norm != "في" or j + 1 >= len(tokens) or tokens[j + 1].kind != "word":
            return False
        nxt = tokens[j + 1]
        if nxt.norm in self.words.stop or _bare(nxt.norm) in self.words.stop:
            return False
        return nxt.norm.startswith("ال") or self._known(view, j + 1)

    def _opens(self, tokens: list[Token], j: int, titled: bool) -> bool:
        """Can token j open a person's name? A given name always; any other name-like word only right
        after a definite word or honorific of a title phrase ("حاكم الولاية عبدالستار")."""
        word = _bare(tokens[j].norm)
        if not self._name_word(tokens[j]):
            return False
        if self._given(tokens[j]) or (word.startswith("عبد") and len(word) > 4) or word in {"ابو", "عبد"}:
            return True
        if not titled or word.startswith(_VERB_PREFIXES) or word != tokens[j].norm and tokens[j].norm[0] == "و":
            return False  # (a word after و that is no given name goes on with the title: "النزاهة ومكافحة الفساد")
        prev = tokens[j - 1]
        return prev.norm.startswith("ال") or self._honorific(tokens, j - 1) or prev.text in _NAME_MARKS or (
            prev.kind == "punct" and self._honorific(tokens, j - 2))

    def _patronymic(self, tokens: list[Token], j: int, end: int) -> bool:
        """"قال بيناز صالح الذي …": an unlisted first name right after the speech verb, followed by a
        common given name (the father's) and then the end of the name."""
        if j + 1 >= end or not self._name_word(tokens[j]) or tokens[j].norm.startswith(_VERB_PREFIXES):
            return False
        if not self._given(tokens[j + 1]):
            return False
        return j + 2 >= end or not self._name_word(tokens[j + 2])

    def _given(self, tok: Token) -> bool:
        """A common given name as written: على (on) folds like علي (Ali) and is never a name."""
        return (_bare(tok.norm) in self.words.given or tok.norm in self.words.given) and not tok.text.endswith("ى")

    def _name_word(self, tok: Token) -> bool:
        """A word that can be part of a name: not definite, not a stop word, title or ل-phrase, no digit."""
        word = _bare(tok.norm)
        if tok.kind != "word" or len(word) < 2 or any(c.isdigit() for c in word) or tok.text.endswith("على"):
            return False
        if word in self.words.stop or tok.norm in self.words.stop or _undefined(word) in self.words.titles:
            return False
        if word.startswith(("ال", "بال")) and word not in self.words.given or word in _DEMONSTRATIVES:
            return False  # "بالعاصمة المقدسة": a place phrase, no name; "هذه اللفتة": no name either
        if word[:1] in {"ب", "ل"} and word[1:] in self.words.institutions:
            return False  # "المتحدث الرسمي بقيادة حرس الحدود": the body the title goes on with
        return not (word.startswith("ل") and word not in self.words.given)

    def _extend(self, view: SentenceView, first: int, end: int) -> int:
        """The last word of the name opened at `first`: name words, particles (بن، آل، أبو) and a
        final definite family name ("عبدالرقيب سيف الأسودي")."""
        tokens, last = view.tokens, first
        for j in range(first + 1, min(end, first + _MAX_NAME)):
            tok = tokens[j]
            if tok.kind != "word" or self._known(view, j):
                break
            word = tok.norm
            if word in _PARTICLES or word == "ال":
                if j + 1 < end and tokens[j + 1].kind == "word":
                    continue
                break
            if word.startswith("ال") and tokens[j - 1].norm == _SERVANT:
                last = j  # "عبد الله عطيف"، "عبد الرحمن": the divine name after عبد is the given name's
                continue
            if word.startswith("ال"):
                # "علي الحسيني"، "عبدالرقيب سيف الأسودي": a definite family name ends the name; after two
                # words only a nisba-shaped one (…ي), so "صالح محمد صالح الحصيلة" keeps the object out.
                # (after a chain with بن the family name closes it whatever its shape: "عادل بن محمد الملحم")
                # (not a feminine adjective: "جامعة الإمام محمد بن سعود الإسلامية" names a university)
                chained = any(tokens[k].norm in _SON_OF for k in range(first, j)) and not word.endswith("يه")
                if word not in self.words.stop and _undefined(word) not in self.words.titles \
                        and not word.startswith("الل") and (j == first + 1 or word.endswith("ي") or chained):
                    last = j
                break
            if tokens[j - 1].norm in _SON_OF and not word.startswith("ال") and not word.endswith(("ى",)):
                last = j  # "جديع بن نهار القحطاني": after بن comes the father's name, whatever it looks like
                continue
            if not self._name_word(tok) or word.startswith(_VERB_PREFIXES) and word not in self.words.given \
                    and not _nisba_surname(word):
                break
            if len(tok.text) > 3 and tok.text.endswith(_OWNED_ENDINGS) and not self._given(tok):
                break  # "مارادونا زوجته"، "لأبنائه جمال وإخوته": a possessed noun (written ه, not ة), no name
            last = j
        return last

    def _honorific(self, tokens: list[Token], j: int) -> bool:
        if j < 0 or j >= len(tokens):
            return False
        tok = tokens[j]
        if tok.norm in self.words.honorifics:
            return True
        return tok.kind == "punct" and tok.text == "." and j > 0 and f"{tokens[j - 1].norm}." in self.words.honorifics

    def _is_title(self, view: SentenceView, j: int) -> bool:
        """A title word ("المتحدث"، "قائد"), or a word inside a knowledge-base role or description."""
        word = title_key(view.tokens[j])
        if word in self.words.titles:
            return True
        return self._covered("role", view.tokens[j])

    def _known(self, view: SentenceView, j: int) -> bool:
        """Inside a name the knowledge base linked (a person the tagger or gazetteer only guessed, with
        no knowledge-base entity, is still ours to name)."""
        return self._covered("name", view.tokens[j])

    def _known_person(self, view: SentenceView, j: int) -> bool:
        return self._covered("person", view.tokens[j])

    def _covered(self, kind: str, tok: Token) -> bool:
        """Does a mention of `kind` (name: a linked name; person: a linked person; role: a role or
        description; nisba: a nationality adjective) overlap the token?"""
        if self._cover is None:
            size = len(self.doc.text)
            self._cover = {k: bytearray(size) for k in ("name", "person", "role", "nisba")}
            for m in self.doc.mentions:
                kinds = []
                if m.kind == "name" and not _loose(m):
                    kinds.append("name")
                    if m.type == "PER":
                        kinds.append("person")
                if m.kind in {"role", "description"}:
                    kinds.append("role")
                if m.kind == "nisba":
                    kinds.append("nisba")
                for k in kinds:
                    self._cover[k][m.start:m.end] = b"\x01" * (m.end - m.start)
        return any(self._cover[kind][tok.start:tok.end])

    def _register(self, view: SentenceView, first: int, last: int) -> ActorMention:
        return self._mention(view, first, last, self._person(view, first, last))

    def _person(self, view: SentenceView, first: int, last: int) -> _Person:
        """The person of the name on tokens [first, last]: one entity per folded name in the article,
        with a mention where the name is written."""
        tokens = view.tokens
        start = tokens[first].start
        if _conjoined(tokens, first):
            start = original_offset(tokens[first].text, start, 1)
        text = self.doc.text[start:tokens[last].end]
        described = self._described_before(start)
        ident = described.id if described is not None else new_id(text)
        person = next((p for p in self.people if p.entity.id == ident), None)
        if person is None:
            words = frozenset(_undefined(_bare(t.norm)) for t in tokens[first:last + 1]
                              if t.kind == "word" and t.norm not in _PARTICLES)
            entity = Entity(ident, "PER", None, text) if described is None else \
                Entity(ident, "PER", None, text, described.country_iso3, described.actor_code, described.role)
            person = _Person(entity, words)
            self.people.append(person)
        self._mention(view, first, last, person)
        return person

    def _described_before(self, start: int) -> Entity | None:
        """"وقال محافظ البصرة أسعد العيداني": the unknown official a description right before the name
        stands for (his country and code, the entity events already name), so the name joins it."""
        for m in self.doc.mentions:
            if m.kind == "description" and m.type == "PER" and m.kb_id is None and m.entity_id \
                    and m.end <= start and not self.doc.text[m.end:start].strip():
                return next((e for e in self.doc.entities if e.id == m.entity_id), None)
        return None

    def _mention(self, view: SentenceView, first: int, last: int, person: _Person) -> ActorMention:
        tokens = view.tokens
        start, end = tokens[first].start, tokens[last].end
        if _conjoined(tokens, first):  # "وعامر الرفدان": the name starts after و
            start = original_offset(tokens[first].text, start, 1)
        if not any(m.start == start for m in person.entity.mentions):
            person.entity.mentions.append(Mention(start, end, self.doc.text[start:end], "PER", "name",
                                                  entity_id=person.entity.id, origin=ORIGIN,
                                                  sentence=tokens[first].sentence))
        actor = Actor(person.entity.id, None, person.entity.country_iso3, person.entity.actor_code,
                      Span(start, end, self.doc.text[start:end]))
        return ActorMention(first, last, actor, "PER")

    def commit(self) -> None:
        """Add the people found to `doc.entities` and their mentions to `doc.mentions` (text order)."""
        if not self.people:
            return
        known = {e.id: e for e in self.doc.entities}
        for person in self.people:
            entity = known.get(person.entity.id)
            if entity is None:
                self.doc.entities.append(person.entity)
                entity = person.entity
            elif entity is not person.entity:
                entity.mentions.extend(person.entity.mentions)
                if entity.kb_id is None and all(m.kind == "description" for m in entity.mentions
                                                if m not in person.entity.mentions):
                    entity.canonical_ar = person.entity.canonical_ar  # the name, not "محافظ البصرة"
            self.doc.mentions.extend(m for m in person.entity.mentions if m not in self.doc.mentions)
        self.doc.mentions.sort(key=lambda m: (m.start, -m.end))


_SERVANT = normalize_form("عبد")


def _nisba_surname(word: str) -> bool:
    """"علي رضا تنكسيري"، "محمد ياسيني": a long word ending in the nisba ي is a family name even when its
    first letter is a verb's (present verbs that long and ending in ي are rare: يستدعي has six letters)."""
    return len(word) >= 7 and word.endswith("ي")



# Words that may stand between a speech verb and the name of its speaker: titles and honorifics the
# tagger leaves out of the name ("وقال الدكتور خالد المطيري"، "تقول شركة كاناكورد جينيويتي").
_BETWEEN_WORDS = 3
_TURN_SENTENCES = 2  # a speaker's turn ends when two sentences pass without a quote of his


def speakers_from_tagger(doc: Document, tagged: list[Mention]) -> int:
    """Give a speakerless quote the person or organisation the learned tagger found right after its
    speech verb ("وقال إيان جورج المتحدث باسم إدارة الطيران إن …"); returns how many quotes got one.

    The tagger runs after the quotes stage (its names cost the event coder more than they gave), so a
    speaker the knowledge base and the title rules of this module both miss is filled in here: the name
    must follow the verb within a few words with no complementiser, preposition, punctuation or quote
    mark between (what comes after those is what was said, "أكد أن مورا لم يوقع"), and end before the
    quote."""
    names = sorted((m for m in tagged if m.type in {"PER", "ORG"} and m.entity_id), key=lambda m: m.start)
    if not names:
        return 0
    entities = {e.id: e for e in doc.entities}
    given = 0
    turn: tuple[Actor, int, str] | None = None  # the speaker given here, the quote's sentence, its type
    for quote in sorted(doc.quotes, key=lambda q: q.start):
        if quote.speaker is not None or quote.cue is None:
            turn = None  # another speaker took the turn
            continue
        name = next((m for m in names if quote.cue.end <= m.start and m.end <= quote.start
                     and _plain_words_between(doc.text[quote.cue.end:m.start])), None)
        entity = entities.get(name.entity_id) if name is not None and name.entity_id else None
        if entity is not None:
            quote.speaker = Actor(entity.id, entity.canonical_en, entity.country_iso3, entity.actor_code,
                                  Span(name.start, name.end, name.text))
        elif turn is not None and quote.sentence_index - turn[1] <= _TURN_SENTENCES and \
                _no_subject(doc.text[quote.cue.end:quote.start]) and \
                not (_feminine(quote.cue.text) and turn[2] == "PER"):
            # "وأضاف:"، "وتابع أن …": a speech verb with no subject of its own keeps the turn
            quote.speaker = turn[0]
        else:
            continue
        kind = entities[quote.speaker.entity_id].type if quote.speaker.entity_id in entities else ""
        turn = (quote.speaker, quote.sentence_index, kind)
        given += 1
    return given


def _feminine(verb: str) -> bool:
    """"وتابعت"، "مضيفة"، "وتقول": a feminine verb or participle does not continue a man's turn (the tagger's people are mostly men,
    and a source or an outlet spoken of as feminine is the likelier subject)."""
    word = normalize_form(verb)
    word = word[1:] if word[:1] in {"و", "ف"} and len(word) > 3 else word
    return word.endswith(("ت", "ه")) or word.startswith("ت")  # تابعت، مضيفة، تقول


def _no_subject(gap: str) -> bool:
    """Between a speech verb and its quote only punctuation and a complementiser: no subject of its own."""
    words = [w.strip(_QUOTE_PUNCT) for w in gap.split()]
    return all(not w or normalize_form(w) in _COMPLEMENTISERS for w in words)


_QUOTE_PUNCT = ":«»\"“”،,."


def _plain_words_between(gap: str) -> bool:
    """Nothing but up to a few words that neither open what was said nor mark an oblique."""
    words = gap.split()
    if len(words) > _BETWEEN_WORDS or any(not w.isalpha() for w in words):
        return False
    folded = {normalize_form(w) for w in words}
    return not folded & (_COMPLEMENTISERS | _GAP_BREAKERS)


_GAP_BREAKERS = frozenset(normalize_form(w) for w in (
    "إن", "أن", "إلى", "الى", "من", "في", "عن", "على", "خلال", "عبر", "لدى", "مع", "بعد", "قبل", "ذلك", "هذا"))
