import pytest

from marsad.doc import Document
from marsad.errors import PipelineError, StageError
from marsad.pipeline import REGISTRY, Pipeline, stage


def test_unknown_stage_and_missing_requirement_fail_when_built():
    import marsad.stages  # noqa: F401

    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        Pipeline(["text", "nope"])
    with pytest.raises(PipelineError, match="needs 'mentions'"):
        Pipeline(["text", "entities"])


def test_a_failing_stage_is_named():
    @stage("test_boom", assigns={"boom"})
    def make_boom(config):
        """Raises, to test error naming."""

        def run(doc):
            raise ValueError("bad")

        return run

    try:
        with pytest.raises(StageError, match="stage 'test_boom' failed: ValueError: bad"):
            Pipeline(["test_boom"])(Document(text="نص"))
    finally:
        REGISTRY.pop("test_boom", None)


def test_document_round_trips(seed_doc):
    data = seed_doc.to_dict()
    again = Document.from_dict(data).to_dict()
    assert again == data
    assert data["schema_version"] >= 1


def test_a_subset_brings_what_it_needs():
    import marsad.stages  # noqa: F401
    from marsad.config import DEFAULT_STAGES
    from marsad.pipeline import with_requirements

    assert with_requirements(["entities"], DEFAULT_STAGES) == ("text", "mentions", "entities")
    assert with_requirements(["times"], DEFAULT_STAGES) == ("text", "times")
    with pytest.raises(PipelineError, match="unknown"):
        with_requirements(["bogus"], DEFAULT_STAGES)
