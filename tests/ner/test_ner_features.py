"""Optional feature groups and the known-attribute filter of the entity tagger (no ../shared needed)."""

from __future__ import annotations

import click
from click.testing import CliRunner

from marsad.ner.corpus import Sentence, documents
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import Lexicon
from marsad.ner.tagger import ATTRIBUTES, FIRST, NerTagger
from marsad.ner.train import TrainOptions, fit_models


def _lexicon() -> Lexicon:
    lexicon = Lexicon(cues={"وزاره": {"org"}, "الرئيس": {"title"}})
    lexicon.add_phrase(("رولاند", "بيكارد"), "PERS")
    lexicon.add_phrase(("كراكوف",), "LOC")
    return lexicon


def test_name_positions_by_type():
    lexicon = _lexicon()
    assert lexicon.positions["رولاند"] == {"PERS:F"}
    assert lexicon.positions["بيكارد"] == {"PERS:L"}
    assert lexicon.positions["كراكوف"] == {"LOC:S"}
    feats = Featurizer(lexicon, {}, groups=("pos",)).sentence(["قال", "رولاند", "بيكارد"])
    assert "np=PERS:F" in feats[1] and "np=PERS:L" in feats[2]
    assert "-1np=PERS:F" in feats[2] and "1np=PERS:L" in feats[1]
    assert not any(f.startswith("np=") for f in feats[0])
    plain = Featurizer(lexicon, {}).sentence(["قال", "رولاند", "بيكارد"])
    assert not any("np=" in f for tok in plain for f in tok)


def test_clitic_matches_are_features_of_their_own():
    lexicon = _lexicon()
    lexicon.add_phrase(("ين",), "MISC")
    lexicon.add_phrase(("اولمبيك", "خريبكه"), "ORG")
    tokens = ["بين", "الين", "وأولمبيك", "خريبكة", "ين", "كراكوف"]

    def gz(groups):
        feats = Featurizer(lexicon, {}, groups=groups).sentence(tokens)
        return [[f for f in tok if f.startswith("gz=")] for tok in feats]

    assert gz(("clitgz",)) == [["gz=B-~MISC"], [], ["gz=B-~ORG"], ["gz=I-ORG"], ["gz=B-MISC"], ["gz=B-LOC"]]
    assert gz(()) == [["gz=B-MISC"], [], ["gz=B-ORG"], ["gz=I-ORG"], ["gz=B-MISC"], ["gz=B-LOC"]]
    near = Featurizer(lexicon, {}, groups=("clitgz",)).sentence(tokens)
    assert "-1gz=B-~ORG" in near[3] and "-1gz=B-~MISC" in near[1]


def test_convention_kinds_of_gazetteer_matches():
    lexicon = Lexicon(cues={"الملك": {"title"}, "قطاع": {"loc"}}, parts={"الاميركيه": {"NISBA"}})
    lexicon.add_phrase(("الملك", "حمد", "بن", "عيسي"), "PERS")
    lexicon.add_phrase(("الخارجيه", "الاميركيه"), "ORG")
    lexicon.add_phrase(("قطاع", "غزه"), "LOC")
    lexicon.add_phrase(("جورج", "بوش"), "PERS")
    tokens = ["الملك", "حمد", "بن", "عيسى", "و", "الخارجية", "الأميركية", "قطاع", "غزة", "جورج", "بوش"]

    def gz(groups):
        feats = Featurizer(lexicon, {}, groups=groups).sentence(tokens)
        return [next((f for f in tok if f.startswith("gz=")), "") for tok in feats]

    assert gz(("convgz",)) == ["gz=T-PERS", "gz=B-PERS", "gz=I-PERS", "gz=I-PERS", "", "gz=B-ORGN", "gz=I-ORGN",
                               "gz=B-LOCC", "gz=I-LOCC", "gz=B-PERS", "gz=I-PERS"]
    assert gz(()) == ["gz=B-PERS", "gz=I-PERS", "gz=I-PERS", "gz=I-PERS", "", "gz=B-ORG", "gz=I-ORG",
                      "gz=B-LOC", "gz=I-LOC", "gz=B-PERS", "gz=I-PERS"]
    # gzlen: the length in words, after the title is set apart (three or more count as 3).
    assert gz(("convgz", "gzlen")) == ["gz=T-PERS", "gz=B-PERS3", "gz=I-PERS3", "gz=I-PERS3", "", "gz=B-ORGN2",
                                       "gz=I-ORGN2", "gz=B-LOCC2", "gz=I-LOCC2", "gz=B-PERS2", "gz=I-PERS2"]
    # gzsrc: a name only the hand-written gazetteer lists is marked `g`.
    lexicon.listed.add((("جورج", "بوش"), "PERS"))
    assert gz(("convgz", "gzsrc"))[-2:] == ["gz=B-PERSg", "gz=I-PERSg"]
    assert gz(("convgz", "gzsrc"))[:2] == ["gz=T-PERS", "gz=B-PERS"]
    assert gz(("convgz",))[-2:] == ["gz=B-PERS", "gz=I-PERS"]


def test_misc_convention_needs_its_group():
    lexicon = Lexicon(cues={"كاس": {"misc"}})
    lexicon.add_phrase(("كاس", "العالم"), "MISC")
    tokens = ["في", "كأس", "العالم"]

    def gz(groups):
        return [f for tok in Featurizer(lexicon, {}, groups=groups).sentence(tokens) for f in tok
                if f.startswith("gz=")]

    assert gz(("convgz", "convmisc")) == ["gz=B-MISCC", "gz=I-MISCC"]
    assert gz(("convgz",)) == gz(()) == ["gz=B-MISC", "gz=I-MISC"]


def test_since_feature_stops_at_punctuation():
    feats = Featurizer(_lexicon(), {}, groups=("since",)).sentence(
        ["وزارة", "الشؤون", "الخارجية", "والتعاون", "الدولي", "الجديدة", "،", "قال"])
    since = [[f for f in tok if f.startswith("af=")] for tok in feats]
    assert since[0] == [] and since[1] == ["af=org1"] and since[4] == ["af=org4"]
    assert since[5] == []  # five words on: out of reach
    assert since[7] == []  # the comma closed the name


def test_cluster_groups():
    clusters = {"مستشار": ("3", "17", "400"), "والمستشار": ("5", "9", "12")}
    feats = Featurizer(_lexicon(), clusters, groups=("stemcl", "wide")).sentence(["قال", "والمستشار", "مستشار"])
    assert "c0=5" in feats[1] and "sc0=3" in feats[1]  # the whole form's cluster and the stem's
    assert not any(f.startswith("sc") for f in feats[2])  # a bare word has no second set
    assert "-1c2=12" in feats[2] and "1c2=400" in feats[1]
    assert not any(f.startswith("2c2=") for f in feats[0])  # the finest cluster only at ±1


def _corpus() -> list[list[Sentence]]:
    names = ["بيكارد", "هارتمان", "فالديز", "كوستين", "مارلو", "سانتوري"]
    sentences = [Sentence(["قال", "الرئيس", name, "إن", "الوضع", "جيد", "."],
                          ["O", "O", "B-PERS", "O", "O", "O", "O"]) for name in names for _ in range(2)]
    return documents(sentences, size=3)


def test_known_attribute_filter_keeps_tags(tmp_path):
    fit_models(Featurizer(_lexicon(), {}), _corpus(), tmp_path, TrainOptions(c1=0.0, c2=0.01, iterations=40,
                                                                              second_pass=False))
    assert (tmp_path / FIRST).exists() and (tmp_path / ATTRIBUTES).exists()
    tagger = NerTagger(tmp_path, lexicon=_lexicon())
    assert tagger.featurizer.known is not None
    sentences = [["قال", "الرئيس", "لوريسي", "إن", "الوضع", "جيد", "."]]
    filtered = tagger.tag_document(sentences)
    assert filtered[0][2] == "B-PERS"
    known = tagger.featurizer.known
    feats = tagger.featurizer.sentence(sentences[0])
    assert all(f in known for f in feats[2] if not f.startswith("gz="))
    assert "w=لوريسي" not in feats[2]  # never seen in training: not built at all
    tagger.featurizer.known = None
    tagger.featurizer._cache.clear()
    assert tagger.tag_document(sentences) == filtered


def test_cli_rejects_unknown_feature_group(tmp_path):
    from marsad.cli_ner import register

    @click.group()
    def cli() -> None:
        """test group"""

    register(cli)
    result = CliRunner().invoke(cli, ["train", "ner", "--shared", str(tmp_path), "--out", str(tmp_path / "m"),
                                      "--features", "pos,nonsense"])
    assert result.exit_code != 0 and "nonsense" in result.output


def test_quote_feature_marks_short_quoted_spans_only():
    tokens = ["أعلنت", "حركة", "«", "النهضة", "الجديدة", "»", "أن", '"', "الوضع", "في", "البلاد", "لا",
              "يزال", "صعبا", "جدا", '"', "وقال", "(", "فالديز", ")"]
    feats = Featurizer(_lexicon(), {}, groups=("quote",)).sentence(tokens)
    quoted = [sorted(f for f in tok if f.startswith("q=")) for tok in feats]
    assert quoted[3] == ["q=2", "q=first", "q=in"] and quoted[4] == ["q=2", "q=in", "q=last"]
    assert quoted[18] == ["q=1", "q=first", "q=in", "q=last"]
    assert all(not quoted[i] for i in range(7, 17))  # a quoted sentence is speech, not a name


def test_tag_file_uses_pseudo_documents():
    from marsad.cli_ner import _tag_file

    class Recorder:
        def __init__(self) -> None:
            self.docs: list[int] = []

        def tag_document(self, sentences):
            self.docs.append(len(sentences))
            return [["O"] * len(s) for s in sentences]

    sentences = [Sentence(["كلمة", "."]) for _ in range(30)]
    tagger = Recorder()
    assert len(_tag_file(tagger, sentences, 12)) == 30 and tagger.docs == [12, 12, 6]
    tagger.docs.clear()
    _tag_file(tagger, sentences, 0)
    assert tagger.docs == [30]
