"""Argument frames on short sentences written for these tests: word order, implied actors, sides."""

from eventdocs import code_events

SISI = {"id": "sisi", "type": "PER", "en": "Abdel Fattah el-Sisi", "iso3": "EGY", "code": "EGYGOV",
        "forms": ["السيسي", "الرئيس المصري"]}
ERDOGAN = {"id": "erdogan", "type": "PER", "en": "Recep Tayyip Erdogan", "iso3": "TUR", "code": "TURGOV",
           "forms": ["أردوغان", "الرئيس التركي"]}
PRESIDENCY = {"id": "egy-pres", "type": "ORG", "en": "Egyptian Presidency", "iso3": "EGY", "code": "EGYGOV",
              "forms": ["الرئاسة المصرية"]}
CAIRO = {"id": "cairo", "type": "GPE", "en": "Cairo", "iso3": "EGY", "role": "capital", "forms": ["القاهرة"]}
ANKARA = {"id": "ankara", "type": "GPE", "en": "Ankara", "iso3": "TUR", "role": "capital", "forms": ["أنقرة"]}
TURKEY = {"id": "tur", "type": "GPE", "en": "Turkey", "iso3": "TUR", "code": "TUR", "forms": ["تركيا"]}
LEBANON = {"id": "lbn", "type": "GPE", "en": "Lebanon", "iso3": "LBN", "code": "LBN", "forms": ["لبنان"]}
BAGHDAD = {"id": "baghdad", "type": "GPE", "en": "Baghdad", "iso3": "IRQ", "role": "capital", "forms": ["بغداد"]}
BASRA = {"id": "basra", "type": "GPE", "en": "Basra", "iso3": "IRQ", "forms": ["البصرة"]}
ABBAS = {"id": "abbas", "type": "PER", "en": "Mahmoud Abbas", "iso3": "PSE", "code": "PSEGOV", "forms": ["محمود عباس"]}
GAZA = {"id": "gaza", "type": "GPE", "en": "Gaza", "iso3": "PSE", "forms": ["غزة"]}
SHOUKRY = {"id": "shoukry", "type": "PER", "en": "Sameh Shoukry", "iso3": "EGY", "code": "EGYGOV",
           "forms": ["سامح شكري", "شكري"]}
SAFADI = {"id": "safadi", "type": "PER", "en": "Ayman Safadi", "iso3": "JOR", "code": "JORGOV",
          "forms": ["أيمن الصفدي", "الصفدي"]}
PUTIN = {"id": "putin", "type": "PER", "en": "Vladimir Putin", "iso3": "RUS", "code": "RUSGOV", "forms": ["بوتين"]}
ALIYEV = {"id": "aliyev", "type": "PER", "en": "Ilham Aliyev", "iso3": "AZE", "code": "AZEGOV", "forms": ["علييف"]}
PASHINYAN = {"id": "pashinyan", "type": "PER", "en": "Nikol Pashinyan", "iso3": "ARM", "code": "ARMGOV",
             "forms": ["باشينيان"]}


_code = code_events


def _sides(ev):
    return ev.cameo_code, ev.source.entity_id or ev.source.actor_code, \
        (ev.target.entity_id or ev.target.actor_code) if ev.target else None


def test_subject_before_verb_in_a_headline():
    doc = _code("السيسي يستقبل أردوغان في القاهرة\nاستقبل الرئيس المصري الرئيس التركي اليوم.",
                [SISI, ERDOGAN, CAIRO])
    assert [_sides(e) for e in doc.events] == [("043", "sisi", "erdogan")] * 2  # headline kept apart


def test_purpose_visit_is_part_of_the_invitation_and_visit_goes_to_the_place():
    doc = _code("ووجه الرئيس التركي دعوة إلى السيسي لزيارة أنقرة، فيما أعلنت الرئاسة المصرية أن السيسي "
                "سيزور تركيا في مايو.", [SISI, ERDOGAN, ANKARA, TURKEY, PRESIDENCY])
    assert [_sides(e) for e in doc.events] == [("036", "erdogan", "sisi"), ("042", "sisi", "tur")]
    assert doc.events[1].modality == "future"


def test_nisba_after_a_verbal_noun_is_its_agent():
    doc = _code("غارات إسرائيلية على لبنان\nقتل سبعة أشخاص.", [LEBANON], nisbas={"إسرائيلية": "ISR"})
    assert [_sides(e) for e in doc.events] == [("195", "ISRMIL", "lbn")]


def test_unnamed_arresters_and_crowds_take_the_country_of_the_place():
    doc = _code("اعتقلت الشرطة عشرات المحتجين في بغداد.", [BAGHDAD])
    (ev,) = doc.events
    assert _sides(ev) == ("173", "IRQCOP", "IRQCVL")


def test_protests_in_two_cities_are_two_events():
    doc = _code("خرجت احتجاجات في بغداد اليوم. وكانت احتجاجات مماثلة قد اندلعت في البصرة.", [BAGHDAD, BASRA])
    assert [(_sides(e), e.sentence_index) for e in doc.events] == [(("141", "IRQCVL", "IRQGOV"), 0),
                                                                    (("141", "IRQCVL", "IRQGOV"), 1)]


def test_condemning_an_attack_targets_its_doer():
    doc = _code("شن الجيش الإسرائيلي غارات على غزة. وأدان الرئيس الفلسطيني محمود عباس الغارات.",
                [ABBAS, GAZA], nisbas={"الإسرائيلي": "ISR", "الفلسطيني": "PSE"})
    assert [_sides(e) for e in doc.events] == [("195", "ISRMIL", "gaza"), ("111", "abbas", "ISRMIL")]


def test_both_sides_words_take_the_last_pair():
    doc = _code("التقى شكري الصفدي في عمان. وبحث الوزيران العلاقات الثنائية.", [SHOUKRY, SAFADI])
    assert [_sides(e) for e in doc.events] == [("040", "shoukry", "safadi"), ("046", "shoukry", "safadi")]


def test_each_coordinated_target_is_an_event():
    doc = _code("وأجرى بوتين اتصالين هاتفيين مع علييف وباشينيان.", [PUTIN, ALIYEV, PASHINYAN])
    assert [_sides(e) for e in doc.events] == [("041", "putin", "aliyev"), ("041", "putin", "pashinyan")]


def test_a_received_call_comes_from_the_caller():
    doc = _code("تلقى الصفدي اتصالا هاتفيا من شكري.", [SHOUKRY, SAFADI])
    assert [_sides(e) for e in doc.events] == [("041", "shoukry", "safadi")]


def test_pronoun_subject_after_complementiser_makes_the_next_actor_the_object():
    doc = _code("وأعلن بوتين أنه سيستضيف علييف في موسكو.", [PUTIN, ALIYEV])
    assert [_sides(e) for e in doc.events] == [("043", "putin", "aliyev")]
