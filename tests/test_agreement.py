"""Krippendorff's alpha (nominal, two coders), pinned against the `krippendorff` package."""

import math

from hypothesis import given, strategies as st

from framing.analysis.agreement import krippendorff_alpha


def test_values_computed_by_the_krippendorff_package():
    # krippendorff 0.9.0: alpha(reliability_data=[a, b], level_of_measurement="nominal")
    a = [1, 1, 1, 0, 0, 0, 1, 0, 1, 1]
    b = [1, 1, 0, 0, 0, 1, 1, 0, 1, 1]
    assert round(krippendorff_alpha(a, b), 6) == 0.604167
    assert krippendorff_alpha([1, 0, 1, 0], [0, 1, 0, 1]) == -0.75


def test_no_variation_is_nan():
    assert math.isnan(krippendorff_alpha([True] * 5, [True] * 5))


@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=2))
def test_symmetric_bounded_and_one_on_agreement(pairs):
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    alpha = krippendorff_alpha(a, b)
    if not math.isnan(alpha):
        assert alpha == krippendorff_alpha(b, a)
        assert alpha <= 1
    if a == b and len(set(a)) > 1:
        assert alpha == 1
