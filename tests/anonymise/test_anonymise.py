"""Anonymisation: nothing that names a unit, a region or a person reaches a reviewer."""

import io
import json
import os

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from reviewer_app.anonymise.rebuild import RebuildRequest, rebuild_document
from reviewer_app.anonymise.round_anonymisation import add_terms, leak_check, produce_shipped_copies, round_terms
from reviewer_app.anonymise.survey import SurveyRequest, survey_document
from reviewer_app.pdf.reading import page_text
from reviewer_app.anonymise.terms import expand
from reviewer_app.demo.build import SECRETARIAT_PASSPHRASE
from reviewer_app.demo.cast import REVIEWERS, sensitive_names
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import KeyPair, open_key_file
from helpers import demo_secretariat
from reviewer_app.exchange.packages import build_packages, read_package
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import DocumentRecord, UnitRecord


def test_terms_expand_to_place_names():
    terms = expand(["青溪县环境保护局", "临江市"])
    assert {"青溪县环境保护局", "青溪县", "青溪", "临江市", "临江"} <= set(terms)
    assert terms.index("青溪县环境保护局") < terms.index("青溪")  # longest first


def forbidden_names(db_path):
    database = Database(db_path)
    with database.session() as session:
        units = session.scalars(select(UnitRecord)).all()
        names = [u.name for u in units] + [u.region for u in units]
    database.close()
    return expand(names + sensitive_names())


def test_packages_built_from_the_demo_originals_name_nobody(demo_source):
    names = forbidden_names(demo_source / "secretariat.db")
    assert "青溪" in names and "恒达化工有限公司" in names
    for reviewer in REVIEWERS:
        keys = open_key_file(demo_source / "keys" / f"{reviewer.name}.key", reviewer.passphrase)
        package = read_package(demo_source / "packages" / f"评审包_{reviewer.name}_2016.rvwpkg", keys,
                               [demo_secretariat(demo_source)])
        texts = {"manifest.json": json.dumps(package.manifest, ensure_ascii=False)}
        for name, data in package.entries.items():
            texts[f"{name} (file name)"] = name
            if not name.endswith(".pdf"):
                continue
            texts[f"{name} (pdfium)"] = "\n".join(page_text(data))
            reader = PdfReader(io.BytesIO(data))
            texts[f"{name} (pypdf)"] = "\n".join(page.extract_text() for page in reader.pages)
            texts[f"{name} (info)"] = json.dumps({k: str(v) for k, v in (reader.metadata or {}).items()}, ensure_ascii=False)
            # reportlab writes an Info dictionary; every entry of it is blank or its fixed date
            assert all(str(v) in ("", "/False", "D:20000101000000+00'00'") for v in (reader.metadata or {}).values()), name
            assert "/Metadata" not in reader.trailer["/Root"], name
        for case in package.manifest["case_files"]:  # every page still there, hidden parts blacked out
            for document in case["documents"]:
                assert len(PdfReader(io.BytesIO(package.entries[document["file"]])).pages) == document["pages"]
        for where, text in texts.items():
            for name in names:
                assert name not in text, f"{reviewer.name}: “{name}” in {where}"


def test_rebuilt_pages_keep_the_surviving_text_and_nothing_else(demo_source, tmp_path):
    database = Database(demo_source / "secretariat.db")
    with database.session() as session:
        document = session.scalars(select(DocumentRecord).where(DocumentRecord.doc_type == "interview_record")).first()
        original = demo_source / document.path
        terms = round_terms(session, only_round(session))
    database.close()
    assert PdfReader(original).metadata.title  # the original names the case in its title
    survey = survey_document(SurveyRequest(str(original), tuple(terms)))
    assert survey.proposals and {p.term for p in survey.proposals} & set(terms)
    assert {p.rule for p in survey.proposals} >= {"敏感词"}
    boxes = {}
    for proposal in survey.proposals:
        boxes.setdefault(proposal.page, []).append(proposal.box)
    target = tmp_path / "out.pdf"
    rebuilt = rebuild_document(RebuildRequest(str(original), str(target), boxes))
    shipped, before = page_text(target), page_text(original)
    assert rebuilt.pages == len(shipped) == len(before)
    for proposal in survey.proposals:
        assert proposal.term not in "".join(shipped)
    assert not PdfReader(target).metadata.title and not PdfReader(target).metadata.author
    # Every page is searchable still: the words outside the boxes survive in the text layer.
    assert "笔录" in before[0] and "笔录" in shipped[0]
    # And every page is a fresh page: one image and the text, no annotations, no forms.
    for page in PdfReader(target).pages:
        assert "/Annots" not in page and list(page["/Resources"]["/XObject"].keys()).__len__() == 1


def test_leak_check_refuses_a_package_build_then_passes(demo_round, tmp_path):
    db_path = demo_round / "secretariat.db"
    secretariat = open_key_file(demo_round / "keys" / "秘书处.key", SECRETARIAT_PASSPHRASE)
    database = Database(db_path)
    with database.session() as session:
        document = session.scalars(select(DocumentRecord).where(DocumentRecord.doc_type == "penalty_decision")).first()
        document.package_path = None  # as if this one had not been anonymised
        document.package_sha256 = None
        code, case_id = document.case_file.code, document.case_file_id
    with pytest.raises(ExchangeError) as error:
        build_packages(database, tmp_path / "packages", secretariat)
    assert "泄密检查未通过" in str(error.value) and code in str(error.value) and "第 1 页" in str(error.value)
    assert not (tmp_path / "packages").exists() or not any((tmp_path / "packages").iterdir())
    with database.session() as session:  # a reviewer who does not get that file can have a package
        others = [r for r in only_round(session).reviewers if code not in {a.case_file.code for a in r.assignments}]
        holder = next(r for r in only_round(session).reviewers if code in {a.case_file.code for a in r.assignments})
        other_id, other_name, holder_id = others[0].id, others[0].name, holder.id
        other_case = others[0].assignments[0].case_file_id
        other_documents = len(others[0].assignments[0].case_file.documents)
    [alone] = build_packages(database, tmp_path / "one", secretariat, reviewer_ids={other_id})
    assert other_name in alone.name
    with pytest.raises(ExchangeError):
        build_packages(database, tmp_path / "one", secretariat, reviewer_ids={holder_id})
    elsewhere = produce_shipped_copies(database, demo_round, case_file_ids={other_case})  # copies for chosen files only
    assert (elsewhere.produced, elsewhere.unchanged) == (0, other_documents)
    with pytest.raises(ExchangeError):
        build_packages(database, tmp_path / "one", secretariat, reviewer_ids={holder_id})
    assert produce_shipped_copies(database, demo_round, case_file_ids={case_id}).produced == 1
    with database.session() as session:
        assert leak_check(session, only_round(session), demo_round) == []
    assert len(build_packages(database, tmp_path / "packages", secretariat)) == 5
    database.close()


def test_the_leak_check_reads_again_only_what_changed_since_it_was_found_clean(demo_round):
    database = Database(demo_round / "secretariat.db")

    def check() -> tuple[list, list[str]]:
        read: list[str] = []
        with database.session() as session:
            leaks = leak_check(session, only_round(session), demo_round, lambda done, total, label: read.append(label))
        return leaks, read

    assert check() == ([], [])  # the demo's package build found every shipped copy clean
    with database.session() as session:
        document = session.scalars(select(DocumentRecord).where(DocumentRecord.doc_type == "penalty_decision")).first()
        shipped, original, code = demo_round / document.package_path, demo_round / document.path, document.case_file.code
        count = len(session.scalars(select(DocumentRecord)).all())
    shipped.write_bytes(original.read_bytes())  # the copy on disk replaced by the unit's original
    for _ in range(2):  # a file with leaks is read every time
        leaks, read = check()
        assert len(read) == 1 and read[0].startswith(code) and leaks and all(leak.file.startswith(code) for leak in leaks)
    with database.session() as session:
        add_terms(session, only_round(session), [("某某新词", "manual")])
    leaks, read = check()
    assert len(read) == count and leaks  # a new term: every file is read again
    database.close()


def test_a_reviewer_key_cannot_be_used_for_someone_else(demo_source):
    with pytest.raises(ExchangeError):
        read_package(demo_source / "packages" / "评审包_周明远_2016.rvwpkg", KeyPair.generate(), [demo_secretariat(demo_source)])


def test_anonymise_cli(demo_round):
    import subprocess
    import sys

    db = str(demo_round / "secretariat.db")
    run = lambda *a: subprocess.run([sys.executable, "-m", "reviewer_app", "anonymise", *a, "--db", db],  # noqa: E731
                                    capture_output=True, text=True)
    terms = run("terms", "--term", "某某化工")
    assert terms.returncode == 0 and "某某化工" in terms.stdout and "青溪" in terms.stdout
    assert run("check").returncode == 0
    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        document = session.scalars(select(DocumentRecord)).first()
        document.package_path = None
        document.redactions[0].status = "proposed"  # a proposal nobody has decided yet
    database.close()
    check = run("check")
    assert check.returncode == 1 and "泄密" in check.stdout
    assert run("propose").returncode == 0
    produce = run("produce")
    assert produce.returncode == 2 and "未处理" in produce.stderr  # new proposals must be decided first
    assert run("accept-all").returncode == 0
    produced = run("produce")
    assert produced.returncode == 0 and "已生成" in produced.stdout


def test_one_reviewers_package_built_again_from_the_command_line(demo_round, tmp_path):
    import subprocess
    import sys

    def build(*reviewers):
        names = [a for name in reviewers for a in ("--reviewer", name)]
        return subprocess.run([sys.executable, "-m", "reviewer_app", "package", "build", "--db", str(demo_round / "secretariat.db"),
                               "--key", str(demo_round / "keys" / "秘书处.key"), "--out", str(tmp_path / "out"), *names],
                              capture_output=True, text=True, env={**os.environ, "REVIEWER_APP_PASSPHRASE": SECRETARIAT_PASSPHRASE})

    done = build("周明远")
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["评审包_周明远_2016.rvwpkg"]
    refused = build("无此人")
    assert refused.returncode == 2 and "无此人" in refused.stderr and "Traceback" not in refused.stderr
