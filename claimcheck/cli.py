"""The ``claimcheck`` command: ``extract``, ``check`` and ``explain`` over article corpora.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 bad usage or
unreadable input (a one-line message naming the file, never a traceback),
3 an internal error (a bug: ``-v`` shows the traceback). Logging is configured
here and nowhere else.

>>> main(["--version"])  # doctest: +ELLIPSIS
claimcheck ...
0
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

import pandas as pd

from claimcheck import __version__, schema
from claimcheck.checking import rules
from claimcheck.presenting import baseline as baseline_mod
from claimcheck.presenting import formats
from claimcheck.reading import atomic
from claimcheck.reading import config as config_mod
from claimcheck.reading.corpus import Columns, CorpusError, CorpusReport, read_corpus_report
from claimcheck.reading.documents import DocumentError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
CLAIM_OUTPUTS = (".csv", ".parquet", ".jsonl")
#: ``-o FILE`` suffixes that choose a report format when ``--format`` is not given.
SUFFIX_FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".sarif": "sarif",
    ".xml": "junit",
}
T = TypeVar("T")


class UsageError(Exception):
    """A mistake in how the command was called or what it was given: exit 2 with this one line."""


@dataclass
class Run:
    """What the shared steps of every command produce."""

    config: config_mod.Config
    corpus: CorpusReport
    claims: pd.DataFrame


def run() -> NoReturn:
    """Console entry point."""
    sys.exit(main())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line in-process and return its exit code (never raises for user errors)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    reopened = _stand_in_for_closed_streams()
    handler, restore = _configure_logging(args.verbose, args.quiet)
    try:
        return int(args.handler(args))
    except (UsageError, CorpusError, config_mod.ConfigError, baseline_mod.BaselineError, DocumentError) as exc:
        _fail(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except Exception as exc:
        if args.verbose:
            log.exception("internal error")
        _fail(f"internal error: {type(exc).__name__}: {exc} (a bug; run with -v for the traceback and report it)")
        return EXIT_INTERNAL
    finally:
        logging.getLogger("claimcheck").removeHandler(handler)
        restore()
        for name, stand_in in reopened.items():
            stand_in.close()
            setattr(sys, name, None)


# --- the parser --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line: "claimcheck check: error: ... (see --help)"."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


EXTRACT_EXAMPLES = """examples:
  claimcheck extract articles/                      table of claims on the terminal
  claimcheck extract articles/ -o claims.parquet    every column, to a file (.csv, .parquet, .jsonl)
  claimcheck extract feed.jsonl --text-column body --id-column guid
  cat story.txt | claimcheck extract -
"""
CHECK_EXAMPLES = """examples:
  claimcheck check articles/                         claims, then conflicts or "no conflicts"
  claimcheck check articles/ --fail-on warning       exit 1 on warnings too
  claimcheck check articles/ --format sarif -o claimcheck.sarif
  claimcheck check articles/ --write-baseline        accept today's findings
  claimcheck check articles/ --baseline claimcheck-baseline.json   report only new ones
  claimcheck check articles/ --reference moh_daily.json

exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage or unreadable input
"""
EXPLAIN_EXAMPLES = """examples:
  claimcheck explain k0003 articles/          the two sentences of conflict k0003 side by side
  claimcheck explain 3f9a1c2b articles/       by the fingerprint shown in JSON/SARIF/baselines
"""


def build_parser() -> argparse.ArgumentParser:
    """The ``claimcheck`` parser with its three subcommands."""
    parser = _Parser(
        prog="claimcheck",
        description="Extract numeric claims about people from news articles and flag figures that cannot all be true.",
        epilog="Run 'claimcheck COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    common = _common_options()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    extract = sub.add_parser(
        "extract",
        parents=[common],
        help="list the numeric claims in articles",
        description="Read articles and list their numeric claims (one row per figure).",
        epilog=EXTRACT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("-o", "--output", metavar="FILE", help="write every column to FILE (.csv, .parquet or .jsonl)")
    extract.set_defaults(handler=cmd_extract)

    check = sub.add_parser(
        "check",
        parents=[common],
        help="flag figures that cannot all be true",
        description="Read articles, extract their claims and report the conflicts between them.",
        epilog=CHECK_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("--format", choices=formats.FORMATS, help="output format (default: from -o's suffix, else text)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    check.add_argument(
        "--fail-on", choices=config_mod.FAIL_ON, help="lowest severity that makes the exit code 1 (default: error)"
    )
    check.add_argument("--reference", metavar="FILE", help="a trusted reference series to check claims against")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline file")
    check.add_argument(
        "--write-baseline",
        action="store_true",
        help="record today's findings in the baseline file (default claimcheck-baseline.json) and exit 0",
    )
    check.add_argument(
        "--ignore-rule", action="append", default=[], metavar="RULE", help="drop findings of RULE (repeatable)"
    )
    check.add_argument(
        "--all-pairs",
        action="store_true",
        help="report every pair of figures that cannot both hold (default: each figure once, per rule)",
    )
    check.add_argument(
        "--claims",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="list the claims before the conflicts in text and markdown output (default: yes)",
    )
    check.set_defaults(handler=cmd_check)
    for command in (extract, check):
        command.add_argument(
            "-j",
            "--jobs",
            type=_job_count,
            default=1,
            metavar="N",
            help="extract on N processes (-1: every core; at most the cores there are; default: 1)",
        )
        command.add_argument(
            "--scheduler",
            metavar="ADDRESS",
            help="run on the dask.distributed scheduler at ADDRESS (needs claimcheck[dask])",
        )

    explain = sub.add_parser(
        "explain",
        parents=[common],
        help="show the two sentences of one conflict side by side",
        description="Re-run the check and show one conflict: its message and both sentences, side by side.",
        epilog=EXPLAIN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.add_argument(
        "conflict", metavar="CONFLICT_ID", help="a conflict id from 'check', or a fingerprint (prefix)"
    )
    explain.add_argument("--reference", metavar="FILE", help="the reference series the check used, if any")
    explain.set_defaults(handler=cmd_explain)
    for command in (extract, check, explain):
        command.add_argument(
            "paths",
            nargs="+",
            metavar="PATH",
            help="files, folders (read recursively), glob patterns, or - for standard input",
        )
    return parser


def _job_count(text: str) -> int:
    """``-j`` value: a positive whole number, or -1 for every core."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value == 0 or value < -1:
        raise argparse.ArgumentTypeError(f"{value} processes: give a positive number, or -1 for every core")
    return value


def _common_options() -> _Parser:
    common = _Parser(add_help=False)
    group = common.add_argument_group("reading")
    group.add_argument(
        "--text-column", default="text", metavar="NAME", help="text field of JSONL/JSON/CSV/Parquet (default: text)"
    )
    group.add_argument(
        "--id-column", default="doc_id", metavar="NAME", help="id field (default: doc_id; else path:line)"
    )
    group.add_argument(
        "--published-column", default="published", metavar="NAME", help="date field (default: published)"
    )
    group.add_argument(
        "--event-column",
        default="event",
        metavar="NAME",
        help="field naming each document's event (default: event); documents without one are grouped by claimcheck",
    )
    group.add_argument(
        "--no-recursive", dest="recursive", action="store_false", help="read only the top level of folders"
    )
    group.add_argument(
        "--encoding", metavar="CODEC", help="decode text files with CODEC instead of detecting UTF-8/UTF-16"
    )
    group.add_argument("--strict", action="store_true", help="exit 2 when any file or row had to be skipped")
    settings = common.add_argument_group("settings")
    settings.add_argument(
        "--config", metavar="FILE", help="read settings from FILE (default: nearest claimcheck.toml or pyproject.toml)"
    )
    settings.add_argument("--no-config", action="store_true", help="ignore configuration files")
    output = common.add_argument_group("messages")
    output.add_argument("-v", "--verbose", action="count", default=0, help="say more on standard error (-vv for debug)")
    output.add_argument("-q", "--quiet", action="store_true", help="only errors on standard error")
    return common


# --- commands ----------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    """``claimcheck extract``: claims to a file, or a table on standard output."""
    if args.output and _claims_suffix(args.output) not in CLAIM_OUTPUTS:
        raise UsageError(
            f"{args.output}: claims can be written as {', '.join(CLAIM_OUTPUTS)}, "
            f"not {Path(args.output).suffix or 'no suffix'}"
        )
    state = _prepare(args)
    if args.output:
        write_claims(state.claims, args.output)
        _say(args, f"{len(state.claims)} claims written to {args.output}")
    else:
        tty = sys.stdout.isatty()
        _emit((formats.claims_table(state.claims, tty=tty) + "\n") if len(state.claims) else "no claims\n")
    return _skip_status(args, state, EXIT_OK)


def cmd_check(args: argparse.Namespace) -> int:
    """``claimcheck check``: report conflicts; exit 1 when one is at or above ``--fail-on``."""
    fmt = args.format or (SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "text") if args.output else "text")
    state = _prepare(args)
    fail_on = args.fail_on or state.config.fail_on or "error"
    if args.write_baseline:
        # every pair: which counterpart a figure is shown against may change as reports come in, and the
        # pair shown then is among those recorded
        args.all_pairs = True
    conflicts = _check(state, args)
    baseline_path = args.baseline or state.config.baseline
    if args.write_baseline:
        target = baseline_path or baseline_mod.DEFAULT_BASELINE
        count = baseline_mod.write_baseline(target, conflicts, state.claims)
        _say(args, f"baseline {target}: {count} finding{'s' if count != 1 else ''} recorded")
        return _skip_status(args, state, EXIT_OK)
    conflicts = baseline_mod.with_fingerprints(conflicts, state.claims)
    if baseline_path:
        conflicts = _apply_baseline(args, baseline_path, conflicts, state.claims)
    tty = sys.stdout.isatty() and not args.output
    if args.output and fmt in formats.STREAMED:
        # finding by finding into the file: a large archive's report is never one string in memory
        pieces = formats.iter_render(
            fmt, conflicts, state.claims, docs=state.corpus.docs, fail_on=fail_on, version=__version__
        )
        atomic.write_with(args.output, lambda tmp: _write_pieces(tmp, pieces))
        _say(args, f"{formats.conflicts_summary(conflicts)}; report written to {args.output}")
    else:
        text = formats.render(
            fmt,
            conflicts,
            state.claims,
            docs=state.corpus.docs,
            fail_on=fail_on,
            tty=tty,
            show_claims=args.claims,
            version=__version__,
        )
        if args.output:
            atomic.write_text(args.output, text)
            _say(args, f"{formats.conflicts_summary(conflicts)}; report written to {args.output}")
        else:
            _emit(text)
    threshold = formats.FAIL_THRESHOLD[fail_on]
    worst = max((formats.SEVERITY_RANK.get(str(s), 0) for s in conflicts["severity"]), default=-1)
    return _skip_status(args, state, EXIT_FINDINGS if worst >= threshold else EXIT_OK)


def _write_pieces(path: Path, pieces: Iterable[str]) -> None:
    """Write a report's pieces to ``path`` as UTF-8, one by one."""
    with open(path, "w", encoding="utf-8", errors="replace", newline="") as stream:
        formats.write_report(stream, pieces)


def cmd_explain(args: argparse.Namespace) -> int:
    """``claimcheck explain``: one conflict, its two sentences side by side."""
    state = _prepare(args)
    args.all_pairs = True  # every pair: an id from 'check' or 'check --all-pairs' is among them
    conflicts = baseline_mod.with_fingerprints(_check(state, args), state.claims)
    wanted = str(args.conflict)
    match = conflicts[conflicts["conflict_id"] == wanted]
    if match.empty and len(wanted) >= 6:
        match = conflicts[conflicts["fingerprint"].str.startswith(wanted)]
    if match.empty:
        known = ", ".join(conflicts["conflict_id"].astype(str).head(10)) or "none: no conflicts found"
        raise UsageError(f"no conflict {wanted!r} in these documents (conflict ids: {known})")
    if len(match) > 1:
        raise UsageError(f"{wanted!r} matches {len(match)} conflicts; give more of the fingerprint")
    _emit(formats.explain(cast(dict[str, Any], match.iloc[0].to_dict()), state.claims, tty=sys.stdout.isatty()))
    return EXIT_OK


# --- the shared steps --------------------------------------------------------------------------


def _prepare(args: argparse.Namespace) -> Run:
    """Configuration, corpus and claims: the steps every command starts with."""
    config = config_mod.Config() if args.no_config else config_mod.load_config(args.config)
    show_progress = _progress_wanted(args)
    corpus = read_corpus_report(
        args.paths,
        columns=Columns(
            text=args.text_column, doc_id=args.id_column, published=args.published_column, event=args.event_column
        ),
        recursive=args.recursive,
        encoding=args.encoding,
        progress=_progress("reading", "file") if show_progress else None,
    )
    _report_skipped(args, corpus)
    if corpus.docs.empty and len(corpus.skipped):
        raise UsageError(f"no document could be read ({len(corpus.skipped)} skipped; see the messages above)")
    if corpus.docs.empty:
        log.warning("no documents found in %s", " ".join(args.paths))
    if getattr(args, "scheduler", None) or getattr(args, "jobs", 1) != 1:
        claims = _extract_scaled(corpus.docs, config.extract_options(), args)
    else:
        claims = _extract(corpus.docs, config.extract_options(), show_progress)
    return Run(config=config, corpus=corpus, claims=claims)


def _extract(docs: pd.DataFrame, options: dict[str, Any], show_progress: bool) -> pd.DataFrame:
    """Run the extractor, in batches under a progress bar when one is wanted."""
    from claimcheck.extraction.events import with_events
    from claimcheck.extraction.extract import extract as extract_fn

    kwargs = dict(options)  # (a copy: the batches below set events=False)
    if not show_progress or len(docs) < 20:
        return _report_failed(extract_fn(docs, **kwargs))
    kwargs["events"] = False  # events are found over the whole corpus, after the batches
    size = max(1, len(docs) // 50)
    batches = [docs.iloc[i : i + size] for i in range(0, len(docs), size)]
    parts = [extract_fn(batch, **kwargs) for batch in _progress("extracting", "batch")(batches)]
    claims = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else parts[0]
    claims.attrs["failed"] = [f for p in parts for f in p.attrs.get("failed", [])]
    if claims["claim_id"].duplicated().any():  # ids are not document-scoped: extract the corpus in one go
        log.debug("claim ids repeat across batches; extracting the corpus in one call")
        return _report_failed(extract_fn(docs, **kwargs))
    failed = claims.attrs["failed"]
    claims = with_events(schema.conform(claims, "claims"), docs)
    claims.attrs["failed"] = failed
    return _report_failed(claims)


def _report_failed(claims: pd.DataFrame) -> pd.DataFrame:
    """Say on standard error which documents the extractor failed on; none is dropped without a word."""
    for failure in claims.attrs.get("failed", []):
        message = f"{failure['doc_id']}: extraction failed: {failure['error']}"
        print(f"claimcheck: {formats.visible(message)}", file=sys.stderr)
    return claims


def _extract_scaled(docs: pd.DataFrame, options: dict[str, Any], args: argparse.Namespace) -> pd.DataFrame:
    """Extract on ``--jobs`` processes or on the ``--scheduler`` cluster: the same claims as one process."""
    from claimcheck.extraction import parallel

    if args.scheduler:
        with _cluster_errors(args.scheduler):
            return parallel.extract_on_cluster(docs, args.scheduler, **options)
    return parallel.extract_parallel(docs, _jobs(args.jobs, len(docs)), **options)


def _jobs(requested: int, documents: int) -> int:
    """``-j`` bounded: -1 or more than the cores means every core, never more processes than documents."""
    cores = os.cpu_count() or 1
    jobs = cores if requested == -1 else min(requested, cores)
    if requested > cores:
        log.warning("-j %d is more than the %d cores here; using %d processes", requested, cores, cores)
    return max(1, min(jobs, max(documents, 1)))


@contextlib.contextmanager
def _cluster_errors(address: str) -> Iterator[None]:
    """A scheduler that cannot be reached (or dask not installed) is a usage error naming the address."""
    try:
        yield
    except ImportError as exc:
        raise UsageError(f"--scheduler needs dask.distributed: pip install 'claimcheck[dask]' ({exc})") from None
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        if type(exc).__module__.startswith("claimcheck"):
            raise
        raise UsageError(f"--scheduler {address}: cannot use the scheduler: {type(exc).__name__}: {exc}") from None


def _check(state: Run, args: argparse.Namespace) -> pd.DataFrame:
    """Run the checker with the reference series and rules to ignore; drop ignored rules either way."""
    from claimcheck.checking.check import check as check_fn

    reference_path = getattr(args, "reference", None) or state.config.reference
    options: dict[str, Any] = {}
    if reference_path:
        options["reference"] = _load_reference(reference_path)
    ignore = set(state.config.ignore_rules) | set(getattr(args, "ignore_rule", []) or [])
    if ignore:
        options["rules"] = [name for name in rules.names() if name not in ignore]
    if getattr(args, "all_pairs", False):
        options["pairs"] = "all"
    if getattr(args, "scheduler", None):
        from claimcheck.checking.parallel import check_on_cluster

        with _cluster_errors(args.scheduler):
            return check_on_cluster(state.claims, args.scheduler, **options)
    return check_fn(state.claims, **options)


def _load_reference(path: str) -> Any:
    """A reference series: a CSV frame (date, value, category, ...) or the Gaza MoH daily-report JSON."""
    from claimcheck.checking import reference

    if not os.path.exists(path):
        raise UsageError(f"{path}: reference file not found")
    try:
        if path.lower().endswith(".csv"):
            return reference.as_reference(pd.read_csv(io.StringIO(atomic.read_regular_text(path))))
        return reference.load_gaza_moh(path)
    except OSError as exc:
        raise UsageError(f"{path}: reference file cannot be read: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError, ReferenceError, RecursionError, pd.errors.ParserError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise UsageError(f"{path}: not a usable reference series: {reason}") from None


def _apply_baseline(args: argparse.Namespace, path: str, conflicts: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Keep only findings not in the baseline; a configured but missing baseline is a warning, not an error."""
    if not os.path.exists(path) and not args.baseline:
        log.warning("baseline %s (from the configuration) does not exist yet; reporting every finding", path)
        return conflicts
    known = baseline_mod.read_baseline(path)
    fresh = conflicts[~conflicts["fingerprint"].isin(known)].reset_index(drop=True)
    hidden = len(conflicts) - len(fresh)
    gone = len(known - set(conflicts["fingerprint"]))
    _say(
        args,
        f"baseline {path}: {hidden} known finding{'s' if hidden != 1 else ''} not shown"
        + (f"; {gone} no longer found (refresh with --write-baseline)" if gone else ""),
    )
    return fresh


def _claims_suffix(path: str) -> str:
    """The claims format ``path`` asks for by its suffix; a device or pipe without one (``/dev/stdout``) gets CSV."""
    suffix = Path(path).suffix.lower()
    if suffix not in CLAIM_OUTPUTS and _is_stream(path):
        return ".csv"
    return suffix


def _is_stream(path: str) -> bool:
    """Whether ``path`` is written in place (a device or pipe) rather than replaced."""
    try:
        return atomic.resolve_target(Path(path)) is None
    except OSError:
        return False


def write_claims(claims: pd.DataFrame, path: str) -> None:
    """Write the claims frame to ``path`` by its suffix (.csv, .parquet, .jsonl), atomically."""
    suffix = _claims_suffix(path)
    if suffix == ".parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError("writing Parquet needs pyarrow: pip install 'claimcheck[parquet]'") from None
        atomic.write_with(path, lambda tmp: claims.to_parquet(tmp, index=False))
    elif suffix == ".csv":
        atomic.write_text(path, claims.to_csv(index=False, date_format="%Y-%m-%d"))
    elif suffix == ".jsonl":
        body = claims.to_json(orient="records", lines=True, date_format="iso", force_ascii=False) if len(claims) else ""
        atomic.write_text(path, body if body.endswith("\n") or not body else body + "\n")
    else:
        raise UsageError(f"{path}: claims can be written as {', '.join(CLAIM_OUTPUTS)}")


# --- messages, progress, logging ---------------------------------------------------------------


def _report_skipped(args: argparse.Namespace, corpus: CorpusReport) -> None:
    """Every skipped file or row on standard error (path:line: reason), then the summary line."""
    if args.quiet:
        return
    skipped: Iterable[Any] = corpus.skipped.itertuples(index=False)
    notes: Iterable[Any] = corpus.notes.itertuples(index=False)
    for row in skipped:
        where = f"{row.path}:{row.line}" if row.line else str(row.path)
        print(f"claimcheck: skipped {formats.visible(f'{where}: {row.reason}')}", file=sys.stderr)
    for row in notes:
        where = f"{row.path}:{row.line}" if row.line else str(row.path)
        print(f"claimcheck: note: {formats.visible(f'{where}: {row.note}')}", file=sys.stderr)
    print(f"claimcheck: {corpus.summary()}", file=sys.stderr)


def _skip_status(args: argparse.Namespace, state: Run, code: int) -> int:
    """With ``--strict``, skipped input makes the exit 2, whatever was found: the input was not all read."""
    if args.strict and len(state.corpus.skipped) and code != EXIT_USAGE:
        _fail(f"{len(state.corpus.skipped)} input item(s) skipped (--strict)")
        return EXIT_USAGE
    return code


def _progress_wanted(args: argparse.Namespace) -> bool:
    """A progress bar only for a person watching: stderr is a terminal, not CI, not --quiet."""
    return not args.quiet and sys.stderr.isatty() and not os.environ.get("CI")


def _progress(desc: str, unit: str) -> Callable[[list[T]], Iterable[T]]:
    def wrap(items: list[T]) -> Iterable[T]:
        from tqdm import tqdm

        return tqdm(items, desc=desc, unit=unit, file=sys.stderr, leave=False, disable=len(items) < 2)

    return wrap


def _configure_logging(verbose: int, quiet: bool) -> tuple[logging.Handler, Callable[[], None]]:
    """Messages of the ``claimcheck`` loggers go to standard error, at the level -v/-q chose.

    Returns the handler and a function that puts the logger back as it was
    (``main`` runs in-process in tests and notebooks).
    """
    level = logging.ERROR if quiet else logging.DEBUG if verbose >= 2 else logging.INFO if verbose else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_VisibleFormatter("claimcheck: %(levelname)s: %(message)s"))
    package = logging.getLogger("claimcheck")
    before = (package.level, package.propagate)
    package.addHandler(handler)
    package.setLevel(level)
    package.propagate = False

    def restore() -> None:
        package.setLevel(before[0])
        package.propagate = before[1]

    return handler, restore


def _stand_in_for_closed_streams() -> dict[str, io.TextIOWrapper]:
    """``/dev/null`` for a standard stream the shell closed (``>&-``), so writing to it is never a crash.

    Output meant for a closed standard output is then a usage error (see :func:`_emit`); messages
    meant for a closed standard error are dropped. Returns the stand-ins, to close and undo after the run.
    """
    reopened: dict[str, io.TextIOWrapper] = {}
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            stand_in = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (closed in main's finally)
            setattr(sys, name, stand_in)
            reopened[name] = stand_in
    global _STDOUT_CLOSED
    _STDOUT_CLOSED = "stdout" in reopened
    return reopened


_STDOUT_CLOSED = False


class _VisibleFormatter(logging.Formatter):
    """Log lines with control characters from file names and input shown, not sent to the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(formats.visible(line) for line in super().format(record).split("\n"))


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"claimcheck: {formats.visible(message)}", file=sys.stderr)


def _fail(message: str) -> None:
    """One line on standard error; control characters from file names or input shown, not acted on."""
    print(f"claimcheck: error: {' '.join(formats.visible(message).split())}", file=sys.stderr)


def _emit(text: str) -> None:
    """Write to standard output; a closed pipe (``| head``) ends quietly; a closed standard output is exit 2."""
    if _STDOUT_CLOSED:
        raise UsageError("standard output is closed: write the output to a file with -o FILE")
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except UnicodeEncodeError:
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.buffer.write(text.encode(sys.stdout.encoding or "utf-8", errors="replace"))
        else:
            raise


if __name__ == "__main__":
    run()
