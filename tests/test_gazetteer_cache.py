"""The gazetteer's index is built once and kept in a cache folder; a bad or missing cache only means building it."""

from __future__ import annotations

import pytest

from claimcheck.extraction import gazetteer
from claimcheck.settings import CACHE_DIR_ENV


@pytest.fixture
def fresh_index(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(gazetteer, "_INDEX", None)
    yield
    # leave the process-wide index as the other tests expect it


def test_the_index_is_kept_in_the_cache_folder_and_read_back_the_same(tmp_path, monkeypatch, fresh_index):
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path))
    built = gazetteer._cached_index()
    kept = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(kept) == 1
    assert gazetteer._cached_index() == built
    assert built["derna"][0].country == "LY"


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_an_unreadable_cache_is_built_again(tmp_path, monkeypatch, fresh_index, content):
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path))
    path = gazetteer._cache_path()
    assert path is not None
    path.write_bytes(content)
    index = gazetteer._cached_index()
    assert index["libya"][0].level == "country"
    assert isinstance(gazetteer._cached_index(), dict)  # the rebuilt index replaced the bad copy


def test_an_empty_cache_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_ENV, "")
    assert gazetteer._cache_path() is None


def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch, fresh_index):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker / "sub"))
    assert gazetteer._cached_index()["moscow"][0].country == "RU"
