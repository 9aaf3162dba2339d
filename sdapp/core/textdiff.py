"""Word-level differences between two texts, for the history of action options.

A text is cut into tokens: runs of letters and digits (a word), runs of white space, and single
other characters (punctuation, Markdown marks). :func:`word_diff` compares the token lists with
:mod:`difflib` and returns runs of equal, deleted and inserted text, so that the deleted and
equal runs give back the old text and the inserted and equal runs the new one. Whole words are
the unit: a changed letter marks the word, which is what a reader of a policy text looks for.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

EQUAL, DELETE, INSERT = "equal", "delete", "insert"
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Chunk:
    """A run of text that is the same in both versions, only in the old one, or only in the new one."""

    op: str  # equal | delete | insert
    text: str


def tokens(text: str) -> list[str]:
    """Words, white-space runs and single other characters; joined they give ``text`` back."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Chunk]:
    """The chunks that turn ``old`` into ``new``. Within a replaced stretch the deletion comes
    first; neighbouring chunks of one kind are merged, and there are no empty chunks."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Chunk] = []

    def add(op: str, parts: list[str]) -> None:
        text = "".join(parts)
        if not text:
            return
        if out and out[-1].op == op:
            out[-1] = Chunk(op, out[-1].text + text)
        else:
            out.append(Chunk(op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(EQUAL, a[i1:i2])
        else:
            add(DELETE, a[i1:i2])
            add(INSERT, b[j1:j2])
    return _absorb_spaces(out)


def _absorb_spaces(chunks: list[Chunk]) -> list[Chunk]:
    """A run of only white space between two changes joins them: one deletion and one insertion
    read better than a patchwork of single words. The space is in both versions, so it goes into
    both sides (old and new text stay exact). Left alone when one side would be only space."""
    groups: list[tuple[str, str, str]] = []  # (EQUAL, text, "") or ("change", deleted, inserted)
    for c in chunks:
        if c.op == EQUAL:
            groups.append((EQUAL, c.text, ""))
        elif groups and groups[-1][0] == "change":
            _tag, d, i = groups[-1]
            groups[-1] = ("change", d + c.text, i) if c.op == DELETE else ("change", d, i + c.text)
        else:
            groups.append(("change", c.text, "") if c.op == DELETE else ("change", "", c.text))
    merged: list[tuple[str, str, str]] = []
    k = 0
    while k < len(groups):
        g = groups[k]
        if (g[0] == EQUAL and not g[1].strip() and merged and merged[-1][0] == "change"
                and k + 1 < len(groups) and groups[k + 1][0] == "change"):
            prev, after = merged[-1], groups[k + 1]
            if (prev[1] or after[1]) and (prev[2] or after[2]):
                merged[-1] = ("change", prev[1] + g[1] + after[1], prev[2] + g[1] + after[2])
                k += 2
                continue
        merged.append(g)
        k += 1
    out: list[Chunk] = []
    for tag, first, second in merged:
        if tag == EQUAL:
            out.append(Chunk(EQUAL, first))
        else:
            out.extend(([Chunk(DELETE, first)] if first else []) + ([Chunk(INSERT, second)] if second else []))
    return out


def old_text(chunks: list[Chunk]) -> str:
    """The old version: equal and deleted runs."""
    return "".join(c.text for c in chunks if c.op != INSERT)


def new_text(chunks: list[Chunk]) -> str:
    """The new version: equal and inserted runs."""
    return "".join(c.text for c in chunks if c.op != DELETE)


def changed_words(chunks: list[Chunk]) -> tuple[int, int]:
    """How many words were deleted and inserted (for a one-line summary)."""
    def count(op: str) -> int:
        return sum(len(re.findall(r"\w+", c.text)) for c in chunks if c.op == op)

    return count(DELETE), count(INSERT)
