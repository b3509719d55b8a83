"""Round-four coder rules, on sentences written for these tests: receiving a plane or a ship is no
hosting (043), ground taken (or cut off) before any fight is told targets the side its doer fights
later in the article, ل after an aid noun names who receives the aid, never who gives it, and a person described
in passing by a relative clause is not the speaker the next sentence goes on quoting."""

from eventdocs import code_events, event_sides

KING = {"id": "king", "type": "PER", "en": "King Salman", "iso3": "SAU", "code": "SAUGOV", "forms": ["الملك سلمان"]}
GCC = {"id": "gcc", "type": "ORG", "en": "Gulf Cooperation Council", "code": "IGOGCC",
       "forms": ["مجلس التعاون الخليجي"]}
GOVERNOR = {"id": "gov", "type": "PER", "en": "Governor of Aden", "iso3": "YEM", "code": "YEMGOV",
            "forms": ["ناصر الخبجي"]}
MINISTER = {"id": "min", "type": "PER", "en": "Jordanian Minister", "iso3": "JOR", "code": "JORGOV",
            "forms": ["ناصر جودة"]}
PESH = {"id": "pesh", "type": "ORG", "en": "Peshmerga", "iso3": "IRQ", "code": "IRQMIL", "forms": ["البيشمركة"]}
ISIS = {"id": "isis", "type": "ORG", "en": "Islamic State", "code": "IMGMOSREB", "forms": ["تنظيم داعش"]}
TAL_AFAR = {"id": "tal", "type": "GPE", "en": "Tal Afar", "iso3": "IRQ", "code": "IRQ", "forms": ["تلعفر"]}
JORDAN = {"id": "jordan", "type": "GPE", "en": "Jordan", "iso3": "JOR", "code": "JOR", "forms": ["الأردن"]}
SYRIA = {"id": "syria", "type": "GPE", "en": "Syria", "iso3": "SYR", "code": "SYR", "forms": ["سوريا"]}

_ALL = (KING, GCC, TAL_AFAR, GOVERNOR, MINISTER, PESH, ISIS, JORDAN, SYRIA)


def _sides(doc):
    return event_sides(doc, _ALL, "cameo_code")


def test_receiving_a_plane_is_not_hosting_a_visit():
    doc = code_events("وصل وزير الخارجية الأردني ناصر جودة إلى عدن أمس. وكان في استقبال الطائرة لحظة وصولها "
                      "محافظ عدن ناصر الخبجي.", [MINISTER, GOVERNOR])
    assert not [s for s in _sides(doc) if s[0] == "043"]


def test_ground_taken_before_any_fight_is_told_targets_the_side_its_doer_fights_later():
    doc = code_events("أفادت مصادر محلية بأن البيشمركة سيطرت على قرية تل الورد. "
                      "وقصفت البيشمركة بعد ذلك مواقع تنظيم داعش جنوب المدينة.", [PESH, ISIS])
    assert ("192", "pesh", "isis") in _sides(doc)


def test_the_one_after_an_aid_noun_receives_the_aid():
    doc = code_events("وأكد الوزير أن الأردن سيواصل تقديم يد العون لسوريا.", [JORDAN, SYRIA])
    assert ("070", "jordan", "syria") in _sides(doc)


def test_a_person_described_by_a_relative_clause_is_not_the_next_speaker():
    doc = code_events("وأعرب وزير الخارجية الأردني ناصر جودة عن تقديره للدول العربية وعلى رأسها الملك سلمان الذي كان "
                      "السباق في تقديم يد العون لسوريا. وقال: سندعو دول مجلس التعاون الخليجي إلى مؤتمر للمانحين.",
                      [MINISTER, KING, SYRIA, GCC])
    sides = _sides(doc)
    assert ("070", "king", "syria") in sides
    assert ("020", "min", "gcc") in sides


def test_cutting_the_roads_to_a_home_town_targets_the_side_the_doer_fights():
    doc = code_events("وأفادت مصادر محلية بأن البيشمركة قطعت طرق الإمداد على مدينة تلعفر. "
                      "وقصفت البيشمركة بعد ذلك مواقع تنظيم داعش جنوب المدينة.", [PESH, ISIS, TAL_AFAR])
    sides = _sides(doc)
    assert ("191", "pesh", "isis") in sides
    assert ("191", "pesh", "tal") not in sides
