"""Cyrillic and Hangul names in Latin letters, by the libraries that keep the standards.

* Russian: ``iuliia`` (BGN/PCGN, the everyday "Wikipedia" press form and 18 others).
* Ukrainian (and Belarusian, read through the Ukrainian tables with ў, ы, э as в, и, е):
  ``translitua`` with the official national system of 2010 (KMU no. 55) or BGN/PCGN.
* Korean: ``ko_pron`` (the Wiktionary module): Revised Romanization and McCune–Reischauer,
  with the sound changes between syllables (백령도 → Baengnyeongdo / Paengnyŏngdo).

The geocoder never compares these outputs directly: :func:`geoapp.geocode.normalise.fold`
reduces every romanisation of a name to one key. They give Latin spellings to names the
data holds only in Cyrillic or Hangul, so a report in English can be scanned for them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import iuliia
import iuliia.nlp as iuliia_nlp
import ko_pron
import translitua

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_BELARUSIAN_LETTERS = frozenset("ўЎ")
_RUSSIAN_LETTERS = frozenset("ыэъЫЭЪ")   # with і (and no ї, є, ґ): Belarusian
# Belarusian letters as the Ukrainian tables know them (ў ~ в, ы ~ и, э ~ е).
_BELARUSIAN_AS_UKRAINIAN = str.maketrans("ўЎыЫэЭ", "вВиИеЕ")
class _Schema:
    """An iuliia schema, translated faster: iuliia looks every letter up with its
    neighbours; here a run of letters that none of the schema's context rules (е after a
    vowel, ь before one …) can touch goes through ``str.translate`` at once, and only the
    letters those rules name are looked up as iuliia does. Same tables, same output
    (checked against iuliia by the tests), ~4× faster: a 150,000-row census list
    romanises every name three times."""

    def __init__(self, schema: iuliia.Schema):
        schema.translate("")                       # iuliia loads its tables on first use
        self.rules = schema._schema
        self.table = str.maketrans(self.rules.map)
        context = {k[-1] for k in self.rules.prev_map} | {k[0] for k in self.rules.next_map}
        self.context = frozenset(context)
        self.split = re.compile("([" + "".join(sorted(context)) + "])").split

    def translate(self, text: str) -> str:
        if text.isalpha():                         # one word: most names
            return self._word(text)
        return "".join(self._word(word) for word in iuliia_nlp.word_reader(text))

    def _word(self, word: str) -> str:
        # iuliia.nlp.split_word: a word of three letters or more may have a mapped ending.
        translated = self.rules.ending_map.get(word[-2:]) if len(word) > 2 else None
        return self._letters(word[:-2]) + translated if translated else self._letters(word)

    def _letters(self, word: str) -> str:
        if self.context.isdisjoint(word):
            return word.translate(self.table)
        out, pos = [], 0
        for part in self.split(word):
            if len(part) == 1 and part in self.context:
                prev, following = word[pos - 1] if pos else "", word[pos + 1:pos + 2]
                out.append(self.rules._translate_letter(prev, part, following))
            else:
                out.append(part.translate(self.table))
            pos += len(part)
        return "".join(out)


_RUSSIAN = {"bgn": _Schema(iuliia.BGN_PCGN), "press": _Schema(iuliia.WIKIPEDIA)}
_UKRAINIAN = {"bgn": translitua.UkrainianBGN, "press": translitua.UkrainianKMU}
_KOREAN = {"bgn": "mr", "press": "rr"}   # BGN/PCGN follows McCune–Reischauer for Korean


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def has_hangul(text: str) -> bool:
    return _HANGUL_RUN.search(text) is not None


def cyrillic_language(text: str) -> str:
    """"be" for ў, or for і beside ы/э; "uk" for і, ї, є, ґ; else "ru"."""
    letters = set(text)
    if letters & _BELARUSIAN_LETTERS or ("і" in letters and letters & _RUSSIAN_LETTERS
                                         and not letters & set("їєґ")):
        return "be"
    return "uk" if letters & _UKRAINIAN_LETTERS else "ru"


@lru_cache(maxsize=1 << 16)
def romanise(text: str, system: str = "press", lang: str | None = None) -> str:
    """``text`` with its Cyrillic and Hangul in Latin letters; other characters unchanged.

    ``system`` is "press" (Russian: the Wikipedia/English-press form; Ukrainian: the
    national system of 2010; Korean: Revised Romanization) or "bgn" (BGN/PCGN; Korean:
    McCune–Reischauer). ``lang`` ("ru", "uk", "be") overrides the guess from the letters.

    Example: ``romanise("Юнаківка") == "Yunakivka"``, ``romanise("Плехово") == "Plekhovo"``,
    ``romanise("평양", "bgn") == "P'yŏngyang"``.
    """
    if has_cyrillic(text):
        text = text.replace("ё", "е").replace("Ё", "Е")   # iuliia's BGN table lacks ё
        lang = lang or cyrillic_language(text)
        if lang == "ru":
            text = _RUSSIAN[system].translate(text)
        else:
            if lang == "be":
                text = text.translate(_BELARUSIAN_AS_UKRAINIAN)
            text = translitua.translit(text, _UKRAINIAN[system])
    if has_hangul(text):
        scheme = _KOREAN[system]
        text = _HANGUL_RUN.sub(lambda m: _capitalise(ko_pron.romanise(m.group(), scheme)), text)
    return text


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]
