"""Exports under Windows' rule that a read-only handle cannot be flushed (issue 24: every evidence
export failed there with "Bad file descriptor")."""

from __future__ import annotations

import pytest

from archive.export import check_bundle, export_bundle


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_an_export_is_written_and_checks_under_windows_rules(signed_archive, item_ids, trust, tmp_path,
                                                            windows_fsync, kind):
    target = tmp_path / ("bundle.zip" if kind == "zip" else "bundle")
    result = export_bundle(signed_archive, item_ids[:3], target, trust=trust)
    assert result.target.exists() and windows_fsync
    assert check_bundle(result.target, trust=trust).ok
