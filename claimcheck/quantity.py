"""What "the same quantity" means: the comparison key, and when two places or subjects match.

Two claims are about one quantity when they share a :func:`comparison_key`
(category, subject class, scope, and for an incident its date) and their places
are :func:`compatible_places`. Everything here is a plain function of the claims
so that users can read it and pass their own to :func:`claimcheck.check`
(``key=``, ``places=``).

>>> subject_class("people"), subject_class("children"), subject_class(None)
('people', 'child', 'people')
>>> place_key("Gaza Strip") == place_key("Gaza"), place_key("Gaza City") == place_key("Gaza")
(True, False)
>>> compatible_places(place_key("al-Ahli hospital"), place_key("Al Ahli Arab Hospital"))
True
>>> compatible_places(place_key("Gaza City hospital"), place_key("Gaza City"))
False
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Final

import pandas as pd

from .sources import PLACES

log = logging.getLogger(__name__)

# --------------------------------------------------------------------- subjects

#: Head nouns that count people in general: "30 people", "30 victims", "30 bodies".
#: A subject made only of these (and demonyms) is the generic class "people".
GENERIC_SUBJECT_WORDS: Final[frozenset[str]] = frozenset(
    """people person persons individual individuals resident residents inhabitant inhabitants
    victim victims death deaths dead body bodies fatality fatalities casualty casualties
    martyr martyrs life lives soul souls human humans""".split()
)

#: Words that restate the category or quantify rather than say who is counted:
#: "displaced people" are people for a displacement count, "more bodies" are bodies.
NEUTRAL_SUBJECT_WORDS: Final[frozenset[str]] = frozenset(
    """the a an of more other some many most all them those these additional further another
    killed dead injured wounded hurt missing displaced detained arrested released freed held
    trapped evacuated abducted kidnapped
    hostage hostages captive captives prisoner prisoners detainee detainees refugee refugees evacuee evacuees""".split()
)

#: Plural or variant forms mapped to one singular subject.
SUBJECT_SYNONYMS: Final[Mapping[str, str]] = {
    "children": "child",
    "kids": "child",
    "kid": "child",
    "minors": "child",
    "minor": "child",
    "women": "woman",
    "men": "man",
    "boys": "boy",
    "girls": "girl",
    "policemen": "police officer",
    "policeman": "police officer",
    "policewomen": "police officer",
    "police": "police officer",
    "officers": "officer",
    "civilians": "civilian",
    "soldiers": "soldier",
    "troops": "soldier",
    "servicemen": "soldier",
    "journalists": "journalist",
    "reporters": "journalist",
    "medics": "medic",
    "paramedics": "medic",
    "doctors": "doctor",
    "nurses": "nurse",
    "adults": "adult",
    "elderly": "elderly",
}

_DEMONYMS: Final[frozenset[str]] = frozenset(
    {w for w in PLACES if " " not in w}
    | {w + "s" for w in PLACES if " " not in w}
    | {"israelis", "gazans", "palestinians", "ukrainians", "russians", "libyans", "americans", "civilian population"}
)


def _ascii_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("'s", " ")
    return re.findall(r"[a-z0-9]+", text)


def _singular(word: str) -> str:
    if word in SUBJECT_SYNONYMS:
        return SUBJECT_SYNONYMS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def subject_class(subject: str | None) -> str:
    """Who a claim counts, reduced to a class: "people" for any general count of people.

    Missing subjects, "people", "victims", "bodies", "residents" are all "people".
    A named group ("children", "women", "civilians", "soldiers", "police
    officers") is its own class, singular: a part of the people, never the same
    count. Civilians are kept apart because tolls of civilians exclude
    combatants; a nationality ("Palestinians", "Israelis") is its own class too,
    since a corpus about one war counts both sides. A nationality word before
    a group only qualifies it ("Ukrainian soldier" is "soldier").

    >>> [subject_class(s) for s in ["bodies", "Ukrainian soldier", "soldiers", "civilian deaths", "displaced people"]]
    ['people', 'soldier', 'soldier', 'civilian', 'people']
    >>> subject_class("Palestinians"), subject_class("Palestinian people")
    ('palestinian', 'palestinian')
    """
    if subject is None or not isinstance(subject, str):
        return "people"
    words = []
    for w in _ascii_words(subject):
        if w in NEUTRAL_SUBJECT_WORDS or w in GENERIC_SUBJECT_WORDS or w.isdigit():
            continue
        words.append(w)
    if len(words) > 1:
        words = [w for w in words if w not in _DEMONYMS] or words[-1:]
    singular = " ".join(_singular(w) for w in words).split()
    return " ".join(dict.fromkeys(singular)) or "people"


# ----------------------------------------------------------------------- places

#: Words that name a kind of place inside another: a hospital is not its city,
#: "northern Gaza" is not Gaza. When one place has such a word the other lacks,
#: they are different places.
LEVEL_WORDS: Final[frozenset[str]] = frozenset(
    """city town village camp district neighbourhood neighborhood suburb outskirts quarter
    hospital clinic school university mosque church synagogue market substation station venue hall
    building shelter shelters centre center facility facilities house houses home homes tower bakery compound
    base prison airport port bridge street road stairs restroom restrooms factory plant mall theatre
    theater hotel office restaurant farm kibbutz festival convoy checkpoint crossing
    north northern south southern east eastern west western central""".split()
)

#: Administrative words that do not change the place: "Gaza Strip" is Gaza,
#: "Kirovohrad region" is Kirovohrad as tolls are reported.
ADMIN_WORDS: Final[frozenset[str]] = frozenset(
    "region regional province oblast governorate strip territory territories enclave country state area".split()
)

_PLACE_STOPWORDS: Final[frozenset[str]] = frozenset(
    "the of in on at near outside inside a an and or its al el ad ash as ar one two three across".split()
)


def _skeleton(word: str) -> str:
    """A transliteration-tolerant form of a name: first letter, then consonants, no repeats.

    "Zaporizhzhia", "Zaporizhzhya" and "Zaporizhia" share one skeleton; so do
    "Nuseirat" and "Nusseirat". Short words are kept as written.
    """
    if len(word) < 4:
        return word
    out = [word[0]]
    for ch in word[1:]:
        if ch in "aeiouyhw":
            continue
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def place_key(location: str | None) -> str | None:
    """The normalized tokens of a place as one string (sorted), or None when no place is given.

    Articles and Arabic "al-" are dropped, administrative words ("region", "Strip")
    too, "city of Derna" is Derna; names are reduced to a spelling-tolerant
    skeleton; words for kinds of places (:data:`LEVEL_WORDS`) are kept as they are.

    >>> place_key("Libya's coastal city of Derna") == place_key("Derna and coastal Libya")
    True
    """
    if location is None or not isinstance(location, str):
        return None
    words = _ascii_words(location)
    tokens: set[str] = set()
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _PLACE_STOPWORDS or w in ADMIN_WORDS or w.isdigit():
            continue
        if w in ("city", "town", "village") and nxt == "of":
            continue
        tokens.add(w if w in LEVEL_WORDS else _skeleton(w))
    return " ".join(sorted(tokens)) or None


@lru_cache(maxsize=262144)
def compatible_places(a: str | None, b: str | None) -> bool:
    """Whether two place keys (from :func:`place_key`) may be the same place.

    A missing place matches any place (the figure is not placed more precisely).
    Equal keys match. A key contained in the other matches when the extra words
    only name it more fully ("al-Ahli hospital", "Al Ahli Arab hospital"), not
    when they add a kind of place ("Gaza City" vs "Gaza City hospital").

    >>> compatible_places(None, "rfh"), compatible_places(place_key("Rafah"), place_key("Khan Younis"))
    (True, False)
    """
    if a is None or b is None or a == b:
        return True
    ta, tb = set(a.split()), set(b.split())
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not small <= large:
        return False
    return not (large - small) & LEVEL_WORDS


def compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two claims (rows with ``subject`` and ``location``) may count the same people in the same place.

    This is the pairwise half of "the same quantity"; the other half is the
    shared :func:`comparison_key`.

    >>> compatible({"subject": "people", "location": "Rafah"}, {"subject": None, "location": None})
    True
    >>> compatible({"subject": "children", "location": "Rafah"}, {"subject": "people", "location": "Rafah"})
    False
    """
    return subject_class(_text(a.get("subject"))) == subject_class(_text(b.get("subject"))) and compatible_places(
        place_key(_text(a.get("location"))), place_key(_text(b.get("location")))
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


# -------------------------------------------------------------------- the key


def report_date(claims: pd.DataFrame) -> pd.Series:
    """The date each figure was reported: ``claim_date`` for a running total, ``published`` for an incident.

    Each falls back on the other when missing.
    """
    claim_date = pd.to_datetime(claims["claim_date"])
    published = pd.to_datetime(claims["published"])
    incident = claims["scope"].astype("string").fillna("cumulative").eq("incident").to_numpy()
    first = published.where(incident, claim_date)
    second = claim_date.where(incident, published)
    return first.fillna(second).dt.normalize()


def _mapped(column: pd.Series, fn: Any) -> pd.Series:
    """Apply ``fn`` once per distinct value of ``column`` (claims repeat a few subjects and places)."""
    values = column.astype(object).where(column.notna(), None)
    uniques = pd.unique(values)
    table = {v: fn(v) for v in uniques}
    return values.map(table)


def subject_classes(claims: pd.DataFrame) -> pd.Series:
    """:func:`subject_class` of every claim."""
    return _mapped(claims["subject"], subject_class)


def place_keys(claims: pd.DataFrame) -> pd.Series:
    """:func:`place_key` of every claim (None when no place is given)."""
    return _mapped(claims["location"], place_key)


def comparison_key(claims: pd.DataFrame) -> pd.Series:
    """The key two claims must share to be about one quantity, as a string per claim.

    ``category|subject class|scope``, and for an incident ``|date`` of the
    incident (``claim_date``, else ``published``; an undated incident is only
    compared within its own document). The place is not in the key: a missing
    place matches any place, so places are compared with :func:`compatible_places`.
    Pass your own function of the claims frame as ``check(..., key=...)``.

    >>> frame = pd.DataFrame({"category": ["killed", "killed"], "subject": ["victims", "children"],
    ...     "scope": ["cumulative", "incident"], "claim_date": pd.to_datetime(["2024-07-09", "2024-07-09"]),
    ...     "published": pd.to_datetime(["2024-07-09", "2024-07-10"]), "doc_id": ["a", "b"]})
    >>> comparison_key(frame).tolist()
    ['killed|people|cumulative', 'killed|child|incident|2024-07-09']
    """
    scope = claims["scope"].astype("string").fillna("cumulative")
    incident = scope.eq("incident")
    when = pd.to_datetime(claims["claim_date"]).fillna(pd.to_datetime(claims["published"]))
    day = when.dt.strftime("%Y-%m-%d").astype("string")
    day = day.fillna("doc:" + claims["doc_id"].astype("string").fillna(""))
    parts = pd.DataFrame(
        {
            "category": claims["category"].astype("string").fillna("other"),
            "subject": subject_classes(claims).astype("string"),
            "scope": scope,
            "day": day.where(incident, ""),
        }
    )
    # Build each distinct key once: corpora repeat few keys many times.
    distinct = parts.astype(object).drop_duplicates()
    labels = [f"{c}|{s}|{sc}" + (f"|{d}" if d else "") for c, s, sc, d in distinct.itertuples(index=False)]
    table = distinct.assign(label=labels)
    keyed = parts.astype(object).merge(table, on=list(parts.columns), how="left")
    return pd.Series(keyed["label"].to_numpy(object), index=claims.index, dtype="string")
