"""The UN's envoy, victims before an attack noun, asides between dashes, a coalition named with لل, and
لم يكن before its subject. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str, published: str = "2015-08-09") -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in analyze(text, published=published).events]


def test_the_international_envoy_to_a_state_is_the_uns_not_that_states(event_sides) -> None:
    events = _events("وفد حوثي يلتقي المبعوث الدولي إلى اليمن في مسقط.")
    assert ("040", "YEMREB", "IGOUNO") in events, events


def test_the_un_envoy_named_before_is_the_envoy_the_title_refers_to(event_sides) -> None:
    events = event_sides("وقال المبعوث الأممي برناردينو ليون إن الحوار مستمر. ودعا المبعوث الأممي الأطراف الليبية إلى "
                         "توقيع الاتفاق.", "2015-08-01")
    assert any(c == "020" and s == "per.bernardino-leon" for c, s, _ in events), events


def test_soldiers_killed_in_an_attack_did_not_attack() -> None:
    events = _events("مقتل جنود إيرانيين بهجوم كردي غربي إيران.", "2015-08-01")
    assert not any(s == "IRNMIL" for _, s, _ in events), events
    assert any(t == "IRNMIL" for _, _, t in events), events


def test_an_actor_inside_a_dash_aside_does_not_own_the_pronoun() -> None:
    events = _events("وصعدت جماعة الشباب المتطرفة -التي ترتبط بعلاقات مع تنظيم القاعدة- من هجماتها الدامية في "
                     "الأشهر الأخيرة.", "2015-08-01")
    assert any(s == "SOMREB" for _, s, _ in events), events
    assert not any(s == "IMGMOSREB" for _, s, _ in events), events


def test_the_coalition_alone_is_the_one_named_with_a_contracted_article(event_sides) -> None:
    # (in a report on Syria the bare word had been the coalition fighting there, the global one)
    events = event_sides("بدأت الهيئة العامة للائتلاف السوري المعارض اجتماعات دورتها في مدينة إسطنبول لبحث الوضع في "
                         "سوريا. وتم تخصيص اليوم الثاني لعرض الوضع الميداني في سوريا وتوصيات لقاء المجلس الوطني "
                         "الكردي والائتلاف.", "2015-08-01")
    assert any(t == "org.syrian-national-coalition" for _, _, t in events), events
    assert not any(t == "org.global-coalition" or s == "org.global-coalition" for _, s, t in events), events


def test_lam_yakun_before_the_subject_and_its_verb() -> None:
    events = _events("لكن في غضون أيام لم يكن الرئيس التركي رجب طيب أردوغان يقصف قوات داعش فحسب.", "2015-08-09")
    assert not any(s == "IMGMOSREB" for _, s, _ in events), events


def test_the_kings_ambassador_is_not_the_king(event_sides) -> None:
    events = event_sides("والتقى الرئيس التونسي الباجي قائد السبسي سفير خادم الحرمين الشريفين لدى تونس.", "2015-08-09")
    meetings = [(s, t) for c, s, t in events if c == "040"]
    assert meetings and all(t != "per.king-salman" for _, t in meetings), events
    assert any(t == "SAUGOV" for _, t in meetings), events
