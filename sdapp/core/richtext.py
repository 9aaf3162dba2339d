"""The formatted text of action options: Markdown, kept safe, with links to other records.

Option texts are stored as Markdown (headings, lists, bold, italics, links), never as HTML: the
GUI edits them in a rich-text editor and renders them with raw HTML switched off, so a text
can never carry script, styles or remote content. :func:`sanitise_markdown` is applied on the
way in as well (imports, pasted text): it drops images (they would make a renderer read a
file) and the targets of links with schemes other than the app's own and the web's, and turns
raw HTML into visible text.

Links to records use the app's own scheme, ``sdapp:dependency/<uuid>`` and
``sdapp:option/<uuid>``; clicking one opens the record in the app. Web links stay visible as
text and address but are never opened (the workstation is offline).
"""

from __future__ import annotations

import re

from sdapp.core.model import is_uuid

SCHEME = "sdapp"
RECORD_KINDS = ("dependency", "option")
WEB_SCHEMES = ("http", "https")
_LINK = re.compile(r"(!?)\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_TAG = re.compile(r"(?<!\\)<(/?[A-Za-z!?][^<>]*)>")  # not one escaped already: sanitising twice changes nothing
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def record_link(kind: str, record_id: str) -> str:
    """The link target of a record, e.g. ``sdapp:dependency/0b0e...``."""
    if kind not in RECORD_KINDS:
        raise ValueError(f"unknown record kind {kind!r}")
    return f"{SCHEME}:{kind}/{record_id}"


def parse_record_link(url: str) -> tuple[str, str] | None:
    """(kind, id) of an app link, or None for any other text."""
    prefix = f"{SCHEME}:"
    if not url.startswith(prefix):
        return None
    kind, _, record_id = url[len(prefix):].lstrip("/").partition("/")
    if kind in RECORD_KINDS and is_uuid(record_id):
        return kind, record_id
    return None


def is_web_link(url: str) -> bool:
    match = _SCHEME.match(url)
    return match is not None and match.group(1).lower() in WEB_SCHEMES


def allowed_link(url: str) -> bool:
    """App links to records and web addresses (shown, never opened); nothing else."""
    return parse_record_link(url) is not None or is_web_link(url) or url.startswith("#")


def record_links(markdown: str) -> list[tuple[str, str]]:
    """The records a text links to, as (kind, id), in order of appearance, each once."""
    out: list[tuple[str, str]] = []
    for match in _LINK.finditer(markdown):
        if match.group(1):
            continue
        target = parse_record_link(match.group(3))
        if target is not None and target not in out:
            out.append(target)
    return out


def sanitise_markdown(text: str) -> str:
    """``text`` with images reduced to their description, links with a disallowed target reduced
    to their text, and raw HTML tags escaped so that they show as typed."""

    def link(match: re.Match[str]) -> str:
        image, label, url = match.group(1), match.group(2), match.group(3)
        if image or not allowed_link(url):
            return label
        return match.group(0)

    text = _LINK.sub(link, text)
    return _TAG.sub(lambda m: "\\<" + m.group(1) + "\\>", text)


_BLOCK_START = re.compile(r"^\s*([-*+]\s|\d+[.)]\s|#{1,6}\s|>|```|\|)")


def _blocks(text: str) -> list[str]:
    """The Markdown's blocks with their white space normalised: a line that starts no block (a
    list item, heading, quote, fence or table row) continues the one before it."""
    out: list[str] = []
    joinable = False
    for line in text.splitlines():
        words = " ".join(line.split())
        if not words:
            joinable = False
            continue
        if joinable and not _BLOCK_START.match(line):
            out[-1] += " " + words
        else:
            out.append(words)
        joinable = True
    return out


def same_markdown(a: str, b: str) -> bool:
    """Equal but for how the lines are wrapped: a rich-text editor re-wraps the Markdown it
    writes, which is no change to the text (a new paragraph or list item is)."""
    return _blocks(a) == _blocks(b)


def plain_text(markdown: str) -> str:
    """A readable plain version (exports, searches, the history's word diff): no heading marks,
    emphasis or link targets, and soft-wrapped lines joined, so a text re-wrapped by the editor
    reads the same."""
    text = _LINK.sub(lambda m: m.group(2), markdown)
    lines: list[str] = []
    joinable = False
    for raw in text.splitlines():
        words = " ".join(raw.split())
        if not words:
            lines.append("")
            joinable = False
            continue
        if joinable and not _BLOCK_START.match(raw):
            lines[-1] += " " + words
        else:
            lines.append(words)
        joinable = True
    out = []
    for line in lines:
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", line)
        line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|~])", r"\1", line)
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
