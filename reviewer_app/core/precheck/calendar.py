"""Periods as the law counts them: calendar days, months, or working days (法定节假日 and the
make-up working days of the State Council's yearly notice, from the chinese-calendar package)."""

from __future__ import annotations

import calendar as gregorian
from datetime import date, timedelta

import chinese_calendar


def is_working_day(day: date) -> bool:
    """A working day by the official calendar; outside the years the package knows (it is
    refreshed each year), Monday to Friday."""
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


def period_end(start: date, days: int, working: bool) -> date:
    """The last day of a period of `days` that begins the day after `start` (期间开始之日不计算在内);
    a calendar period ending on a holiday runs to the next working day (民事诉讼法第八十五条)."""
    if working:
        day, counted = start, 0
        while counted < days:
            day += timedelta(days=1)
            counted += is_working_day(day)
        return day
    end = start + timedelta(days=days)
    while not is_working_day(end):
        end += timedelta(days=1)
    return end


def add_months(start: date, months: int) -> date:
    """The same day `months` later; the month's last day when it has no such day (3 months from 30 November is 28/29 February)."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, gregorian.monthrange(year, month)[1]))


def days_between(first: date, second: date, working: bool) -> int:
    """Days after `first` up to and including `second` (working days only, when asked)."""
    if not working:
        return (second - first).days
    return sum(is_working_day(first + timedelta(days=n)) for n in range(1, (second - first).days + 1))
