"""Back from a claim to the sentence it stands in, with the figure marked.

A fact-checker reading a conflict wants the words, not the offsets: this module
finds the claim's sentence (in the article text when the documents are given,
else the claim's own ``sentence`` column) and the span of the figure in it.

>>> ctx = Context(claim_id="c1", doc_id="d1", sentence="At least 7 people died.", mark_start=0, mark_end=10)
>>> ctx.marked()
'[At least 7] people died.'
>>> ctx.parts()
('', 'At least 7', ' people died.')
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Any

import pandas as pd

log = logging.getLogger(__name__)

#: Sentence ends used only when a claim carries no usable sentence of its own.
_SENTENCE_ENDS = ".!?\n"


@dataclass(frozen=True)
class Context:
    """One claim's sentence and where its figure stands in it (``mark_start:mark_end``)."""

    claim_id: str
    doc_id: str | None
    sentence: str
    mark_start: int
    mark_end: int
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: pd.Timestamp | None = None

    def parts(self) -> tuple[str, str, str]:
        """The sentence cut in three: before the figure, the figure, after it."""
        s, a, b = self.sentence, self.mark_start, self.mark_end
        return s[:a], s[a:b], s[b:]

    def marked(self, left: str = "[", right: str = "]") -> str:
        """The sentence as plain text with the figure between ``left`` and ``right``."""
        before, figure, after = self.parts()
        return f"{before}{left}{figure}{right}{after}" if figure else self.sentence

    def html(self, css_class: str = "fig") -> str:
        """The sentence as escaped HTML with the figure in ``<mark>``."""
        before, figure, after = self.parts()
        if not figure:
            return html.escape(self.sentence)
        return (
            f'{html.escape(before)}<mark class="{html.escape(css_class)}">{html.escape(figure)}</mark>'
            f"{html.escape(after)}"
        )

    def __str__(self) -> str:
        return self.marked()

    def _repr_html_(self) -> str:
        where = " · ".join(html.escape(str(x)) for x in (self.outlet, self.title, _day(self.published)) if x)
        head = f"<div><small>{where}</small></div>" if where else ""
        return f"{head}<div>{self.html()}</div>"


def claim_context(claim: pd.Series, docs: pd.DataFrame | None = None) -> Context:
    """The :class:`Context` of one claims row; ``docs`` (a documents frame) adds the article around it."""
    claim_id = _text(claim.get("claim_id")) or ""
    doc_id = _text(claim.get("doc_id"))
    surface = _text(claim.get("surface")) or ""
    sentence = _text(claim.get("sentence")) or ""
    start, end = _int(claim.get("start")), _int(claim.get("end"))
    meta: dict[str, object] = {
        "outlet": _text(claim.get("outlet")),
        "published": _timestamp(claim.get("published")),
    }
    text = None
    if docs is not None and doc_id is not None and "doc_id" in docs.columns:
        rows = docs[docs["doc_id"] == doc_id]
        if len(rows):
            row = rows.iloc[0]
            text = _text(row.get("text"))
            meta["title"] = _text(row.get("title"))
            meta["url"] = _text(row.get("url"))
            meta["outlet"] = meta["outlet"] or _text(row.get("outlet"))
            meta["published"] = meta["published"] or _timestamp(row.get("published"))
    if text is not None and 0 <= start < end <= len(text):
        sentence, offset = _sentence_in_text(text, sentence, _int(claim.get("sentence_start")), start, end)
        mark_start, mark_end = start - offset, end - offset
    else:
        mark_start = sentence.find(surface) if surface else -1
        mark_end = mark_start + len(surface)
        if mark_start < 0:
            mark_start = mark_end = 0
    return Context(
        claim_id=claim_id,
        doc_id=doc_id,
        sentence=sentence,
        mark_start=mark_start,
        mark_end=mark_end,
        title=meta.get("title"),  # type: ignore[arg-type]
        outlet=meta.get("outlet"),  # type: ignore[arg-type]
        url=meta.get("url"),  # type: ignore[arg-type]
        published=meta.get("published"),  # type: ignore[arg-type]
    )


def _sentence_in_text(text: str, sentence: str, sentence_start: int, start: int, end: int) -> tuple[str, int]:
    """The sentence holding ``text[start:end]`` and its offset: the claim's own when it fits, else cut anew."""
    if sentence and text[sentence_start : sentence_start + len(sentence)] == sentence:
        if sentence_start <= start and end <= sentence_start + len(sentence):
            return sentence, sentence_start
    if sentence:
        at = text.rfind(sentence, 0, end + len(sentence))
        while at >= 0:
            if at <= start and end <= at + len(sentence):
                return sentence, at
            at = text.rfind(sentence, 0, at)
    lo = max((text.rfind(ch, 0, start) for ch in _SENTENCE_ENDS), default=-1) + 1
    his = [i for i in (text.find(ch, end) for ch in _SENTENCE_ENDS) if i >= 0]
    hi = min(his) + 1 if his else len(text)
    raw = text[lo:hi]
    lead = len(raw) - len(raw.lstrip())
    return raw.strip(), lo + lead


def _text(value: Any) -> str | None:
    if value is None or (not isinstance(value, str) and bool(pd.isna(value))):
        return None
    return str(value)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _timestamp(value: Any) -> pd.Timestamp | None:
    if value is None:
        return None
    ts = pd.Timestamp(value)
    return None if pd.isna(ts) else ts


def _day(ts: pd.Timestamp | None) -> str | None:
    return None if ts is None else ts.strftime("%Y-%m-%d")
