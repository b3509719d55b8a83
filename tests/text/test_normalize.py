from marsad.text.normalize import normalize, normalize_form


def test_folds_alef_ya_teh_marbuta_and_persian_letters():
    assert normalize_form("أإآٱا") == "ااااا"
    assert normalize_form("مستشفى") == "مستشفي"
    assert normalize_form("جمهورية") == "جمهوريه"
    assert normalize_form("پزشکیان") == "بزشكيان"  # as Arabic news writes بزشكيان
    assert normalize_form("عراقچی") == "عراقجي"
    assert normalize_form("ژنرال") == "زنرال"
    assert normalize_form("گرگان") == "گرگان"  # گ is ج، غ or ك by name: left alone


def test_drops_diacritics_tatweel_and_invisible_marks():
    assert normalize_form("الرَّئِيسُ") == "الرئيس"
    assert normalize_form("طهـــران") == "طهران"
    assert normalize_form("باك\u200cو\u200f") == "باكو"


def test_unifies_digit_scripts():
    assert normalize_form("٢٠١٩") == "2019"
    assert normalize_form("۲۰۱۹") == "2019"
    assert normalize_form("٧٠٫٥") == "70.5"


def test_offset_map_points_back_to_original():
    text = "قال الرَّئِيسُ الإيـــراني ٢٠١٩ ﻻ"
    view = normalize(text)
    idx = view.text.index("الايراني")
    start, end = view.to_original(idx, idx + len("الايراني"))
    assert text[start:end] == "الإيـــراني"
    idx = view.text.index("2019")
    start, end = view.to_original(idx, idx + 4)
    assert text[start:end] == "٢٠١٩"
    # A ligature folds to two characters that both map to the one original character.
    assert view.text.endswith("لا")
    start, end = view.to_original(len(view.text) - 2, len(view.text))
    assert text[start:end] == "ﻻ"


def test_hamza_on_yaa_before_waw_is_the_older_spelling_of_hamza_on_waw() -> None:
    from marsad.text.normalize import normalize, normalize_form

    assert normalize_form("مسئولون") == normalize_form("مسؤولون")
    assert normalize_form("شئون") == normalize_form("شؤون")
    assert normalize_form("رئيس") != normalize_form("رؤيس")  # only before waw
    text = "قال المسئول عن شئون اللاجئين"
    folded = normalize(text)
    assert len(folded.text) == len(text) and folded.to_original(4, 10) == (4, 10)
