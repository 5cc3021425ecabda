"""C2SP tlog-checkpoint bodies (https://c2sp.org/tlog-checkpoint).

A checkpoint is the text of a signed note: the log's origin, the tree size in decimal, the
base64 root hash, each on its own line, then optional extension lines. The log signs it with
the key whose name is the origin.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from enduse.errors import InvalidInputError, VerificationError
from enduse.tlog._merkle import HASH_SIZE
from enduse.tlog.note import NoteSigner, NoteVerifier, open_note

MAX_SIZE = 2**64 - 1


@dataclass(frozen=True)
class Checkpoint:
    """One tree head: origin, size and root, plus opaque extension lines."""

    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.origin or "\n" in self.origin:
            raise InvalidInputError(
                "the origin must be one non-empty line", field="origin"
            )
        if not 0 <= self.size <= MAX_SIZE:
            raise InvalidInputError(
                "the tree size must fit 64 unsigned bits", field="size"
            )
        if len(self.root) != HASH_SIZE:
            raise InvalidInputError(
                f"the root hash must be {HASH_SIZE} bytes", field="root"
            )

    def body(self) -> str:
        """The note text: ``origin\\nsize\\nbase64(root)\\n[extensions\\n]``."""
        lines = [
            self.origin,
            str(self.size),
            base64.b64encode(self.root).decode(),
            *self.extensions,
        ]
        return "\n".join(lines) + "\n"

    def sign(self, signer: NoteSigner) -> str:
        """The signed checkpoint; the signer's key name must be the origin."""
        if signer.name != self.origin:
            raise InvalidInputError(
                f"the log key is named {signer.name!r}, not the origin {self.origin!r}",
                field="key",
            )
        return signer.sign(self.body())


def parse_checkpoint(body: str) -> Checkpoint:
    """Parse a checkpoint body; VerificationError (field ``checkpoint``) when malformed."""
    if not body.endswith("\n"):
        raise _bad("it must end with a newline")
    lines = body[:-1].split("\n")
    if len(lines) < 3:
        raise _bad("it needs origin, size and root lines")
    origin, size_text, root_text, *extensions = lines
    if (
        not size_text.isascii()
        or not size_text.isdigit()
        or (size_text != "0" and size_text.startswith("0"))
    ):
        raise _bad(
            f"tree size {size_text!r} is not a decimal number without leading zeros"
        )
    try:
        root = base64.b64decode(root_text, validate=True)
    except binascii.Error:
        raise _bad("the root hash is not base64") from None
    if any(not line for line in extensions):
        raise _bad("an extension line is empty")
    try:
        return Checkpoint(origin, int(size_text), root, tuple(extensions))
    except InvalidInputError as exc:
        raise _bad(exc.message) from None


def open_checkpoint(
    signed: str | bytes, verifier: NoteVerifier, *, origin: str | None = None
) -> Checkpoint:
    """Verify a signed checkpoint with the log's key and parse it. With ``origin``, the
    checkpoint must name that log (enduse's own log uses its origin as key name, so it passes
    ``verifier.name``; sum.golang.org, for one, does not)."""
    note = open_note(signed, [verifier])
    checkpoint = parse_checkpoint(note.text)
    if origin is not None and checkpoint.origin != origin:
        raise VerificationError(
            f"origin {checkpoint.origin!r} is not the expected {origin!r}",
            field="checkpoint",
        )
    return checkpoint


def _bad(why: str) -> VerificationError:
    return VerificationError(f"malformed checkpoint: {why}", field="checkpoint")
