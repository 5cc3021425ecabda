"""Invariants of the Merkle functions (hypothesis): every entry provable at every size, any
flipped bit fails, any two sizes are consistent, the frontier tracks the root."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enduse.errors import InvalidInputError, VerificationError
from enduse.tlog import _merkle as merkle

LEAVES = [merkle.hash_leaf(i.to_bytes(4, "big")) for i in range(160)]


def reader(nodes):
    return {(lv, i): merkle.root_of(LEAVES[i << lv : (i + 1) << lv]) for lv, i in nodes}


def flip(data: bytes, bit: int) -> bytes:
    out = bytearray(data)
    out[(bit // 8) % len(out)] ^= 1 << (bit % 8)
    return bytes(out)


def test_every_leaf_is_provable_at_every_tree_size():
    for size in range(1, 70):
        root = merkle.root_of(LEAVES[:size])
        assert merkle.tree_root(size, reader) == root
        for index in range(size):
            merkle.verify_inclusion(
                index,
                size,
                LEAVES[index],
                root,
                merkle.prove_inclusion(index, size, reader),
            )


def test_any_two_sizes_are_consistent():
    for size2 in range(1, 40):
        root2 = merkle.root_of(LEAVES[:size2])
        for size1 in range(1, size2 + 1):
            proof = merkle.prove_consistency(size1, size2, reader)
            merkle.verify_consistency(
                size1, size2, merkle.root_of(LEAVES[:size1]), root2, proof
            )


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_flipped_bit_in_inclusion_proof_root_or_leaf_fails(data):
    size = data.draw(st.integers(1, 160))
    index = data.draw(st.integers(0, size - 1))
    proof = merkle.prove_inclusion(index, size, reader)
    root, leaf = merkle.root_of(LEAVES[:size]), LEAVES[index]
    merkle.verify_inclusion(index, size, leaf, root, proof)
    bit = data.draw(st.integers(0, 255))
    target = data.draw(st.sampled_from(["leaf", "root", *list(range(len(proof)))]))
    if target == "leaf":
        leaf = flip(leaf, bit)
    elif target == "root":
        root = flip(root, bit)
    else:
        proof = [flip(p, bit) if i == target else p for i, p in enumerate(proof)]
    with pytest.raises(VerificationError):
        merkle.verify_inclusion(index, size, leaf, root, proof)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_flipped_bit_in_consistency_proof_or_roots_fails(data):
    size2 = data.draw(st.integers(2, 160))
    size1 = data.draw(st.integers(1, size2 - 1))
    proof = merkle.prove_consistency(size1, size2, reader)
    root1, root2 = merkle.root_of(LEAVES[:size1]), merkle.root_of(LEAVES[:size2])
    bit = data.draw(st.integers(0, 255))
    target = data.draw(st.sampled_from(["root1", "root2", *list(range(len(proof)))]))
    if target == "root1":
        root1 = flip(root1, bit)
    elif target == "root2":
        root2 = flip(root2, bit)
    else:
        proof = [flip(p, bit) if i == target else p for i, p in enumerate(proof)]
    with pytest.raises(VerificationError):
        merkle.verify_consistency(size1, size2, root1, root2, proof)


@settings(max_examples=100, deadline=None)
@given(size=st.integers(1, 160), index=st.integers(0, 400))
def test_proof_for_one_index_does_not_prove_another(size, index):
    index %= size
    proof = merkle.prove_inclusion(index, size, reader)
    other = (index + 1) % size
    if other != index:
        with pytest.raises(VerificationError):
            merkle.verify_inclusion(
                other, size, LEAVES[index], merkle.root_of(LEAVES[:size]), proof
            )


def test_frontier_root_equals_definition_and_nodes_cover_the_tree():
    frontier: list[bytes] = []
    stored: dict[tuple[int, int], bytes] = {}
    for i, leaf in enumerate(LEAVES):
        for node, h in merkle.append_to_frontier(frontier, i, leaf):
            assert node not in stored
            stored[node] = h
        assert merkle.root_from_frontier(frontier) == merkle.root_of(LEAVES[: i + 1])
        assert len(frontier) == bin(i + 1).count("1")
    assert stored == reader(list(stored))


def test_append_touches_at_most_log_n_nodes():
    frontier: list[bytes] = []
    for i, leaf in enumerate(LEAVES):
        assert len(merkle.append_to_frontier(frontier, i, leaf)) <= (i + 1).bit_length()


def test_proof_reads_logarithmically_many_nodes():
    asked: list[int] = []

    def counting(nodes):
        asked.append(len(nodes))
        return reader(nodes)

    for size in (100, 128, 159):
        for index in range(size):
            asked.clear()
            merkle.prove_inclusion(index, size, counting)
            assert sum(asked) <= 2 * size.bit_length()


def test_proof_generation_refuses_bad_indices_and_empty_old_tree():
    with pytest.raises(InvalidInputError, match="outside"):
        merkle.inclusion_ranges(5, 5)
    with pytest.raises(InvalidInputError) as exc:
        merkle.consistency_ranges(0, 5)
    assert exc.value.field == "size1"
    with pytest.raises(InvalidInputError):
        merkle.consistency_ranges(6, 5)


def test_consistency_from_size_zero_is_refused_even_with_empty_root():
    with pytest.raises(VerificationError, match="empty tree"):
        merkle.verify_consistency(
            0, 3, merkle.EMPTY_ROOT, merkle.root_of(LEAVES[:3]), []
        )
