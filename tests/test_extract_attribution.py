"""Who says so, and what kind of source it is."""

from __future__ import annotations

import pytest

from geoapp.extract.attribution import find_attribution, source_kind


@pytest.mark.parametrize("sentence, name, kind", [
    ("According to estimates by US, Ukrainian and South Korean intelligence, there are "
     "between 11,000 and 12,000 North Korean troops deployed in Russia.",
     "US, Ukrainian and South Korean intelligence", "intelligence"),
    ("These troops have suffered heavy losses, according to official sources.",
     "official sources", "government"),
    ("Ukrainian special forces have reported that in just three days, 50 were killed.",
     "Ukrainian special forces", "military"),
    ("A Ukrainian unit also reported that North Koreans launched infantry attacks.",
     "Ukrainian unit", "military"),
    ("Reports indicate that more than 100 North Koreans have been killed.", "Reports", "media"),
    ("In a recent case uncovered by Ukrainian special forces, soldiers were given fake IDs.",
     "Ukrainian special forces", "military"),
    ("Five civilians were killed in the strike, the regional governor said.",
     "regional governor", "government"),
    ("The strike killed two people, said Oleh Syniehubov, the head of the regional "
     "administration.", "Oleh Syniehubov", "government"),
    ("Ukraine's General Staff said on Monday that 1,200 Russian soldiers were killed.",
     "Ukraine's General Staff", "military"),
    ("South Korea's National Intelligence Service (NIS) told lawmakers that 100 were killed.",
     "South Korea's National Intelligence Service (NIS)", "intelligence"),
    ("The Institute for the Study of War reported fighting near Pokrovsk.",
     "Institute for the Study of War", "other"),
    ("Videos appear to show soldiers at a training ground, the spy agency said.",
     "spy agency", "intelligence"),
])
def test_named_sources(sentence: str, name: str, kind: str) -> None:
    found = find_attribution(sentence)
    assert (found.name, found.kind) == (name, kind)
    assert sentence[found.start:found.end].count(name.split()[0]) >= 1


@pytest.mark.parametrize("sentence", [
    "However, the signatures were in Korean, which clearly indicates their real origin.",
    "Russia has deployed an estimated 500 troops.",
    "Amid rising tensions, the evidence raises questions about alliances.",
])
def test_no_source(sentence: str) -> None:
    assert find_attribution(sentence) is None


def test_pronoun_source_is_carried_forward_by_the_caller() -> None:
    found = find_attribution("It said 12 drones were shot down.")
    assert found is not None and found.name is None


@pytest.mark.parametrize("name, kind", [
    ("Ukrainian military intelligence", "intelligence"), ("the UN monitoring mission", "ngo"),
    ("Russia's Defence Ministry", "military"), ("the Kremlin", "government"),
    ("Yonhap", "media"), ("a local resident", None),
])
def test_source_kind(name: str, kind: str | None) -> None:
    assert source_kind(name) == kind
