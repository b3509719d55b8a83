"""Names written with the Persian letters an Iranian outlet keeps (عراقچی، پزشکیان) link like their Arabic
spellings (عراقجي، بزشكيان). Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_persian_letters_in_a_name_still_link() -> None:
    doc = analyze("التقی وزیر الخارجیة الإیرانی عباس عراقچی نظیره الترکی هاکان فیدان. واستقبل مسعود پزشکیان الوفد.",
                  published="2025-06-02")
    ids = {m.text: m.entity_id for m in doc.mentions if m.kind == "name"}
    assert ids.get("عباس عراقچی") == "per.abbas-araghchi" and ids.get("مسعود پزشکیان") == "per.masoud-pezeshkian"
