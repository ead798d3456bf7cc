"""The event types' colours stay apart for readers with a colour-vision deficiency.

Each colour is passed through the Machado, Oliveira & Fernandes (2009) simulation
matrices (severity 1.0, applied to linear RGB) and compared in CIELAB: every pair of
types must stay at least :data:`MIN_DELTA_E` apart (CIE76) under normal vision,
protanopia, deuteranopia and tritanopia.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from geoapp.styles import load_layers

MIN_DELTA_E = 15.0
SIMULATIONS = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                        [0.0193, 0.1192, 0.9505]])
WHITE = np.array([0.95047, 1.0, 1.08883])


def linear_rgb(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(rgb: np.ndarray) -> np.ndarray:
    xyz = (SRGB_TO_XYZ @ rgb) / WHITE
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def closest_pair(colours: dict[str, str], matrix: np.ndarray) -> tuple[float, str, str]:
    seen = {name: lab(np.clip(matrix @ linear_rgb(c), 0, 1)) for name, c in colours.items()}
    return min((float(np.linalg.norm(seen[a] - seen[b])), a, b)
               for a, b in itertools.combinations(seen, 2))


@pytest.mark.parametrize("vision", list(SIMULATIONS))
def test_event_type_colours_stay_apart(vision):
    colours = {t.value: t.color for t in load_layers()["events"].styles}
    assert len(colours) >= 7
    distance, a, b = closest_pair(colours, SIMULATIONS[vision])
    assert distance >= MIN_DELTA_E, f"{a} and {b} look alike under {vision} (ΔE {distance:.1f})"


def test_the_check_catches_a_red_green_pair():
    """Red beside green passes for normal vision and fails under deuteranopia."""
    pair = {"red": "#d62728", "green": "#2ca02c"}
    assert closest_pair(pair, SIMULATIONS["normal"])[0] >= MIN_DELTA_E
    assert closest_pair(pair, SIMULATIONS["deuteranopia"])[0] < MIN_DELTA_E
