"""Word-level differences (sdapp.core.textdiff): exact on both sides, whole words, readable runs."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from sdapp.core.textdiff import DELETE, EQUAL, INSERT, Chunk, changed_words, new_text, old_text, tokens, word_diff


def test_tokens_are_words_spaces_and_single_marks() -> None:
    assert tokens("Voorraad: 90 dagen!") == ["Voorraad", ":", " ", "90", " ", "dagen", "!"]
    assert "".join(tokens("**vet** en\n- lijst")) == "**vet** en\n- lijst"


def test_unchanged_text_is_one_equal_run() -> None:
    assert word_diff("Een strategische voorraad.", "Een strategische voorraad.") == [
        Chunk(EQUAL, "Een strategische voorraad.")]


def test_a_changed_letter_marks_the_whole_word() -> None:
    chunks = word_diff("De voorraad dekt 60 dagen.", "De voorraad dekt 90 dagen.")
    assert chunks == [Chunk(EQUAL, "De voorraad dekt "), Chunk(DELETE, "60"), Chunk(INSERT, "90"),
                      Chunk(EQUAL, " dagen.")]


def test_neighbouring_replacements_read_as_one_change() -> None:
    chunks = word_diff("the quick brown fox", "the slow red fox")
    assert chunks == [Chunk(EQUAL, "the "), Chunk(DELETE, "quick brown"), Chunk(INSERT, "slow red"),
                      Chunk(EQUAL, " fox")]


def test_pure_insertions_and_deletions() -> None:
    assert word_diff("", "nieuw") == [Chunk(INSERT, "nieuw")]
    assert word_diff("weg", "") == [Chunk(DELETE, "weg")]
    chunks = word_diff("Gallium is schaars.", "Gallium is zeer schaars.")
    assert [c.op for c in chunks] == [EQUAL, INSERT, EQUAL]
    assert chunks[1].text == "zeer "
    assert changed_words(chunks) == (0, 1)


def test_changed_words_counts_words_not_characters() -> None:
    chunks = word_diff("een twee drie", "een vier vijf zes drie")
    assert changed_words(chunks) == (1, 3)


@given(st.text(alphabet="ab cd,.\n*#-é", max_size=60), st.text(alphabet="ab cd,.\n*#-é", max_size=60))
def test_both_versions_come_back_exactly(old: str, new: str) -> None:
    chunks = word_diff(old, new)
    assert old_text(chunks) == old
    assert new_text(chunks) == new
    assert all(c.text for c in chunks)
    assert all(a.op != b.op for a, b in itertools.pairwise(chunks))
