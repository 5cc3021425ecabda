"""The docs match the code."""

import re
from pathlib import Path

from enduse.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_readme_documents_every_setting_and_no_other():
    readme = (ROOT / "README.md").read_text()
    documented = set(
        re.findall(r"^\| `ENDUSE_([A-Z_]+)` \|", readme, flags=re.MULTILINE)
    )
    assert documented == {name.upper() for name in Settings.model_fields}


def test_readme_defaults_match_the_code():
    readme = (ROOT / "README.md").read_text()
    for name, field in Settings.model_fields.items():
        row = re.search(
            rf"^\| `ENDUSE_{name.upper()}` \| `([^`]*)` \|", readme, flags=re.MULTILINE
        )
        assert row, name
        default = field.default
        expected = str(default).lower() if isinstance(default, bool) else str(default)
        assert row.group(1) == expected, name
