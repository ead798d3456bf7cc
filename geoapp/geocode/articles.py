"""Spellings of the Arabic article ("al-") in place names.

English-language news writes one name with any form of the article: al-/el- (il-/ul- inside
a name), assimilated before a "sun" consonant (an-Nahud, en-Nahud, ad-Damazin, ash-Shati),
with a hyphen, a space or joined ("Elfasher"). GeoNames keeps one or two of these forms
("En Nahud", "El Obeid"), so the index builder adds the others as variants of the name:
both the geocoder and the text scanner (which searches the index's spellings) find every
form. Only the article changes; a name is never reduced to its bare stem ("Nahud"), which
may be another place.
"""

from __future__ import annotations

import itertools

# Latin spellings of the consonants the article assimilates to, longest first.
_SUN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_PLAIN = ("al", "el")
_INNER = ("il", "ul")      # "Dar ul Aman", "Abu il-…": only inside a name
_MAX_VARIED = 2            # articles varied per name (a longer name keeps the rest as written)


def _sun(word: str) -> str | None:
    return next((c for c in _SUN if word.startswith(c) and len(word) > len(c)), None)


def is_article(token: str, following: str) -> bool:
    """Whether ``token`` is the article of ``following`` ("al nahud", "an nahud")."""
    if token in _PLAIN or token in _INNER:
        return True
    if len(token) < 2 or token[0] not in "aeiu":
        return False
    sun = _sun(following)
    return sun is not None and token[1:] == sun


def _forms(following: str, inner: bool) -> list[str]:
    sun = _sun(following)
    forms = list(_PLAIN) + (list(_INNER) if inner else [])
    if sun:
        forms += ["a" + sun, "e" + sun]
    return forms


def article_variants(key: str) -> set[str]:
    """Other article spellings of a normalised name (words separated by single spaces).

    ``article_variants("en nahud")`` holds "al nahud", "el nahud", "an nahud" and the
    joined "alnahud", "elnahud"; ``article_variants("dayr al balah")`` holds
    "dayr el balah", "dayr ad balah"… A name without an article has none.
    """
    words = key.split()
    spots = [i for i in range(len(words) - 1) if is_article(words[i], words[i + 1])]
    spots = spots[:_MAX_VARIED]
    if not spots:
        return set()
    # il/ul only for a single article inside a name: two articles would multiply the forms.
    choices = [_forms(words[i + 1], i > 0 and len(spots) == 1) for i in spots]
    out = set()
    for combo in itertools.product(*choices):
        new = list(words)
        for i, form in zip(spots, combo, strict=True):
            new[i] = form
        out.add(" ".join(new))
        if spots[0] == 0 and combo[0] in _PLAIN:        # "Elfasher", "Alnahud"
            out.add(" ".join([new[0] + new[1], *new[2:]]))
    out.discard(key)
    return out
