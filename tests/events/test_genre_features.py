"""A long piece (400 words or more) that almost never says who said what is a feature or an essay even in
the third person: its acts with an unnamed side are dropped. The feature below was written for this test."""

from __future__ import annotations

from marsad.api import analyze
from marsad.events.cues import load_cues
from marsad.events.genre import COMMENTARY, NEWS, article_genre

PARAGRAPHS = (
    "في قاعة واسعة يغمرها الضوء، تتوزع آلات زجاجية قديمة على منصات بيضاء، ويتنقل الزوار بينها في صمت "
    "كأنهم يخشون أن يوقظوا أصواتا نائمة منذ قرنين. هنا تعرض آلة الهارمونيكا الزجاجية التي شغلت مدن أوروبا "
    "في القرن الثامن عشر، وحامت حولها حكايات كثيرة عن موسيقى تشفي المرضى وأخرى تقتل السامعين.",
    "يبدأ العرض بمقطوعة قصيرة تتصاعد فيها النغمات ببطء، ثم تنكسر فجأة في صوت حاد يملأ المكان. يقترب "
    "الأطفال من الزجاج ويحاولون لمسه، بينما يقف الكبار بعيدا يتأملون انعكاس الضوء على الحواف المصقولة، "
    "ويقرؤون اللوحات التي تشرح تاريخ الآلة ومخترعها وأشهر العازفين عليها.",
    "وتحكي اللوحات أن الآلة عرفت شهرة واسعة ثم اختفت من قاعات الحفلات، حين انتشرت شائعات عن أثرها في "
    "الأعصاب، وامتنعت بعض المدن عن عزفها في المسارح العامة. ولم تعد إلى الواجهة إلا في القرن العشرين، حين "
    "أعاد صناع مهرة بناءها بمواد أحدث وأمتن.",
    "في الجناح الثاني تتحول التجربة إلى مساحة للتأمل، فالجدران عارية، والأرض من خشب فاتح، والسقف "
    "مفتوح على السماء. يجلس الزائر على مقعد طويل، ويستمع إلى تسجيلات لعازفين من بلدان مختلفة، ويترك "
    "للصوت أن يقوده من ذكرى إلى أخرى.",
    "ويخرج الزائر من القاعة الأخيرة إلى حديقة صغيرة تحيط بها أشجار السرو، وفيها نافورة ماء تصدر نغمة "
    "خافتة تشبه نغمات الزجاج. كأن المعرض أراد أن يذكر زواره بأن الموسيقى ليست في الآلات وحدها، بل في "
    "الماء والريح وخطوات المارة.",
)
FEATURE = "\n".join(PARAGRAPHS * 3)


def test_a_long_piece_with_no_reporting_word_is_commentary() -> None:
    doc = analyze(FEATURE, published="2015-08-01")
    assert len([t for t in doc.tokens if t.kind == "word"]) >= 400
    assert article_genre(doc, load_cues()) == COMMENTARY
    assert not any(e.cameo_root in {"18", "19", "20"} for e in doc.events), [(e.cameo_code, e.trigger.text) for e in doc.events]


def test_a_short_piece_stays_news() -> None:
    doc = analyze(PARAGRAPHS[0], published="2015-08-01")
    assert article_genre(doc, load_cues()) == NEWS
