from __future__ import annotations

import sys

from thrusttimer import paths


def test_a_checkout_finds_the_top_level_assets_folder():
    found = paths.assets_dir()
    assert found == paths._PACKAGE.parent / "assets"
    assert (found / "voice" / "en" / "index.json").is_file()


def test_an_installed_package_prefers_its_own_assets(tmp_path, monkeypatch):
    package = tmp_path / "thrusttimer"
    (package / "_assets").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE", package)
    assert paths.assets_dir() == package / "_assets"


def test_a_frozen_app_uses_the_bundle(tmp_path, monkeypatch):
    (tmp_path / "bundle" / "assets").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.assets_dir() == tmp_path / "bundle" / "assets"


def test_with_no_assets_anywhere_the_checkout_path_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "_PACKAGE", tmp_path / "site-packages" / "thrusttimer")
    assert paths.assets_dir() == tmp_path / "site-packages" / "assets"
