"""A denial of responsibility answers whoever accused the denier ("اتهم الجيش قوات الدعم السريع …" then
"ونفت قوات الدعم السريع مسؤوليتها"), and a participle after the denial's comma asserts ("، متهمة الجيش
بالفبركة" is an accusation made, not denied). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

TEXT = ("اتهم الجيش السوداني قوات الدعم السريع بقصف مخيم أبو شوك للنازحين قرب مدينة الفاشر. "
        "ونفت قوات الدعم السريع في بيان مسؤوليتها عن الهجوم، متهمة الجيش بفبركة الأكاذيب. "
        "وطالب الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين بوقف فوري لإطلاق النار.")


def _event(code: str):
    found = [e for e in analyze(TEXT, published="2025-06-02").events if e.cameo_code == code]
    assert found, code
    return found[0]


def test_the_denial_answers_the_accuser() -> None:
    denial = _event("016")
    assert denial.source.entity_id == "org.rsf-sudan" and denial.target is not None
    assert denial.target.entity_id == "org.saf"


def test_a_participle_after_the_denial_is_asserted() -> None:
    accusation = _event("112")
    assert (accusation.negated, accusation.modality) == (False, "asserted")
