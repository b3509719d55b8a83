import codecs
from pathlib import Path

import pytest

from marsad.errors import BinaryInputError, EmptyInputError, NotArabicError, TooLargeError
from marsad.text.decode import decode_bytes, load_article

ARABIC = "التقى الرئيس نظيره في طهران اليوم."


@pytest.mark.parametrize("data", [
    ARABIC.encode("utf-8"),
    codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
    ARABIC.encode("utf-16"),
    ARABIC.encode("utf-16-le"),
    ARABIC.encode("cp1256"),
])
def test_every_common_encoding_decodes_to_the_same_text(data: bytes):
    assert decode_bytes(data) == ARABIC


def test_bad_inputs_raise_coded_errors(tmp_path: Path):
    with pytest.raises(EmptyInputError):
        load_article(b"  \n ")
    with pytest.raises(BinaryInputError):
        load_article(bytes(range(256)) * 20)
    with pytest.raises(NotArabicError):
        load_article("The president met his counterpart in Baku on Thursday.")
    with pytest.raises(TooLargeError):
        load_article(ARABIC * 10, max_bytes=100)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 200)
    with pytest.raises(TooLargeError):
        load_article(big, max_bytes=100)
    with pytest.raises(TypeError, match="int"):
        load_article(42)  # type: ignore[arg-type]


def test_control_characters_removed_and_newlines_unified():
    assert load_article("سطر\r\nآخر\x07") == "سطر\nآخر"


def test_random_bytes_with_no_nul_are_binary_though_windows_1256_reads_every_byte():
    import random

    rng = random.Random(7)
    noise = bytes(rng.choice([b for b in range(9, 256) if b not in (0x0b, 0x0c) and not 13 < b < 32])
                  for _ in range(3000))
    with pytest.raises(BinaryInputError):
        decode_bytes(noise)
    article = ("قال وزير الخارجية إن المحادثات مع الجانب الإيراني ستستأنف الأسبوع المقبل في مسقط، "
               "وأضاف أن 3 جولات سابقة (2015) انتهت دون اتفاق.").encode("cp1256")
    assert decode_bytes(article).startswith("قال وزير الخارجية")
