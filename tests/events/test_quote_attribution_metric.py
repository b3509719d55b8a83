"""The scorer's quote attribution precision: of the system's direct quotes with a speaker that hold a
gold quote's words, the share naming the gold speaker; quotes the gold cannot judge are left out."""

from marsad.eval.gold import score_gold

TEXT = "قال تبون : نحن مستعدون لفتح الحدود قريبا. وقال سعيد : لن نقبل أي تدخل في شؤوننا. كلام آخر لا يعرفه أحد هنا."


def _quote(words: str, speaker: str | None, direct: bool = True) -> dict:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "text": words, "direct": direct,
            "speaker": {"canonical_en": speaker} if speaker else None}


def test_attribution_precision_counts_judged_quotes_only():
    gold = {"id": "a", "entities": [], "events": [], "numbers": [], "dates": [],
            "quotes": [{"speaker": "Abdelmadjid Tebboune", "first_words": "نحن مستعدون لفتح الحدود قريبا"},
                       {"speaker": "Kais Saied", "first_words": "لن نقبل أي تدخل في"}]}
    analysis = {"text": TEXT, "entities": [], "events": [], "quantities": [], "times": [], "quotes": [
        _quote("نحن مستعدون لفتح الحدود قريبا", "Abdelmadjid Tebboune"),
        _quote("لن نقبل أي تدخل في شؤوننا", "Abdelmadjid Tebboune"),  # wrong speaker
        _quote("كلام آخر لا يعرفه أحد هنا", "Kais Saied"),  # not in the gold: not judged
        _quote("لن نقبل أي تدخل", None),  # no speaker: not an attribution
    ]}
    total = score_gold([gold], {"a": analysis}).to_dict()["total"]
    assert (total["quotes_attributed"], total["quotes_attributed_right"]) == (2, 1)
    assert total["quote_attribution_precision"] == 0.5
