"""Every message Marsad gives a user, each with a code that can be searched for."""

from __future__ import annotations


class MarsadError(Exception):
    """A failure a user can act on; the CLI prints `str(err)` as one line and exits non-zero."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"{self.code}: {message}")


class InputError(MarsadError):
    code = "E101"


class EmptyInputError(InputError):
    code = "E102"


class BinaryInputError(InputError):
    code = "E103"


class NotArabicError(InputError):
    code = "E104"


class TooLargeError(InputError):
    code = "E105"


class PipelineError(MarsadError):
    code = "E201"


class StageError(MarsadError):
    code = "E202"


class DataError(MarsadError):
    """A lexicon or knowledge-base file that does not parse or breaks its schema."""

    code = "E301"


class StoreError(MarsadError):
    code = "E401"


class GoldError(MarsadError):
    code = "E501"
