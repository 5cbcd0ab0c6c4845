"""Side weights: the learned model that weighs a speaker's evidence for each side.

The model is a logistic regression over the features of :func:`framing.voices.sides.side_features`,
trained by ``train/sides.py`` on hand-coded articles and committed as ``side_weights.json``
beside this module. Analysis only reads it; a missing file, or one made for other features, is
one clear error that says how to make it again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Mapping, Sequence

from framing.errors import InputError

PACKAGED = "side_weights.json"
RETRAIN = "make it again with: python train/sides.py ../shared/fr-dev --write"


@dataclass(frozen=True)
class SideWeights:
    """Feature name -> weight, and the bias: ``score`` is the log-odds that a side is the
    speaker's."""

    weights: Mapping[str, float]
    bias: float

    def weight(self, feature: str) -> float:
        return self.weights[feature]

    def score(self, features: Mapping[str, float]) -> float:
        """The bias plus each feature times its weight: ``{"kind for": 0.69}`` with weight 2.0
        and bias -1.0 scores 0.38."""
        return self.bias + sum(self.weights[name] * value for name, value in features.items())


def load_weights(path: str | Path, features: Sequence[str]) -> SideWeights:
    """The weights in the JSON file at ``path``, checked to be made for ``features``."""
    try:
        spec = json.loads(Path(path).read_text(encoding="utf-8"))
        names, values, bias = spec["features"], spec["weights"], float(spec["bias"])
    except FileNotFoundError:
        raise InputError(f"no side weights at {path}: {RETRAIN}") from None
    except (OSError, ValueError, KeyError, TypeError) as problem:
        raise InputError(f"{path}: not a side-weights file ({problem}): {RETRAIN}") from None
    if list(names) != list(features) or len(values) != len(names):
        raise InputError(f"{path}: made for features {names}, this version of framing weighs "
                         f"{list(features)}: {RETRAIN}")
    return SideWeights(dict(zip(names, map(float, values))), bias)


@cache
def packaged_weights(features: tuple[str, ...]) -> SideWeights:
    """The weights committed with framing, checked to be made for ``features``."""
    return load_weights(Path(str(files("framing.voices").joinpath(PACKAGED))), features)
