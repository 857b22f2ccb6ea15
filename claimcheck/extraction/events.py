"""Which story each document tells: documents grouped into events, so that figures of two events are never compared.

A CI job checks an archive, not one story: a wildfire's toll must not be
compared with a flood's, nor one war's running total with an attack in another
country. :func:`assign_events` groups the documents of a claims frame by a
documented, deterministic method that costs about linear time in the corpus:

1. Each document is described by its *names* (capitalised words of its
   title and lead), the *kind of event* it reports (quake, flood, fire,
   bombing, shooting, war...: :data:`EVENT_KINDS`), and the *countries* it is
   told in: the countries its figures are placed in and those its text names
   (countries, states, large cities), through :mod:`claimcheck.extraction.gazetteer`,
   keeping the most named and any named about as often.
2. Two documents are candidates when they share one of their most telling
   names or kinds and lie close together in that word's date-sorted list of
   documents (so a war reported daily for a year costs a chain, not all pairs).
3. A candidate pair is linked when the countries they place figures in
   overlap (where both place any) and their similarity (cosine of idf-weighted
   words) is high enough for the time between them: :data:`LINK_SIMILARITY_ANY_DATE` at any
   distance, as a long war's reports are (a storm's or a flood's only within
   :data:`SEASON_DAYS`); :data:`LINK_SIMILARITY` within :data:`LINK_DAYS` (or
   when either is undated); :data:`NEAR_SIMILARITY` within :data:`NEAR_DAYS`
   when they share a name. Two reports that each name places inside a country
   link below the first of those only through a shared name (a place, a
   person, a body) or a first-level division holding their places: one
   country and one kind of event are not one story. A town or region counts
   only in a country the text names otherwise ("Coast Guard" is not
   Tanzania's Coast region in a Miami story).
4. Events are the connected groups of linked documents. Documents that give
   nothing to tell them apart (no names, kinds or places: a claims frame built
   by hand without sentences) are one event.

A user's own grouping wins: an ``event`` column in the documents is carried
into the claims, and :func:`claimcheck.check` takes ``events=`` (a column's
values, a function of the claims frame, or ``"document"``).

>>> import pandas as pd
>>> claims = pd.DataFrame({
...     "doc_id": ["a", "b", "c"],
...     "sentence": ["The Lahaina wildfire on Maui killed 97 people, Hawaii officials said.",
...                  "Officials on Maui said the Lahaina wildfire death toll stood at 97.",
...                  "The flood in Derna killed 4,000 people, Libyan officials said."],
...     "location": ["Lahaina", "Maui", "Derna"],
...     "published": pd.to_datetime(["2023-08-20", "2023-08-22", "2023-09-14"])})
>>> events = assign_events(claims)
>>> events[0] == events[1], events[0] == events[2]
(True, False)
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final, NamedTuple, TypeVar

import numpy as np
import pandas as pd
import regex

from claimcheck._rx import compile_pattern
from claimcheck.extraction import gazetteer
from claimcheck.extraction.dates import dateline_span
from claimcheck.extraction.framing import is_report_date
from claimcheck.extraction.gazetteer import skeleton
from claimcheck.extraction.lexicon import LASTING_KINDS, event_kinds
from claimcheck.reading.documents import as_documents

log = logging.getLogger(__name__)

_T = TypeVar("_T")

#: Link two documents whose word similarity reaches this and that were published within LINK_DAYS.
LINK_SIMILARITY: Final[float] = 0.20
#: How many days apart two linked documents may be published (single events are covered for weeks).
LINK_DAYS: Final[int] = 45
#: Link documents published within NEAR_DAYS of each other from this similarity on (the first days of a story,
#: when reports share few names yet).
NEAR_SIMILARITY: Final[float] = 0.12
NEAR_DAYS: Final[int] = 7
#: Link at any distance in time when documents are this alike and both tell a lasting event (a war's daily reports,
#: months apart).
LINK_SIMILARITY_ANY_DATE: Final[float] = 0.45
#: How much of a document's text is read for its names (the lead tells the story; long texts cost linear time).
MAX_TEXT_CHARS: Final[int] = 3000
#: How many of its most telling words a document offers for finding candidates.
TOP_WORDS: Final[int] = 12
#: How many neighbours in a word's date-sorted list of documents each document is compared with.
NEIGHBOURS: Final[int] = 8


#: Capitalised words that name no story: sentence openers, titles, days, months, agencies' generic words.
_NOT_NAMES: Final[frozenset[str]] = frozenset(
    """the a an and but or of in on at to for from by with as after before during since until while when where
    this that these those there their they he she it its his her we our you i at least more than about nearly
    some many most all no not one two three four five six seven eight nine ten hundreds thousands dozens
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec governor state states county province district region
    mr mrs ms dr gov lt sen rep president prime minister spokesman spokeswoman spokesperson chief officer
    police officials official authorities ministry health department office agency news reuters ap afp
    associated press said says told according however also meanwhile earlier later update updated
    breaking live video photo read watch related editor note""".split()
)

# Patterns the standard library's engine runs (capitals of the Latin scripts): about 5x as fast here as \p{Lu}.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_CAPITALISED = compile_pattern(rf"(?<!\w)[{_UPPER}](?:[^\W\d_]|['\u2019-]){{2,}}")


@dataclass
class _Doc:
    doc_id: str
    day: float  # days since the epoch, NaN when undated
    words: Counter[str] = field(default_factory=Counter)
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)  # the states or provinces it is told in ("NG-ZA"), when named
    spelling: dict[str, str] = field(default_factory=dict)  # a word's key in ``words`` -> as the text spells it
    placed: set[str] = field(default_factory=set)  # the words of its figures' locations, lower case
    incident: float = math.nan  # the day its one-day event happened, as its figures date it (NaN: not dated)
    within: set[str] = field(default_factory=set)  # the first-level divisions holding the places it names (``area``)
    nations: set[str] = field(default_factory=set)  # its names that name a country ("nigeria"): no story's own


def assign_events(claims: pd.DataFrame, *, sentences: pd.Series | None = None) -> pd.Series:
    """One event id per claim, from the claims frame alone (the sentences its figures stand in).

    For a claims frame built without :func:`claimcheck.extract` (which groups
    documents on their whole text). An ``event`` column already filled (the
    user's own grouping) is kept where it has a value. The input is not
    modified; the result has its index. ``sentences``, when given, is the
    claims' ``sentence`` column as a categorical (the checker makes it once for
    all its readers).
    """
    if claims.empty:
        return pd.Series([], index=claims.index, dtype="string")
    given = claims["event"].astype("string") if "event" in claims else pd.Series(pd.NA, index=claims.index)
    doc_id = claims["doc_id"].astype("string").fillna("")
    # each document's distinct sentences, joined once (codes, not strings, are deduplicated and sorted)
    doc_codes, doc_names = pd.factorize(doc_id)  # Arrow text factorized as it is, not boxed per claim
    if sentences is not None and isinstance(sentences.dtype, pd.CategoricalDtype):
        sentence_codes = sentences.cat.codes.to_numpy(np.int64)
        # Python strings: each is read by position below; a missing sentence (code -1) reads as none
        sentence_texts = np.append(sentences.cat.categories.to_numpy(dtype=object), "")
        sentence_codes = np.where(sentence_codes < 0, len(sentence_texts) - 1, sentence_codes)
    else:
        given_text = claims["sentence"] if "sentence" in claims else pd.Series("", index=claims.index)
        text = given_text if isinstance(given_text.dtype, pd.StringDtype) else given_text.astype(object)
        sentence_codes, distinct = pd.factorize(text.fillna(""))
        sentence_texts = np.asarray(distinct, dtype=object)
    doc_of, sentence_of = _distinct_pairs(doc_codes, sentence_codes, len(sentence_texts))
    texts = _split_sorted(doc_of, sentence_texts[sentence_of].tolist(), len(doc_names))
    published = pd.to_datetime(claims["published"]) if "published" in claims else pd.Series(pd.NaT, index=claims.index)
    first = published.groupby(doc_codes).min() if len(doc_names) else published.iloc[:0]
    docs = pd.DataFrame(
        {
            "doc_id": np.asarray(doc_names, dtype=object),
            "text": ["\n".join(t) for t in texts],
            "published": first.reindex(range(len(doc_names))).to_numpy(),
        }
    )
    found = group_documents(docs, place_lists(claims), incident_days(claims))
    # each claim takes its document's id from the text array (a million Python strings cost to turn into text)
    out = pd.Series(found.array.take(doc_codes), index=claims.index)
    return out if given.isna().all() else given.fillna(out)


def group_documents(
    docs: pd.DataFrame,
    places: Mapping[str, Iterable[str]] | None = None,
    incidents: Mapping[str, float] | None = None,
) -> pd.Series:
    """One event id per document of ``docs`` (``doc_id``, ``text``, optionally ``title`` and ``published``).

    ``places`` maps a ``doc_id`` to the places its figures are placed in (the
    claims' ``location``s); they give each document its countries. ``incidents``
    maps a ``doc_id`` to the day its figures say the incident happened
    (:func:`incident_days`): two reports of a one-day event (a crash, a fire)
    dated days apart are two events.
    """
    if docs.empty:
        return pd.Series([], index=docs.index, dtype="string")
    published = pd.to_datetime(docs["published"]) if "published" in docs else pd.Series(pd.NaT, index=docs.index)
    # days since the epoch, NaN when undated (worked out for all at once, not per document)
    days = ((published.dt.normalize() - pd.Timestamp("1970-01-01")).dt.days).astype("float64").tolist()
    described = [
        _describe(str(doc_id), str(text), title, day, (places or {}).get(str(doc_id), ()))
        for doc_id, text, title, day in zip(
            docs["doc_id"],
            docs["text"].fillna(""),
            docs["title"] if "title" in docs else [None] * len(docs),
            days,
            strict=True,
        )
    ]
    for doc in described:
        doc.incident = float((incidents or {}).get(doc.doc_id, math.nan))
    groups = _link(described)
    names = _event_names(described, groups)
    return pd.Series([names[g] for g in groups], index=docs.index, dtype="string")


def place_lists(claims: pd.DataFrame) -> dict[str, list[str]]:
    """The distinct places each document's figures are placed in (or its dateline's, for a figure placed nowhere)."""
    if "location" not in claims or claims.empty:
        return {}
    located = claims["location"]
    if "document_place" in claims:  # the dateline's or headline's place, where a figure names none
        located = located.fillna(claims["document_place"])
    # Arrow text factorized as it is; each distinct name made a Python string once, not once per pair
    doc_codes, doc_uniques = pd.factorize(claims["doc_id"])
    place_codes, place_uniques = pd.factorize(located)
    docs, places = [str(d) for d in doc_uniques.tolist()], [str(p) for p in place_uniques.tolist()]
    placed = place_codes >= 0
    doc_of, place_of = _distinct_pairs(doc_codes[placed], place_codes[placed], len(places))
    lists = _split_sorted(doc_of, np.asarray(places, dtype=object)[place_of].tolist(), len(docs))
    return {docs[d]: lists[d] for d in np.unique(doc_of).tolist()}  # documents with a place, in code order


#: A day named in a sentence: a weekday, "yesterday", "today", or a month and a day ("Aug 3", "3 August").
_DAY_NAMED = compile_pattern(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btoday\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
)
#: How many days before its report an incident may be dated and still be the report's own ("on Sunday").
INCIDENT_LOOKBACK_DAYS: Final[int] = 7


def incident_days(claims: pd.DataFrame) -> dict[str, float]:
    """Per document, the day (days since the epoch) of the earliest incident its dead or injured are dated to.

    Only incident figures dated to the day, in the week before their report: "killing 24 on Sunday" dates the
    crash; a past disaster quoted by its year does not.
    """
    needed = {"doc_id", "scope", "category", "claim_date", "published"}
    if not needed <= set(claims.columns) or claims.empty:
        return {}
    claim_date = pd.to_datetime(claims["claim_date"]).dt.normalize()
    published = pd.to_datetime(claims["published"]).dt.normalize()
    keep = claims["scope"].astype("string").eq("incident").fillna(False)
    keep &= claims["category"].astype("string").isin(["killed", "injured"]).fillna(False)
    if "claim_date_precision" in claims:
        keep &= claims["claim_date_precision"].astype("string").eq("day").fillna(False)
    gap = (published - claim_date).dt.days
    keep &= gap.between(0, INCIDENT_LOOKBACK_DAYS).fillna(False)
    if "sentence" not in claims or not keep.any():
        return {}
    # dated by its own sentence ("on Sunday"), not by its report's day: each distinct sentence of the rows left
    # is read once (a million claims stand in far fewer sentences)
    rows = np.flatnonzero(keep.to_numpy(bool))
    codes, distinct = pd.factorize(claims["sentence"].iloc[rows])
    named = np.array([_names_its_day(str(text)) for text in distinct], dtype=bool)
    keep = keep.copy()
    keep.iloc[rows[(codes < 0) | ~named[np.maximum(codes, 0)]]] = False
    if not keep.any():
        return {}
    days = (claim_date[keep] - pd.Timestamp("1970-01-01")).dt.days.astype("float64")
    first = days.groupby(claims["doc_id"][keep].astype(str).to_numpy()).min()
    return {str(k): float(v) for k, v in first.items()}


def _names_its_day(sentence: str) -> bool:
    """Whether a sentence names a day that is not only when it was reported ("killed 9 on Sunday", not "Police on
    Saturday put the toll at 16")."""
    written = dateline_span(sentence) or (-1, -1)  # "LUCKNOW, Feb 14 -": the day the story was written
    return any(
        not is_report_date(sentence, m.start(), m.end()) and not written[0] <= m.start() < written[1]
        for m in _DAY_NAMED.finditer(sentence)
    )


def _distinct_pairs(first: np.ndarray, second: np.ndarray, n_second: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct pairs of two integer code arrays (``second`` in ``[0, n_second)``), sorted by ``first`` then
    ``second``, as two arrays (a million claims make far fewer pairs, handled as arrays, not one by one)."""
    pairs = np.sort(pd.unique(first.astype(np.int64) * (n_second + 1) + second))  # hashing, then a sort of the few
    return pairs // (n_second + 1), pairs % (n_second + 1)


def _split_sorted(groups: np.ndarray, values: list[_T], n_groups: int) -> list[list[_T]]:
    """``values`` cut into one list per group ``0 .. n_groups - 1`` (``groups``: each value's group, ascending):
    slices at the group bounds, not an append per value."""
    bounds = np.searchsorted(groups, np.arange(n_groups + 1)).tolist()
    return [values[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def _describe(doc_id: str, text: str, title: Any, day: float, places: Iterable[str]) -> _Doc:
    """A document's names, kinds of event, countries and date (``day``: days since the epoch, NaN when undated)."""
    doc = _Doc(doc_id, day)
    lead = (title + "\n" if isinstance(title, str) else "") + text[:MAX_TEXT_CHARS]
    keys: dict[str, str] = {}  # a name's key, worked out once per document (names recur in their story)
    for word in _names(lead):
        key = keys.get(word)
        if key is None:
            # a long name by its skeleton: "Oudebeek" and "Oudebeck" are one name spelt two ways
            key = keys[word] = skeleton(word) if len(word) >= TOLERANT_NAME_LENGTH else word
        doc.words[key] += 1
        if key not in doc.spelling:
            doc.spelling[key] = word
            if _is_nation(word):
                doc.nations.add(key)
    for kind, n in event_kinds(lead).items():  # after the names, as many times as the text tells the kind
        doc.words["~" + kind] += n
        doc.spelling.setdefault("~" + kind, "~" + kind)
    mentioned, regions, doc.within = _countries_named(lead[:COUNTRY_TEXT_CHARS])
    places = [str(p) for p in places]
    doc.placed = set().union(*(_place_words(location) for location in places))
    for location in places:
        place = gazetteer.resolve(location)
        if place is not None:
            mentioned[place.country] += 1
            if place.region is not None and place.level in ("region", "county"):
                regions[place.region] += 1
            if place.area is not None:
                doc.within.add(place.area)
    if mentioned:
        # the countries the story is told in: the most named one, and any named about as often
        top = max(mentioned.values())
        doc.countries = {c for c, n in mentioned.items() if n * 3 >= top}
        doc.words.update({"@" + c: n for c, n in mentioned.items()})
    if regions:
        top = max(regions.values())
        doc.regions = {r for r, n in regions.items() if n * 3 >= top}
    return doc


#: Names this long or longer are compared by their spelling-tolerant skeleton (shorter ones collide:
#: "Gaza" and "Giza").
TOLERANT_NAME_LENGTH: Final[int] = 6

#: How much of the lead is read for the countries a document names (the dateline and first paragraphs).
COUNTRY_TEXT_CHARS: Final[int] = 2500

#: A city named in a document's text counts towards its countries only from this many people on (a town's
#: name is too often a word or a person's name).
COUNTRY_CITY_POPULATION: Final[int] = 50000

_WORD = compile_pattern(r"[^\W\d_]+")
_POSSESSIVE_END = compile_pattern(r"['\u2019]s?$")
_PROPER_RUN = compile_pattern(
    rf"(?<!\w)[{_UPPER}](?:[^\W\d_]|['\u2019-])+"
    # a name's lower-case particle keeps it whole: "Vina del Mar", "Rio de Janeiro", "Dar es Salaam"
    rf"(?:\s+(?:(?:de|del|da|do|dos|das|la|el|al|es|di|du|des)\s+)?[{_UPPER}](?:[^\W\d_]|['\u2019-])+){{0,2}}"
)


@lru_cache(maxsize=65536)
def _place_words(location: str) -> frozenset[str]:
    """The lower-case words of a figure's location (a story places many figures in its few places)."""
    return frozenset(_WORD.findall(location.lower()))


@lru_cache(maxsize=65536)
def _country_of(name: str) -> str | None:
    """The country a name in running text stands for: a country, a state or region, or a large city."""
    place = _known_place(name)
    return place.country if place is not None else None


@lru_cache(maxsize=65536)
def _known_place(name: str) -> gazetteer.Place | None:
    """The place a name in running text stands for: a country, a state or region, or a large city."""
    places = gazetteer.lookup(name)
    place = places[0] if places else None
    if place is not None and (place.level != "city" or place.population >= COUNTRY_CITY_POPULATION):
        return place
    return None


def named_places(text: str) -> Iterator[tuple[str, gazetteer.Place]]:
    """The places running text names, in order, as (name as written, place): countries, regions, large cities.

    Each run of capitalised words is read left to right, longest known name first
    ("New South Wales", not "New"); words that open sentences or name people's
    offices are never places on their own.

    >>> [(name, place.level) for name, place in named_places("Storms battered Bolivia and La Paz on Monday.")]
    [('Bolivia', 'country'), ('La Paz', 'city')]
    """
    for m in _PROPER_RUN.finditer(text):
        yield from _run_places(m.group())


@lru_cache(maxsize=65536)
def _run_places(run: str) -> tuple[tuple[str, gazetteer.Place], ...]:
    """The places one run of capitalised words names, longest known name first (a story repeats its runs)."""
    words = run.split()
    found: list[tuple[str, gazetteer.Place]] = []
    i = 0
    while i < len(words):
        for n in range(len(words) - i, 0, -1):
            name = " ".join(words[i : i + n])
            if n == 1 and name.lower() in _NOT_NAMES:
                continue
            place = _known_place(name)
            if place is not None and n == 1 and i > 0 and gazetteer.fold(place.name) != gazetteer.fold(name):
                # a town's other spelling ending a longer name is a person's name: "Sheriff Tom Barrow" is not
                # Barrow-in-Furness, nor "Mayor Daniella Levine Cava" Cava de' Tirreni
                place = None
            if place is not None:
                found.append((_POSSESSIVE_END.sub("", name), place))
                i += n
                break
        else:
            i += 1
    return tuple(found)


def _countries_named(text: str) -> tuple[Counter[str], Counter[str], set[str]]:
    """How often the text names each country: by name, by a state or region, by a large city, or by its adjective
    ("Bosnian officials said": a story told in Bosnia and Herzegovina); each state or province it names; and the
    states or provinces that hold any place it names (a city's among them)."""
    named: list[tuple[str, gazetteer.Place, bool]] = []  # (name, place, whether it is where people came from)
    for m in _PROPER_RUN.finditer(text):
        # "seasonal workers from Shangla district in Khyber Pakhtunkhwa": where they came from
        origin = _ORIGIN_BEFORE.search(text, max(0, m.start() - ORIGIN_REACH), m.start()) is not None
        named.extend((name, place, origin) for name, place in _run_places(m.group()))
    nations: Counter[str] = Counter(place.country for _, place, _ in named if place.level == "country")
    for word in _NATIONALITY.findall(text):
        country = gazetteer.demonym_country(word)
        if country is not None:
            nations[country] += 1
    # the countries the text is told in: those it names (or names the people of), else its towns', else its
    # regions'; a town or region of another country is a person's name or a common word ("Prime Minister Nermin
    # Niksic" is no Montenegrin town; "Coast Guard" and "Gulf Coast" in a story told from Miami are not Tanzania's
    # Coast and Papua New Guinea's Gulf), and a region is read as the one of its name in a country so told
    # ("Plateau" in a story told from Jos is Nigeria's state, not Benin's)
    supported = (
        set(nations)
        or {place.country for _, place, _ in named if place.level != "region"}
        or {place.country for _, place, _ in named}
    )
    found = Counter({c: n for c, n in nations.items()})
    regions: Counter[str] = Counter()
    within: set[str] = set()
    for name, place, origin in named:
        if place.country not in supported and place.level == "region":
            place = next((p for p in gazetteer.lookup(name) if p.level == "region" and p.country in supported), place)
        if place.country not in supported or place.level == "country":
            continue
        found[place.country] += 1
        if place.area is not None:
            within.add(place.area)
        if place.level == "region" and place.region is not None and not origin:
            regions[place.region] += 1
    return found, regions, within


#: Where people came from, before a place: "workers from Shangla district in", "pilgrims who hailed from",
#: "natives of". A region named so is their home, not where the story happened (see :func:`_linked`).
_ORIGIN_BEFORE = compile_pattern(
    r"\b(?:(?:came|come|comes|coming|hailed|hailing|hail)\s+from|from|natives?\s+of)\s+"
    r"(?:(?:the\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3}(?:district|province|county|state|region|village|town)?\s*"
    r"(?:in|of|,)\s+)?(?:the\s+)?$"
)
ORIGIN_REACH: Final[int] = 60

#: Capitalised words formed as adjectives of nationality ("Bosnian", "Lebanese", "Turkish", "Israeli"), and the
#: irregular ones: candidates for :func:`gazetteer.demonym_country`.
_NATIONALITY = compile_pattern(
    r"\b\p{Lu}\p{Ll}{2,}(?:ian|ean|an|ese|ish|i)\b|\b(?:French|Dutch|Swiss|Greek|Thai|Filipino|Afghan|Welsh)\b"
)


@lru_cache(maxsize=65536)
def _is_nation(word: str) -> bool:
    """Whether a name (lower case) names a country or its people: "nigeria", "nigerian", "turkish"."""
    place = _known_place(word)
    return (place is not None and place.level == "country") or gazetteer.demonym_country(word.title()) is not None


def _names(sentence: str) -> Iterable[str]:
    """The capitalised names of a sentence, lowered, in order (the other telling words are its ``_kinds``)."""
    for found in _CAPITALISED.findall(sentence):
        word = found.lower().rstrip("'\u2019-")
        if word.endswith("'s") or word.endswith("\u2019s"):
            word = word[:-2]
        if word not in _NOT_NAMES and len(word) > 2:
            yield word


def _link(docs: list[_Doc]) -> list[int]:
    """The connected groups of linked documents, as one group number per document."""
    n = len(docs)
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.words.keys())
    idf = {w: 1.0 + math.log((1 + n) / (1 + c)) for w, c in df.items()}
    vectors = []
    for d in docs:
        v = {w: (1.0 + math.log(c)) * idf[w] for w, c in d.words.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    # candidates: neighbours in the date-sorted list of documents of each of a document's telling words
    # (documents visited in date order, so each word's list comes out sorted)
    order = sorted(range(n), key=lambda i: (docs[i].day if not math.isnan(docs[i].day) else math.inf, docs[i].doc_id))
    postings: dict[str, list[int]] = defaultdict(list)
    for i in order:
        v = vectors[i]
        for w in sorted(v, key=lambda w: (-v[w], w))[:TOP_WORDS]:
            postings[w].append(i)
    first, second = _neighbour_pairs(postings.values(), n)
    # documents that give nothing to tell them apart (no names, no kinds, no places) are one unknown story
    blank = np.asarray([i for i, d in enumerate(docs) if not d.words], dtype=np.int64)
    if len(blank) > 1:
        first = np.concatenate([first, np.repeat(blank[0], len(blank) - 1)])
        second = np.concatenate([second, blank[1:]])
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # the incident days of each group's one-day reports (NaN when none): a group never spans two one-day events,
    # not even through reports that date nothing ("the crash on Sunday" and another a month later)
    kinds = [_kinds_of(d) for d in docs]  # once per document: a document is tested in many pairs
    low = [d.incident if not k.lasting else math.nan for d, k in zip(docs, kinds, strict=True)]
    high = list(low)
    # the closest in time first: a report that dates nothing joins the story told around its own days
    day = np.asarray([d.day for d in docs], dtype=float)
    apart = np.nan_to_num(np.abs(day[first] - day[second]), nan=math.inf)
    by_gap = np.lexsort((second, first, apart))
    for i, j in zip(first[by_gap].tolist(), second[by_gap].tolist(), strict=True):
        a, b = root(i), root(j)
        # a pair already joined needs no test
        if a != b and _linked(docs[i], docs[j], vectors[i], vectors[j], kinds[i], kinds[j]):
            lo, hi = _fmin(low[a], low[b]), _fmax(high[a], high[b])  # (a NaN side is skipped)
            if not math.isnan(lo) and hi - lo > INCIDENT_DAYS_APART:
                continue
            keep, gone = min(a, b), max(a, b)
            parent[gone] = keep
            low[keep], high[keep] = lo, hi
    roots = [root(i) for i in range(n)]
    return list(pd.factorize(np.asarray(roots))[0])


def _neighbour_pairs(postings: Iterable[list[int]], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Each document with its next :data:`NEIGHBOURS` in every posting list, as distinct (lower, higher) pairs."""
    found: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    for members in postings:
        m = np.asarray(members, dtype=np.int64)
        for offset in range(1, min(NEIGHBOURS, len(m) - 1) + 1):
            a, b = m[:-offset], m[offset:]
            found.append(np.minimum(a, b) * n + np.maximum(a, b))
    codes = np.unique(np.concatenate(found))
    return codes // max(n, 1), codes % max(n, 1)


def _fmin(a: float, b: float) -> float:
    """The smaller of two numbers, a NaN side skipped (as :func:`numpy.fmin`, without an array round trip)."""
    return b if math.isnan(a) else a if math.isnan(b) else min(a, b)


def _fmax(a: float, b: float) -> float:
    """The larger of two numbers, a NaN side skipped (as :func:`numpy.fmax`)."""
    return b if math.isnan(a) else a if math.isnan(b) else max(a, b)


class _Kinds(NamedTuple):
    """A document's kinds of event and what its main kind says (:func:`_kinds_of`)."""

    told: frozenset[str]  # its "~" words
    lasting: bool  # :func:`_lasting`
    enduring: bool  # :func:`_enduring`
    one_day: bool  # :func:`_one_day`


def _kinds_of(doc: _Doc) -> _Kinds:
    """A document's kinds of event and what its main kind says, worked out once for all the pairs it is tested in."""
    told = frozenset(w for w in doc.words if w.startswith("~"))
    return _Kinds(told, _lasting(doc), _enduring(doc), _one_day(doc))


def _linked(a: _Doc, b: _Doc, va: dict[str, float], vb: dict[str, float], ka: _Kinds, kb: _Kinds) -> bool:
    """Whether two documents tell one story: alike enough, close enough in time, in overlapping countries.

    ``va`` and ``vb`` are their word vectors, ``ka`` and ``kb`` their kinds of event (:func:`_kinds_of`).
    """
    if not a.words and not b.words:
        return True
    if a.countries and b.countries and not (a.countries & b.countries):
        return False
    if (
        a.regions
        and b.regions
        and len(a.regions) <= LOCAL_REGIONS
        and len(b.regions) <= LOCAL_REGIONS
        and not (a.regions & b.regions)
    ):
        return False  # two states or provinces of one country: two stories (a story told in both names both)
    apart = abs(a.day - b.day)
    both_last = ka.lasting and kb.lasting
    one_day = ka.one_day or kb.one_day
    if apart > LINK_DAYS and one_day:
        return False  # a crash, a fire or an attack is covered for weeks, not years: only a war's reports link so far
    if apart > SEASON_DAYS and not (ka.enduring and kb.enduring):
        return False  # a storm or a flood is reported for months: the same region's storms of two years are two events
    small, large = (va, vb) if len(va) <= len(vb) else (vb, va)
    similarity = sum(x * large.get(w, 0.0) for w, x in small.items())
    if similarity >= LINK_SIMILARITY_ANY_DATE:
        return True
    if one_day and _disjoint_kinds(ka.told, kb.told):
        return False  # a crash and an attack told in one country in one month: two events
    # two reports that each name places inside a country tell one story only when they share a name (a place, a
    # person, a body) or a state that holds their places ("Chico" and "Butte County"): one country and one kind
    # of event are not one story (Chicago's shooting and Dallas's)
    if a.within and b.within and not (a.within & b.within) and not _share_a_name(a, va, vb):
        return False
    if math.isnan(a.day) or math.isnan(b.day):
        # an undated report joins a one-day event's only when as alike as reports months apart must be
        return similarity >= (LINK_SIMILARITY_ANY_DATE if one_day and not both_last else LINK_SIMILARITY)
    gap = abs(a.day - b.day)
    if similarity >= LINK_SIMILARITY and gap <= LINK_DAYS:
        return True
    # close in time and a little alike: only when they share a name, not just a kind of event and a country
    return similarity >= NEAR_SIMILARITY and gap <= NEAR_DAYS and any(w[0] not in "@~" and w in vb for w in va)


def _disjoint_kinds(kinds_a: frozenset[str], kinds_b: frozenset[str]) -> bool:
    """Whether two documents each tell a kind of event (their "~" words) and share none (a crash, an attack)."""
    return bool(kinds_a) and bool(kinds_b) and kinds_a.isdisjoint(kinds_b)


def _share_a_name(a: _Doc, va: dict[str, float], vb: dict[str, float]) -> bool:
    """Whether two documents share a name that is neither a kind of event nor a country's (nor its people's)."""
    return any(w[0] not in "@~" and w in vb and w not in a.nations for w in va)


#: A report placed in at most this many states or provinces tells a local story: two such reports with none in
#: common are two stories (a national round-up naming many regions is never told apart this way).
LOCAL_REGIONS: Final[int] = 2

#: Kinds of event reported for years (a war, an epidemic, a hostage crisis, a protest movement), unlike a storm's
#: or a flood's season: only their reports link further apart than :data:`SEASON_DAYS`.
ENDURING_KINDS: Final[frozenset[str]] = frozenset({"war", "protest", "outbreak", "hostage"})
#: How many days apart two reports of a storm or a flood (a lasting kind, not an enduring one) may be published
#: (an inquiry's final toll comes months after a flood; next year's storm is another event).
SEASON_DAYS: Final[int] = 365
#: Two reports of one-day events (a crash, a fire) whose incident days are further apart than this are two events.
INCIDENT_DAYS_APART: Final[int] = 3


def _one_day(doc: _Doc) -> bool:
    """Whether a document tells an event of one day (a crash, a fire, an attack): it names a kind, not a lasting one."""
    return any(w.startswith("~") for w in doc.words) and not _lasting(doc)


def _main_kind(doc: _Doc) -> str | None:
    """The kind of event a document tells most (ties to the first in alphabetical order), or None."""
    kinds = {w[1:]: n for w, n in doc.words.items() if w.startswith("~")}
    return max(kinds, key=lambda k: (kinds[k], k)) if kinds else None


def _enduring(doc: _Doc) -> bool:
    """Whether the kind of event a document tells most is reported for years (a war, an epidemic)."""
    return _main_kind(doc) in ENDURING_KINDS


def _lasting(doc: _Doc) -> bool:
    """Whether the kind of event a document tells most lasts for days or months (a war, a flood, protests)."""
    return _main_kind(doc) in LASTING_KINDS


def _place_and_kind(
    ranked: list[tuple[str, int]], kinds: Counter[str], countries: set[str], placed: set[str]
) -> list[str]:
    """The most told place of an event and its kind ("erzincan", "quake"), or [] when its names hold no place.

    Only a name the gazetteers spell exactly so counts (not an alternate spelling
    nor a county named without its word, which ordinary words can match), in
    one of the countries the event is told in ("York" is not a New York story's); a
    town, county or region told about as often as the country is preferred to it.
    """
    known = []
    for word, count in ranked[:_NAME_WORDS]:
        place = next((p for p in gazetteer.lookup(word) if gazetteer.fold(p.name) == gazetteer.fold(word)), None)
        if place is not None and (not countries or place.country in countries):
            as_written = place.name.lower() == word.lower()  # "Būsh" is not how the text's "Bush" is spelt
            well_known = _known_place(word) is not None  # a small town's name is often a person's too ("Anna")
            at_figures = word.lower() in placed  # where its figures are, not a name that is also a town's
            known.append(((at_figures, count, as_written, well_known, place.level != "country"), word))
    if not known:
        return []
    name = max(known)[1]
    kind = min(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0] if kinds else None
    return [name, kind] if kind else [name]


#: How many of an event's most frequent names are looked up for its place.
_NAME_WORDS: Final[int] = 24


def _event_names(docs: list[_Doc], groups: list[int]) -> dict[int, str]:
    """A readable, stable id per group: its place and kind (else its two most frequent names), first month, hash."""
    members: dict[int, list[_Doc]] = defaultdict(list)
    for d, g in zip(docs, groups, strict=True):
        members[g].append(d)
    names = {}
    for g, group in members.items():
        words: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for d in group:
            words.update({d.spelling.get(w, w): 1 for w in d.words if not w.startswith(("@", "~"))})
            kinds.update({w[1:]: 1 for w in d.words if w.startswith("~")})
        ranked = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))
        countries = set().union(*(d.countries for d in group))
        placed = set().union(*(d.placed for d in group))
        top = _place_and_kind(ranked, kinds, countries, placed) or [w for w, _ in ranked[:2]]
        days = [d.day for d in group if not math.isnan(d.day)]
        month = (pd.Timestamp("1970-01-01") + pd.Timedelta(days=min(days))).strftime("%Y-%m") if days else "undated"
        digest = hashlib.sha1("\x1f".join(sorted(d.doc_id for d in group)).encode()).hexdigest()[:6]
        slug = regex.sub(r"[^\p{L}\p{N}]+", "-", " ".join(top)).strip("-") or "event"
        names[g] = f"{slug}-{month}-{digest}"
    return names


def with_events(claims: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The claims with each document's event: the documents' own ``event`` where given, else grouped on their text.

    For claims extracted in parts (batches, processes): the events are found over all ``documents`` at once.
    """
    if claims.empty:
        return claims
    documents = as_documents(documents)
    found = group_documents(documents, place_lists(claims), incident_days(claims))
    if "event" in documents:
        found = documents["event"].astype("string").fillna(found)
    by_doc = dict(zip(documents["doc_id"].astype(str), found, strict=True))
    failed = claims.attrs.get("failed")
    out = claims.assign(event=claims["doc_id"].astype(str).map(by_doc).astype("string"))
    if failed is not None:
        out.attrs["failed"] = failed
    return out
