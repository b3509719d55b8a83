"""Names only the learned tagger finds (people and bodies the knowledge base lacks) take no actor slot,
but a clause whose subject one of them is has no other subject, and a newspaper or person named so
ends the last speaker's turn. Sentences written for the test; they rely on the shipped tagger finding
the names."""

from __future__ import annotations


def test_an_unknown_person_before_the_verb_is_its_subject_not_the_body_after_it(event_sides) -> None:
    events = event_sides("انتقد سمير دندن، رئيس جمعية المسلمين في أستراليا، برنامج الحكومة. لكن دندن انتقد برنامج "
                         "الحكومة الأسترالية المحافظة.", "2015-07-23")
    assert not any(s == "AUSGOV" for _, s, _ in events), events


def test_a_paper_quoted_by_name_ends_the_last_speakers_turn(event_sides) -> None:
    events = event_sides('وقال وزير الأشغال العامة والإسكان الفلسطيني مفيد الحساينة إن العمل مستمر. كتبت "يسرائيل '
                         'هيوم" ان رئيس الكنيست يولي ادلشتاين، رافق مستوطنين الى خرائب مستوطنة في شمال الضفة، ودعا '
                         'في خطاب امامهم الى العودة لتوطين المستوطنين الإسرائيليين.', "2015-07-23")
    assert not any(c == "020" for c, _, _ in events), events
