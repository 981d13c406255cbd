import pytest

from reviewer_app.demo.build import SECRETARIAT_PASSPHRASE
from reviewer_app.demo.cast import REVIEWERS
from reviewer_app.exchange.keys import open_key_file


@pytest.fixture
def demo_keys(demo_round):
    keys = {"秘书处": open_key_file(demo_round / "keys" / "秘书处.key", SECRETARIAT_PASSPHRASE)}
    for reviewer in REVIEWERS:
        keys[reviewer.name] = open_key_file(demo_round / "keys" / f"{reviewer.name}.key", reviewer.passphrase)
    return keys
