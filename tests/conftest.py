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

