"""A call the subject received ("خلال اتصال هاتفي تلقاه اليوم من الرئيس الإيراني") was made by the one
after من; a guest named right after a hosting noun of time ("خلال استقباله سفير الأردن") is the guest,
the pronoun the host, while "وجد في استقباله مسؤولون" keeps the pronoun as the guest. Sentences written
for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-11-12"


def _events(text: str, code: str) -> list:
    return [e for e in analyze(text, published=DATE).events if e.cameo_code == code]


def test_a_received_call_was_made_by_the_caller() -> None:
    text = ("بحث صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، خلال اتصال هاتفي تلقاه اليوم من "
            "فخامة الرئيس الإيراني مسعود بزشكيان، العلاقات الثنائية.")
    found = _events(text, "041")
    assert found and found[0].source.entity_id == "per.masoud-pezeshkian"
    assert found[0].target.entity_id == "per.tamim-bin-hamad"


def test_the_host_receives_the_guest_named_after_the_noun() -> None:
    text = "أكد وزير الخارجية السعودي فيصل بن فرحان خلال استقباله سفير الأردن لدى المملكة عمق العلاقات."
    found = _events(text, "043")
    assert found and found[0].source.entity_id == "per.faisal-bin-farhan"
    assert found[0].target.country_iso3 == "JOR"


def test_a_written_date_and_a_palace_before_the_guest() -> None:
    text = ("استقبل سمو ولي العهد الشيخ صباح خالد الحمد الصباح في قصر بيان اليوم الأحد الموافق 15 جمادى الأولى "
            "1447 هـ، وزير الخارجية العماني السيد بدر بن حمد البوسعيدي.")
    found = _events(text, "043")
    assert found and found[0].source.entity_id == "per.sabah-al-khalid"
    assert found[0].target.entity_id == "per.badr-albusaidi"


def test_an_agency_and_its_colon_end_the_dateline() -> None:
    text = ("عمّان - بترا: أكد جلالة الملك عبدالله الثاني، خلال لقائه في قصر الحسينية اليوم الاثنين رئيس وزراء "
            "العراق محمد شياع السوداني، ضرورة تكثيف الجهود لوقف التصعيد في المنطقة.")
    found = _events(text, "040")
    assert found and found[0].source.entity_id == "per.king-abdullah-ii"
