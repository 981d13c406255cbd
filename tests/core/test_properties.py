"""Property tests: whatever the deductions, a sheet's total stays within [0, max] and equals
the sum of its item scores."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer_app.core.assignment import Candidate, FileToAssign, assign, conflicts
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import Deduction, ItemMark, ScoreSheet, item_score, total_sheet
from reviewer_app.core.vocabulary import CaseType, Track, VetoPolicy

RUBRIC = load_preset("national_2012")
points = st.decimals(min_value=0, max_value=50, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def sheets(draw):
    case_type = draw(st.sampled_from(list(CaseType)))
    sheet = ScoreSheet(case_type=case_type)
    for item in RUBRIC.items_for(case_type):
        if draw(st.booleans()):
            deductions = draw(st.lists(points, max_size=4))
            sheet.marks[item.id] = ItemMark(item.id, deductions=[Deduction(p, "r") for p in deductions])
        else:
            sheet.marks[item.id] = ItemMark(item.id, no_deduction=True)
    sheet.veto = {v.id: draw(st.booleans()) for v in RUBRIC.veto_items_for(case_type)}
    return sheet


@settings(max_examples=200, deadline=None)
@given(sheets())
def test_total_within_bounds_and_sum_of_items(sheet):
    total = total_sheet(RUBRIC, sheet)
    items = RUBRIC.items_for(sheet.case_type)
    assert Decimal(0) <= total.points <= RUBRIC.max_points
    assert total.points == sum(item_score(i, sheet.marks[i.id]) for i in items)
    for item in items:
        assert 0 <= item_score(item, sheet.marks[item.id]) <= item.max_points
    for policy in VetoPolicy:
        assert 0 <= total.score(policy) <= RUBRIC.max_points


regions = st.sampled_from(["甲市", "乙市", "丙市", "丁市"])


@st.composite
def rounds(draw):
    files = [FileToAssign(f"F{n}", draw(regions)) for n in range(draw(st.integers(1, 30)))]
    experts = [Candidate(f"E{n}", Track.EXPERT, "省城") for n in range(draw(st.integers(2, 4)))]
    cross = [Candidate(f"X{n}", Track.CROSS, r) for n, r in enumerate(["甲市", "乙市", "丙市", "丁市", "戊市"][: draw(st.integers(4, 5))])]
    return files, experts + cross, draw(st.integers(0, 10_000))


@settings(max_examples=150, deadline=None)
@given(rounds())
def test_assignment_never_own_region_and_balanced(data):
    files, reviewers, seed = data
    per_file = {Track.EXPERT: 2, Track.CROSS: 2}
    pairs = assign(files, reviewers, per_file, seed)
    by_key = {r.key: r for r in reviewers}
    file_by_key = {f.key: f for f in files}
    for reviewer_key, file_key in pairs:
        assert not conflicts(by_key[reviewer_key], file_by_key[file_key])
    for case_file in files:
        for track, wanted in per_file.items():
            assert sum(1 for r, f in pairs if f == case_file.key and by_key[r].track is track) == wanted
    assert assign(files, reviewers, per_file, seed) == pairs  # deterministic for a seed
    experts = [sum(1 for r, _ in pairs if r == e.key) for e in reviewers if e.track is Track.EXPERT]
    assert max(experts) - min(experts) <= 1
    crosses = [sum(1 for r, _ in pairs if r == x.key) for x in reviewers if x.track is Track.CROSS]
    if max(crosses) - min(crosses) > 1:  # only when loads could be within one (the brute force is slow)
        assert _smallest_possible_spread(files, [x for x in reviewers if x.track is Track.CROSS], per_file[Track.CROSS]) > 1


def _smallest_possible_spread(files, reviewers, wanted):
    """Brute force over every way of choosing each file's reviewers, keeping only the distinct load vectors."""
    from itertools import combinations

    reachable = {tuple(0 for _ in reviewers)}
    for case_file in files:
        eligible = [n for n, r in enumerate(reviewers) if not conflicts(r, case_file)]
        reachable = {
            tuple(load + (n in chosen) for n, load in enumerate(loads))
            for loads in reachable
            for chosen in combinations(eligible, wanted)
        }
    return min(max(loads) - min(loads) for loads in reachable)


@st.composite
def lopsided_rounds(draw):
    """Few regions, so the region rule often bites: one region can hold most of the files."""
    cross = [Candidate(f"X{n}", Track.CROSS, r) for n, r in enumerate(draw(st.lists(st.sampled_from("甲乙丙"), min_size=3, max_size=5)))]
    files = [FileToAssign(f"F{n}", draw(st.sampled_from("甲乙丙丁"))) for n in range(draw(st.integers(1, 9)))]
    return files, cross, draw(st.integers(0, 10_000))


@settings(max_examples=150, deadline=None)
@given(lopsided_rounds())
def test_cross_loads_within_one_whenever_the_region_rule_allows_it(data):
    files, cross, seed = data
    if any(sum(1 for x in cross if not conflicts(x, f)) < 2 for f in files):
        return  # refused with a message instead; tested elsewhere
    pairs = assign(files, cross, {Track.CROSS: 2}, seed)
    loads = [sum(1 for r, _ in pairs if r == x.key) for x in cross]
    for case_file in files:
        assert sum(1 for _, f in pairs if f == case_file.key) == 2
    if max(loads) - min(loads) > 1:
        assert _smallest_possible_spread(files, cross, 2) > 1


@st.composite
def declared_rounds(draw):
    """Units within regions, and reviewers (experts too) who declared conflicts with some units."""
    units = {"甲一": "甲", "甲二": "甲", "乙一": "乙", "乙二": "乙", "丙一": "丙"}
    files = [FileToAssign(f"F{n}", units[u], u) for n, u in enumerate(draw(st.lists(st.sampled_from(sorted(units)), min_size=1, max_size=8)))]
    reviewers = [Candidate(f"R{n}", Track.CROSS, region, frozenset(draw(st.sets(st.sampled_from(sorted(units)), max_size=2))))
                 for n, region in enumerate(draw(st.lists(st.sampled_from("甲乙丙丁"), min_size=3, max_size=5)))]
    return files, reviewers, draw(st.integers(0, 10_000))


@settings(max_examples=150, deadline=None)
@given(declared_rounds())
def test_declared_conflicts_are_respected_and_loads_stay_as_even_as_possible(data):
    files, reviewers, seed = data
    if any(sum(1 for r in reviewers if not conflicts(r, f)) < 2 for f in files):
        return
    pairs = assign(files, reviewers, {Track.CROSS: 2}, seed)
    by_key = {r.key: r for r in reviewers}
    file_by_key = {f.key: f for f in files}
    for reviewer_key, file_key in pairs:
        assert file_by_key[file_key].unit not in by_key[reviewer_key].avoid
        assert by_key[reviewer_key].region != file_by_key[file_key].region
    assert all(sum(1 for _, f in pairs if f == case_file.key) == 2 for case_file in files)
    loads = [sum(1 for r, _ in pairs if r == x.key) for x in reviewers]
    if _smallest_possible_spread(files, reviewers, 2) <= 1:
        assert max(loads) - min(loads) <= 1


def test_experts_avoid_their_own_region_too():
    files = [FileToAssign("F1", "甲市"), FileToAssign("F2", "乙市")]
    experts = [Candidate("E1", Track.EXPERT, "甲市"), Candidate("E2", Track.EXPERT, "省城")]
    pairs = assign(files, experts, {Track.EXPERT: 1}, seed=3)
    assert ("E1", "F1") not in pairs and ("E2", "F1") in pairs
