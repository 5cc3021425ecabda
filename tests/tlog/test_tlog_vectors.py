"""Every case in the shared RFC 6962/9162 and C2SP vectors gets the upstream verdict.

The vectors live in ``tests/assets/tlog/`` (a copy of ``shared/data/tlog``; its README and the
file's ``sources`` say where each item came from).
"""

import json
from pathlib import Path

import pytest

from enduse.errors import VerificationError
from enduse.tlog import _merkle as merkle
from enduse.tlog.checkpoint import open_checkpoint, parse_checkpoint
from enduse.tlog.note import NoteSigner, NoteVerifier, open_note

VECTORS = json.loads(
    (Path(__file__).parents[1] / "assets" / "tlog" / "rfc6962_vectors.json").read_text()
)


def _ids(items, *keys):
    return [
        f"{i}-{item['desc']}-" + "-".join(str(item[k]) for k in keys)
        for i, item in enumerate(items)
    ]


def _b(hexes):
    return [bytes.fromhex(h) for h in hexes]


@pytest.mark.parametrize("v", VECTORS["leaf_hashes"], ids=_ids(VECTORS["leaf_hashes"]))
def test_leaf_hash_matches_vector(v):
    assert merkle.hash_leaf(bytes.fromhex(v["leaf_hex"])).hex() == v["hash_hex"]


@pytest.mark.parametrize("v", VECTORS["node_hashes"], ids=_ids(VECTORS["node_hashes"]))
def test_node_hash_matches_vector(v):
    left, right = bytes.fromhex(v["left_hex"]), bytes.fromhex(v["right_hex"])
    assert merkle.hash_children(left, right).hex() == v["hash_hex"]


@pytest.mark.parametrize("v", VECTORS["roots"], ids=_ids(VECTORS["roots"]))
def test_root_matches_vector_by_definition_and_from_frontier(v):
    leaves = [merkle.hash_leaf(d) for d in _b(v["leaves_hex"])]
    assert merkle.root_of(leaves).hex() == v["root_hex"]
    frontier: list[bytes] = []
    for i, leaf in enumerate(leaves):
        merkle.append_to_frontier(frontier, i, leaf)
    assert merkle.root_from_frontier(frontier).hex() == v["root_hex"]


def test_empty_tree_root_is_hash_of_empty_string():
    assert (
        merkle.EMPTY_ROOT.hex()
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )


@pytest.mark.parametrize(
    "v", VECTORS["inclusion"], ids=_ids(VECTORS["inclusion"], "index", "tree_size")
)
def test_inclusion_vector_gets_upstream_verdict(v):
    args = (
        v["index"],
        v["tree_size"],
        bytes.fromhex(v["leaf_hash_hex"]),
        bytes.fromhex(v["root_hex"]),
    )
    if v["valid"]:
        merkle.verify_inclusion(*args, _b(v["proof_hex"]))
    else:
        with pytest.raises(VerificationError):
            merkle.verify_inclusion(*args, _b(v["proof_hex"]))


@pytest.mark.parametrize(
    "v", VECTORS["consistency"], ids=_ids(VECTORS["consistency"], "size1", "size2")
)
def test_consistency_vector_gets_upstream_verdict(v):
    args = (
        v["size1"],
        v["size2"],
        bytes.fromhex(v["root1_hex"]),
        bytes.fromhex(v["root2_hex"]),
    )
    if v["valid"]:
        merkle.verify_consistency(*args, _b(v["proof_hex"]))
    else:
        with pytest.raises(VerificationError):
            merkle.verify_consistency(*args, _b(v["proof_hex"]))


def _reference_reader():
    """Node reader over the 8-leaf reference tree of the vectors."""
    leaves = [merkle.hash_leaf(d) for d in _b(VECTORS["roots"][-1]["leaves_hex"])]
    return lambda nodes: {
        (lv, i): merkle.root_of(leaves[i << lv : (i + 1) << lv]) for lv, i in nodes
    }


REFERENCE_ROOTS = {len(v["leaves_hex"]): v["root_hex"] for v in VECTORS["roots"]}
VALID_INCLUSION = [
    v
    for v in VECTORS["inclusion"]
    if v["valid"] and REFERENCE_ROOTS.get(v["tree_size"]) == v["root_hex"]
]
VALID_CONSISTENCY = [
    v
    for v in VECTORS["consistency"]
    if v["valid"]
    and v["size1"] < v["size2"]
    and REFERENCE_ROOTS.get(v["size2"]) == v["root2_hex"]
]


@pytest.mark.parametrize(
    "v", VALID_INCLUSION, ids=_ids(VALID_INCLUSION, "index", "tree_size")
)
def test_generated_inclusion_proof_equals_vector(v):
    assert [
        p.hex()
        for p in merkle.prove_inclusion(v["index"], v["tree_size"], _reference_reader())
    ] == v["proof_hex"]


@pytest.mark.parametrize(
    "v", VALID_CONSISTENCY, ids=_ids(VALID_CONSISTENCY, "size1", "size2")
)
def test_generated_consistency_proof_equals_vector(v):
    assert [
        p.hex()
        for p in merkle.prove_consistency(v["size1"], v["size2"], _reference_reader())
    ] == v["proof_hex"]


def test_generation_vectors_are_not_empty():
    assert len(VALID_INCLUSION) >= 4
    assert len(VALID_CONSISTENCY) >= 3


@pytest.mark.parametrize("v", VECTORS["notes"], ids=_ids(VECTORS["notes"]))
def test_signed_note_vector_gets_upstream_verdict(v):
    verifier = NoteVerifier.from_vkey(v["verifier_key"])
    assert verifier.vkey() == v["verifier_key"]
    if v["valid"]:
        assert open_note(v["signed_note"], [verifier]).text == v["text"]
    else:
        with pytest.raises(VerificationError):
            open_note(v["signed_note"], [verifier])


@pytest.mark.parametrize(
    "v", [n for n in VECTORS["notes"] if "signer_key" in n], ids=lambda v: v["desc"]
)
def test_signer_key_reproduces_the_signature_byte_for_byte(v):
    signer = NoteSigner.from_skey(v["signer_key"])
    assert signer.sign(v["text"]) == v["signed_note"]
    assert signer.verifier().vkey() == v["verifier_key"]


@pytest.mark.parametrize("v", VECTORS["checkpoints"], ids=_ids(VECTORS["checkpoints"]))
def test_checkpoint_vector_parses_to_origin_size_root(v):
    if "checkpoint" in v:
        cp = open_checkpoint(
            v["checkpoint"],
            NoteVerifier.from_vkey(v["verifier_key"]),
            origin=v["origin"],
        )
    else:
        cp = parse_checkpoint(v["checkpoint_body"])
        assert cp.body() == v["checkpoint_body"]
    assert (cp.origin, cp.size, cp.root.hex()) == (
        v["origin"],
        v["tree_size"],
        v["root_hex"],
    )
