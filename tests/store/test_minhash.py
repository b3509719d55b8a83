"""MinHash signatures: stable, similar for republished copy, dissimilar for different stories."""

from __future__ import annotations

from marsad.store.minhash import BINS, candidate_pairs, shingles, signature, similarity
from marsad.text.normalize import normalize_form

STORY = ("استقبل ولي العهد في قصره بجدة مساء أمس وزير الخارجية المصري وجرى خلال الاستقبال بحث العلاقات "
         "الثنائية بين البلدين الشقيقين وآفاق التعاون المشترك في المجالات كافة إضافة إلى مستجدات الأحداث "
         "في المنطقة والجهود المبذولة تجاهها وحضر الاستقبال عدد من أصحاب السمو والمعالي والمسؤولين")
REPUBLISHED = "جدة - واس: " + STORY.replace("مساء أمس", "مساء اليوم") + " في الديوان"
OTHER = ("أعلنت وزارة الصحة تسجيل حالات جديدة من الإصابة بالفيروس في عدد من المناطق ودعت المواطنين إلى "
         "اتباع الإرشادات الوقائية ومراجعة المراكز الصحية عند ظهور الأعراض وأكدت جاهزية المستشفيات")


def sig(text: str) -> bytes:
    result = signature(normalize_form(text))
    assert result is not None
    return result


def test_signature_is_stable_and_sized() -> None:
    assert sig(STORY) == sig(STORY)
    assert len(sig(STORY)) == BINS * 8


def test_republished_copy_is_similar_other_story_is_not() -> None:
    assert similarity(sig(STORY), sig(STORY)) == 1.0
    assert similarity(sig(STORY), sig(REPUBLISHED)) >= 0.7
    assert similarity(sig(STORY), sig(OTHER)) < 0.1


def test_spelling_variants_do_not_change_the_signature() -> None:
    variant = STORY.replace("أ", "ا").replace("ة", "ه")
    assert sig(variant) == sig(STORY)


def test_short_texts_get_no_signature() -> None:
    assert signature(normalize_form("خبر قصير جدا")) is None
    assert shingles("") == set()


def test_lsh_candidates_include_the_copy_not_the_other() -> None:
    pairs = candidate_pairs([("a", sig(STORY)), ("b", sig(REPUBLISHED)), ("c", sig(OTHER))])
    assert ("a", "b") in pairs
    assert not any("c" in p for p in pairs)
