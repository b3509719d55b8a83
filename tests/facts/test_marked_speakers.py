"""Speakers whose names the paper sets in quotation marks, and title phrases that go on with a body after ب/ل
("المتحدث الرسمي بقيادة حرس الحدود"), which name no person. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _quotes(text: str) -> list[tuple[bool, str, str | None]]:
    doc = analyze(text, published="2015-07-23")
    return [(q.direct, q.text, q.speaker.span.text if q.speaker and q.speaker.span else None) for q in doc.quotes]


def test_a_marked_name_after_the_verb_is_the_speaker_not_a_quote() -> None:
    found = _quotes('وأوضح "الدكتور نزار فقيه" أن هناك مضاعفات كان يمكن أن تحدث للطفل جراء الحادثة.')
    assert not any(direct for direct, _, _ in found)
    assert any(text.startswith("هناك مضاعفات") and speaker == "نزار فقيه" for _, text, speaker in found)


def test_a_body_after_the_title_is_no_name() -> None:
    found = _quotes("وقال المتحدث الرسمي بقيادة حرس الحدود بالمنطقة الشرقية النقيب عمر بن محمد الأكلبي: "
                    "تلقت فرق البحث والإنقاذ بلاغا عن تعرض طفل للغرق.")
    assert [speaker for _, _, speaker in found] == ["عمر بن محمد الأكلبي"]


def test_a_marked_name_after_a_spokesmans_title() -> None:
    found = _quotes('قال نائب المتحدث الإعلامي باسم صحة تبوك "صالح القرعوطي": "من قام بتصوير المقطع هو أحد المرضى".')
    assert [speaker for _, _, speaker in found] == ["صالح القرعوطي"]


def test_a_marked_name_keeps_its_first_letter() -> None:
    found = _quotes('وقال المتحدث الإعلامي لشرطة الرياض "فواز الميمان" إن الجهات الأمنية قبضت على المتهم.')
    assert [speaker for _, _, speaker in found] == ["فواز الميمان"]


def test_a_doctor_written_out_is_an_honorific() -> None:
    found = _quotes("وأوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي أن المصاب شقيق "
                    "المتهم.")
    assert [speaker for _, _, speaker in found] == ["عاطي بن عطية القرشي"]


def test_a_marked_statement_stays_a_quote() -> None:
    found = _quotes("وقال الوزير: «إن المملكة ستواصل دعم الشعب اليمني حتى استعادة الشرعية».")
    assert any(direct for direct, _, _ in found)


def _speakers(text: str) -> list[str]:
    doc = analyze(text, published="2015-07-23")
    return [m.text for m in doc.mentions if m.origin == "speaker"]


def test_a_name_that_begins_with_fa_keeps_it() -> None:
    assert _speakers("من جهته، شدد المدير الرياضي للأولمبياد الخاص السعودي فايز الشهري على أن المنافسات قوية.") == \
        ["فايز الشهري"]
    assert "فرعون" in _speakers("أشار وزير السياحة ميشال فرعون إلى أنه طلب من اللجنة. وشدد فرعون في بيان على أن "
                                "اللجنة ستعمل.")


def test_the_rank_rukn_is_no_part_of_the_name() -> None:
    assert _speakers("وقال الخبير في الشؤون العسكرية العميد ركن عباس صالح مقبل إن الحوثيين ينسحبون.") == \
        ["عباس صالح مقبل"]


def test_ala_is_nobody_named_again() -> None:
    text = "وقال الشيخ علي الحسيني إن الوضع صعب. وشدد على أن أفراد المقاومة الشعبية «يواجهون التحديات بصمود»."
    doc = analyze(text, published="2015-07-23")
    later = [q for q in doc.quotes if q.sentence_index == 1]
    assert later and all(q.speaker is None or q.speaker.span is None or q.speaker.span.text != "على" for q in later)


def test_a_speech_verb_ends_a_name() -> None:
    assert not any("أعلن" in name for name in _speakers(
        "وذكرت الوزارة أن قائد قوات مشاة البحرية الجنرال جوزيف دنفورد أعلن أن الطائرة جاهزة."))


def test_an_unnamed_officials_nationality_is_no_given_name() -> None:
    doc = analyze("قال مسؤول تركي كبير إن جنديا تركيا قتل في اشتباكات مع تنظيم داعش.", published="2015-07-23")
    assert not any(m.origin == "speaker" for m in doc.mentions)
    assert doc.quotes and doc.quotes[0].speaker is not None and doc.quotes[0].speaker.country_iso3 == "TUR"


def test_a_possessed_noun_ends_a_name() -> None:
    assert _speakers("واجه اللاعب الأرجنتيني السابق دييجو أرماندو مارادونا زوجته السابقة في المحكمة، وقال "
                     "مارادونا إن القضية انتهت.")[0] == "دييجو أرماندو مارادونا"
    assert _speakers("وقال المهندس محمد شحاتة إن المشروع اكتمل.") == ["محمد شحاتة"]


def test_a_phrase_on_the_speaker_between_commas_keeps_him_the_speaker() -> None:
    text = ("وسيواجه العبادي تحديات كثيرة. وفي هذا الصدد، يقول زيد العلي، مؤلف كتاب «الصراع من أجل مستقبل العراق»، "
            "إنّ «نظام الحكومة فاسد بالكامل».")
    assert [speaker for _, _, speaker in _quotes(text)] == ["زيد العلي"]


def test_an_office_set_off_before_the_colon() -> None:
    found = _quotes('وقال كارلوس غصن، رئيس نيسان ورئيس مجلس إدارتها: "نطمح لأن نكون صانع السيارات الأكثر مسؤولية.')
    assert [(direct, speaker) for direct, _, speaker in found] == [(True, "كارلوس غصن")]


def test_an_office_set_off_before_the_quotation_mark() -> None:
    found = _quotes('وقالت ليلى محمد سهيل، المدير التنفيذي لمؤسسة دبي للمهرجانات، "نهنئ رشيد على اختياره للمشاركة".')
    assert [(direct, speaker) for direct, _, speaker in found] == [(True, "ليلى محمد سهيل")]


def test_the_fathers_name_after_bin_is_part_of_the_name() -> None:
    found = _quotes("وأوضح المهندس جديع بن نهار القحطاني، المتحدث الرسمي للانتخابات، أن النظام نص على أحقية الجمعيات.")
    assert [speaker for _, _, speaker in found] == ["جديع بن نهار القحطاني"]


def test_some_people_are_not_the_last_speaker() -> None:
    found = _quotes("وقال الوزير عادل الجبير إن الانتخابات لم تكن حرة. لكن البعض قال أيضا إنه تعرض للترهيب.")
    assert found[-1][2] is None


def test_a_bodys_marked_short_name_in_the_title_is_no_speaker() -> None:
    assert _speakers("من جهته، أوضح مدير عام الشركة الوطنية السياحية «سياحية» المهندس صالح قدح أن الفعالية ناجحة.") \
        == ["صالح قدح"]


def test_a_family_name_closes_a_chain_with_bin() -> None:
    assert _speakers("من جهته، أكد أمين الأحساء المهندس عادل بن محمد الملحم أن المشروع اكتمل.") == \
        ["عادل بن محمد الملحم"]
    assert _speakers("وكشف المدرب أهمية الانضباط والرغبة في التعلم.") == []


def test_a_body_named_after_a_person_or_joined_to_the_title_is_no_speaker() -> None:
    assert _speakers("وأضاف مدير جامعة الإمام محمد بن سعود الإسلامية بالنيابة أن هذا الإنجاز كبير.") == []
    assert _speakers('أكد المتحدث الرسمي للهيئة الوطنية لحماية النزاهة ومكافحة الفساد "نزاهة" عبدالرحمن العجلان '
                     "أن الهيئة تتابع.") == ["عبدالرحمن العجلان"]
    assert _speakers("وأفاد مدير شؤون المباني بتعليم المخواة المهندس بندر بن عطية الزهراني أن المشروع اكتمل.") == \
        ["بندر بن عطية الزهراني"]
