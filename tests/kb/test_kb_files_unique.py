"""The knowledge base's source files may be split by region; an id must still be defined once."""

from collections import Counter

import yaml

from marsad.kb.loader import DATA, entity_files


def test_every_entity_id_is_defined_once_across_files():
    ids: Counter[str] = Counter()
    for path in entity_files(DATA):
        for record in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            ids[record["id"]] += 1
    duplicates = sorted(i for i, n in ids.items() if n > 1)
    assert not duplicates, f"ids defined more than once: {duplicates[:20]}"


def test_every_person_has_a_sector_not_only_a_country():
    """A person with neither an actor code nor dated roles would be coded by the bare country ("SAU")."""
    bare = []
    for path in entity_files(DATA):
        for record in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if record.get("type", "PER" if record["id"].startswith("per.") else "") == "PER" \
                    and record["id"].startswith("per.") and not record.get("actor_code") and not record.get("roles"):
                bare.append(record["id"])
    assert not bare, f"people with only a country: {bare[:20]}"
