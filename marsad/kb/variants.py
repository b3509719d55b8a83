"""Spelling variants made by rule, so the data files list each name once.

Hamza/alef forms, ى/ي, ة/ه and Persian letters are folded by `normalize_form`, so variants here cover
what folding cannot: nisba inflection (إيراني → الإيرانية، الإيرانيون …), the optional article on
descriptions, and the ه/ة of feminine endings written without dots after folding has merged them.
"""

from __future__ import annotations

from marsad.text.normalize import normalize_form

# Suffixes that turn a masculine singular nisba (ending in ي) into its other forms (ات: the feminine plural,
# "رهائن إسرائيليات"، "نساء فلسطينيات").
_NISBA_SUFFIXES = ("", "ة", "ون", "ين", "تان", "تين", "ان", "ات")  # ان: the masculine dual, عراقيان


def nisba_forms(stem: str) -> list[str]:
    """Every inflection of a nisba stem, with and without the article, folded.

    `stem` is the masculine singular ("إيراني"); a multiword stem ("كوري شمالي") inflects each word
    in parallel ("الكورية الشمالية"). Duals in -ان/-ين are generated from the feminine as well, since
    the press writes الطائرتين الإيرانيتين as often as the plural.
    """
    words = [normalize_form(w) for w in stem.split()]
    if not words or not all(w.endswith("ي") for w in words):
        return [" ".join(words)] if words else []
    forms: list[str] = []
    for suffix in _NISBA_SUFFIXES:
        inflected = [w + normalize_form(suffix) for w in words]
        forms.append(" ".join(inflected))
        forms.append(" ".join("ال" + w for w in inflected))
    return list(dict.fromkeys(forms))


def alias_forms(alias: str, *, optional_article: bool = False) -> list[str]:
    """Folded forms of one alias; with `optional_article`, also the form with/without a leading ال."""
    form = normalize_form(alias.strip())
    forms = [form]
    if optional_article:
        if form.startswith("ال"):
            forms.append(form[2:])
        else:
            forms.append("ال" + form)
    return forms


_AGENCY = normalize_form("وكالة")
_NEWS = normalize_form("أنباء")


def agency_variants(form: str) -> list[str]:
    """A news agency is written with and without أنباء: وكالة الأناضول = وكالة أنباء الأناضول.

    `form` is folded; the other form is returned (none when the alias is not "وكالة ...")."""
    words = form.split()
    if len(words) < 2 or words[0] != _AGENCY:
        return []
    if words[1] == _NEWS:
        return [" ".join([_AGENCY, *words[2:]])] if len(words) > 2 else []
    return [" ".join([_AGENCY, _NEWS, *words[1:]])]
