"""Turn mentions into entities: resolve name parts and descriptions, then group by referent.

Places read by rule (a cue word and an unknown name) drop the knowledge-base names nested inside them
and take the country of their sentence's known places, else the article's. A national body known only by
its generic full name (a weak alias: "الهيئة العامة للإحصاء") is the one of the article's country."""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import lru_cache

from marsad.doc import Document, Entity, Mention
from marsad.kb import KBEntry, KnowledgeBase
from marsad.kb.loader import DATA, _tsv
from marsad.kb.national import generated
from marsad.kb.outlets import outlet_country
from marsad.kb.personal import PATRONYMIC
from marsad.link.describe import Description, find_descriptions
from marsad.link.resolve import current_office, held, office_fits, resolve_candidates, resolve_description
from marsad.link.tagged import article_country, merge_tagged, split_tagger
from marsad.text.normalize import normalize_form


def link_document(doc: Document, kb: KnowledgeBase) -> list[Entity]:
    """Resolve `doc.mentions` in place (entity ids, kb ids), add description mentions, return entities.

    Mentions from the learned tagger (stage `ner`), when present, are merged after the knowledge-base
    ones are linked: only names the knowledge base did not match become (new) entities."""
    date = doc.reference_date()
    others, tagged = split_tagger(doc.mentions)
    mentions = _drop_nested(sorted(others, key=lambda m: (m.start, -m.end)))
    _place_countries(mentions)
    named = {m.kb_id for m in mentions if m.kind == "name" and m.kb_id and m.score >= 1.0}
    home = article_country(mentions) or outlet_country(doc.outlet, doc.url)
    told = frozenset(m.country_iso3 for m in mentions if m.country_iso3 and
                     (m.kind == "nisba" or m.kind == "name" and m.type in _PLACES and m.kb_id == f"gpe.{m.country_iso3}"))
    for m in mentions:
        if m.kind == "name" and m.candidates and (m.score < 1.0 or m.kb_id is None):
            m.kb_id = resolve_candidates(kb, m, named, date) or \
                _home_body(kb, m, home, doc.text[m.end:m.end + 12], told)
    named |= {m.kb_id for m in mentions if m.kind == "name" and m.kb_id}
    for m in mentions:
        if m.kind == "name" and m.origin == "kb" and m.kb_id is None and m.score < 1.0 and m.type == "PER":
            # "د. محمد آل عمرو": a surname or weak alias left unresolved names nobody the knowledge base knows;
            # it must not carry its unchosen candidate's country (Amr Moussa's Egypt) into the article
            m.country_iso3 = None
    _surnames_named_before(kb, mentions)
    _family_names_abroad(kb, mentions, home)
    _international_descriptions(kb, doc.text, mentions)
    people = _people(kb, mentions, named)
    descriptions: list[Mention] = []
    for desc in find_descriptions(doc, kb, mentions):
        if desc.bare:
            found = _named_holder(kb, doc, desc, mentions + descriptions, date)
            if found is not None:
                descriptions.append(found)
            continue
        # the counterpart's counterpart may itself be a description ("التقى وزير الخارجية المصري بنظيره الأردني")
        told = sorted(mentions + descriptions, key=lambda m: m.start)
        descriptions.append(_describe(kb, doc, desc, told, people, date))
    doc.mentions = sorted(mentions + descriptions, key=lambda m: (m.start, -m.end))
    return merge_tagged(doc, tagged, _cluster(doc, kb, date), kb)


def _surnames_named_before(kb: KnowledgeBase, mentions: list[Mention]) -> None:
    """"وزير الخارجية الفلسطيني رياض المالكي … وأشار المالكي": a surname alone refers back to the person the
    article named in full before it, not to the better-known bearer the knowledge base lists under it (Nouri
    al-Maliki). Within one country's family the listed bearer stays ("الأسد" after Hafez al-Assad is still
    Bashar, "الحوثي" still Abdul-Malik); a father's name closing a patronymic chain ("محمد بن سلمان") is no
    surname."""
    full: list[tuple[int, str, str]] = []  # (end, kb id, folded last word)
    for m in mentions:
        if m.kind != "name" or m.type != "PER" or not m.kb_id:
            continue
        words = normalize_form(m.text).split()
        if len(words) >= 2 and words[-2] not in PATRONYMIC:
            full.append((m.end, m.kb_id, words[-1]))
        elif len(words) == 1:
            before = [kb_id for end, kb_id, last in full if end <= m.start and last == words[0]]
            entry = kb.get(before[-1]) if before and before[-1] != m.kb_id else None
            listed = kb.get(m.kb_id)
            if entry is not None and (listed is None or listed.country != entry.country):
                m.kb_id, m.country_iso3 = entry.id, entry.country


def _family_names_abroad(kb: KnowledgeBase, mentions: list[Mention], home: str | None) -> None:
    """"وأشار المالكي بأنه تم الانتهاء من تأهيل مجمع غامد للبنات": a family name alone (a definite word borne
    by people of several states in the knowledge base, as المالكي) is its famous foreign bearer only in an
    article that names his country, a place or a nationality of it, or names him in full; in a Saudi report
    on school repairs it is a local official of that common family, a person the knowledge base does not
    know. A name one state's people bear (الأسد، السيسي) keeps its listed bearer."""
    told = {m.country_iso3 for m in mentions if m.country_iso3 and
            (m.kind == "nisba" or m.kind == "description" or m.kind == "name" and m.type in _PLACES)}
    for m in mentions:
        if m.kind != "name" or m.type != "PER" or not m.kb_id or " " in m.text.strip() or \
                not normalize_form(m.text).startswith("ال") or len(kb.family_countries(normalize_form(m.text))) < 2:
            continue
        entry = kb.get(m.kb_id)
        if entry is None or not entry.country or entry.country == home or entry.country in told:
            continue
        if any(o is not m and o.kb_id == m.kb_id and " " in o.text.strip() for o in mentions):
            continue  # named in full somewhere in the article
        m.kb_id, m.country_iso3 = None, None


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """A knowledge-base name inside a place name read by rule ("قرية قصر البريج": not the Bureij camp)
    is part of that name, not a mention of its own; `mentions` sorted by (start, -end)."""
    places = [m for m in mentions if m.kind == "name" and m.origin == "rule" and m.type in ("GPE", "LOC")]
    return [m for m in mentions if not (m.kind == "name" and m.origin == "kb" and any(
        p.start <= m.start and m.end <= p.end and (p.start, p.end) != (m.start, m.end) for p in places))]


_PLACES = ("GPE", "LOC")


def _place_countries(mentions: list[Mention]) -> None:
    """A settlement named by rule and unknown to the knowledge base ("قرية قصر البريج"، "مديرية السدة")
    lies in the country of the nearest known place of its sentence, else in the country the article's
    places and nationality adjectives name most: a village in a report on Yemen is Yemen's."""
    known = [m for m in mentions if m.country_iso3 and (m.kind == "nisba" or m.kind == "name" and m.type in _PLACES)]
    ranked = Counter(m.country_iso3 for m in known).most_common(1)
    for m in mentions:
        if m.origin != "rule" or m.kind != "name" or m.type not in _PLACES or m.country_iso3:
            continue
        near = [k for k in known if k.kind == "name" and k.sentence == m.sentence]
        best = min(near, key=lambda k: abs(k.start - m.start), default=None)
        m.country_iso3 = best.country_iso3 if best else (ranked[0][0] if ranked else None)


_ALLEGIANCE = frozenset(normalize_form(w) for w in ("الموالية", "الموالي", "الموالين", "الموالون"))


def _home_body(kb: KnowledgeBase, m: Mention, home: str | None, after: str = "",
               told: frozenset[str] = frozenset()) -> str | None:
    """"الهيئة العامة للإحصاء" in a report from Riyadh: a national body's generic name, a weak alias
    because many states have one, is the one of the article's own country. So is a short word listed
    for one body in its country's news (`home_aliases_ar`: "المقاومة" in a report on Yemen's war is the
    Popular Resistance; in one on Lebanon it stays unlinked); other short words never are. A short word
    followed by an adjective of allegiance ("المقاومة الموالية للشرعية") is left to that phrase, the
    government side's forces (events/data/cues.yaml)."""
    if home is None or m.type != "ORG":
        return None
    written = normalize_form(m.text)
    home_alias = any(written == normalize_form(a) for c in m.candidates if (e := kb.get(c)) is not None
                     for a in e.extra.get("home", ()))
    if home_alias and set(normalize_form(after).split()[:1]) & _ALLEGIANCE:
        return None
    fits = [c for c in m.candidates if (e := kb.get(c)) is not None and e.country == home
            and written in {normalize_form(e.canonical_ar or ""), *map(normalize_form, e.extra.get("home", ()))}]
    if not fits and home_alias and " " in written and told:
        # "واستنكر نائب رئيس مجلس الأمة مبارك الخرينج …، وأكد … تضامن حكومة وشعب دولة الكويت" in a Saudi paper: a
        # body's home name of several words is the one of the country the article names (one of them only);
        # a one-word home name ("المقاومة") stays with the article's own country
        fits = [c for c in m.candidates if (e := kb.get(c)) is not None and e.country in told
                and written in map(normalize_form, e.extra.get("home", ()))]
    return fits[0] if len(fits) == 1 else None


def _international_descriptions(kb: KnowledgeBase, text: str, mentions: list[Mention]) -> None:
    """"المنظمة الدولية" (read by shape as an unknown organisation) is the international body the
    article named last before it — a UN organ standing for the UN itself — else the listed default
    (the UN: "ودعت الوزارة المنظمة الدولية إلى …"); not where a genitive goes on with the name
    ("المنظمة الدولية للهجرة" not listed). `mentions` sorted by start."""
    phrases = international_descriptions()
    last: str | None = None
    for m in mentions:
        if m.kind != "name" or m.type != "ORG":
            continue
        entry = kb.get(m.kb_id) if m.kb_id else None
        if entry is not None and (entry.actor_code or "").startswith("IGO"):
            last = "org.un" if entry.actor_code == "IGOUNO" else entry.id
            continue
        default = phrases.get(normalize_form(m.text)) if m.origin == "rule" and m.kb_id is None \
            and not text[m.end:m.end + 4].lstrip().startswith("ل") else None
        if default is not None and kb.get(last or default) is not None:
            m.kb_id = m.entity_id = last or default


@lru_cache(maxsize=1)
def international_descriptions() -> dict[str, str]:
    return {normalize_form(row["phrase"]): row["default"] for row in _tsv(DATA / "international_descriptions.tsv")}


def _people(kb: KnowledgeBase, mentions: list[Mention], named: set[str]) -> list[KBEntry]:
    """The known people the article names, in the order it first names them: `named` is a set, whose
    order changes with the interpreter's string hashing, which made the same article link differently
    from run to run."""
    first = {m.kb_id: m.start for m in reversed(mentions) if m.kb_id in named}
    ordered = sorted(named, key=lambda i: (first.get(i, -1) < 0, first.get(i, 0), i))
    return [e for e in (kb.get(i) for i in ordered) if e is not None and e.type == "PER"]


def _describe(kb: KnowledgeBase, doc: Document, desc: Description, mentions: list[Mention],
              people: list[KBEntry], date: str | None) -> Mention:
    """The description as a mention, linked to whoever it refers to (kb_id None when unknown)."""
    entry: KBEntry | None = None
    if desc.apposition is not None and desc.apposition.kb_id:
        entry = kb.get(desc.apposition.kb_id)
        if entry is not None and _foreign_to(entry, desc.place):
            # "استقبل الرئيس المصري الملك عبدالله الثاني": two people in a row, host and guest
            desc.apposition, entry = None, None
    if entry is None and desc.named_before is not None and desc.place:
        # "انتقد نوري المالكي نائب الرئيس العراقي السعودية": the title after a name is that person's when he
        # held the office on the date; otherwise two people stand in a row ("استقبل الملك سلمان وزير الداخلية")
        before = kb.get(desc.named_before.kb_id or "")
        if before is not None and held(before, desc.office, desc.place, date) is not None:
            entry = before
    if entry is None:
        entry = resolve_description(kb, desc, people, date, _subject(kb, mentions, desc.start))
    country = desc.place if desc.place and not desc.place.startswith("org.") else None
    if desc.place and desc.place.startswith("org.") and entry is None:
        body = kb.get(desc.place)  # "المتحدث باسم الخارجية الأمريكية", not in the knowledge base: of the body's country
        country = body.country if body is not None else None
    mention = Mention(desc.start, desc.end, doc.text[desc.start:desc.end], "PER", kind="description",
                      kb_id=entry.id if entry else None, origin="rule", country_iso3=country or
                      (entry.country if entry else None), role=desc.office, sentence=desc.sentence)
    if desc.counterpart and entry is not None:
        office = current_office(entry, date)
        mention.role = office.office if office else None
    return mention


def _named_holder(kb: KnowledgeBase, doc: Document, desc: Description, before: list[Mention],
                  date: str | None) -> Mention | None:
    """"وأكد الرئيس" after "الرئيس المصري عبد الفتاح السيسي": an office word alone is whoever the article last
    gave that office to. When the office was last written with a name the knowledge base lacks ("مكتب
    الرئيس بول بيا"), that unknown person holds it and nothing is linked; with no earlier office word, the
    person last named (by name or description) holding the office on the date, of any state."""
    people = sorted((m for m in before if m.start < desc.start and m.type == "PER" and m.kb_id
                     and m.kind in ("name", "description")), key=lambda m: -m.start)
    offices = [m for m in before if m.kind == "role" and m.role == desc.office and m.start < desc.start]
    if offices:  # only whoever the office word was last written with
        last = max(offices, key=lambda m: m.start)
        people = [m for m in people if m.start == last.start or 0 <= m.start - last.end <= _APPOSITION_GAP][:1]
    for entry in (kb.get(m.kb_id or "") for m in people):
        if entry is not None and any(office_fits(desc.office, r.office) and (date is None or r.covers(date))
                                     for r in entry.roles):
            return Mention(desc.start, desc.end, doc.text[desc.start:desc.end], "PER", kind="description",
                           kb_id=entry.id, origin="coref", country_iso3=entry.country, role=desc.office,
                           sentence=desc.sentence)
    return None


_APPOSITION_GAP = 2  # characters between an office word and the name right after it


def _foreign_to(entry: KBEntry, place: str | None) -> bool:
    """Whether a known person plainly belongs to another country than the description's: neither his
    country nor any office he held is that place's."""
    if not place or place.startswith("org.") or not entry.country:
        return False
    return entry.country != place and all(role.country != place for role in entry.roles)


def _subject(kb: KnowledgeBase, mentions: list[Mention], before: int) -> KBEntry | None:
    """The nearest person named before offset `before` (for نظيره: the counterpart's counterpart)."""
    for m in reversed(mentions):
        if m.start < before and m.type == "PER" and m.kb_id:
            entry = kb.get(m.kb_id)
            if entry is not None:
                return entry
    return None


def new_id(text: str) -> str:
    """A stable id for a referent outside the knowledge base, from its folded name."""
    return "new:" + hashlib.sha1(normalize_form(text).encode("utf-8")).hexdigest()[:12]


def _cluster(doc: Document, kb: KnowledgeBase, date: str | None) -> list[Entity]:
    entities: dict[str, Entity] = {}
    for m in doc.mentions:
        if m.kind not in ("name", "description"):
            continue
        if m.kb_id is None and (m.candidates or m.kind == "description" and m.role in (None, "counterpart")):
            continue  # an unresolved name part or counterpart is not an entity on its own
        key = m.kb_id or m.entity_id or new_id(m.text)
        m.entity_id = key
        if key not in entities:
            entities[key] = make_entity(kb, key, m, date, _body_code(doc, kb, m) if m.kind == "description" else None)
        entities[key].mentions.append(m)
    return list(entities.values())


# Sector codes a body passes on to the officer its description names ("رئيس حزب الحركة القومية" leads a
# party, not the government); a government body's officer stays the state's GOV.
_PASSED_ON = ("PTY", "OPP", "BUS", "MED", "REB", "INS", "EDU", "NGO", "LAB", "REL", "SPY", "JUD", "LEG")
_ABOVE_STATES = "IGO"


def _body_code(doc: Document, kb: KnowledgeBase, m: Mention) -> str | None:
    """The actor code of the known organisation a description's title heads, when it is no government
    body's: the party, company or movement whose head or spokesman the description names."""
    for inner in doc.mentions:
        if inner is m or inner.type != "ORG" or not inner.kb_id or inner.start < m.start or inner.end > m.end:
            continue
        entry = kb.get(inner.kb_id)
        code = entry.actor_code if entry is not None else None
        if code and (code.endswith(_PASSED_ON) or code.startswith(_ABOVE_STATES) and entry.country is None):
            return code  # (and the body above states: "رئيس مجلس الاتحاد الأوروبي" acts for the EU)
    return None


def make_entity(kb: KnowledgeBase, key: str, m: Mention, date: str | None, body_code: str | None = None) -> Entity:
    """The entity `key` names, first seen as `m`: a knowledge-base entry, a generated national body, or a new name."""
    entry = kb.get(key)
    made = generated(key) if entry is None else None
    if made is not None:
        return Entity(key, m.type, made.canonical_en, m.text, made.country_iso3, made.actor_code, None)
    if entry is None:
        actor = m.country_iso3 + "GOV" if m.country_iso3 and m.kind == "description" else m.country_iso3
        if body_code:
            actor = body_code
        return Entity(key, m.type, None, m.text, m.country_iso3, actor, m.role)
    role, actor = entry.role, entry.actor_code
    if entry.type == "PER" and entry.roles:
        term = current_office(entry, date)
        role = term.office if term else entry.role_at(None).office  # type: ignore[union-attr]
        if term is None and date is not None and actor and actor.endswith("GOV"):
            actor = actor[:-3] + "ELI"  # a former office holder: CAMEO's elite rather than government
        body = kb.get(term.country) if term is not None and not term.country.isupper() else None
        if body is not None and body.actor_code and not (actor or "").startswith("IGO"):
            # a national figure serving an international body (Lamamra, UN envoy for Sudan since 2023)
            # acts for that body while in office
            actor = body.actor_code
    return Entity(entry.id, entry.type, entry.canonical_en, entry.canonical_ar, entry.country, actor, role,
                  entry.id)
