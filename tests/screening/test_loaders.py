from pathlib import Path

import pytest

from enduse.errors import InvalidInputError
from enduse.screening.loaders import read_list
from enduse.screening.models import EntityType, ListFormat, LoadStats

ASSETS = Path(__file__).parent.parent / "assets" / "screening"


class TestOfacSdn:
    def test_quoted_treasury_file_with_eof_byte_parses_every_row(self):
        stats = LoadStats()
        records = list(read_list(ASSETS / "sdn_2024", ListFormat.OFAC_SDN, stats))
        assert stats.records == len(records) == 159
        intellexa = next(r for r in records if r.entity_id == "48064")
        assert intellexa.name == "INTELLEXA LIMITED"
        assert intellexa.entity_type is EntityType.ORGANIZATION
        assert intellexa.countries == ("IE",)
        assert intellexa.programs == ("CYBER2",)
        assert all("\x1a" not in r.remarks and r.remarks != "-0-" for r in records)

    def test_unquoted_copy_with_alt_and_add_files_and_duplicate_id(self):
        stats = LoadStats()
        records = list(
            read_list(ASSETS / "sdn_alt_2022-01-31", ListFormat.OFAC_SDN, stats)
        )
        assert stats.duplicate_ids == 1
        ids = [r.entity_id for r in records]
        assert "2677" in ids
        assert any(i.startswith("2677~") for i in ids)
        zomor = next(r for r in records if r.entity_id == "2677")
        assert zomor.entity_type is EntityType.PERSON
        assert "AL-ZUMAR, Abbud" in zomor.aliases
        positive = next(r for r in records if r.entity_id == "31455")
        assert "JSC POSITIVE TECHNOLOGIES" in positive.aliases
        assert stats.addresses > 0

    def test_short_row_names_file_line_and_field(self, tmp_path):
        (tmp_path / "sdn.csv").write_text('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\n')
        with pytest.raises(InvalidInputError) as err:
            list(read_list(tmp_path, ListFormat.OFAC_SDN, LoadStats()))
        assert "sdn.csv line 1" in err.value.message
        assert err.value.field == "Title"

    def test_non_numeric_ent_num_is_named(self, tmp_path):
        (tmp_path / "sdn.csv").write_text(
            "x1,A,-0-,B,-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n"
        )
        with pytest.raises(InvalidInputError) as err:
            list(read_list(tmp_path, ListFormat.OFAC_SDN, LoadStats()))
        assert err.value.field == "ent_num"

    def test_folder_without_sdn_csv_is_refused(self, tmp_path):
        with pytest.raises(InvalidInputError, match=r"no sdn\.csv"):
            list(read_list(tmp_path, ListFormat.OFAC_SDN, LoadStats()))


class TestCsl:
    def test_spyware_extract_reads_aliases_types_and_countries(self):
        stats = LoadStats()
        records = list(
            read_list(ASSETS / "csl_spyware_2026-09-24.json", ListFormat.CSL, stats)
        )
        assert len(records) == 14
        candiru = next(r for r in records if r.name == "Candiru")
        assert "Saito Tech Ltd." in candiru.aliases
        assert candiru.countries == ("IL",)
        assert candiru.source.startswith("Entity List")

    def test_entry_without_name_is_named(self, tmp_path):
        path = tmp_path / "csl.json"
        path.write_text('{"results": [{"id": "x", "name": ""}]}')
        with pytest.raises(InvalidInputError) as err:
            list(read_list(path, ListFormat.CSL, LoadStats()))
        assert err.value.field == "name"
        assert "csl.json entry 1" in err.value.message


class TestFtm:
    def test_parties_are_read_and_other_schemata_skipped(self):
        stats = LoadStats()
        records = list(read_list(ASSETS / "ftm_sample.jsonl", ListFormat.FTM, stats))
        assert {r.entity_id for r in records} == {
            "ftm-intellexa-ltd",
            "ftm-cytrox-ad",
            "ftm-nso",
            "ftm-person-1",
        }
        assert stats.skipped == 1
        nso = next(r for r in records if r.entity_id == "ftm-nso")
        assert nso.name == "NSO Group Technologies Ltd"
        assert "Q Cyber Technologies" in nso.aliases
        assert nso.countries == ("IL",)

    def test_bad_json_line_names_file_and_line(self, tmp_path):
        path = tmp_path / "e.jsonl"
        path.write_text(
            '{"id": "a", "schema": "Company", "properties": {"name": ["A"]}}\n{oops\n'
        )
        with pytest.raises(InvalidInputError) as err:
            list(read_list(path, ListFormat.FTM, LoadStats()))
        assert "e.jsonl line 2" in err.value.message

    def test_unknown_schema_is_named(self, tmp_path):
        path = tmp_path / "e.jsonl"
        path.write_text(
            '{"id": "a", "schema": "Spaceship", "properties": {"name": ["A"]}}\n'
        )
        with pytest.raises(InvalidInputError) as err:
            list(read_list(path, ListFormat.FTM, LoadStats()))
        assert err.value.field == "schema"
