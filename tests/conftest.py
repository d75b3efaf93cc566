import pytest

from claims.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()
