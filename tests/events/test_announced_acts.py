"""A force announcing an arrest right after its name announces its own act ("أعلن الجيش الإسرائيلي اعتقال
عشرة فلسطينيين"), and people counted in words are that country's civilians; a source telling of killings
is no killer; the victims of a condemned act are not the condemned. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2025-04-20")
    return [(e.cameo_code, e.source.entity_id or e.source.actor_code if e.source else None,
             e.target.entity_id or e.target.actor_code if e.target else None) for e in doc.events]


def test_a_force_announces_its_own_arrests() -> None:
    assert _events("أعلن الجيش الإسرائيلي اعتقال عشرة فلسطينيين في الضفة الغربية.") == \
        [("173", "org.idf", "PSECVL")]


def test_a_source_telling_of_killings_is_no_killer() -> None:
    assert all(source not in {"COP", "SAUCOP"} for _, source, _ in _events("أكد مصدر أمني مقتل خمسة جنود."))


def test_the_victims_of_a_condemned_act_are_not_condemned() -> None:
    events = _events("اختطف مسلحون أربعة إيطاليين في منطقة مليتة غرب طرابلس. وأبدت الحكومة الليبية استنكارها "
                     "لاختطاف أربعة إيطاليين، معتبرة أنه عمل إجرامي.")
    assert all(target != "ITACVL" for code, _, target in events if code.startswith("11")), events


def test_an_army_announcing_fighters_neutralised_past_an_aside_claims_it() -> None:
    doc = analyze('أعلنت وزارة الدفاع التركية، اليوم الأربعاء، "تحييد" 12 مسلحا من وحدات حماية الشعب الكردية.',
                  published="2025-02-12")
    hit = next(e for e in doc.events if e.cameo_code == "190")
    assert hit.source is not None and hit.source.country_iso3 == "TUR"
    assert hit.target is not None and hit.target.actor_code == "SYRREB"


def test_an_attack_repelled_by_a_named_group_after_lam_is_that_groups() -> None:
    doc = analyze("وصد الجيش السوداني هجوما لقوات الدعم السريع على المدينة.", published="2025-04-14")
    sides = {(e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
             for e in doc.events if e.cameo_code == "190"}
    assert ("SDNMIL", "SDNREB") in sides and ("SDNREB", "SDNMIL") in sides, sides
