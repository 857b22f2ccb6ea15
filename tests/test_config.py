"""Configuration: found in claimcheck.toml or pyproject.toml, validated, errors name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.reading.config import Config, ConfigError, find_config, load_config

FULL = """
tolerance = 0.05
fail-on = "warning"
ignore-rules = ["source_disagreement"]
baseline = "ci/claimcheck-baseline.json"

[vague-ranges]
dozens = [20, 99]

[categories]
evacuated_schools = ["schools evacuated", "schools closed"]
"""


def test_pyproject_tool_table_is_read_and_paths_resolved_against_it(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n\n[tool.claimcheck]\n"
        + FULL.replace("[vague", "[tool.claimcheck.vague").replace("[categories", "[tool.claimcheck.categories")
    )
    config = load_config(start=tmp_path)
    assert config.tolerance == 0.05 and config.fail_on == "warning"
    assert config.ignore_rules == ("source_disagreement",)
    assert config.vague_ranges == {"dozens": (20.0, 99.0)}
    assert config.categories == {"evacuated_schools": ("schools evacuated", "schools closed")}
    assert config.baseline == str(tmp_path / "ci" / "claimcheck-baseline.json")
    assert config.extract_options() == {
        "tolerance": 0.05,
        "vague_ranges": {"dozens": (20.0, 99.0)},
        "categories": {"evacuated_schools": ["schools evacuated", "schools closed"]},
    }


def test_claimcheck_toml_wins_over_pyproject_and_is_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\ntolerance = 0.2\n")
    (tmp_path / "claimcheck.toml").write_text("tolerance = 0.3\n")
    deep = tmp_path / "articles" / "2024"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "claimcheck.toml"
    assert load_config(start=deep).tolerance == 0.3


def test_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text("fail_on = 'never'\n")
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert load_config(start=inner).fail_on == "never"


def test_no_file_gives_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "parents", property(lambda self: []))  # do not look above tmp_path
    assert load_config(start=tmp_path) == Config()


@pytest.mark.parametrize(
    "body, message",
    [
        ("tolerance = 2", "tolerance must be a number from 0 to below 1"),
        ("tolerance = true", "tolerance must be a number"),
        ("tolerence = 0.1", "unknown key 'tolerence'.*did you mean 'tolerance'"),
        ("fail-on = 'sometimes'", "fail-on must be one of error, warning, never"),
        ("ignore-rules = 'total_decreased'", "ignore-rules must be a list"),
        ("[vague-ranges]\ndozens = [99, 20]", "vague-ranges.dozens must be \\[low, high\\]"),
        ("[vague-ranges]\ndozens = 'many'", "vague-ranges.dozens must be"),
        ("[categories]\nschools = []", "categories.schools must be a non-empty list"),
        ("baseline = 3", "baseline must be a path"),
        ("tolerance = = 0.1", "invalid TOML"),
    ],
)
def test_invalid_settings_raise_an_error_naming_the_file(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "claimcheck.toml"
    path.write_text(body + "\n")
    with pytest.raises(ConfigError, match=message) as raised:
        load_config(path)
    assert str(raised.value).startswith(str(path))


def test_unknown_rule_names_are_accepted_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "claimcheck.toml"
    path.write_text("ignore-rules = ['my_rule']\n")
    assert load_config(path).ignore_rules == ("my_rule",)
    assert "my_rule" in caplog.text
