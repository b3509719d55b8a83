"""Coverage of the predicate lexicon: every CAMEO root, at least 150 codes, each with its own table row;
and the senses of the more_*.yaml files firing on the words that name them and not on look-alikes."""

from pathlib import Path

import pytest
import yaml

from marsad.events.cameo import load_table, quad_class_of
from marsad.events.lexicon import LEXICON_DIR, Lexicon
from marsad.text.tokens import tokenize

ROOTS = {f"{r:02d}" for r in range(1, 21)}


def _codes(text: str) -> list[str]:
    return [t.entry.code for t in Lexicon.load().match(tokenize(text))]


def test_all_roots_and_at_least_150_codes():
    codes = {e.code for e in Lexicon.load().entries}
    assert {c[:2] for c in codes} == ROOTS
    assert len(codes) >= 150


def test_every_lexicon_code_has_its_own_table_row():
    table = load_table()
    missing = sorted({e.code for e in Lexicon.load().entries} - set(table))
    assert missing == []


def test_table_rows_are_sane():
    for row in load_table().values():
        assert -10.0 <= row.goldstein <= 10.0
        assert row.quad_class == quad_class_of(row.code)
        assert row.label and row.label.isascii()
        assert (row.plover is None) == (row.code[:2] == "01")


@pytest.mark.parametrize("path", sorted(Path(LEXICON_DIR).glob("more_*.yaml")), ids=lambda p: p.name)
def test_more_files_entries_have_forms(path):
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert entries
    for entry in entries:
        forms = [entry.get(k) for k in ("verbs", "nouns", "participles", "adjectives", "patterns")]
        assert any(forms), entry["id"]


@pytest.mark.parametrize("text, code", [
    ("رفض المتحدث التعليق على التقرير", "011"),
    ("أعلن تنظيم داعش مسؤوليته عن الهجوم", "015"),
    ("بعث الملك برقية عزاء إلى الرئيس", "018"),
    ("دعت الأمم المتحدة الطرفين إلى وقف إطلاق النار", "0256"),
    ("وطالبت المنظمة بالإفراج عن المعتقلين", "1053"),
    ("طالب المتظاهرون برحيل الحكومة", "1041"),
    ("عرضت سلطنة عمان وساطتها بين الطرفين", "039"),
    ("تعهد المانحون بتقديم مساعدات إنسانية لليمن", "0333"),
    ("أبرمت الشركتان اتفاقا للتعاون", "057"),
    ("سيرت المملكة قافلة مساعدات إلى اليمن", "073"),
    ("انسحبت الميليشيات من المدينة", "0874"),
    ("اتهمت الحكومة الحوثيين بارتكاب جرائم حرب", "1124"),
    ("رفضت المعارضة المبادرة الأممية", "127"),
    ("هدد الاتحاد الأوروبي بفرض عقوبات على موسكو", "1312"),
    ("أضرب المعتقلون عن الطعام", "142"),
    ("نشرت تركيا قوات على الحدود", "154"),
    ("طردت الحكومة السفير الإيراني", "166"),
    ("فرضت السلطات حظر التجوال في المدينة", "1723"),
    ("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع", "175"),
    ("اقتحم مسلحون مقر البلدية", "180"),
    ("انفجرت سيارة مفخخة قرب السوق", "1832"),
    ("سيطرت المقاومة على مطار عدن", "192"),
    ("خرقت الميليشيات الهدنة الإنسانية", "196"),
    ("وثقت المنظمة عمليات تطهير عرقي في الإقليم", "203"),
])
def test_sense_fires(text, code):
    assert code in _codes(text)


@pytest.mark.parametrize("text, root", [
    ("وأوضح بيان صادر عن الوزارة أن العمل مستمر", "17"),   # صادر: issued, not confiscated
    ("سينما ثلاثية الأبعاد في المهرجان", "17"),            # الأبعاد (dimensions) folds like الإبعاد
    ("وقع الحادث فجر اليوم على الطريق", "18"),             # فجر: dawn
    ("أثار القرار استياء الجمهوريين", "11"),               # someone else's displeasure is no act
    ("قررت الإدارة تحويل المقررات وتطوير الأبعاد الجمالية", "17"),
    ("اعتذر الوزير عن الحضور بسبب ارتباطه", "05"),         # an excuse for absence is not an apology
])
def test_look_alike_does_not_fire(text, root):
    assert [c for c in _codes(text) if c[:2] == root] == []
