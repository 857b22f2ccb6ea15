"""An archive (issue 14): check in batches of whole events gives what one pass gives, with bounded memory."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from claims_helper import make_claims

from claimcheck import check, settings
from claimcheck.checking.conflicts import event_batches


def archive_claims(seed: int, events: int = 6, per_event: int = 25) -> pd.DataFrame:
    """Claims of several events, each told by a few documents over a few days, in shuffled row order."""
    rng = random.Random(seed)
    rows = []
    for e in range(events):
        for _ in range(per_event):
            rows.append(
                dict(
                    figure=rng.choice(["", "more than ", "about "]) + str(rng.choice([10, 20, 30, 45, 60, 100])),
                    category=rng.choice(["killed", "injured"]),
                    claim_date=f"2024-07-{rng.randint(8, 11):02d}",
                    source=rng.choice([None, "the ministry", "the UN"]),
                    doc_id=f"e{e}-d{rng.randint(0, 8)}",
                    event=f"event-{e}",
                )
            )
    rng.shuffle(rows)
    return make_claims(*rows)


@pytest.mark.parametrize("pairs", ["figure", "all"])
@pytest.mark.parametrize("batch", [1, 30, 70])
def test_batches_of_whole_events_give_the_findings_of_one_pass(
    monkeypatch: pytest.MonkeyPatch, pairs: str, batch: int
) -> None:
    claims = archive_claims(seed=batch)
    whole = check(claims, pairs=pairs)
    monkeypatch.setattr(settings, "CHECK_BATCH_CLAIMS", batch)
    batched = check(claims, pairs=pairs)
    assert len(whole) > 0
    pd.testing.assert_frame_equal(batched, whole)


@pytest.mark.parametrize("size", [1, 40, 1000])
def test_a_batch_holds_whole_events_and_no_more_than_it_must(size: int) -> None:
    claims = archive_claims(seed=2)
    batches = list(event_batches(claims, "auto", size))
    events = [set(b["event"]) for b in batches]
    assert sum(len(b) for b in batches) == len(claims)
    # no event is cut across batches
    assert sum(len(e) for e in events) == len(set().union(*events))
    # a batch is over the size only when it is one event
    assert all(len(b) <= size or len(e) == 1 for b, e in zip(batches, events, strict=True))


def test_events_that_share_a_document_are_one_batch() -> None:
    claims = make_claims(
        dict(figure="10", doc_id="shared", event="a"),
        dict(figure="20", doc_id="shared", event="b"),
        dict(figure="30", doc_id="other", event="c"),
    )
    batches = list(event_batches(claims, "auto", 1))
    assert sorted(sorted(b["event"]) for b in batches) == [["a", "b"], ["c"]]
