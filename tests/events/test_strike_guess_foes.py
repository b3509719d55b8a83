"""An untargeted strike is guessed to hit only a side the article shows fighting the doer's country, never an
ally named beside it; an unidentified force from across a border still hits the other side's forces.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

_ALLY = ("الرياض - واس: أشادت المقاومة الشعبية في تعز بدعم قوات التحالف العربي بقيادة المملكة العربية السعودية. "
         "وقال متحدث المقاومة الشعبية إن المقاومة الشعبية تتقدم في أحياء المدينة. ")


def _strikes(doc):
    return [e for e in doc.events if e.cameo_code.startswith("19") and e.source is not None
            and e.source.actor_code == "SAUMIL"]


def test_the_coalition_is_not_guessed_to_strike_the_resistance_it_backs() -> None:
    doc = analyze(_ALLY + "وشنت طائرات التحالف غارات مكثفة أمس على المدينة.", published="2015-08-01")
    strikes = _strikes(doc)
    assert strikes, doc.events
    assert all(e.target is None or e.target.actor_code != "YEMREB" or "Houthi" in (e.target.canonical_en or "")
               for e in strikes), [(e.source, e.target) for e in strikes]


def test_a_foe_struck_before_is_still_guessed() -> None:
    text = ("الرياض - واس: شنت طائرات التحالف العربي بقيادة المملكة العربية السعودية غارات على مواقع ميليشيات "
            "الحوثي في صعدة. " + _ALLY[len("الرياض - واس: "):] + "وشنت طائرات التحالف غارات مكثفة أمس على المدينة.")
    doc = analyze(text, published="2015-08-01")
    last = text.rindex("وشنت")
    told_last = [e for e in _strikes(doc) if any(t.start >= last for t in [e.trigger, *e.tellings])]
    assert told_last, [(e.trigger, e.tellings) for e in doc.events]
    assert all(e.target is not None and "Houthi" in (e.target.canonical_en or "") for e in told_last), \
        [(e.source, e.target) for e in told_last]


def test_shells_from_across_the_border_still_hit_the_other_sides_forces() -> None:
    doc = analyze("أبها - واس: أعلنت القوات المسلحة السعودية أنها تصدت لتسلل من اليمن. وأكد متحدث القوات المسلحة "
                  "السعودية أن اليمن يشهد فوضى. وسقطت أمس قذائف كثيفة من داخل الأراضي اليمنية.",
                  published="2015-08-01")
    shells = [e for e in doc.events if e.cameo_code.startswith("19") and e.source is not None
              and e.source.actor_code == "YEMUAF"]
    assert shells and all(e.target is not None and e.target.actor_code == "SAUMIL" for e in shells), doc.events
