"""Logistic regression for the training scripts: deterministic, numpy only.

    >>> w = fit([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1])
    >>> bool(w[0] > 0)
    True

``fit`` returns the feature weights followed by the bias, found by Newton's method (iteratively
reweighted least squares) with an L2 penalty on the weights, not the bias. The same data always
gives the same weights.
"""

from __future__ import annotations

import numpy as np


def fit(features, labels, *, l2: float = 1.0, steps: int = 100) -> np.ndarray:
    """Weights (one per feature column), then the bias, of an L2-penalised logistic regression
    of ``labels`` (0/1) on ``features`` (rows of numbers)."""
    x = np.hstack([np.asarray(features, float), np.ones((len(features), 1))])
    y = np.asarray(labels, float)
    penalty = l2 * np.eye(x.shape[1])
    penalty[-1, -1] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, x.T @ (p - y) + penalty @ w)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w
