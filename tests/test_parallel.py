"""Scaling out gives the answers of one process: n_jobs, chunked streams, dask frames and a dask cluster."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import claimcheck
from claimcheck import cli, parallel, schema
from claimcheck.checking import parallel as dask_check
from claimcheck.checking import quantity
from claimcheck.reading.corpus import iter_corpus

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

EXTRACT_MODULE = importlib.import_module("claimcheck.extraction.claims")
TUTORIAL = Path(__file__).resolve().parent.parent / "docs" / "tutorial-corpus"


@pytest.fixture(scope="module")
def docs() -> pd.DataFrame:
    """The tutorial articles three times over under distinct ids: enough documents to cut into chunks."""
    base = claimcheck.read_corpus(TUTORIAL)
    copies = [base.assign(doc_id=base["doc_id"] + f"#{i}") for i in range(3)]
    return pd.concat(copies, ignore_index=True)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two worker processes of one thread each: claims really travel between processes."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local,
        distributed.Client(local) as client,
    ):
        yield client


def news_claims(days: int = 30, seed: int = 7) -> pd.DataFrame:
    """Claims as a corpus gives them: rising running totals with a few stale or contested figures,
    incident tolls, and parts (children, women) of wholes in the same sentence, which have other keys."""
    rng = np.random.default_rng(seed)
    rows: list[dict[str, Any]] = []
    for day in range(days):
        for outlet in ("Wire", "Post", "Ledger"):
            doc = f"{outlet}-{day}"
            for category, base in (("killed", 20_000), ("injured", 50_000)):
                true = base + 150 * day
                low = true * (0.7 if rng.random() < 0.08 else 1.0)
                source = rng.choice(["health ministry", "UN", "army"])
                rows.append(
                    dict(
                        doc_id=doc,
                        category=category,
                        subject="people",
                        scope="cumulative",
                        low=low,
                        high=low,
                        source=source,
                        sentence=f"{category} total",
                        sentence_start=0,
                        location="Gaza",
                    )
                )
            toll = float(10 + (day * 7) % 50)
            reported = toll + (rng.integers(5, 15) if rng.random() < 0.15 else 0)
            whole = f"{doc}-whole"
            rows.append(
                dict(
                    claim_id=whole,
                    doc_id=doc,
                    category="killed",
                    subject="people",
                    scope="incident",
                    low=reported,
                    high=reported,
                    source="medics",
                    sentence="strike",
                    sentence_start=100,
                    location="Rafah",
                )
            )
            part = reported + 3 if rng.random() < 0.2 else max(reported - 4, 1)
            rows.append(
                dict(
                    doc_id=doc,
                    category="killed",
                    subject="children",
                    scope="incident",
                    low=part,
                    high=part,
                    source="medics",
                    sentence="strike",
                    sentence_start=100,
                    location="Rafah",
                    part_of=whole,
                )
            )
    frame = pd.DataFrame(rows)
    frame["claim_id"] = frame["claim_id"].fillna(pd.Series([f"c{i}" for i in range(len(frame))]))
    frame["published"] = (
        frame["doc_id"]
        .str.rsplit("-", n=1)
        .str[1]
        .astype(int)
        .map(lambda d: pd.Timestamp("2024-01-01") + pd.Timedelta(days=d))
    )
    frame["claim_date"] = frame["published"]
    frame = frame.assign(
        surface=frame["low"].round().astype(int).astype(str),
        value=frame["low"],
        qualifier="exact",
        low_inclusive=True,
        high_inclusive=True,
        modality="asserted",
        implied_high=frame["high"],
        outlet=frame["doc_id"].str.split("-").str[0],
    )
    return schema.conform(frame, "claims")


def sorted_conflicts(conflicts: pd.DataFrame) -> pd.DataFrame:
    return schema.conform(conflicts, "conflicts").sort_values("conflict_id").reset_index(drop=True)


def sorted_claims(claims: pd.DataFrame) -> pd.DataFrame:
    return schema.conform(claims, "claims").sort_values("claim_id").reset_index(drop=True)


# --------------------------------------------------------------------------- one machine


def test_two_processes_give_the_same_rows_in_the_same_order_as_one(docs: pd.DataFrame) -> None:
    one = claimcheck.extract(docs)
    two = claimcheck.extract(docs, n_jobs=2)
    assert len(one) > 0
    pd.testing.assert_frame_equal(two, one)


def test_list_input_is_numbered_once_so_ids_match_one_process(docs: pd.DataFrame) -> None:
    texts = docs["text"].tolist()
    pd.testing.assert_frame_equal(claimcheck.extract(texts, n_jobs=2), claimcheck.extract(texts))


def test_n_jobs_must_be_positive_or_minus_one() -> None:
    with pytest.raises(ValueError, match="n_jobs"):
        claimcheck.extract(["Three people were killed."], n_jobs=0)


def test_streamed_chunks_put_together_equal_one_call(docs: pd.DataFrame) -> None:
    texts = docs["text"].tolist()
    chunks = [texts[i : i + 4] for i in range(0, len(texts), 4)]
    streamed = list(parallel.extract_stream(iter(chunks)))
    assert len(streamed) == len(chunks)
    pd.testing.assert_frame_equal(parallel.combine_claims(streamed), claimcheck.extract(texts, events=False))


def test_iter_corpus_chunks_add_up_to_read_corpus_and_stream_through_extract() -> None:
    whole = claimcheck.read_corpus(TUTORIAL)
    chunks = list(iter_corpus(TUTORIAL, chunk_size=4))
    assert [len(c) for c in chunks] == [4, len(whole) - 4]
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), whole)
    streamed = parallel.combine_claims(parallel.extract_stream(iter_corpus(TUTORIAL, chunk_size=4), n_jobs=2))
    pd.testing.assert_frame_equal(streamed, claimcheck.extract(whole, events=False))


# --------------------------------------------------------------------------- dask


def test_dask_documents_give_a_lazy_dask_claims_frame(docs: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    read = EXTRACT_MODULE._read_document

    def counting(text: str, *args: Any) -> Any:
        calls.append(text)
        return read(text, *args)

    monkeypatch.setattr(EXTRACT_MODULE, "_read_document", counting)
    lazy = claimcheck.extract(dd.from_pandas(docs, npartitions=3))
    assert parallel.is_dask(lazy)
    assert list(lazy.columns) == schema.columns("claims")
    assert calls == []  # nothing read until asked
    computed = lazy.compute(scheduler="synchronous")
    assert len(calls) == len(docs)
    pd.testing.assert_frame_equal(sorted_claims(computed), sorted_claims(claimcheck.extract(docs, events=False)))


def test_dask_documents_need_their_own_ids(docs: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="doc_id"):
        claimcheck.extract(dd.from_pandas(docs.drop(columns=["doc_id"]), npartitions=2))


def test_dask_check_equals_pandas_up_to_row_order() -> None:
    claims = news_claims()
    expected = claimcheck.check(claims)
    lazy = claimcheck.check(dd.from_pandas(claims, npartitions=3))
    assert parallel.is_dask(lazy)
    got = lazy.compute(scheduler="synchronous")
    assert {"total_decreased", "part_exceeds_whole", "source_disagreement"} <= set(expected["rule"])
    pd.testing.assert_frame_equal(sorted_conflicts(got), sorted_conflicts(expected))


def test_dask_check_shuffles_so_each_partition_holds_whole_keys() -> None:
    claims = news_claims(days=10)
    keyed = dask_check._with_key(claims, quantity.comparison_key)
    shuffled = dd.from_pandas(keyed, npartitions=4).shuffle(dask_check._KEY).compute(scheduler="synchronous")
    parts = dd.from_pandas(keyed, npartitions=4).shuffle(dask_check._KEY).to_delayed()
    owners: dict[str, int] = {}
    for number, part in enumerate(parts):
        for key in set(part.compute(scheduler="synchronous")[dask_check._KEY]):
            assert owners.setdefault(key, number) == number
    assert len(shuffled) == len(claims) and len(owners) > 1


def test_check_on_a_local_cluster_equals_pandas(cluster: Any) -> None:
    claims = pd.concat([news_claims(), claimcheck.extract(claimcheck.read_corpus(TUTORIAL))], ignore_index=True)
    expected = claimcheck.check(claims)
    got = claimcheck.check(dd.from_pandas(claims, npartitions=3)).compute()
    assert len(expected) > 0
    pd.testing.assert_frame_equal(sorted_conflicts(got), sorted_conflicts(expected))


def test_extract_on_a_local_cluster_equals_one_process(cluster: Any, docs: pd.DataFrame) -> None:
    address = cluster.scheduler.address
    pd.testing.assert_frame_equal(parallel.extract_on_cluster(docs, address), claimcheck.extract(docs))


def test_cli_check_on_a_scheduler_prints_what_one_process_prints(
    cluster: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    local = cli.main(["check", str(TUTORIAL), "--format", "json", "--no-config", "-q"])
    one = json.loads(capsys.readouterr().out)
    remote = cli.main(
        ["check", str(TUTORIAL), "--format", "json", "--no-config", "-q", "--scheduler", cluster.scheduler.address]
    )
    assert (remote, json.loads(capsys.readouterr().out)) == (local, one)
    assert local == 1  # the tutorial corpus has conflicts, so the comparison is not between two empty reports


@pytest.mark.parametrize("pairs", ["figure", "all"])
def test_dask_check_by_event_equals_pandas_for_either_pairs(pairs: str) -> None:
    many = [news_claims(days=8, seed=s).assign(event=f"story-{s}") for s in (1, 2, 3)]
    for i, frame in enumerate(many):
        frame["claim_id"] = frame["claim_id"].astype(str) + f"-{i}"
        frame["doc_id"] = frame["doc_id"].astype(str) + f"-{i}"
        frame["part_of"] = frame["part_of"].where(frame["part_of"].isna(), frame["part_of"].astype(str) + f"-{i}")
    claims = pd.concat(many, ignore_index=True)
    expected = claimcheck.check(claims, pairs=pairs)
    got = claimcheck.check(dd.from_pandas(claims, npartitions=3), pairs=pairs).compute()
    assert len(expected) > 0
    pd.testing.assert_frame_equal(sorted_conflicts(got), sorted_conflicts(expected))


def test_dask_partitions_hold_whole_events() -> None:
    claims = pd.concat([news_claims(days=4, seed=s).assign(event=f"story-{s}") for s in (1, 2)], ignore_index=True)
    claims["claim_id"] = [f"c{i}" for i in range(len(claims))]
    claims["doc_id"] = claims["doc_id"].astype(str) + "-" + claims["event"]
    claims["part_of"] = None
    frame = dd.from_pandas(schema.conform(claims, "claims"), npartitions=3)
    event, _, unit = dask_check._events_and_keys(frame, "auto", quantity.comparison_key)
    assert len(set(unit.values())) == 2
    assert all((unit[a] == unit[b]) == (event[a] == event[b]) for a in event for b in list(event)[:5])
