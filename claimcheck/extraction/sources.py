"""Normalize who a figure is credited to into an organisation key.

"Gaza health officials", "the Hamas-run health ministry" and "Gaza's Ministry of
Health" are one organisation; :func:`source_key` gives them one key so that
:func:`claimcheck.check` can tell a contested figure (two organisations disagree)
from a reporting error (one organisation, two figures). The approach is a small
lexicon, not a list of sentences: place words become a place prefix, organisation
phrases are canonicalized, and fillers (articles, possessives, "Hamas-run",
"source", "spokesperson") are dropped.

>>> source_key("Gaza's Ministry of Health")
'gaza-health-ministry'
>>> source_key("the Hamas-run health ministry")
'gaza-health-ministry'
>>> source_key("Israeli figures cited by AFP")
'israel-officials+afp'
>>> same_organisation("health-ministry", "gaza-health-ministry")
True
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

import pandas as pd
import regex

log = logging.getLogger(__name__)

#: Place words (adjectives, names, and words that stand for a place) -> place slug.
#: "Hamas-run" says the body is Gaza's: Hamas governs Gaza.
PLACES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "gaza": "gaza",
        "gazan": "gaza",
        "hamas": "gaza",
        "israel": "israel",
        "israeli": "israel",
        "palestine": "palestine",
        "palestinian": "palestine",
        "ukraine": "ukraine",
        "ukrainian": "ukraine",
        "russia": "russia",
        "russian": "russia",
        "libya": "libya",
        "libyan": "libya",
        "lebanon": "lebanon",
        "lebanese": "lebanon",
        "syria": "syria",
        "syrian": "syria",
        "egypt": "egypt",
        "egyptian": "egypt",
        "iran": "iran",
        "iranian": "iran",
        "iraq": "iraq",
        "iraqi": "iraq",
        "yemen": "yemen",
        "yemeni": "yemen",
        "sudan": "sudan",
        "sudanese": "sudan",
        "turkey": "turkey",
        "turkish": "turkey",
        "us": "us",
        "american": "us",
        "united states": "us",
        "uk": "uk",
        "british": "uk",
        "united kingdom": "uk",
    }
)

#: Organisation phrases -> canonical organisation name (longest phrase wins).
ORGANISATIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "ministry of health": "health-ministry",
        "health ministry": "health-ministry",
        "health officials": "health-ministry",
        "health authorities": "health-ministry",
        "health authority": "health-ministry",
        "health department": "health-ministry",
        "health ministry officials": "health-ministry",
        "civil defence": "civil-defense",
        "civil defense": "civil-defense",
        "red crescent": "red-crescent",
        "red cross": "red-cross",
        "united nations": "un",
        "u n": "un",
        "office for coordination humanitarian affairs": "ocha",
        "world health organization": "who",
        "world health organisation": "who",
        "international organization migration": "iom",
        "international organisation migration": "iom",
        "international federation red cross red crescent societies": "ifrc",
        "associated press": "ap",
        "agence france presse": "afp",
        "medics": "medics",
        "paramedics": "medics",
        "medical sources": "medics",
        "doctors": "medics",
        "armed forces": "military",
        "army": "military",
        "idf": "military",
        "defense forces": "military",
        "defence forces": "military",
        "figures": "officials",
        "official figures": "officials",
        "authorities": "officials",
        "government": "officials",
        "government media office": "media-office",
        # an office and the person who holds it: "the sheriff's office" is the sheriff's
        "sheriff office": "sheriff",
        "sheriff department": "sheriff",
        "police department": "police",
        "police service": "police",
        "coroner office": "coroner",
        "medical examiner": "coroner",
        "medical examiner office": "coroner",
        "governor office": "governor",
        "mayor office": "mayor",
        "lieutenant governor": "lieutenant-governor",
        "lieutenant governor office": "lieutenant-governor",
        "fire department": "fire-department",
        "fire": "fire-department",
        "fire service": "fire-department",
        "fire rescue": "fire-department",
    }
)

#: United Nations bodies: "UN" before one of them adds nothing ("the UN's OCHA" is OCHA).
UN_BODIES: Final[frozenset[str]] = frozenset({"ocha", "who", "iom", "unrwa", "unicef", "ohchr", "unhcr", "wfp", "undp"})

#: A kind of body named by a definite description ("the airline said") and the words that mark a body of that
#: kind in its own name ("Nusantara Air", "Sky Airways", "Delta Rail Ltd"): a story names a body once and
#: afterwards calls it by its kind, so "the airline" and "Nusantara Air" are one voice.
KIND_MARKERS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "airline": frozenset({"air", "airlines", "airways", "airline", "aviation"}),
        "carrier": frozenset({"air", "airlines", "airways", "airline", "aviation"}),
        "railway": frozenset({"rail", "railway", "railways"}),
        "railways": frozenset({"rail", "railway", "railways"}),
        "company": frozenset({"ltd", "inc", "corp", "corporation", "company", "plc", "llc", "group", "gmbh"}),
        "firm": frozenset({"ltd", "inc", "corp", "corporation", "company", "plc", "llc", "group", "gmbh"}),
        "operator": frozenset({"ltd", "inc", "corp", "corporation", "company", "plc", "llc", "group", "gmbh"}),
    }
)

#: Words that never change who is speaking: articles, possessives, roles of a
#: speaker within an organisation, and words for the channel of a statement.
FILLERS: Final[frozenset[str]] = frozenset(
    """the a an its their his her of in for to on at from by with
    run controlled led backed
    source sources spokesperson spokesman spokeswoman spokespeople representative representatives
    statement statements report reports data toll tolls count counts tally
    official local senior top unnamed anonymous different another other latest new revised
    chief head director press release as said says told document documents
    regional provincial national federal district municipal
    enclave territory territories strip region province city country area county
    northern southern eastern western central""".split()
)

#: Phrases that introduce who relayed a figure ("Israeli figures cited by AFP").
_RELAY = re.compile(
    r"\b(?:cited by|citing|quoted by|according to|reported by|relayed by|via|collected by|compiled by|released by"
    r"|published by|issued by|gathered by)\b"
)
_ACRONYM = re.compile(r"\(([A-Za-z.]{2,10})\)")


def _plain(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\.)", r"\1", text)  # U.N. -> UN.
    text = text.lower().replace("'s ", " ").replace("'s", " ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _phrase(words: list[str], start: int, table: Mapping[str, str], longest: int) -> tuple[str | None, int]:
    for n in range(min(longest, len(words) - start), 0, -1):
        hit = table.get(" ".join(words[start : start + n]))
        if hit is not None:
            return hit, n
    return None, 1


def _without_fillers(phrase: str) -> str:
    return " ".join(w for w in phrase.split() if w not in FILLERS)


# Lookups are made on text without fillers, so "ministry of health" is stored as "ministry health".
_ORGS: Final[Mapping[str, str]] = {_without_fillers(k): v for k, v in ORGANISATIONS.items()}
_ORG_LONGEST = max(len(k.split()) for k in _ORGS)
_PLACE_LONGEST = max(len(k.split()) for k in PLACES)


#: Titles a person's name follows ("Sheriff Jane Doe", "Lt. Gov. John Roe"), abbreviated ones spelt out.
_TITLES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "lt. gov.": "lieutenant governor",
        "lt gov": "lieutenant governor",
        "lieutenant governor": "lieutenant governor",
        "gov.": "governor",
        "gov": "governor",
        "sen.": "senator",
        "rep.": "representative",
        "atty. gen.": "attorney general",
        "supt.": "superintendent",
        "sgt.": "sergeant",
        "capt.": "captain",
        "lt.": "lieutenant",
        "insp.": "inspector",
        "dr.": "",
    }
)
_TITLE_WORDS = (
    r"sheriff|governor|mayor|chief|coroner|commissioner|president|minister|secretary|director|superintendent"
    r"|captain|sergeant|lieutenant|inspector|judge|senator|representative|prosecutor|attorney\s+general|marshal"
    r"|administrator|examiner|spokes(?:man|woman|person)|officer|commander|colonel|general|premier|ambassador|envoy|warden"
)
#: A title and the name after it: the name goes, the office stays ("Police Chief Mark Lane" -> "Police Chief").
_TITLED_NAME = regex.compile(
    rf"\b((?:{'|'.join(regex.escape(t) for t in sorted(_TITLES, key=len, reverse=True))})|(?:{_TITLE_WORDS})\b)"
    rf"(,?\s+(?!(?:{_TITLE_WORDS})\b)"
    r"(?:\p{Lu}\p{Ll}*\.?\s+)?(?-i:\p{Lu})[\p{L}'\u2019\-]+(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|abu)[\s\-])?(?-i:\p{Lu})[\p{L}'\u2019\-]+){0,2})",
    regex.IGNORECASE,
)
#: "Jane Doe, the county sheriff": a name, then the office it holds.
_NAME_APPOSITION = re.compile(rf"^\s*[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){{0,3}},\s+(?=.*\b(?:{_TITLE_WORDS})\b)")


def _office(text: str) -> str:
    """``text`` with a person's name dropped for the office they hold ("Sheriff Jane Doe" -> "sheriff")."""
    text = _NAME_APPOSITION.sub("", text)

    def title(m: regex.Match[str]) -> str:
        head = m.group(1)
        spelt = _TITLES.get(head.lower(), head)
        if any(w in _OFFICE_WORDS for w in _plain(m.group(2)).split()):
            return m.group(0)  # "Chief Medical Examiner", "Sheriff's Office": the words are the office's
        return spelt if spelt else m.group(2)

    return _TITLED_NAME.sub(title, text)


#: Joins a key's organisation and the surname of the person speaking for it: "sheriff.doe".
PERSON_MARK: Final[str] = "."


def _surname(text: str) -> str | None:
    """The surname of a titled person in ``text`` ("Sheriff Jane Doe", "Jane Doe, the county sheriff"), or None."""
    apposition = _NAME_APPOSITION.match(text)
    if apposition:
        name = apposition.group(0).split(",")[0].split()
        return _plain(name[-1]) or None if len(name) > 1 else None
    for m in _TITLED_NAME.finditer(text):
        if _TITLES.get(m.group(1).lower(), m.group(1)) and not any(
            w in _OFFICE_WORDS for w in _plain(m.group(2)).split()
        ):
            return _plain(m.group(2).split()[-1]) or None
    return None


#: Capitalised words after a title that belong to an office, not to a name ("Chief Medical Examiner").
_OFFICE_WORDS: Final[frozenset[str]] = frozenset(
    """of for medical examiner executive constable office department ministry police fire health county city state
    general deputy emergency management services service agency""".split()
)


def _organisation(text: str) -> str | None:
    text = _office(text)
    acronym = _ACRONYM.search(text)
    if acronym:  # "World Health Organization (WHO)": the acronym names it
        text = acronym.group(1)
    words = [w for w in _plain(text).split() if w not in FILLERS or w in ("us",)]
    place: str | None = None
    parts: list[str] = []
    i = 0
    while i < len(words):
        org, n = _phrase(words, i, _ORGS, _ORG_LONGEST)
        if org is not None:
            parts.append(org)
            i += n
            continue
        where, n = _phrase(words, i, PLACES, _PLACE_LONGEST)
        if where is not None:
            place = place or where
            i += n
            continue
        parts.append(words[i])
        i += 1
    if not parts and place is None:
        return None
    if not parts:
        parts = ["officials"]  # "Israeli" alone: the country's officials
    if "un" in parts and UN_BODIES.intersection(parts):
        parts.remove("un")
    deduped = list(dict.fromkeys(parts))
    return "-".join(([place] if place else []) + deduped)


@lru_cache(maxsize=65536)
def source_key(source: str | None) -> str | None:
    """The organisation behind ``source`` as a key, or None when no source is named.

    A relay ("cited by AFP", "according to Reuters") is kept after a ``+``.

    >>> [source_key(s) for s in ["Gaza health officials", "Health Ministry in Gaza", "medics", None]]
    ['gaza-health-ministry', 'gaza-health-ministry', 'medics', None]
    """
    if source is None or (not isinstance(source, str)) or not source.strip():
        return None
    pieces = _RELAY.split(source.lower(), maxsplit=1)
    if len(pieces) == 2 and not pieces[0].strip():  # "according to Reuters": Reuters is the source
        pieces = [pieces[1]]
        source = source[len(source) - len(pieces[0]) :]
    if len(pieces) == 2:
        # Keep the original casing for acronyms: split the original at the same offset.
        cut = len(pieces[0])
        primary, relay = source[:cut], source[cut:]
        relay = _RELAY.sub(" ", relay.lower())
    else:
        primary, relay = source, ""
    key = _organisation(primary)
    relayed = _organisation(relay) if relay.strip() else None
    if key is None:
        return relayed
    surname = _surname(primary)
    if surname and not key.endswith(surname):
        key = f"{key}{PERSON_MARK}{surname}"  # "Doe said", later in the story, is the sheriff too
    return f"{key}+{relayed}" if relayed else key


def organisation(key: str) -> tuple[str | None, str]:
    """Split a key into (place, organisation), ignoring any relay.

    >>> organisation("gaza-health-ministry+afp")
    ('gaza', 'health-ministry')
    """
    primary = key.split("+", 1)[0].split(PERSON_MARK, 1)[0]
    head, _, rest = primary.partition("-")
    if rest and head in _PLACE_SLUGS:
        return head, rest
    return None, primary


_PLACE_SLUGS: Final[frozenset[str]] = frozenset(PLACES.values())


@lru_cache(maxsize=65536)
def same_organisation(a: str | None, b: str | None) -> bool:
    """True when two source keys name one organisation.

    Equal keys do; so do keys that differ only in that one names the place and the
    other does not ("health-ministry" in an article about Gaza is Gaza's ministry).
    "un" is the same organisation as a UN body ("ocha", "ohchr"). Missing keys are
    never the same organisation as anything.

    >>> same_organisation("libya-red-crescent", "red-crescent"), same_organisation("gaza-officials", "israel-officials")
    (True, False)
    >>> same_organisation("un", "ohchr"), same_organisation("ocha", "who")
    (True, False)
    >>> same_organisation("governor", "governor-andriy-raikovych"), same_organisation("ukraine-officials", "governor")
    (True, False)

    A person speaking for an office is that office, and is the same voice when
    named by surname alone later; two people are two voices:

    >>> same_organisation("sheriff.doe", "doe"), same_organisation("sheriff.doe", "harlow-sheriff")
    (True, True)
    >>> same_organisation("sheriff.doe", "sheriff.roe")
    False

    A body called by its kind is the body named with a mark of that kind:

    >>> same_organisation("airline", "nusantara-air"), same_organisation("company", "mirror-mining-ltd")
    (True, True)
    >>> same_organisation("airline", "railways")
    False

    An acronym is the body whose words it is the initials of:

    >>> same_organisation("pdma", "disaster-management-authority"), same_organisation("pdma", "ndma")
    (True, False)
    """
    if not a or not b:
        return False
    if a == b:
        return True
    person_a, person_b = _person(a), _person(b)
    if person_a and person_b and person_a != person_b:
        return False  # two people, even in one office
    if (person_a and organisation(b)[1] == person_a) or (person_b and organisation(a)[1] == person_b):
        return True  # "Doe" and "Sheriff Jane Doe"
    place_a, org_a = organisation(a)
    place_b, org_b = organisation(b)
    if {org_a, org_b} - UN_BODIES == {"un"}:  # the UN speaks through its bodies
        return True
    if place_a is not None and place_b is not None and place_a != place_b:
        return False
    if org_a == org_b:
        return True
    words_a, words_b = set(org_a.split("-")), set(org_b.split("-"))
    if KIND_MARKERS.get(org_a, frozenset()) & words_b or KIND_MARKERS.get(org_b, frozenset()) & words_a:
        return True  # "the airline" and "Nusantara Air"
    if _acronym_of(org_a, org_b) or _acronym_of(org_b, org_a):
        return True  # "PDMA" and "the provincial disaster management authority"
    # "governor" and "governor-andriy-raikovych", "klymenko" and "police-ihor-klymenko": one office or person
    return bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


#: Letters an acronym may open with for a word a key leaves out ("Provincial", "National", "Federal", "State",
#: "Regional": "PDMA" is the disaster management authority of ``disaster-management-authority``).
_ACRONYM_LEADS: Final[str] = "pnfsr"


def _acronym_of(short: str, long: str) -> bool:
    """Whether a one-word key is the initials of a key of three words or more.

    ("pdma", "disaster-management-authority")
    """
    if "-" in short or not 3 <= len(short) <= 6 or not short.isalpha():
        return False
    words = [w for w in long.split("-") if w not in _CONNECTOR_WORDS]
    if len(words) < 3:
        return False
    initials = "".join(w[0] for w in words)
    led = len(short) == len(initials) + 1 and short[0] in _ACRONYM_LEADS and short[1:] == initials
    return short == initials or led


_CONNECTOR_WORDS: Final[frozenset[str]] = frozenset({"of", "the", "for", "and", "on", "in"})

#: Organisations that name no one in particular: "authorities", "the government", "officials", "media reports".
GENERIC_ORGANISATIONS: Final[frozenset[str]] = frozenset({"officials", "media"})


@lru_cache(maxsize=65536)
def is_generic(key: str | None) -> bool:
    """True when a source key names no particular body: "officials", "Belgian authorities", "local media".

    Such a credit may stand for any office of its government, so a later, lower
    figure from a named office ("the governor said 97") is that government
    revising its count, not a second body contesting it.

    >>> is_generic(source_key("Authorities")), is_generic(source_key("Belgian authorities"))
    (True, True)
    >>> is_generic(source_key("the health ministry")), is_generic(source_key("Governor Jane Roe")), is_generic(None)
    (False, False, False)
    """
    if not key:
        return False
    words = key.split("+", 1)[0].split("-")
    return words[-1] in GENERIC_ORGANISATIONS and len(words) <= 2


def _person(key: str) -> str | None:
    """The surname a key carries after :data:`PERSON_MARK`, or None."""
    primary = key.split("+", 1)[0]
    return primary.split(PERSON_MARK, 1)[1] if PERSON_MARK in primary else None


def source_keys(sources: pd.Series) -> pd.Series:
    """:func:`source_key` over a column, computed once per distinct value."""
    uniques = pd.unique(sources.dropna())
    table = {s: source_key(s) for s in uniques}
    return sources.map(table).astype("string")
