"""Passphrase strength: a conservative entropy estimate for the strength meter.

Counts the character classes used and penalises repeats and sequences; it errs low,
so the meter never flatters a weak passphrase. 60 bits is "good" for Argon2id at ~1 s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_LENGTH = 8
GOOD_BITS = 60.0
FAIR_BITS = 45.0

_COMMON = {"password", "wachtwoord", "welkom", "qwerty", "azerty", "123456", "geheim", "secret", "admin", "letmein"}


@dataclass(frozen=True)
class Strength:
    bits: float
    verdict: str  # "too-short", "weak", "fair", "good", "strong"


def estimate(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(0.0, "too-short")
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    effective = 0.0
    previous = ""
    for i, ch in enumerate(passphrase):
        if ch == previous:
            effective += 0.25
        elif i and abs(ord(ch) - ord(passphrase[i - 1])) == 1:
            effective += 0.5
        else:
            effective += 1.0
        previous = ch
    bits = effective * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in _COMMON):
        bits *= 0.5
    if bits >= 80:
        verdict = "strong"
    elif bits >= GOOD_BITS:
        verdict = "good"
    elif bits >= FAIR_BITS:
        verdict = "fair"
    else:
        verdict = "weak"
    return Strength(round(bits, 1), verdict)


def acceptable(passphrase: str) -> bool:
    """The wizard's bar: at least fair."""
    return estimate(passphrase).verdict in ("fair", "good", "strong")
