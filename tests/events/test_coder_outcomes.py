"""Coder filters: casualties told apart from the strike that caused them, and material acts told with
the purpose ل. Sentences written for these tests."""

from eventdocs import code_events

ARMY = {"id": "army", "type": "ORG", "en": "Northland Army", "iso3": "SYR", "code": "SYRMIL",
        "forms": ["الجيش السوري"]}
REBELS = {"id": "front", "type": "ORG", "en": "Valley Front", "iso3": "SYR", "code": "SYRREB",
          "forms": ["جبهة الوادي"]}


def test_unnamed_killing_is_the_outcome_of_a_named_strike_paragraphs_apart():
    text = ("قصف الجيش السوري مواقع جبهة الوادي في ريف المدينة صباح أمس. "
            "وتحدث السكان عن دمار واسع في الأسواق والمنازل والطرق. "
            "وأفاد شهود بأن الطرق مغلقة منذ الصباح. "
            "وقتل عشرة أشخاص وأصيب آخرون.")
    doc = code_events(text, [ARMY, REBELS])
    violent = [e for e in doc.events if e.cameo_root in {"18", "19", "20"}]
    assert violent and all(e.source and e.source.entity_id == "army" for e in violent)


def test_unnamed_killing_alone_is_kept():
    doc = code_events("وقتل عشرة أشخاص وأصيب آخرون في انفجار وسط المدينة.", [])
    assert any(e.cameo_root in {"18", "19", "20"} for e in doc.events)


def test_purpose_of_a_material_act_is_the_act():
    doc = code_events("أرسل الجيش السوري طائرات لقصف مواقع جبهة الوادي شمال البلاد.", [ARMY, REBELS])
    assert any(e.cameo_root == "19" and e.source.entity_id == "army" for e in doc.events)


def test_purpose_of_a_verbal_act_is_only_an_intention():
    doc = code_events("وصل الجيش السوري إلى المدينة لبحث الأوضاع مع جبهة الوادي.", [ARMY, REBELS])
    assert not any(e.cameo_code.startswith("04") for e in doc.events)
