"""Blind review on documents nobody here wrote: the 30 published enforcement documents of
bench/real_corpus.py, completed into case files, surveyed out of the box (no term typed in)."""

from __future__ import annotations

import pytest

from bench.real_corpus import anonymised_round, document_type_accuracy, measure, survey_corpus, typed_only, write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("real-corpus")
    cases = write_corpus(folder)
    return folder, cases


def test_out_of_the_box_the_typed_pages_hide_every_unit_and_nearly_every_party_person_and_address(corpus):
    folder, cases = corpus
    typed = typed_only(cases)
    boxes, pages, _ = survey_corpus(folder, typed, use_ocr=False)
    coverage = measure(folder, typed, boxes)
    assert pages >= 120
    assert coverage.total["unit"] >= 120 and coverage.total["person"] >= 300
    assert coverage.recall("unit") == 1.0, coverage.missed  # the target: every unit-identifying item
    for kind in ("party", "person", "address", "code"):
        assert coverage.recall(kind) >= 0.98, (kind, coverage.missed)
    assert coverage.other_boxed / coverage.other_chars <= 0.03  # the facts stay readable


def test_the_term_list_alone_hides_almost_nothing_of_it(corpus):
    """What the product did before the detectors: without a term typed in, nothing."""
    folder, cases = corpus
    typed = typed_only(cases)
    boxes, _, _ = survey_corpus(folder, typed, use_ocr=False, detect=False)
    coverage = measure(folder, typed, boxes)
    assert coverage.recall("unit") < 0.05 and coverage.recall("party") < 0.05 and coverage.recall("person") < 0.05


def test_documents_are_typed_by_their_first_page_not_their_file_name(corpus):
    folder, cases = corpus
    typed = typed_only(cases)
    accuracy, wrong = document_type_accuracy(folder, typed, {})
    assert accuracy >= 0.95, wrong
    names = [d.file_name for c in typed for d in c.documents]
    assert any(n.startswith(("扫描件", "IMG_")) for n in names)  # names that say nothing are in the corpus


@pytest.mark.slow
def test_the_leak_check_fails_the_round_before_the_detectors_and_passes_it_after(corpus):
    from reviewer_app.anonymise import round_anonymisation as anonymisation
    from reviewer_app.store.rounds import only_round

    folder, cases = corpus
    results = {}
    for detect in (False, True):
        database, round_folder = anonymised_round(folder, cases, detect)
        with database.session() as session:
            results[detect] = anonymisation.leak_check(session, only_round(session), round_folder)
        database.close()
    before, after = results[False], results[True]
    assert len(before) > 300 and {leak.rule for leak in before} >= {"文号", "标注字段", "单位名称", "行政区划"}
    assert after == [], [str(leak) for leak in after[:20]]
