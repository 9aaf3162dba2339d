"""Option texts as safe Markdown (sdapp.core.richtext): record links, sanitising, plain text."""

from __future__ import annotations

import re

import pytest

from sdapp.core.richtext import (
    allowed_link,
    parse_record_link,
    plain_text,
    record_link,
    record_links,
    same_markdown,
    sanitise_markdown,
)

DEP = "0b0e6a44-7c1e-4d4e-9a57-3f1f6f0a0001"
OPT = "1c1e6a44-7c1e-4d4e-9a57-3f1f6f0a0002"


def test_record_links_round_trip() -> None:
    assert record_link("dependency", DEP) == f"sdapp:dependency/{DEP}"
    assert parse_record_link(record_link("option", OPT)) == ("option", OPT)
    assert parse_record_link(f"sdapp:dependency/{DEP.upper()}") is None  # ids are canonical lower case
    assert parse_record_link("sdapp:register/x") is None
    assert parse_record_link("https://example.org") is None
    with pytest.raises(ValueError, match="kind"):
        record_link("pack", DEP)


def test_record_links_found_in_order_once() -> None:
    text = (f"Zie [Gallium](sdapp:dependency/{DEP}) en [de voorraad](sdapp:option/{OPT}), en nog eens "
            f"[Gallium](sdapp:dependency/{DEP}); ![plaatje](sdapp:dependency/{OPT}) telt niet.")
    assert record_links(text) == [("dependency", DEP), ("option", OPT)]


def test_allowed_links() -> None:
    assert allowed_link(f"sdapp:option/{OPT}")
    assert allowed_link("https://www.tweedekamer.nl/")
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "smb://server/share", "data:text/html,x"):
        assert not allowed_link(bad)


def test_sanitise_drops_images_bad_targets_and_raw_html() -> None:
    text = ("## Kop\n\n**vet** ![geheim](file:///etc/passwd) [ok](sdapp:dependency/" + DEP + ") "
            "[web](https://example.org) [lokaal](file:///tmp/x) <script>alert(1)</script> <img src=x>")
    out = sanitise_markdown(text)
    assert "file://" not in out
    assert "![" not in out
    assert "geheim" in out
    assert "lokaal" in out
    assert f"[ok](sdapp:dependency/{DEP})" in out
    assert "[web](https://example.org)" in out
    assert re.search(r"(?<!\\)<(script|img)", out) is None  # every tag escaped: shown, never run
    assert "\\<script\\>" in out
    assert "\\<img src=x\\>" in out
    assert out.startswith("## Kop\n\n**vet**")


def test_sanitise_is_idempotent() -> None:
    text = "a <b>x</b> \\<i>y</i> ![p](q) [r](javascript:s)"
    once = sanitise_markdown(text)
    assert sanitise_markdown(once) == once


def test_plain_text() -> None:
    md = f"## Aanleiding\n\nDe **voorraad** is *klein*; zie [Gallium](sdapp:dependency/{DEP}).\n\n- een\n- twee\n"
    assert plain_text(md) == "Aanleiding\n\nDe voorraad is klein; zie Gallium.\n\n- een\n- twee"


def test_same_markdown_ignores_re_wrapping_only() -> None:
    assert same_markdown("Een lange zin\ndie verder gaat.", "Een lange zin die verder gaat.\n")
    assert same_markdown("- punt een\n  vervolg\n- twee", "- punt een vervolg\n- twee")
    assert not same_markdown("alinea een\n\nalinea twee", "alinea een alinea twee")
    assert not same_markdown("- een\n- twee", "- een - twee")
    assert not same_markdown("## Kop", "Kop")
