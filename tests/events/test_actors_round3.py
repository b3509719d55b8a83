"""Actors, third round: coordinated nisbas, "التنظيم"/"الجماعة" alone, "هذه القوات", anonymous sources
flagged as reporters, two proclitics before an actor noun, suspects and tribes, a written ta marbuta
that is no pronoun, and the role word lists on `Cues`. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from eventdocs import actor_by_text, build_doc, sentence_actor_list

from marsad.events.actors import MentionIndex, is_reporter, sentence_actors, sentence_tokens
from marsad.events.cues import load_cues
from marsad.text.normalize import normalize_form

CUES = load_cues()

IS = {"id": "org.isis", "type": "ORG", "en": "Islamic State", "code": "IMGMOSREB", "forms": ["داعش"]}
ISF = {"id": "org.isf", "type": "ORG", "en": "Iraqi Security Forces", "iso3": "IRQ", "code": "IRQCOP",
       "forms": ["القوات الأمنية العراقية"]}
RAMADI = {"id": "gpe.ramadi", "type": "GPE", "en": "Ramadi", "iso3": "IRQ", "forms": ["الرمادي"]}


actors = sentence_actor_list
by_text = actor_by_text


def test_coordinated_nisbas_are_two_militaries():
    doc = build_doc("وقصفت القوات الأمريكية والبريطانية مواقع قرب الرمادي.", [RAMADI],
                    {"الأمريكية": "USA", "البريطانية": "GBR"})
    codes = [a.actor.actor_code for a in actors(doc)]
    assert codes[:2] == ["USAMIL", "GBRMIL"]


def test_dual_government_noun_takes_the_nisba():
    found = actors(build_doc("وأكدت الحكومتان الفرنسية والألمانية دعمهما.", [],
                             {"الفرنسية": "FRA", "الألمانية": "DEU"}))
    assert [a.actor.actor_code for a in found] == ["FRAGOV", "DEUGOV"]


def test_organisation_head_alone_is_the_armed_group_named_before():
    doc = build_doc("وهاجم مسلحو داعش حاجزا للشرطة. وقال شهود إن التنظيم انسحب وإن الجماعة خسرت عناصر.", [IS])
    found = actors(doc, 1)
    assert by_text(found, "التنظيم").actor.actor_code == "IMGMOSREB"
    assert by_text(found, "الجماعة").actor.actor_code == "IMGMOSREB"


def test_organisation_head_with_no_armed_group_is_nobody():
    found = actors(build_doc("وقال المتحدث إن التنظيم الجديد للوزارة يبدأ غدا.", []))
    assert by_text(found, "التنظيم") is None


def test_demonstrative_force_refers_to_last_named_force():
    doc = build_doc("وتدربت القوات الأمنية العراقية شهرا. ثم تمكنت هذه القوات من دخول الرمادي.", [ISF, RAMADI])
    made = by_text(actors(doc, 1), "هذه القوات")
    assert made is not None and made.actor.actor_code == "IRQCOP"
    alone = actors(build_doc("ثم تمكنت هذه القوات من دخول الرمادي.", [RAMADI]))
    assert by_text(alone, "هذه القوات") is None  # no force named before


def test_anonymous_sources_are_flagged_as_reporters():
    doc = build_doc("وسيطر المقاتلون على الرمادي وفق ما أفادت مصادر عسكرية.", [RAMADI])
    found = actors(doc, home="IRQ")
    source = by_text(found, "مصادر عسكرية")
    assert source is not None and is_reporter(source) and source.actor.actor_code == "IRQMIL"
    assert not is_reporter(by_text(found, "الرمادي"))


def test_actor_noun_with_two_proclitics_takes_the_nisba():
    found = actors(build_doc("وأشاد الوزير وبالحكومة التركية أمس.", [], {"التركية": "TUR"}))
    assert [a.actor.actor_code for a in found] == ["TURGOV"]


def test_suspects_are_unidentified_and_tribes_are_the_place_people():
    found = actors(build_doc("واعتقلت الشرطة في الرمادي خمسة مشتبه بهم.", [RAMADI]))
    assert by_text(found, "مشتبه بهم").actor.actor_code == "UAF"
    tribes = actors(build_doc("واشتبك مقاتلو العشائر مع مسلحي داعش قرب الرمادي.", [IS, RAMADI]))
    assert by_text(tribes, "مقاتلو العشائر").actor.actor_code == "IRQCVL"


def test_ta_marbuta_is_no_owner_pronoun():
    doc = build_doc("وانتقد الجيش الأمريكي تصريحات وصفها بأنها غير مسؤولة ولا تخدم مسؤوله.", [], {"الأمريكي": "USA"})
    tokens = sentence_tokens(doc)[0]
    cues = replace(CUES, actor_nouns={**CUES.actor_nouns, normalize_form("مسؤول"): "GOV"})
    found = sentence_actors(doc, tokens, cues, None, MentionIndex.build(doc))
    owned = [a.actor.span.text for a in found if a.actor.actor_code == "USAGOV"]
    assert owned == ["مسؤوله"]  # the pronoun ـه owns; the feminine ending ـة does not


def test_role_lists_are_on_cues():
    folded = {normalize_form(w) for w in ("الطرفين", "الطرفان")}
    assert folded <= CUES.both_sides
    assert normalize_form("اشتباكات") in CUES.clash_nouns and normalize_form("اقتتال") in CUES.clash_nouns
    assert normalize_form("مواقع") in CUES.held_places and normalize_form("عشرات") in CUES.quantity_words
    assert normalize_form("وفد") in CUES.member_heads and normalize_form("محطة") in CUES.media_nouns
    assert normalize_form("بحسب") in CUES.attribution_words and normalize_form("جراء") in CUES.cause_words
    assert normalize_form("مطار") in CUES.place_nouns and normalize_form("شمال") in CUES.place_nouns


def test_movement_nisba_alone_opens_a_clause_but_not_after_a_name():
    houthis = {"id": "org.houthis", "type": "ORG", "en": "Houthis", "code": "YEMREB", "forms": ["أنصار الله"]}
    doc = build_doc("وقال المسؤول إن «الحوثي قصف الأحياء». وتدعم طهران التمرد الحوثي. وقال علي الحوثي إنه بخير.",
                    [houthis])
    assert by_text(actors(doc, 0), "الحوثي").actor.actor_code == "YEMREB"
    assert by_text(actors(doc, 1), "التمرد الحوثي").actor.actor_code == "YEMREB"
    assert by_text(actors(doc, 2), "الحوثي") is None  # a surname after a given name


def test_bare_militias_refer_back_to_the_armed_group_even_misspelt():
    houthis = {"id": "org.houthis", "type": "ORG", "en": "Houthis", "iso3": "YEM", "code": "YEMREB",
               "forms": ["الحوثيين"]}
    doc = build_doc("وهاجم مسلحو الحوثيين حاجزا للشرطة. وأطلقت الميلشيات قذائف على الحي ثم انسحبت الميليشيات.",
                    [houthis])
    found = actors(doc, 1)
    assert by_text(found, "الميلشيات").actor.actor_code == "YEMREB"
    assert by_text(found, "الميليشيات").actor.actor_code == "YEMREB"
    assert by_text(actors(build_doc("وقال المتحدث إن الميليشيات انسحبت.", [])), "الميليشيات") is None
