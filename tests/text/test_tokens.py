from marsad.text.sentences import split_sentences
from marsad.text.tokens import clitic_variants, tokenize


def test_sentences_follow_the_gold_rule_and_keep_numbers_whole():
    text = "نمت التجارة 3.5 بالمائة. وقال الوزير: نعم!\nسطر جديد؟ نعم"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["نمت التجارة 3.5 بالمائة.", "وقال الوزير: نعم!", "سطر جديد؟", "نعم"]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_tokens_keep_offsets_and_kinds():
    text = "والتقى روحانی، ٢٠١٩ و Baku-city!"
    toks = tokenize(text, split_sentences(text))
    assert [t.text for t in toks] == ["والتقى", "روحانی", "،", "٢٠١٩", "و", "Baku-city", "!"]
    assert [t.kind for t in toks] == ["word", "word", "punct", "number", "word", "latin", "punct"]
    assert toks[1].norm == "روحاني"
    assert toks[3].norm == "2019"
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_article_combinations_split_and_located_on_original():
    text = "للعراق وبالتعاون والرئيس"
    toks = tokenize(text)
    assert [(t.proclitics, t.article, t.stem) for t in toks] == [
        ("ل", True, "عراق"), ("وب", True, "تعاون"), ("و", True, "رئيس")]
    assert [text[t.stem_start:t.stem_end] for t in toks] == ["عراق", "تعاون", "رئيس"]


def test_clitic_variants_offer_every_reading():
    forms = {v.form for v in clitic_variants("ولايران")}
    assert {"ولايران", "لايران", "ايران"} <= forms
    assert any(v.form == "العراق" and v.prefix == "ل" for v in clitic_variants("للعراق"))
    enc = {(v.form, v.suffix) for v in clitic_variants("زيارته", enclitics=True)}
    assert ("زياره", "ه") in enc
    assert ("لقاء", "ه") in {(v.form, v.suffix) for v in clitic_variants("لقائه", enclitics=True)}


def test_an_alef_with_madda_opens_no_article():
    # آلاف folds to الاف; the madda says it is the word "thousands", not ال + اف
    toks = tokenize("آلاف وآلاف الآلاف بآلية")
    assert [(t.proclitics, t.article, t.stem) for t in toks] == [
        ("", False, "الاف"), ("و", False, "الاف"), ("", True, "الاف"), ("ب", False, "اليه")]
    assert all(t.text[t.stem_start - t.start:] in ("آلاف", "آلية") for t in toks)
