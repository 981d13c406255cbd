"""Random samples of case files: the same seed draws the same files whatever their order, another
seed draws others, and a stratified draw takes from each unit in proportion (worked by hand)."""

import random
from decimal import Decimal as D

import pytest

from reviewer_app.core.sampling import Candidate, SampleError, draw, sample_size

FILES = [Candidate(f"AJ-{unit}{n:02d}", f"单位{unit}", "penalty" if n % 2 else "daily_penalty")
         for unit, count in (("甲", 20), ("乙", 12), ("丙", 8)) for n in range(count)]


def test_the_same_seed_draws_the_same_files_in_any_order():
    first = draw(FILES, 2016, 10)
    shuffled = FILES[:]
    random.Random(1).shuffle(shuffled)
    assert draw(shuffled, 2016, 10) == first and len(set(first)) == 10
    assert draw(FILES, 2017, 10) != first


def test_a_stratified_draw_takes_from_each_unit_in_proportion():
    # 10 of 40: 甲 20/40 × 10 = 5, 乙 12/40 × 10 = 3, 丙 8/40 × 10 = 2
    drawn = draw(FILES, 5, 10, "unit")
    assert [sum(code.startswith(f"AJ-{u}") for code in drawn) for u in "甲乙丙"] == [5, 3, 2]
    # 7 of 40: 3.5, 2.1, 1.4 → 3, 2, 1, and the one left over to the largest remainder (甲's .5)
    drawn = draw(FILES, 5, 7, "unit")
    assert [sum(code.startswith(f"AJ-{u}") for code in drawn) for u in "甲乙丙"] == [4, 2, 1]


def test_sizes_and_fractions():
    assert sample_size(40, fraction=D("0.2")) == 8 and sample_size(40, fraction=D("0.01")) == 1
    assert sample_size(40, size=40) == 40
    for size, fraction in ((None, None), (41, None), (None, D("1.5")), (5, D("0.1"))):
        with pytest.raises(SampleError):
            sample_size(40, size, fraction)
