"""Stage `mentions`: knowledge-base names, nationality adjectives and office words found on tokens.

Matching runs on folded token forms with clitic splits (وإيران، لإيران، بطهران، للعراق), longest match
first. Spans leave out separable proclitics and keep ال. Three kinds of mention come out:
- `name` (type PER/ORG/GPE/LOC, `kb_id`, `country_iso3`; a surname shared by several people leaves
  `kb_id` empty and lists them in `candidates` for the entities stage to decide);
- `nisba` (type NISBA, `country_iso3`): إيراني، الأذربيجانية …, helpers, not mentions of the country;
- `role` (type ROLE, `role` = office key): الرئيس، وزير الخارجية، نظيره …
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from marsad.config import Config
from marsad.doc import Document, Mention, Token
from marsad.facts.numbers import count_word
from marsad.kb import KnowledgeBase, load_kb
from marsad.kb.context import choose
from marsad.kb.cues import confirm_in_context, cue_table, find_cued_places
from marsad.kb.matcher import Match
from marsad.kb.national import find_bodies
from marsad.kb.outlets import outlet_country
from marsad.kb.patterns import find_institutions
from marsad.kb.personal import PATRONYMIC, people_named_like_places
from marsad.kb.states import find_state_words
from marsad.ner.lexicon import load_cues as load_ner_cues
from marsad.pipeline import stage
from marsad.text.normalize import normalize_form
from marsad.text.tokens import original_offset

WEAK_TAGS = frozenset({"surname", "weak"})
# Score of a mention found only through a generated surname or a weak alias; `candidates` then lists
# the people it may name even when there is one, so the entities stage knows to check it.
SURNAME_SCORE = 0.6
WEAK_SCORE = 0.5


@stage("mentions", requires={"tokens"}, assigns={"mentions"})
def make_mentions_stage(config: Config):
    """Match the knowledge base's aliases, nisba adjectives and office words on the tokens."""
    kb = load_kb(config)

    def run(doc: Document) -> Document:
        doc.mentions.extend(find_mentions(doc, kb))
        return doc

    return run


def find_mentions(doc: Document, kb: KnowledgeBase) -> list[Mention]:
    """All knowledge-base mentions of `doc`, in text order."""
    tokens = doc.tokens
    matches = _unnamed_surnames_as_nisbas(_unnamed_weak_media(kb, tokens, kb.matcher.scan(tokens)))
    votes = _sentence_countries(kb, tokens, matches)
    matches = [_clitic_homograph(kb, tokens, m, votes) for m in matches]
    article = _article_votes(votes)
    placed: list[tuple[int, int, Mention]] = []
    for match in matches:
        mention = _to_mention(doc, kb, match, votes, article)
        if mention is not None:
            placed.append((match.first, match.last, mention))
    placed = _add_bodies(doc, kb, placed, votes)
    # (with no country clearly first, the outlet's: "طالب أهالي قرية واسط بتبالة" in a Saudi paper is no Iraqi
    # governorate)
    main = _main_country(votes) or outlet_country(doc.outlet, doc.url)
    placed = [(a, b, _counted_nisba(tokens, a, b, m)) for a, b, m in placed if not _fathers_name(tokens, a, m)
              and not _named_after_place(tokens, a, m, main) and not _village_named_after_province(kb, tokens, a, m)
              and not _short_split(tokens, a, b, m)
              and not _good_fortune(tokens, a, b, m) and not _insisting(tokens, a, b, m)]
    people_named_like_places(doc, placed)
    covered = {k for a, b, m in placed if not _is_weak(m) for k in range(a, b + 1)}
    weak = {a: m for a, b, m in placed if _is_weak(m) and a == b}
    cued = find_cued_places(doc, covered, weak)
    confirmed = {id(m) for _, _, m in cued} | confirm_in_context(doc, kb, placed, weak, _main_country(votes))
    out = [m for _, _, m in placed if not _is_weak(m) or id(m) in confirmed]
    out += [m for _, _, m in cued if id(m) not in {id(x) for x in out}]
    covered.update(k for a, b, _ in cued for k in range(a, b + 1))
    nisbas = {a: m for a, b, m in placed if a == b and m.kind == "nisba" and m.country_iso3}
    out += find_institutions(doc, covered, nisbas)
    out += find_state_words(doc, out)
    return sorted(out, key=lambda m: m.start)


def _counted_nisba(tokens: Sequence[Token], first: int, last: int, m: Mention) -> Mention:
    """"قتل 12 جنديا سوريا"، "اعتقال 5 مواطنين ليبيين" aside: a country written as its own accusative nisba
    (سوريا، ليبيا) right after a counted noun in the accusative (a number, then جنديا، مواطنا، عنصرا) is
    the adjective "Syrian", not the country."""
    if m.kind != "name" or m.type != "GPE" or first != last or first < 2 or not m.country_iso3 \
            or not m.text.endswith("ا") or m.kb_id != f"gpe.{m.country_iso3}":
        return m
    noun, count = tokens[first - 1], tokens[first - 2]
    if noun.kind != "word" or not noun.norm.endswith("ا") or noun.norm.startswith("ال") or len(noun.norm) < 4:
        return m
    if count.kind != "number" and not count.text.isdigit() and not count_word(count.text):
        return m
    return Mention(m.start, m.end, m.text, "NISBA", kind="nisba", origin=m.origin, country_iso3=m.country_iso3,
                   sentence=m.sentence)


def _fathers_name(tokens: Sequence[Token], first: int, m: Mention) -> bool:
    """"الأمير فيصل بن عبدالله بن عبدالعزيز": a known person's name right after بن that follows a given
    name is the father's and grandfather's part of another man's name, not a mention of King Abdullah."""
    return m.kind == "name" and m.type == "PER" and first >= 2 and tokens[first - 1].norm in PATRONYMIC \
        and tokens[first - 2].kind == "word"


# Streets and squares are often named after cities and states ("شارعي الثورة وبغداد" in Damascus);
# villages sometimes are too ("قرية واسط بتبالة" near Bisha).
_STREET_WORDS = frozenset(normalize_form(w) for w in ("شارع", "شارعي", "ميدان", "جادة", "دوار", "كورنيش"))
# Small settlements and districts: a big city's name after one of them is a village's or a quarter's
# ("بلدة المنصورة بسهل الغاب" in Hama, "حي القاهرة" in Taiz), not the city abroad.
_VILLAGE_WORDS = frozenset(normalize_form(w) for w in (
    "قرية", "قريتي", "قرى", "هجرة", "بلدة", "بلدتي", "بلدات", "مديرية", "حي", "ناحية"))
_VILLAGE_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف")
_LIST_REACH = 10  # "قرى الحواش والقاهرة والعنكاوي": a name joined by و to a village list


def _named_after_place(tokens: Sequence[Token], first: int, m: Mention, main_country: str | None) -> bool:
    """A known place right after a street word is the street's name, and one after a village word, of
    another country than the one the article is about, is the village's: neither is that place. A
    place joined by و to a street already named ("شارعي الثورة وبغداد") is a street too."""
    if m.kind != "name" or m.type not in ("GPE", "LOC") or first == 0:
        return False
    before = tokens[first - 1].norm
    if before in _STREET_WORDS:
        return True
    if first >= 3 and tokens[first].norm.startswith("و") and tokens[first - 2].norm in _STREET_WORDS:
        return True
    if main_country is None or m.country_iso3 is None or m.country_iso3 == main_country:
        return False
    if _village_word(tokens[first - 1]):
        return True
    if not tokens[first].norm.startswith("و"):
        return False
    for k in range(first - 1, max(0, first - _LIST_REACH), -1):
        # back over the list's other names, each joined by و, to the one right after the village word
        if tokens[k].kind != "word" or tokens[k].sentence != tokens[first].sentence:
            return False
        if _village_word(tokens[k - 1]):
            return True
        if not tokens[k].norm.startswith("و"):
            return False
    return False


# Words for a village alone (not a district or a town, which may share a province's name: "مديرية صعدة").
_ONLY_VILLAGE_WORDS = frozenset(normalize_form(w) for w in ("قرية", "قريتي", "هجرة"))
_PROVINCE_ENDINGS = ("Governorate", "Province", "Region")


def _village_named_after_province(kb: KnowledgeBase, tokens: Sequence[Token], first: int, m: Mention) -> bool:
    """"طالب أهالي قرية واسط بتبالة": a province's name right after قرية or هجرة names a village, never the
    province (here a Saudi village, not Iraq's Wasit governorate), whatever the article's country."""
    if m.kind != "name" or m.type not in ("GPE", "LOC") or first == 0 or not m.kb_id:
        return False
    if not _village_word(tokens[first - 1], _ONLY_VILLAGE_WORDS):
        return False
    entry = kb.get(m.kb_id)
    return entry is not None and entry.canonical_en.endswith(_PROVINCE_ENDINGS)


def _village_word(tok: Token, words: frozenset[str] = _VILLAGE_WORDS) -> bool:
    """The word is a settlement word (one of `words`), with و ب ل ف before it at most."""
    return any(tok.norm.startswith(c) and tok.norm[len(c):] in words for c in _VILLAGE_CLITICS)


def _short_split(tokens: Sequence[Token], first: int, last: int, m: Mention) -> bool:
    """A two-letter weak place name read after splitting a clitic off a word ("باب توما" as ب + إب, Ibb):
    the word is far likelier a word of its own."""
    return _is_weak(m) and first == last and len(m.text) <= 2 and tokens[first].text != m.text


def _unnamed_weak_media(kb: KnowledgeBase, tokens: Sequence[Token], matches: list[Match]) -> list[Match]:
    """A medium's weak alias ("المصري اليوم", a paper, is also "the Egyptian … today" in "وزير الخارجية المصري
    اليوم"; "إسرائيل اليوم" is also "Israel today"; "الشرق الأوسط" the region) stands only where the article
    names the body in full ("صحيفة المصري اليوم"), or a media noun or quote marks set it off ("قناة «روسيا
    اليوم»"، "لـ«الشرق الأوسط»"), and then it is the only reading; elsewhere the other readings of the words
    stand, or, with none, the words are read again with shorter matches, so the state, the nisba and the
    office keep their reading. (Other bodies' weak names stay: a generic national body's, "الهيئة الوطنية
    للانتخابات", is the article's country's (`link.build._home_body`); read again, a short party or front
    name, "الحزب الديمقراطي", became an unknown organisation by its shape, one more wrong target on the pool
    for one more PETRARCH sentence.)"""
    strong = {r.value for m in matches for r in m.rows if r.kind == "name" and r.tag not in WEAK_TAGS}
    out: list[Match] = []
    for match in matches:
        media = [r for r in match.rows if kb.weak_medium(r)]
        if not media or any(r.value in strong for r in media):
            out.append(match)
            continue
        if _set_off_as_title(tokens, match):  # as sure as the full name
            out.append(match._replace(rows=tuple(r._replace(tag="alias") for r in media)))
            continue
        others = tuple(r for r in match.rows if r not in media)
        if others:
            out.append(match._replace(rows=others))
            continue
        words = tokens[match.first:match.last]  # one word shorter: the weak alias cannot match again
        k = 0
        while k < len(words):
            found = kb.matcher.match_at(words, k)
            if found is None:
                k += 1
                continue
            out.append(found._replace(first=found.first + match.first, last=found.last + match.first))
            k = found.last + 1
    return out


def _unnamed_surnames_as_nisbas(matches: list[Match]) -> list[Match]:
    """"وزير الخارجية السوداني"، "الرئيس السوداني عمر البشير": a nationality adjective that is also the
    surname of someone the knowledge base lists (Iraq's prime minister Mohammed Shia al-Sudani) is that
    person only in an article that names him in full; elsewhere it is the adjective, whose reading the
    surname had hidden (a person with no country, so the minister and his meeting were lost)."""
    strong = {r.value for m in matches for r in m.rows if r.kind == "name" and r.tag not in WEAK_TAGS}
    out: list[Match] = []
    for match in matches:
        names = [r for r in match.rows if r.kind == "name"]
        if names and all(r.tag in WEAK_TAGS and r.value not in strong for r in names) and \
                any(r.kind == "nisba" for r in match.rows):
            match = match._replace(rows=tuple(r for r in match.rows if r.kind != "name"))
        out.append(match)
    return out


def _set_off_as_title(tokens: Sequence[Token], match: Match) -> bool:
    """The match stands in quote marks, or right after a media noun (a quote mark between at most)."""
    before = match.first - 1
    quoted = before >= 0 and tokens[before].text in _QUOTE_MARKS
    if quoted and match.last + 1 < len(tokens) and tokens[match.last + 1].text in _QUOTE_MARKS:
        return True
    before -= quoted
    if before < 0:
        return False
    norm = tokens[before].norm
    return norm in _MEDIA_HEADS or norm[:1] in {"و", "ل", "ب"} and norm[1:] in _MEDIA_HEADS


_QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”", "{", "}"})  # some outlets set quotes in braces
_MEDIA_HEADS = frozenset(normalize_form(w) for w in (
    "صحيفة", "جريدة", "قناة", "وكالة", "موقع", "تلفزيون", "إذاعة", "شبكة", "مجلة", "محطة", "فضائية"))


def _good_fortune(tokens: Sequence[Token], first: int, last: int, m: Mention) -> bool:
    """"أن يعيده على الجميع باليمن والخير والمسرات": اليمن with ب and a blessing joined to it is good
    fortune (يُمن), not Yemen."""
    if m.kb_id != "gpe.YEM" or first != last or not tokens[first].norm.startswith(("باليمن", "وباليمن")):
        return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is not None and nxt.norm in _BLESSINGS


_BLESSINGS = frozenset(normalize_form(w) for w in (
    "والخير", "والبركة", "والبركات", "والمسرات", "والسعادة", "والإيمان", "والمسرة", "والرخاء"))


def _insisting(tokens: Sequence[Token], first: int, last: int, m: Mention) -> bool:
    """"وهو مصر على مواصلة إضرابه": مصر after a personal pronoun and before على is the participle مُصِرّ
    ("insisting on"), not Egypt."""
    if m.kb_id != "gpe.EGY" or first != last or first == 0 or tokens[first].norm != _EGYPT:
        return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is not None and nxt.norm == _ON and tokens[first - 1].norm in _PERSONAL_PRONOUNS


_EGYPT, _ON = normalize_form("مصر"), normalize_form("على")
_PERSONAL_PRONOUNS = frozenset(normalize_form(w) for w in (
    "هو", "وهو", "هي", "وهي", "هم", "وهم", "أنه", "انه", "إنه", "لأنه", "أنها", "إنها", "أنا", "نحن", "إننا", "أننا"))


def _is_weak(m: Mention) -> bool:
    """A place known only by a weak alias (الخيام): kept only when a cue word confirms it."""
    return m.kind == "name" and m.type in ("GPE", "LOC") and m.score < 1.0 and m.origin == "kb"


def _add_bodies(doc: Document, kb: KnowledgeBase, placed: list[tuple[int, int, Mention]],
                votes: dict[int, Counter]) -> list[tuple[int, int, Mention]]:
    """National bodies (وزارة الصحة اللبنانية); an international body they re-read is dropped."""
    nisbas = {a: m for a, _, m in placed if m.kind == "nisba"}
    names = {k: m for a, b, m in placed if m.kind == "name" and m.score >= 1.0 for k in range(a, b + 1)}
    home = _main_country(votes) or outlet_country(doc.outlet, doc.url)  # a Saudi paper's bare وزارة العمل
    bodies = find_bodies(doc, nisbas, names, home, _country_names(kb))
    if not bodies:
        return placed
    taken = {k for a, b, _ in bodies for k in range(a, b + 1)}
    kept = [(a, b, m) for a, b, m in placed if m.kind != "name" or not taken & set(range(a, b + 1))]
    return sorted(kept + bodies, key=lambda t: (t[0], -t[1]))


_COUNTRY_NAMES: dict[int, dict[str, str]] = {}


def _country_names(kb: KnowledgeBase) -> dict[str, str]:
    """ISO3 -> English name, built once per knowledge base (the scan is too slow to do per article)."""
    names = _COUNTRY_NAMES.get(id(kb))
    if names is None:
        names = {e.country: e.canonical_en for e in kb.entries.values()
                 if e.source == "countries" and e.country and e.role != "capital"}
        _COUNTRY_NAMES[id(kb)] = names
    return names


def _article_votes(votes: dict[int, Counter]) -> Counter:
    """How often each country is named or described in the whole article."""
    total: Counter = Counter()
    for counter in votes.values():
        total.update(counter)
    return total


def _main_country(votes: dict[int, Counter]) -> str | None:
    """The country an article is mostly about: named or described at least twice, and clearly first."""
    total = _article_votes(votes)
    ranked = total.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def _sentence_countries(kb: KnowledgeBase, tokens: Sequence[Token],
                        matches: list[Match]) -> dict[int, Counter]:
    """Per sentence, how often each country is named or described (for homograph choices)."""
    votes: dict[int, Counter] = {}
    for match in matches:
        counter = votes.setdefault(tokens[match.first].sentence, Counter())
        for row in match.rows:
            if row.kind == "nisba":
                counter[row.value] += 1
            elif row.kind == "name" and len(match.rows) == 1:
                entry = kb.get(row.value)
                if entry is not None and entry.type == "PER" and row.tag in WEAK_TAGS:
                    continue  # "دعا مبارك العصيمي" in a Saudi paper: a given name that is Hosni Mubarak's weak alias
                if entry is not None and entry.country:
                    counter[entry.country] += 1
    return votes


def _place_countries(kb: KnowledgeBase, match: Match) -> set[str]:
    entries = (kb.get(r.value) for r in match.rows if r.kind == "name")
    return {e.country for e in entries if e is not None and e.type in ("GPE", "LOC") and e.country}


def _clitic_homograph(kb: KnowledgeBase, tokens: Sequence[Token], match: Match,
                      votes: dict[int, Counter]) -> Match:
    """One word that names a place whole and another place after a proclitic (وجدة: Oujda, or و +
    جدة, Jeddah): the reading whose country the sentence otherwise names more, on a tie the one the
    article names more, and on a tie there too the reading with fewer clitics (the matcher's choice).
    "الرياض وجدة" is Jeddah, "مدينة وجدة المغربية" Oujda."""
    mine = _place_countries(kb, match)
    if not mine:
        return match
    others = [m for m in kb.matcher.other_readings(tokens, match) if _place_countries(kb, m) - mine]
    if not others:
        return match
    sentence = Counter(votes.get(tokens[match.first].sentence, Counter()))
    article = _article_votes(votes)
    if len(match.rows) == 1:  # the match voted for its own country; only the rest of the text counts
        sentence.subtract(mine)
        article.subtract(mine)

    def support(m: Match, counter: Counter) -> int:
        return max((counter[c] for c in _place_countries(kb, m)), default=0)

    for counter in (sentence, article):
        best = max(others, key=lambda m: support(m, counter))
        if support(best, counter) != support(match, counter):
            return best if support(best, counter) > support(match, counter) else match
    return match


def _to_mention(doc: Document, kb: KnowledgeBase, match: Match, votes: dict[int, Counter],
                article: Counter) -> Mention | None:
    tokens = doc.tokens
    first = tokens[match.first]
    start = original_offset(first.text, first.start, len(match.prefix)) if match.prefix else first.start
    end = tokens[match.last].end
    sentence = first.sentence
    rows = [r for r in match.rows if r.tag != "dateline"]
    if len(rows) < len(match.rows) and _in_dateline(tokens, match):
        rows = [r for r in match.rows if r.tag == "dateline"]  # "الدوحة (قنا) -": the agency
    strong = [r.value for r in rows if r.kind == "name" and r.tag not in WEAK_TAGS]
    weak = [r.value for r in rows if r.kind == "name" and r.tag in WEAK_TAGS]
    names = list(dict.fromkeys(strong or weak))
    if names and _named_for(kb, tokens, match, names):
        return None  # "مستشفى الملك فهد"، "جامعة الملك سعود": a place named after the person, not the person
    if names and _other_given_name(kb, tokens, match, names):
        # "سليمان الأسد" is not Bashar al-Assad: a relative who shares the surname; "يحيى بدر الدين الحوثي" is
        # Badreddin's son, the father's full name written as his patronymic
        return None
    base = {"start": start, "end": end, "text": doc.text[start:end], "sentence": sentence, "origin": "kb"}
    if names:
        entry = kb.get(choose(kb, names, tokens, match.first, match.last, votes.get(sentence, Counter()), article,
                              dateline=_opens_dateline(tokens, match)))
        if entry is None:
            return None
        # Several people answer to this name (بوش، علييف): the entities stage picks one in context.
        people = len(names) > 1 and all((kb.get(n) or entry).type == "PER" for n in names)
        return Mention(**base, type=entry.type, kind="name", kb_id=None if people else entry.id,
                       country_iso3=entry.country, role=entry.role, score=1.0 if strong else _weak_score(match),
                       candidates=names if len(names) > 1 or not strong else [])
    nisbas = [r.value for r in rows if r.kind == "nisba"]
    if nisbas:
        return Mention(**base, type="NISBA", kind="nisba", country_iso3=nisbas[0])
    roles = [r.value for r in rows if r.kind == "role"]
    if roles and not _place_cue(tokens, match):
        return Mention(**base, type="ROLE", kind="role", role=roles[0])
    return None


def _place_cue(tokens: Sequence[Token], match: Match) -> bool:
    """"محافظة أملج"، "بمحافظة الرس": a one-word office read with an enclitic pronoun (محافظ + ه, "his
    governor", since ة folds to ه) that is written with ة as a place cue word is the cue (the governorate). As a
    role it covered the cue, so the weak name after it was never confirmed and an unknown one never read."""
    token = tokens[match.first]
    # محافظه written with ه stays ambiguous ("وأكد محافظه أن": his governor)
    return match.first == match.last and token.text.endswith("ة") and token.norm in cue_table()


def _other_given_name(kb: KnowledgeBase, tokens: Sequence[Token], match: Match, names: list[str]) -> bool:
    """A surname (or a one-word alias, الأسد، أوباما) written right after a given name
    (marsad/ner/data/cues.tsv) that is no word of any candidate's own name: someone else of that family
    ("ميشيل أوباما"، "سليمان الأسد")."""
    if match.first == 0 or match.prefix or any((e := kb.get(n)) is None or e.type != "PER" for n in names):
        return False
    before = tokens[match.first - 1]
    if before.text.replace("ی", "ى").lstrip("و") in _PARTICLES_IN_YA:
        return False  # على (folded like the name علي), متى، لدى; يحيى and موسى are names
    if match.first > 1 and tokens[match.first - 2].norm in _SON_OF:
        # "عادل بن أحمد الجبير": the father's name in a patronymic chain says nothing; the given name that
        # opens the chain does ("ماجد بن حسين العساف" is not Ibrahim al-Assaf)
        opener = match.first - 2
        while opener >= 2 and tokens[opener - 2].norm in _SON_OF:
            opener -= 2
        if opener == 0:
            return False
        before = tokens[opener - 1]
    if tokens[match.first].norm in _titles():
        return False  # "للملا عمر الملا أختر محمد منصور": the name opens on a title, a new name starts there
    word = before.norm[1:] if before.norm[:1] == "و" and before.norm[1:] in _given_names() else before.norm
    if before.kind != "word" or word not in _given_names():
        return False
    own = {w for n in names if (e := kb.get(n)) is not None for a in (e.canonical_ar, *e.aliases_ar)
           for w in normalize_form(a).split()}
    return word not in own


_SON_OF = frozenset({"بن", "ابن", "بنت"})

# Nouns of places and bodies named after a person ("مستشفى الملك فهد"، "جامعة الملك عبدالعزيز"، "مطار الملك
# خالد"، "مدينة الملك عبدالله الاقتصادية"، "جائزة الملك فيصل"), with or without a preposition before them.
_CAMPS = frozenset(normalize_form(w) for w in ("معسكر", "معسكرات"))
_ARMED_OWNERS = ("MIL", "REB", "INS", "UAF", "COP", "SPY")
_NAMED_FOR = frozenset(normalize_form(w) for w in (
    "مستشفى", "مستشفيات", "جامعة", "مدينة", "مطار", "مركز", "شارع", "طريق", "جسر", "ميناء", "قاعدة", "مسجد",
    "جامع", "مجمع", "كلية", "معهد", "مدرسة", "مدارس", "قاعة", "برج", "حي", "ستاد", "استاد", "ملعب", "مؤسسة",
    "جائزة", "مكتبة", "كرسي", "دارة", "مشروع", "برنامج", "صندوق", "حديقة", "منتزه", "متحف", "قصر"))


def _named_for(kb: KnowledgeBase, tokens: Sequence[Token], match: Match, names: list[str]) -> bool:
    """A person's name written right after the noun of a place or body named after him; any known name
    right after a camp's noun ("معسكر المنار": a camp, not the Lebanese channel)."""
    if match.first == 0 or match.prefix:
        return False
    before = tokens[match.first - 1].norm
    if (before in _CAMPS or before[:1] in {"و", "ب", "ل", "ف"} and before[1:] in _CAMPS) and all(
            (e := kb.get(n)) is not None and e.type in {"PER", "ORG"} and
            not (e.actor_code or "").endswith(_ARMED_OWNERS) for n in names):
        return True  # (an armed body after it owns the camp: "معسكرات الحوثيين")
    if any((e := kb.get(n)) is None or e.type != "PER" for n in names):
        return False
    return before in _NAMED_FOR or before[:1] in {"و", "ب", "ل", "ف"} and before[1:] in _NAMED_FOR or \
        before[:2] in {"وب", "ول", "لل"} and before[2:] in _NAMED_FOR

# Particles ending in alif maqsura, which folding writes like a given name (على → علي).
_PARTICLES_IN_YA = frozenset({"على", "لدى", "متى", "حتى", "سوى", "إلى", "الى", "مدى", "أنى", "عسى", "لدي", "علي"})


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(w for w, kinds in load_ner_cues().items() if "title" in kinds)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(w for w, kinds in load_ner_cues().items() if "given" in kinds)


_DATELINE_REACH = 12  # tokens from the article's start: "الرياض 12 ربيع الأول 1447 هـ الموافق … (واس)"


def _in_dateline(tokens: Sequence[Token], match: Match) -> bool:
    """The match stands alone near the start of the article where the dateline names the agency that
    filed it: in brackets ("الدوحة (قنا) -") or after a dash, ending its line ("الجزائر - واج")."""
    if match.first > _DATELINE_REACH or match.first == 0:
        return False
    before, after = tokens[match.first - 1], tokens[match.last + 1] if match.last + 1 < len(tokens) else None
    if before.text == "(":
        return after is not None and after.text == ")"
    return before.text in _DASHES and (after is None or after.sentence != tokens[match.last].sentence
                                       or after.text in _DASHES | {":"})


_DASHES = frozenset({"-", "–", "—"})


def _opens_dateline(tokens: Sequence[Token], match: Match) -> bool:
    """The match is the article's first word and a dash or an agency's bracket follows: the place the
    report was filed from ("عمان - بترا"، "عمان (بترا) -")."""
    return match.first == 0 and match.last + 1 < len(tokens) and tokens[match.last + 1].text in _DASHES | {"("}


def _weak_score(match: Match) -> float:
    """A generated surname is trusted a little more than an alias that is also a common word."""
    tags = {r.tag for r in match.rows if r.kind == "name"}
    return WEAK_SCORE if "weak" in tags else SURNAME_SCORE
