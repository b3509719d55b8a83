"""Round-four role shapes, on sentences written for these tests: a side named after an adjective of
allegiance inside "بين X و Y" (it describes X; Y is the second side), the attack a foiling names
with its own doer (a second event, that doer’s attack on the one who foiled it), the subject of
"كان متورطا في" / "الذي كان السباق في" as the doer of the verbal noun after في, and an attack noun whose
agent verb follows one adjective ("هجوم جديد شنه X")."""

from eventdocs import code_events, event_sides

LNA = {"id": "lna", "type": "ORG", "en": "Libyan National Army", "iso3": "LBY", "code": "LBYMIL",
       "forms": ["الجيش الليبي"]}
HAFTAR = {"id": "haftar", "type": "PER", "en": "Khalifa Haftar", "iso3": "LBY", "code": "LBYMIL",
          "forms": ["خليفة حفتر"]}
HAFTAR_GOV = dict(HAFTAR, code="LBYGOV")
ISIS = {"id": "isis", "type": "ORG", "en": "Islamic State", "code": "IMGMOSREB", "forms": ["تنظيم داعش"]}
PESH = {"id": "pesh", "type": "ORG", "en": "Peshmerga", "iso3": "IRQ", "code": "IRQMIL", "forms": ["البيشمركة"]}
ZARQAWI = {"id": "zarqawi", "type": "PER", "en": "Abu Musab al-Zarqawi", "code": "IMGMOSREB",
           "forms": ["الزرقاوي"]}
US_ARMY = {"id": "usarmy", "type": "ORG", "en": "United States Army", "iso3": "USA", "code": "USAMIL",
           "forms": ["الجيش الأمريكي"]}
KING = {"id": "king", "type": "PER", "en": "King Abdullah II", "iso3": "JOR", "code": "JORGOV",
        "forms": ["الملك عبد الله الثاني"]}
SYRIANS = {"id": "syrcvl", "type": "ORG", "en": "Syrian people", "iso3": "SYR", "code": "SYRCVL",
           "forms": ["اللاجئين السوريين"]}

_ALL = (LNA, HAFTAR, ISIS, PESH, ZARQAWI, US_ARMY, KING, SYRIANS)


def _sides(doc):
    return event_sides(doc, _ALL, "cameo_root")


def test_an_actor_after_an_allegiance_adjective_describes_the_first_side_of_a_between_pair():
    doc = code_events("ودارت اشتباكات عنيفة أمس بين الجيش الليبي الموالي لخليفة حفتر وتنظيم داعش قرب سرت.",
                      [LNA, HAFTAR_GOV, ISIS])
    assert ("19", "lna", "isis") in _sides(doc)


def test_a_foiled_attack_with_its_own_doer_is_that_doers_attack_on_the_side_that_foiled_it():
    doc = code_events("وأحبطت قوات البيشمركة أمس هجوما شنه مسلحون من تنظيم داعش غرب كركوك.", [PESH, ISIS])
    sides = _sides(doc)
    assert ("19", "pesh", "isis") in sides
    assert ("19", "isis", "pesh") in sides


def test_the_one_said_to_be_involved_in_attacks_is_their_doer():
    doc = code_events("وأكد المتحدث أن الزرقاوي كان متورطا في اعتداءات ضد الجيش الأمريكي قرب الفلوجة.",
                      [ZARQAWI, US_ARMY])
    assert ("18", "zarqawi", "usarmy") in _sides(doc)


def test_the_head_of_a_relative_first_to_give_aid_is_its_giver_and_not_the_next_speaker():
    doc = code_events("وأشاد الوزير بالمساعدات وعلى رأسها الملك عبد الله الثاني الذي كان السباق في تقديم يد العون "
                      "للاجئين السوريين.", [KING, SYRIANS])
    aid = [s for s in _sides(doc) if s[0] == "07"]
    assert aid and aid[0][1] == "king"
    assert aid[0][2] != "king"


def test_an_adjective_between_an_attack_noun_and_its_agent_verb_keeps_the_agent():
    doc = code_events("وقصفت البيشمركة مواقع تنظيم داعش ردا على هجوم جديد شنه تنظيم داعش على البيشمركة غرب كركوك.",
                      [PESH, ISIS])
    assert ("19", "isis", "pesh") in _sides(doc)


def test_a_repelled_attack_described_by_an_adjective_is_still_its_doers_attack():
    doc = code_events("وصدت البيشمركة أمس هجوما عنيفا شنه تنظيم داعش غرب كركوك.", [PESH, ISIS])
    assert ("19", "isis", "pesh") in _sides(doc)
