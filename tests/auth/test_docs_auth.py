"""docs/auth.md shows the policy as it is."""

from pathlib import Path

from enduse.auth import policy

DOC = Path(__file__).resolve().parents[2] / "docs" / "auth.md"


def test_the_roles_permissions_table_in_the_docs_is_the_policy():
    assert policy.markdown_table() in DOC.read_text(encoding="utf-8")


def test_every_granted_permission_is_used_by_a_route_or_kept_for_the_console():
    used = {p.split(".")[0] + "." for p in policy.ROUTES.values() if "{" in p}
    for name in policy.GRANTS:
        assert (
            name in policy.ROUTES.values()
            or any(name.startswith(u) for u in used)
            or name == "stats.read"
        ), name
