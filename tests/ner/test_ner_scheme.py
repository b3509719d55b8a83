"""BIOES round trip: what the CRFs learn must come back as the BIO the rest of Marsad reads."""

from marsad.ner.evaluate import spans
from marsad.ner.scheme import to_bio, to_bioes


def test_single_and_long_names_get_s_and_e_labels():
    tags = ["B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC", "O", "I-ORG"]
    assert to_bioes(tags) == ["B-PERS", "I-PERS", "E-PERS", "O", "S-LOC", "B-LOC", "E-LOC", "O", "S-ORG"]


def test_round_trip_keeps_every_entity():
    tags = ["I-ORG", "I-ORG", "O", "B-MISC", "I-PERS", "I-PERS", "B-PERS"]
    back = to_bio(to_bioes(tags))
    assert spans(back) == spans(tags)
    assert back[0] == "B-ORG"  # IOB1 opening I- becomes B-


def test_ill_formed_model_output_still_reads_as_entities():
    # A CRF may emit E- after O, or I- without E-: every such run stays an entity.
    assert spans(to_bio(["O", "E-LOC", "S-PERS", "B-ORG", "I-ORG"])) == [(1, 2, "LOC"), (2, 3, "PERS"), (3, 5, "ORG")]
