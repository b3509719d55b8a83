"""A party the knowledge base lacks, named with its country's adjective ("حزب الجيل الديمقراطي المصري"), is
that country's party. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def test_an_unknown_party_with_its_nationality() -> None:
    doc = analyze("رحب حزب الجيل الديمقراطي المصري بزيارة الأمير محمد بن سلمان لمصر.", published="2015-08-01")
    assert any(e.source is not None and e.source.actor_code == "EGYPTY" for e in doc.events)


def test_a_known_party_keeps_its_own_code() -> None:
    doc = analyze("وانتقد حزب العمال الكردستاني الحكومة التركية.", published="2015-08-01")
    assert any(e.source is not None and e.source.actor_code == "TURREB" for e in doc.events)
