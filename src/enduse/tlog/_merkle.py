"""RFC 9162 Merkle tree hashing, proofs and their verification, as small pure functions.

Trees follow RFC 9162 §2.1 (identical to RFC 6962 §2.1): a leaf hashes as
``SHA-256(0x00 || d)``, an interior node as ``SHA-256(0x01 || left || right)``, the empty tree as
``SHA-256("")``; a tree of ``n > 1`` leaves splits at ``k``, the largest power of two below ``n``.

Storage keeps only *perfect* subtrees: node ``(level, index)`` is the hash of the ``2**level``
leaves ``[index * 2**level, (index + 1) * 2**level)``. Those never change once written, and
every subtree an RFC 9162 proof needs is a perfect node or the fold of a few of them
(``perfect_nodes``), so proofs are generated for any past tree size from O(log n) node reads.
Proof *generation* here returns which ranges of leaves each proof element covers; the caller
reads the hashes (``NodeReader``) and ``fold`` combines them.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping, Sequence

from enduse.errors import InvalidInputError, VerificationError

Node = tuple[int, int]
"""A perfect subtree: ``(level, index)`` covers leaves ``[index << level, (index + 1) << level)``."""

NodeReader = Callable[[Sequence[Node]], Mapping[Node, bytes]]
"""Returns the stored hash of each requested perfect node (all of them, or raise)."""

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
"""RFC 9162 §2.1.1: the hash of an empty list is the hash of an empty string."""


def hash_leaf(data: bytes) -> bytes:
    """RFC 9162 §2.1.1: ``MTH({d(0)}) = SHA-256(0x00 || d(0))``."""
    return hashlib.sha256(b"\x00" + data).digest()


def hash_children(left: bytes, right: bytes) -> bytes:
    """RFC 9162 §2.1.1: ``SHA-256(0x01 || MTH(left) || MTH(right))``."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def split_point(n: int) -> int:
    """RFC 9162 §2.1.1: ``k``, the largest power of two smaller than ``n`` (``n > 1``)."""
    return 1 << ((n - 1).bit_length() - 1)


def root_of(leaf_hashes: Sequence[bytes]) -> bytes:
    """RFC 9162 §2.1.1 ``MTH(D[n])`` by the definition (recursive; for tests and small trees)."""
    n = len(leaf_hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hashes[0]
    k = split_point(n)
    return hash_children(root_of(leaf_hashes[:k]), root_of(leaf_hashes[k:]))


# -- which perfect nodes make up a subtree --------------------------------------------------


def perfect_nodes(start: int, end: int) -> list[Node]:
    """The perfect nodes covering leaves ``[start, end)``, left to right, largest first.

    ``[start, end)`` must be a subtree of an RFC 9162 tree (``start`` a multiple of the largest
    power of two not above ``end - start``), as every proof element is; its hash is then
    ``fold`` of these nodes' hashes (RFC 9162 §2.1.1 splits off the largest power of two first).
    """
    nodes: list[Node] = []
    while start < end:
        level = (end - start).bit_length() - 1
        if start & ((1 << level) - 1):
            raise ValueError(f"[{start}, {end}) is not a subtree of a Merkle tree")
        nodes.append((level, start >> level))
        start += 1 << level
    return nodes


def fold(hashes: Sequence[bytes]) -> bytes:
    """Hash perfect subtrees (as ``perfect_nodes`` lists them) into their RFC 9162 subtree hash:
    ``H(p0, H(p1, ... H(pk-1, pk)))``; the empty list gives the empty-tree hash."""
    if not hashes:
        return EMPTY_ROOT
    acc = hashes[-1]
    for h in reversed(hashes[:-1]):
        acc = hash_children(h, acc)
    return acc


def root_from_frontier(frontier: Sequence[bytes]) -> bytes:
    """The root of a tree from its frontier: the hashes of ``perfect_nodes(0, size)``."""
    return fold(frontier)


def append_to_frontier(
    frontier: list[bytes], size: int, leaf_hash: bytes
) -> list[tuple[Node, bytes]]:
    """Add leaf number ``size`` to ``frontier`` (updated in place) and return the perfect nodes
    it completes, bottom up: the leaf itself, then each parent whose right child it finishes.

    The frontier is the hashes of ``perfect_nodes(0, size)``; appending touches at most
    ``log2(n) + 1`` nodes and reads none, which is what makes appends O(log n).
    """
    created: list[tuple[Node, bytes]] = [((0, size), leaf_hash)]
    acc, level, index = leaf_hash, 0, size
    while index & 1:
        acc = hash_children(frontier.pop(), acc)
        level, index = level + 1, index >> 1
        created.append(((level, index), acc))
    frontier.append(acc)
    return created


# -- proofs: which subtrees, in which order ------------------------------------------------


def inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """The leaf ranges whose subtree hashes form ``PATH(index, D[size])``, RFC 9162 §2.1.3.1,
    in proof order (nearest the leaf first)."""
    _check_index(index, size)
    out: list[tuple[int, int]] = []
    lo, hi = 0, size
    while hi - lo > 1:
        k = split_point(hi - lo)
        if index < lo + k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo += k
    out.reverse()
    return out


def consistency_ranges(size1: int, size2: int) -> list[tuple[int, int]]:
    """The leaf ranges whose subtree hashes form ``PROOF(size1, D[size2])``, RFC 9162 §2.1.4.1
    (``SUBPROOF(m, D[n], true)``), in proof order. A proof from size 0 is refused: every tree
    extends the empty tree, so it proves nothing (as transparency-dev refuses it)."""
    _check_sizes(size1, size2)
    out: list[tuple[int, int]] = []
    lo, hi, complete = 0, size2, True
    m = size1
    while m != hi - lo:
        k = split_point(hi - lo)
        if m <= k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo, m, complete = lo + k, m - k, False
    if not complete:
        out.append((lo, hi))
    out.reverse()
    return out


def _check_index(index: int, size: int) -> None:
    if size < 1:
        raise InvalidInputError(
            "the tree is empty: there is no leaf to prove", field="size"
        )
    if not 0 <= index < size:
        raise InvalidInputError(
            f"index {index} is outside the tree of size {size}", field="index"
        )


def _check_sizes(size1: int, size2: int) -> None:
    if size1 < 1:
        raise InvalidInputError(
            "a consistency proof from an empty tree proves nothing", field="size1"
        )
    if size2 < size1:
        raise InvalidInputError(
            f"size2 {size2} is smaller than size1 {size1}", field="size2"
        )


def resolve(ranges: Iterable[tuple[int, int]], read: NodeReader) -> list[bytes]:
    """Turn leaf ranges into hashes with one batched ``read`` of the perfect nodes they need."""
    plan = [perfect_nodes(a, b) for a, b in ranges]
    hashes = read(sorted({n for nodes in plan for n in nodes}))
    return [fold([hashes[n] for n in nodes]) for nodes in plan]


def prove_inclusion(index: int, size: int, read: NodeReader) -> list[bytes]:
    """RFC 9162 §2.1.3.1 inclusion proof of leaf ``index`` in the tree of ``size`` leaves."""
    return resolve(inclusion_ranges(index, size), read)


def prove_consistency(size1: int, size2: int, read: NodeReader) -> list[bytes]:
    """RFC 9162 §2.1.4.1 consistency proof between the trees of ``size1`` and ``size2`` leaves."""
    return resolve(consistency_ranges(size1, size2), read)


def tree_root(size: int, read: NodeReader) -> bytes:
    """``MTH(D[size])`` from stored perfect nodes (at most log2(size) + 1 reads)."""
    return resolve([(0, size)], read)[0] if size else EMPTY_ROOT


# -- verification --------------------------------------------------------------------------


def root_from_inclusion_proof(
    index: int, size: int, leaf_hash: bytes, proof: Sequence[bytes]
) -> bytes:
    """RFC 9162 §2.1.3.2 steps 1-4: the root that ``proof`` implies for ``leaf_hash`` at ``index``.

    Raises VerificationError when the proof has the wrong length for ``index`` and ``size``.
    """
    if not 0 <= index < size:
        raise VerificationError(
            f"index {index} is outside the tree of size {size}", field="index"
        )
    if len(leaf_hash) != HASH_SIZE:  # as transparency-dev's RootFromInclusionProof
        raise VerificationError(
            f"the leaf hash has {len(leaf_hash)} bytes, not {HASH_SIZE}",
            field="leaf_hash",
        )
    fn, sn, r = index, size - 1, leaf_hash
    for p in proof:
        if sn == 0:
            raise VerificationError(
                "the proof is longer than the tree is deep", field="proof"
            )
        if fn & 1 or fn == sn:
            r = hash_children(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            r = hash_children(r, p)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise VerificationError(
            "the proof is shorter than the tree is deep", field="proof"
        )
    return r


def verify_inclusion(
    index: int, size: int, leaf_hash: bytes, root: bytes, proof: Sequence[bytes]
) -> None:
    """RFC 9162 §2.1.3.2: raise VerificationError unless ``proof`` shows that ``leaf_hash`` is
    leaf ``index`` of the tree of ``size`` leaves whose root is ``root``."""
    calculated = root_from_inclusion_proof(index, size, leaf_hash, proof)
    if not hmac.compare_digest(calculated, root):
        raise VerificationError(
            f"the proof leads to root {calculated.hex()}, not the given root {root.hex()}",
            field="root",
        )


def verify_consistency(
    size1: int, size2: int, root1: bytes, root2: bytes, proof: Sequence[bytes]
) -> None:
    """RFC 9162 §2.1.4.2: raise VerificationError unless ``proof`` shows that the tree of
    ``size2`` leaves with ``root2`` extends the tree of ``size1`` leaves with ``root1``.

    Equal sizes need an empty proof and equal roots; a proof from size 0 is refused (as
    transparency-dev's ``VerifyConsistency`` does), since it would prove nothing.
    """
    if size1 < 1:
        raise VerificationError(
            "a consistency proof from an empty tree proves nothing", field="size1"
        )
    if size2 < size1:
        raise VerificationError(
            f"size2 {size2} is smaller than size1 {size1}", field="size2"
        )
    if size1 == size2:
        if proof:
            raise VerificationError("equal sizes need an empty proof", field="proof")
        if not hmac.compare_digest(root1, root2):
            raise VerificationError("equal sizes but different roots", field="root2")
        return
    if not proof:  # step 1
        raise VerificationError("the proof is empty", field="proof")
    path = list(proof)
    if size1 & (size1 - 1) == 0:  # step 2: size1 is an exact power of two
        path.insert(0, root1)
    fn, sn = size1 - 1, size2 - 1  # step 3
    while fn & 1:  # step 4
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]  # step 5
    for c in path[1:]:  # step 6
        if sn == 0:
            raise VerificationError(
                "the proof is longer than the trees need", field="proof"
            )
        if fn & 1 or fn == sn:
            fr, sr = hash_children(c, fr), hash_children(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            sr = hash_children(sr, c)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:  # step 7
        raise VerificationError(
            "the proof is shorter than the trees need", field="proof"
        )
    if not hmac.compare_digest(fr, root1):
        raise VerificationError(
            f"the proof leads to root1 {fr.hex()}, not the given one", field="root1"
        )
    if not hmac.compare_digest(sr, root2):
        raise VerificationError(
            f"the proof leads to root2 {sr.hex()}, not the given one", field="root2"
        )
