"""The entity tagger's parts on a tiny model trained in the test (no ../shared needed)."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from marsad.config import Config
from marsad.doc import Document
from marsad.ner.corpus import WOJOOD_TYPES, Sentence, documents, parse_lines, split_documents
from marsad.ner.docpass import memory_features
from marsad.ner.evaluate import score, spans
from marsad.ner.tagger import FIRST, SECOND, NerTagger
from marsad.ner.train import TrainOptions, fit_models
from marsad.pipeline import Pipeline

FIRST_NAMES = ["كارلوس", "ماريو", "ستيفان", "دانيال", "فيكتور", "أوليفر", "رولاند", "إدوارد"]
LAST_NAMES = ["برونتي", "فالديز", "كوستين", "مارلو", "هارتمان", "لوريسي", "بيكارد", "سانتوري"]
CITIES = ["فيرونا", "لاهور", "بوسطن", "مرسيليا", "كراكوف", "أوساكا"]
ORGS = ["الزراعة", "الصحة", "النقل", "الثقافة"]


def _corpus() -> list[list[Sentence]]:
    """Invented sentences with the patterns a tagger must learn: title + name, cue + city, ministry."""
    sentences = []
    names = itertools.product(FIRST_NAMES[:6], LAST_NAMES[:6])
    for k, (first, last) in enumerate(names):
        city, org = CITIES[k % 5], ORGS[k % 3]
        sentences.append(Sentence(
            ["قال", "الرئيس", first, last, "في", "مدينة", city, "إن", "وزارة", org, "ستعمل", "."],
            ["O", "O", "B-PERS", "I-PERS", "O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O"]))
        sentences.append(Sentence(["وأضاف", last, "أن", "الوضع", "جيد", "."],
                                  ["O", "B-PERS", "O", "O", "O", "O"]))
    return documents(sentences, size=4)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ner-model")
    from marsad.ner.features import Featurizer
    from marsad.ner.lexicon import load_lexicon

    fit_models(Featurizer(load_lexicon(), {}), _corpus(), out, TrainOptions(c1=0.0, c2=0.01, iterations=60))
    return out


def test_spans_read_iob1_and_iob2():
    assert spans(["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-LOC"]) == [
        (0, 2, "PERS"), (3, 5, "LOC"), (5, 6, "LOC")]
    assert spans(["I-ORG", "I-PERS"]) == [(0, 1, "ORG"), (1, 2, "PERS")]


def test_score_needs_span_and_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    result = score(gold, [["B-PERS", "O", "O", "B-ORG"]])
    assert result["ALL"].correct == 0 and result["ALL"].gold == 2 and result["ALL"].predicted == 2
    perfect = score(gold, gold)
    assert perfect["ALL"].f1 == 1.0 and perfect["PERS"].f1 == 1.0


def test_parse_lines_sentence_breaks_and_columns():
    text = "قال O\nالرئيس O\n. O\n O\nفي O\n\nروسيا B-GPE B-ORG\nوالعراق B-NORP\n"
    sents = list(parse_lines(io.StringIO(text), type_map=WOJOOD_TYPES))
    assert [s.tokens for s in sents] == [["قال", "الرئيس", "."], ["", "في"], ["روسيا", "والعراق"]]
    assert sents[2].tags == ["B-LOC", "O"]
    assert [s.tags for s in parse_lines(io.StringIO("a\nb\n"))] == [[]]


def test_parse_lines_malformed_tag_is_o():
    # Two source lines run together (". Oword O"): the cell is no tag, so it must not become a label.
    sents = list(parse_lines(io.StringIO("كلمة B-LOC\n. Oالإصابة O\nسعيد B-PERS\n")))
    assert [s.tags for s in sents] == [["B-LOC", "O"], ["B-PERS"]]


def test_split_keeps_documents_whole():
    docs = [[Sentence([str(i)], ["O"])] for i in range(60)]
    train, dev = split_documents(docs)
    assert len(dev) == 10 and len(train) == 50
    assert not {id(d) for d in train} & {id(d) for d in dev}


def test_memory_features_exclude_the_token_itself():
    sents = [["قال", "هارتمان"], ["وقال", "هارتمان"], ["هارتمان"]]
    tags = [["O", "B-PERS"], ["O", "O"], ["O"]]
    feats = memory_features(sents, tags, key=lambda t: t)
    assert feats[0][1] == []  # its own tag is not evidence
    assert feats[1][1] == ["docB=PERS"] and feats[2][0] == ["docB=PERS"]
    assert feats[1][0] == []


def test_tiny_model_finds_unseen_names(tiny_model):
    assert (tiny_model / FIRST).exists() and (tiny_model / SECOND).exists()
    tagger = NerTagger(tiny_model)
    tags = tagger.tag_document([["قال", "الرئيس", "رولاند", "بيكارد", "في", "مدينة", "أوساكا", "."],
                                ["وأضاف", "بيكارد", "أن", "الوضع", "جيد", "."]])
    assert tags[0][2:4] == ["B-PERS", "I-PERS"]
    assert tags[1][1] == "B-PERS"


def test_stage_mentions_keep_offsets_and_drop_proclitics(tiny_model):
    import marsad.stages  # noqa: F401
    from marsad.stages.ner import tag_mentions

    text = "قال الرئيس رولاند بيكارد في مدينة كراكوف إن وزارة الصحة ستعمل. وأضاف وبيكارد أن الوضع جيد."
    doc = Pipeline(["text"], Config())(Document(text=text))
    found = tag_mentions(doc, NerTagger(tiny_model))
    assert found, "the tiny model should tag the invented names"
    for m in found:
        assert doc.text[m.start:m.end] == m.text
        assert m.origin == "tagger" and 0.0 < m.score <= 1.0
        assert not m.text.startswith("وب")
    assert ("رولاند بيكارد", "PER") in {(m.text, m.type) for m in found}


def test_a_conjunction_before_a_name_opener_is_cut_even_from_a_common_word():
    """ونايف is frequent in news (in the clusters), yet نايف opens person names: the name starts after و;
    وسام opens names itself and stays whole; a place word opens no person name."""
    from types import SimpleNamespace

    import marsad.stages  # noqa: F401
    from marsad.ner.lexicon import Lexicon
    from marsad.stages.ner import _span_start
    from marsad.text.normalize import normalize_form

    lexicon = Lexicon(cues={"نايف": {"given"}, "وسام": {"given"}, "مدينه": {"loc"}},
                      positions={"ابو": {"PERS:F", "LOC:F"}})
    folded = [normalize_form(w) for w in ("ونايف", "وأبو", "وسام", "ومدينة")]
    tagger = SimpleNamespace(featurizer=SimpleNamespace(lexicon=lexicon, clusters={w: (1,) for w in folded}))
    text = "ونايف وأبو وسام ومدينة"
    doc = Pipeline(["text"], Config())(Document(text=text))
    starts = {t.text: _span_start(t, tagger, set(), "PERS") - t.start for t in doc.tokens}
    assert starts == {"ونايف": 1, "وأبو": 1, "وسام": 0, "ومدينة": 0}
    city = next(t for t in doc.tokens if t.text == "ومدينة")
    assert _span_start(city, tagger, set(), "LOC") == city.start + 1


def test_missing_model_is_a_clear_error(tmp_path):
    from marsad.errors import MarsadError

    with pytest.raises(MarsadError):
        NerTagger(tmp_path)


def _ner_cli() -> click.Group:
    """The NER commands under a bare group, as the `marsad` command registers them."""
    from marsad.cli_ner import register

    @click.group()
    def cli() -> None:
        """test group"""

    register(cli)
    return cli


def test_cli_tag_and_eval(tiny_model, tmp_path):
    cli = _ner_cli()
    gold = tmp_path / "gold.txt"
    gold.write_text("قال O\nالرئيس O\nرولاند B-PERS\nبيكارد I-PERS\nفي O\nمدينة O\n. O\n", encoding="utf-8")
    runner = CliRunner()
    tagged = runner.invoke(cli, ["tag", str(gold), "--model", str(tiny_model)])
    assert tagged.exit_code == 0, tagged.output
    assert "رولاند B-PERS" in tagged.output, tagged.output
    assert "بيكارد I-PERS" in tagged.output, tagged.output
    result = runner.invoke(cli, ["eval", "ner", str(gold), "--model", str(tiny_model)])
    assert result.exit_code == 0, result.output
    assert "ALL" in result.output and "1.000" in result.output
    assert "train" in cli.commands and "ner" in cli.commands["train"].commands
    for command in (cli.commands["tag"], cli.commands["eval"].commands["ner"], cli.commands["train"].commands["ner"]):
        assert "Example:" in (command.help or "")


def test_ner_runs_last_by_default_and_stages_with_places_it_after_text_elsewhere():
    import marsad.stages  # noqa: F401
    from marsad.config import DEFAULT_STAGES
    from marsad.pipeline import without
    from marsad.stages.ner import stages_with

    assert DEFAULT_STAGES[-1] == "ner"
    assert stages_with(DEFAULT_STAGES, ("ner",)) == DEFAULT_STAGES
    plain = without(DEFAULT_STAGES, ["ner"])
    assert "ner" not in plain
    names = stages_with(plain, ("ner",))
    assert names.index("ner") == names.index("text") + 1 and names.index("ner") < names.index("entities")
    assert stages_with(names, ("ner",)) == names


@pytest.mark.parametrize("order", [["text", "ner", "mentions", "entities"], ["text", "mentions", "entities", "ner"]])
def test_ner_stage_names_become_entities_in_either_order(tiny_model, monkeypatch, order):
    import marsad.stages  # noqa: F401
    import marsad.stages.ner as ner_stage

    monkeypatch.setattr(ner_stage, "load_tagger", lambda _model=None: NerTagger(tiny_model))
    text = "قال الرئيس رولاند بيكارد في مدينة كراكوف إن الوضع جيد. وأضاف بيكارد أن الوضع جيد."
    doc = Pipeline(order, Config())(Document(text=text))
    new = {e.canonical_ar: e for e in doc.entities if e.id.startswith("new:")}
    assert "رولاند بيكارد" in new, [e.canonical_ar for e in doc.entities]
    person = new["رولاند بيكارد"]
    assert person.type == "PER" and [m.text for m in person.mentions] == ["رولاند بيكارد", "بيكارد"]
    for ent in doc.entities:
        for m in ent.mentions:
            assert doc.text[m.start:m.end] == m.text and m.entity_id == ent.id


def test_cli_tag_reads_windows_1256_and_utf16_token_files(tiny_model, tmp_path):
    lines = "قال O\nالرئيس O\nرولاند B-PERS\nبيكارد I-PERS\nفي O\nمدينة O\n. O\n"
    runner = CliRunner()
    outputs = []
    for encoding in ("utf-8", "cp1256", "utf-16"):
        path = tmp_path / f"gold-{encoding}.txt"
        path.write_bytes(lines.encode(encoding))
        result = runner.invoke(_ner_cli(), ["tag", str(path), "--model", str(tiny_model)])
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert outputs[1] == outputs[2] == outputs[0]
    assert "رولاند B-PERS" in outputs[0]


@pytest.mark.parametrize("data, message", [(bytes(range(1, 9)) * 8 + b"\xff", "binary"), (b"\n \n", "empty")])
def test_cli_tag_and_eval_refuse_bad_files_in_one_line(tiny_model, tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    runner = CliRunner()
    for args in (["tag", str(path)], ["eval", "ner", str(path)]):
        result = runner.invoke(_ner_cli(), [*args, "--model", str(tiny_model)])
        assert result.exit_code != 0
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert message in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output


def test_training_without_the_corpora_is_one_clear_error_and_writes_nothing(tmp_path):
    from marsad.errors import InputError
    from marsad.ner.train import train_model

    (tmp_path / "data/anercorp/splits").mkdir(parents=True)
    (tmp_path / "data/anercorp/splits/train.txt").write_text("قال O\n. O\n", encoding="utf-8")
    with pytest.raises(InputError, match="saudinewsnet-subset"):
        train_model(tmp_path, tmp_path / "model", TrainOptions())
    with pytest.raises(InputError, match="wojood-sample"):
        train_model(tmp_path, tmp_path / "model", TrainOptions(clusters=False, wojood=True))
    assert not (tmp_path / "model").exists()


def test_stage_mentions_drop_a_leading_particle_and_bare_letters():
    """"فإن العنزي": the particle is no part of the name; "آي" alone is a letter of an acronym."""
    from types import SimpleNamespace

    import marsad.stages  # noqa: F401
    from marsad.ner.lexicon import Lexicon
    from marsad.stages.ner import tag_mentions

    text = "وقال فإن العنزي إن آي جيد."
    doc = Pipeline(["text"], Config())(Document(text=text))
    words = [t.text for t in doc.tokens]
    tags = ["O"] * len(words)
    tags[words.index("فإن")], tags[words.index("العنزي")], tags[words.index("آي")] = "B-PERS", "I-PERS", "B-ORG"
    tagger = SimpleNamespace(tag_scored=lambda sents: ([tags], [[0.9] * len(tags)]),
                             featurizer=SimpleNamespace(lexicon=Lexicon(), clusters={}))
    found = [(m.text, m.type) for m in tag_mentions(doc, tagger)]
    assert found == [("العنزي", "PER")]


def test_a_preposition_tagged_alone_is_no_name():
    """"إنه كان على مرشد الثورة": "على" folds to the given name علي; tagged alone it is the preposition, and
    a name written علي stays."""
    from types import SimpleNamespace

    import marsad.stages  # noqa: F401
    from marsad.ner.lexicon import Lexicon
    from marsad.stages.ner import tag_mentions

    text = "إنه كان على المرشد أن يقبل، وقال علي إنه يوافق."
    doc = Pipeline(["text"], Config())(Document(text=text))
    words = [t.text for t in doc.tokens]
    tags = ["O"] * len(words)
    tags[words.index("على")], tags[words.index("علي")] = "B-PERS", "B-PERS"
    tagger = SimpleNamespace(tag_scored=lambda sents: ([tags], [[0.9] * len(tags)]),
                             featurizer=SimpleNamespace(lexicon=Lexicon(), clusters={}))
    found = [(m.text, m.type) for m in tag_mentions(doc, tagger)]
    assert found == [("علي", "PER")]


def test_future_sin_and_like_kaf_are_no_proclitics_of_a_name():
    """"سمكة" is no س + مكة and "كاليفورنيا" no ك + اليفورنيا: a name keeps those letters, while و/ب/ل
    before a listed place are still cut."""
    from types import SimpleNamespace

    import marsad.stages  # noqa: F401
    from marsad.ner.lexicon import Lexicon
    from marsad.stages.ner import _span_start

    lexicon = Lexicon(cues={}, positions={"مكه": {"LOC:S"}, "بور": {"LOC:S"}, "رابغ": {"LOC:S"}})
    tagger = SimpleNamespace(featurizer=SimpleNamespace(lexicon=lexicon, clusters={"يفورنيا": (1,)}))
    doc = Pipeline(["text"], Config())(Document(text="سمكة سبور كاليفورنيا ورابغ"))
    starts = {t.text: _span_start(t, tagger, set(), "LOC") - t.start for t in doc.tokens}
    assert starts == {"سمكة": 0, "سبور": 0, "كاليفورنيا": 0, "ورابغ": 1}
