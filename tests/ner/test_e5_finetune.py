"""scripts/e5_finetune.py's encoding, without torch or the weight file: each word is labelled on its first
piece, after <s> and the `passage:` prefix, and a sentence longer than the encoder takes is cut into chunks
between words, every word kept once."""

from __future__ import annotations

import importlib

finetune = importlib.import_module("e5_finetune")  # scripts/ is on pytest's path

META = {"bos": 0, "eos": 1, "prefix": [7, 8]}


def test_labels_sit_on_each_words_first_piece() -> None:
    row = {"p": [[10, 11], [12], [13, 14, 15]], "t": ["B-PERS", "I-PERS", "O"]}
    [(number, words, ids, firsts, labels)] = finetune.encode([row], META)
    assert number == 0 and words == [0, 1, 2]
    assert ids == [0, 7, 8, 10, 11, 12, 13, 14, 15, 1]
    assert firsts == [3, 5, 6]
    assert [finetune.LABELS[i] for i in labels] == ["B-PERS", "I-PERS", "O"]


def test_a_long_sentence_is_cut_between_words() -> None:
    row = {"p": [[20 + i, 40 + i] for i in range(10)], "t": ["O"] * 9 + ["B-ORG"]}
    items = finetune.encode([row], META, max_pieces=10)  # 6 pieces of words fit beside <s>, prefix, </s>
    assert [words for _, words, _, _, _ in items] == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]
    assert all(len(ids) <= 10 for _, _, ids, _, _ in items)
    last = items[-1]
    assert last[2][last[3][0]] == 29 and finetune.LABELS[last[4][0]] == "B-ORG"


def test_a_word_with_no_pieces_still_gets_a_position() -> None:
    row = {"p": [[], [30]], "t": ["O", "B-LOC"]}
    [(_, _, ids, firsts, _)] = finetune.encode([row], META)
    assert ids == [0, 7, 8, 1, 30, 1] and firsts == [3, 4]
