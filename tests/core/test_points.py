from decimal import Decimal

from reviewer_app.core.points import clamp, fmt, mean, round2


def test_round2_is_half_up_not_bankers():
    assert round2(Decimal("88.625")) == Decimal("88.63")
    assert round2(Decimal("88.635")) == Decimal("88.64")
    assert round2(Decimal("0.005")) == Decimal("0.01")


def test_fmt_gives_two_decimals_and_keeps_none():
    assert fmt(Decimal("90")) == "90.00"
    assert fmt(None) is None


def test_mean_of_nothing_is_none():
    assert mean([]) is None
    assert mean([Decimal("1"), Decimal("2")]) == Decimal("1.5")


def test_clamp():
    assert clamp(Decimal("-1"), Decimal(0), Decimal(5)) == 0
    assert clamp(Decimal("7"), Decimal(0), Decimal(5)) == 5
