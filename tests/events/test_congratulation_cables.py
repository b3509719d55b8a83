"""Royal congratulation cables, told one country after another in one article: "لفخامته" is the president
named last by office ("رئيس جمهورية بنين"), "عبر فيها" is the sender's wish, and "ولحكومة وشعب X" is whom
it goes to. Articles written for these tests."""

from __future__ import annotations

from marsad.api import analyze

_SWISS_CABLE = (
    "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة لفخامة السيدة سيمونيتا سوماروغا رئيس "
    "الاتحاد السويسري بمناسبة ذكرى اليوم الوطني لبلادها، متمنيا لحكومة وشعب الاتحاد السويسري التقدم.\n"
    "كما بعث نائب خادم الحرمين الشريفين الأمير محمد بن نايف برقية تهنئة مماثلة لرئيسة الاتحاد السويسري.\n"
)


def _wishes(text: str) -> list[tuple[str | None, str | None]]:
    """(country, target text) of each wish told with عبر."""
    doc = analyze(text, published="2015-08-01", outlet="was")
    return [(e.target and e.target.country_iso3, e.target and e.target.span and e.target.span.text)
            for e in doc.events if e.cameo_code == "051" and e.trigger.text.startswith(("عبر", "وعبر"))]


def test_the_honorific_is_the_president_named_by_office() -> None:
    text = _SWISS_CABLE + (
        "وبعث نائب خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس بوني يايي رئيس جمهورية بنين بمناسبة ذكرى "
        "اليوم الوطني لبلاده. وعبر نائب خادم الحرمين الشريفين عن أبلغ التهاني وأطيب التمنيات بموفور الصحة "
        "والسعادة لفخامته.\n")
    assert _wishes(text) == [("BEN", "فخامته")]


def test_the_wishes_go_to_the_state_named_after_government_and_people() -> None:
    text = _SWISS_CABLE + (
        "وبعث نائب خادم الحرمين الشريفين برقية تهنئة إلى الرئيس بوني يايي رئيس بنين بمناسبة ذكرى اليوم الوطني "
        "لبلاده. وعبر نائب خادم الحرمين الشريفين عن أبلغ التهاني وأطيب التمنيات بموفور الصحة له، ولحكومة وشعب "
        "بنين المزيد من التقدم.\n")
    assert _wishes(text) == [("BEN", "بنين")]


def test_the_writer_of_the_cable_is_its_sender() -> None:
    text = ("كما بعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود برقية "
            "مماثلة للرئيس توني تان كنق يام رئيس جمهورية سنغافورة عبر فيها عن أبلغ التهاني لفخامته.")
    doc = analyze(text, published="2015-08-09", outlet="was")
    written = [e for e in doc.events if e.trigger.text.startswith("عبر فيها")]
    assert written and written[0].source.span.text == "الأمير محمد بن نايف"
