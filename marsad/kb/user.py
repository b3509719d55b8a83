"""A user's own knowledge-base entries: validated on import, kept beside (never inside) the package.

Imported files live in the user's Marsad folder (`$MARSAD_HOME/kb`, default `~/.marsad/kb`) and every
default pipeline loads them after the packaged files, so an analyst can add the people of their beat
without editing Marsad. An import is all-or-nothing: one bad record rejects the file with its reason.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml

from marsad.errors import DataError
from marsad.kb import load_kb
from marsad.kb.loader import entry_from_record
from marsad.kb.model import KBEntry
from marsad.yamlio import load_yaml


def user_kb_dir() -> Path:
    return Path(os.environ.get("MARSAD_HOME", Path.home() / ".marsad")) / "kb"


def user_kb_files() -> tuple[str, ...]:
    folder = user_kb_dir()
    if not folder.is_dir():
        return ()
    return tuple(str(p) for p in sorted(folder.glob("*.yaml")))


def validate_file(path: Path) -> list[KBEntry]:
    """Parse and check every record of a user's YAML file; raise DataError naming the first problem."""
    try:
        records = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise DataError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise DataError(f"{path} is not UTF-8 text") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise DataError(f"{path} is not valid YAML{where}") from None
    if not isinstance(records, list) or not records:
        raise DataError(f"{path}: expected a non-empty YAML list of records (see marsad/kb/data/README.md)")
    entries = []
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        entry = entry_from_record(record, f"{path.name} record {number}")
        if entry.id in seen:
            raise DataError(f"{path.name} record {number}: id '{entry.id}' appears twice in the file")
        seen.add(entry.id)
        entries.append(entry)
    return entries


def import_file(path: Path, *, replace: bool = False) -> tuple[Path, list[KBEntry]]:
    """Validate `path` and copy it into the user's knowledge-base folder; return the copy and its entries.

    An id that the packaged knowledge base already defines is refused: the user's record would silently
    shadow a reviewed one. Importing a file of the same name again needs `replace`.
    """
    entries = validate_file(path)
    packaged = load_kb(None)  # the packaged base only, without the user's earlier imports
    clashes = sorted(e.id for e in entries if packaged.get(e.id) is not None)
    if clashes:
        raise DataError(f"{path.name}: id(s) already in the packaged knowledge base: {', '.join(clashes[:5])}"
                        " — choose new ids (e.g. per.<slug>-local)")
    target = user_kb_dir() / (path.stem + ".yaml")
    if target.exists() and not replace:
        raise DataError(f"{target} exists; import with --replace to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    return target, entries

