import os

import pytest

from claims.nlp import load_nlp

# The extraction cache (flows.pipeline) outlives a test session in Prefect's result storage:
# tests would read claims extracted by older code whose EXTRACTOR_VERSION was not bumped.
# Off for the suite (and the commands it runs); tests/flows/test_cache.py turns it on.
os.environ.setdefault("COUNTERCLAIM_CACHE", "off")


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def pytest_collection_modifyitems(items):
    """Two xdist groups meant for pyproject's `--dist loadgroup`: the rule tests of
    tests/claims, and the real runs. Marked after xdist's own hook, they do not bind yet
    (flows tests run on both workers, and passed so); `@pytest.hookimpl(tryfirst=True)`
    would bind them, to be measured before it lands."""
    for item in items:
        group = "claims" if "tests/claims/" in item.nodeid else "runs"
        item.add_marker(pytest.mark.xdist_group(group))

