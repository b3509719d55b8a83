"""`--oversample`: sentences holding a chosen type are trained on twice; the option is checked and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.cli_ner import _command
from marsad.ner.corpus import Sentence
from marsad.ner.train import TrainOptions, _fit


class _RecordingTrainer:
    """Stands in for pycrfsuite.Trainer: keeps what is appended, writes an empty model file."""

    appended: list[list[str]] = []

    def __init__(self, verbose: bool = False) -> None:
        type(self).appended = []

    def append(self, feats, labels) -> None:
        self.appended.append(list(labels))

    def set_params(self, params) -> None:
        pass

    def train(self, path: str) -> None:
        Path(path).write_bytes(b"")


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> type[_RecordingTrainer]:
    import pycrfsuite

    monkeypatch.setattr(pycrfsuite, "Trainer", _RecordingTrainer)
    return _RecordingTrainer


def _doc() -> list[Sentence]:
    return [Sentence(["فاز", "بكأس", "العالم"], ["O", "O", "B-MISC"]),
            Sentence(["قال", "هارتمان"], ["O", "B-PERS"]),
            Sentence(["وزارة", "الصحة"], ["B-ORG", "I-ORG"])]


def _feats(doc: list[Sentence]) -> list[list[list[str]]]:
    return [[[f"w={t}"] for t in s.tokens] for s in doc]


def test_sentences_with_an_oversampled_type_are_appended_twice(recording, tmp_path: Path):
    doc = _doc()
    _fit([_feats(doc)], [doc], tmp_path / "m.crfsuite", TrainOptions(oversample=("ORG", "MISC")))
    assert recording.appended == [["O", "O", "B-MISC"], ["O", "O", "B-MISC"], ["O", "B-PERS"],
                                  ["B-ORG", "I-ORG"], ["B-ORG", "I-ORG"]]


def test_without_oversampling_every_sentence_is_appended_once(recording, tmp_path: Path):
    doc = _doc()
    _fit([_feats(doc)], [doc], tmp_path / "m.crfsuite", TrainOptions())
    assert len(recording.appended) == 3


def test_the_option_is_recorded_in_the_rebuild_command():
    assert _command(TrainOptions(oversample=("ORG", "MISC"))).endswith("--oversample ORG,MISC")
    assert "--oversample" not in _command(TrainOptions())


def test_an_unknown_type_is_a_one_line_error(tmp_path: Path):
    result = CliRunner().invoke(cli, ["train", "ner", "--shared", str(tmp_path), "--out", str(tmp_path / "m"),
                                      "--oversample", "ORG,COMPANY"])
    assert result.exit_code == 2
    assert "COMPANY" in result.output and "Traceback" not in result.output
