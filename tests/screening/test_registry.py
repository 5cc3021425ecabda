import io

import pytest

from enduse.errors import InvalidInputError
from enduse.screening import RegistryCategory, registry
from enduse.storage.tables.screening import ProtectedIdentifier
from tests.screening.conftest import NOW

KEY = b"k" * 32


@pytest.fixture
def demo(store):
    registry.load_registry(
        store, registry.read_registry_csv(registry.DEMO_REGISTRY), key=KEY, now=NOW
    )
    return store


def test_demo_registry_covers_every_category(demo):
    categories = {p.category for p, _ in registry.list_persons(demo)}
    assert categories == {c.value for c in RegistryCategory}


def test_numbers_are_stored_only_as_keyed_digests(demo):
    digests = [row.digest for row in demo.list(ProtectedIdentifier)]
    assert digests
    assert all(len(d) == 64 for d in digests)
    assert not any("447700900101" in d for d in digests)
    assert registry.identifier_digest(KEY, "+447700900101") in digests
    assert registry.identifier_digest(b"x" * 32, "+447700900101") not in digests


@pytest.mark.parametrize(
    "number",
    ["+447700900101", "+44 7700 900101", "tel:+44-7700-900101", "+1 202-555-0101"],
)
def test_lookup_by_number_in_any_format(demo, number):
    match = registry.lookup_target(demo, number, key=KEY)
    assert match is not None
    assert match.category is RegistryCategory.JOURNALIST
    assert match.matched_by == "identifier"


def test_lookup_by_name_when_the_number_is_unknown(demo):
    match = registry.lookup_target(
        demo, "+5215512345678", key=KEY, name="Olena Vygadana"
    )
    assert match is not None
    assert match.category is RegistryCategory.JOURNALIST
    assert match.matched_by == "name"
    cyrillic = registry.lookup_target(demo, None, key=KEY, name="Олена Вигадана")
    assert cyrillic is not None
    assert cyrillic.person_id == match.person_id
    assert (
        registry.lookup_target(demo, "+5215512345678", key=KEY, name="Juan Perez")
        is None
    )


def test_targets_file_reports_matches_by_category(demo):
    rows = "identifier,name\n+447700900103,\n+5215512345678,\n+447700900108,\n,Lucia Demoabogada\n"
    checks = registry.check_targets(demo, io.StringIO(rows), key=KEY)
    assert [c.row for c in checks] == [2, 3, 4, 5]
    assert registry.summarize(checks) == {
        "checked": 4,
        "matched": 3,
        "diplomat": 1,
        "human_rights_defender": 1,
        "lawyer": 1,
    }


def test_bad_category_and_number_name_the_field(tmp_path, store):
    path = tmp_path / "r.csv"
    path.write_text("category,name,phones\nastronaut,A B,+447700900101\n")
    with pytest.raises(InvalidInputError) as err:
        list(registry.read_registry_csv(path))
    assert err.value.field == "category"
    assert "r.csv line 2" in err.value.message
    path.write_text("category,name,phones\njournalist,A B,not-a-number\n")
    with pytest.raises(InvalidInputError) as err:
        list(registry.read_registry_csv(path))
    assert err.value.field == "phones"


def test_ftm_persons_take_their_category_from_topics(tmp_path, store):
    path = tmp_path / "p.jsonl"
    path.write_text(
        '{"id": "p1", "schema": "Person", "properties": {"name": ["Fictional Reporter"], "topics": ["role.journo"], "phone": ["+447700900199"], "country": ["gb"]}}\n'
    )
    registry.load_registry(store, registry.read_registry_ftm(path), key=KEY, now=NOW)
    match = registry.lookup_target(store, "+447700900199", key=KEY)
    assert match is not None
    assert match.category is RegistryCategory.JOURNALIST


def test_key_file_is_created_private(tmp_path):
    key = registry.load_or_create_key(tmp_path / "keys")
    assert len(key) == 32
    assert (tmp_path / "keys" / "registry.key").stat().st_mode & 0o777 == 0o600
    assert registry.load_or_create_key(tmp_path / "keys") == key


def test_registry_key_created_by_racing_processes_is_whole_and_shared(tmp_path):
    import multiprocessing

    from enduse.screening.registry import load_or_create_key

    with multiprocessing.get_context("spawn").Pool(4) as pool:
        keys = pool.map(load_or_create_key, [tmp_path / "keys"] * 8)
    assert len(set(keys)) == 1
    assert len(keys[0]) == 32
    assert oct((tmp_path / "keys" / "registry.key").stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in (tmp_path / "keys").iterdir()] == ["registry.key"]
