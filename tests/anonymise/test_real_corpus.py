"""Blind review on documents nobody here wrote: the 30 published enforcement documents of
bench/real_corpus.py, completed into case files, surveyed out of the box (no term typed in)."""

from __future__ import annotations

import pytest

from bench.real_corpus import document_type_accuracy, measure, survey_corpus, typed_only, write_corpus


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
    assert coverage.recall("unit") >= 0.98, coverage.missed
    for kind in ("party", "person", "code"):
        assert coverage.recall(kind) >= 0.98, (kind, coverage.missed)
    assert coverage.recall("address") >= 0.93, coverage.missed
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
