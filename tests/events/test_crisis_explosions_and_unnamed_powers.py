"""A crisis reaching "مرحلة الانفجار" is no bomb; unnamed powers before a verb ("لقوى خارجية تستهدف بخططها
المملكة") are its subject, so the state after it is the object, not the doer. Sentences written for the
test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_crisis_short_of_explosion_is_no_bombing() -> None:
    doc = analyze("وهناك درجات أخرى من التوتر لا تصل إلى مرحلة الانفجار، مثلما يحصل من حين لآخر بين الجزائر والمغرب "
                  "بسبب قضية الصحراء.", published="2015-08-09")
    assert not [e for e in doc.events if e.cameo_code.startswith("18")], doc.events


def test_a_state_targeted_by_unnamed_powers_does_not_target() -> None:
    doc = analyze("وشدد البيان على أن هذا الإرهاب يكشف بعدوانه المقيت هذا على أنه واجهة ضلال وإضلال, ويد لقوى خارجية "
                  "تستهدف بخططها المملكة العربية السعودية وأمنها واستقرارها ووحدتها, والمنطقة, والأمة الإسلامية في "
                  "قلبها.", published="2015-08-09")
    assert all(e.source is None or e.source.country_iso3 != "SAU" for e in doc.events
               if e.cameo_code.startswith("19")), doc.events
