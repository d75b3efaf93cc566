"""The temporary server `counterclaim run` starts before importing Prefect: the flow uses it
when Prefect's settings leave the server to a temporary one, and Prefect's own choice wins
otherwise; a server that does not come up leaves the run to Prefect, as before."""

import logging
import subprocess
import sys

import pytest
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

from flows import temporary_server
from flows.processes import healthy
from flows.temporary_server import EarlyServer


@pytest.fixture
def no_api_url(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv(temporary_server.EARLY_ENV, raising=False)
    monkeypatch.setenv("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def test_the_flow_is_pointed_at_the_early_server_and_it_stops(no_api_url):
    server = EarlyServer()
    server.start()
    try:
        assert server.process is not None
        with temporary_settings(restore_defaults={PREFECT_API_URL}, updates={"server.ephemeral.enabled": True}):
            with server.serving():
                assert get_current_settings().api.url == server.api_url
                assert healthy(server.api_url)
            assert get_current_settings().api.url is None  # only for the block
            process = server.process
    finally:
        server.stop()
    assert process.poll() is not None
    assert server.process is None


def test_a_configured_api_url_wins_and_the_early_server_is_stopped_unused(no_api_url):
    server = EarlyServer()
    server.start()
    process = server.process
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        with server.serving():
            assert get_current_settings().api.url == "http://127.0.0.1:9/api"
    assert process.wait(10) is not None
    assert server.process is None


def test_an_api_url_in_the_environment_starts_nothing(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    server = EarlyServer()
    server.start()
    assert server.process is None


def test_a_server_that_dies_while_starting_leaves_the_run_to_prefect(no_api_url, caplog):
    server = EarlyServer()
    server.process = subprocess.Popen([sys.executable, "-c", "raise SystemExit(1)"], start_new_session=True)
    server.api_url = "http://127.0.0.1:9/api"
    with temporary_settings(restore_defaults={PREFECT_API_URL}, updates={"server.ephemeral.enabled": True}):
        with caplog.at_level(logging.WARNING), server.serving():
            assert get_current_settings().api.url is None
    assert "exited with status 1 while starting" in caplog.text
    assert server.process is None
