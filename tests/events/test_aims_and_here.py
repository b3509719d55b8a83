""""تستهدف مصر أن تصل العائدات" is an aim whatever it names; "هنا" (here) is no congratulation. Sentences written
for the test."""

from __future__ import annotations


def test_an_aim_clause_after_tastahdif(event_sides):
    assert event_sides("وتستهدف مصر أن تصل عائدات قناة السويس إلى 5.5 مليار دولار.") == []
    assert event_sides("واستهدفت إسرائيل مواقع في غزة.") == [("190", "gpe.ISR", "loc.gaza-strip")]


def test_here_is_no_congratulation(event_sides):
    text = "وقال وزير الصحة السعودي إن الوضع مستقر، وهنا أود أن أشير إلى جهود منظمة الصحة العالمية."
    assert [s for s in event_sides(text) if s[0] == "051"] == []
    sides = event_sides("وهنأ الملك سلمان الرئيس التركي بفوزه في الانتخابات.")
    assert sides and sides[0][0] == "051", sides


def test_an_appeal_to_its_own_nationals(event_sides):
    assert event_sides("ودعت وزارة الخارجية البريطانية رعاياها إلى مغادرة اليمن فورا.")[0][2] == "GBRCVL"
    assert event_sides("وحذرت السفارة الأمريكية مواطنيها من السفر إلى لبنان.")[0][2] == "USACVL"


def test_an_unknown_speaker_s_blame_is_not_the_last_speaker_s(event_sides):
    text = ("واعتقلت قوات الاحتلال الإسرائيلي ثلاثة فلسطينيين في نابلس. "
            "وأشار فارس إلى أن القرار يأتي في ظل حالة من العمى والعنصرية التي تعيشها دولة الاحتلال الإسرائيلي، "
            "وأن ذلك بعض نتائج وجود حكومة يمينية عنصرية متطرفة ترتكب جرائم بحق الأسرى.")
    assert [s for s in event_sides(text) if s[0] in ("111", "112")] == []


def test_a_definite_act_with_nobody_named_is_a_topic(event_sides):
    assert event_sides("لم تكن الأديان يوما أداة للقتل والتفرقة.") == []
    assert event_sides("وظل الصحفي قيد الاعتقال لأكثر من عام.") == []
    sides = event_sides("وقتل ثلاثة مدنيين في هجوم على سوق في المدينة.")
    assert sides and sides[0][0].startswith("19"), sides  # an act told with its victims stays


def test_a_town_is_where_force_is_used_never_who_uses_it(event_sides):
    shelled = event_sides("وقصفت حلب مواقع المعارضة في ريف إدلب.")
    assert shelled and shelled[0][:2] == ("190", "UAF"), shelled
    protests = event_sides("وقالت مصادر إن البصرة شهدت مظاهرات ضد الحكومة.")
    assert protests and protests[0][:2] == ("141", "IRQCVL"), protests
    visits = event_sides("ويأتي هجوم مايدوغوري عقب زيارة قام بها الرئيس النيجيري إلى الكاميرون.")
    assert all(source != "gpe.maiduguri-ng" for _, source, _ in visits), visits
