"""A shipped copy emptied or changed after it was made (a full disk, a stray edit) is made again
by the next produce, instead of being kept as unchanged and then refusing every package build."""

import hashlib

from sqlalchemy import select

from reviewer_app.anonymise.round_anonymisation import produce_shipped_copies
from reviewer_app.store.database import Database
from reviewer_app.store.schema import DocumentRecord


def test_an_emptied_shipped_copy_is_rebuilt(demo_round):
    database = Database(demo_round / "secretariat.db")
    first = produce_shipped_copies(database, demo_round, workers=1)  # everything current first
    with database.session() as session:
        document = session.scalars(select(DocumentRecord).where(DocumentRecord.package_path.is_not(None))
                                   .order_by(DocumentRecord.id)).first()
        shipped, recorded = demo_round / document.package_path, document.package_sha256
    shipped.write_bytes(b"")

    again = produce_shipped_copies(database, demo_round, workers=1)
    database.close()
    assert again.produced == 1 and again.unchanged == first.produced + first.unchanged - 1
    assert hashlib.sha256(shipped.read_bytes()).hexdigest() == recorded != hashlib.sha256(b"").hexdigest()
