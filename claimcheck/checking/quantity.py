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
from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, Final

import numpy as np
import pandas as pd
import regex

from claimcheck._rx import compile_pattern
from claimcheck.checking import pairs
from claimcheck.checking._lookup import search_texts
from claimcheck.extraction import gazetteer
from claimcheck.extraction.gazetteer import skeleton
from claimcheck.extraction.lexicon import (
    AREA_NOUNS,
    CONJUNCTS,
    LASTING_KINDS,
    MEMBERSHIP_WORDS,
    POSSESSIVE_NAME,
    SMALL_NUMBER_WORDS,
    SUPERLATIVE_BEFORE_SINCE,
    event_kinds,
)
from claimcheck.extraction.sources import PLACES, same_organisation, source_key
from claimcheck.settings import VAGUE_RANGES

log = logging.getLogger(__name__)

# --------------------------------------------------------------------- subjects

#: Head nouns that count people in general: "30 people", "30 victims", "30 bodies".
#: The class of a general count of people (no group named).
GENERIC_CLASS: Final[str] = "people"

#: A subject made only of these (and demonyms) is the generic class "people".
GENERIC_SUBJECT_WORDS: Final[frozenset[str]] = frozenset(
    """people person persons individual individuals resident residents inhabitant inhabitants
    victim victims death deaths dead body bodies fatality fatalities casualty casualties
    martyr martyrs life lives soul souls human humans""".split()
)

#: Who an event struck, named by what they were doing there: a crash's passengers, a stampede's
#: pilgrims, a shipwreck's migrants. A report counts the same people as "people" (unlike children or
#: soldiers, who are a part of them), so these are the class "people" too.
EVENT_ROLE_WORDS: Final[frozenset[str]] = frozenset(
    """passenger passengers pilgrim pilgrims worshipper worshippers worshiper worshipers spectator spectators
    fan fans concertgoer concertgoers festivalgoer festivalgoers shopper shoppers tourist tourists visitor visitors
    attendee attendees villager villagers local locals occupant occupants migrant migrants miner miners
    guest guests worker workers employee employees inmate inmates commuter commuters traveller travellers traveler
    travelers hiker hikers climber climbers diner diners patron patrons""".split()
)

#: Words that restate the category or quantify rather than say who is counted:
#: "displaced people" are people for a displacement count, "more bodies" are bodies.
NEUTRAL_SUBJECT_WORDS: Final[frozenset[str]] = frozenset(
    """the a an of more other others some many most all them those these additional further another
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


#: Letters that ASCII folding would drop but that spell a sound: "Marienstraße" is "Marienstrasse".
_SPELT_OUT: Final[Mapping[int, str]] = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d"})


#: An initialism with its stops: "U.S.", "U.N." (read as one word, "us", "un").
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def _ascii_words(text: str) -> list[str]:
    if "." in text:
        text = _INITIALISM.sub(lambda m: m.group().replace(".", "") + " ", text)
    text = unicodedata.normalize("NFKD", text.translate(_SPELT_OUT)).encode("ascii", "ignore").decode().lower()
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
    >>> subject_class("members of the security forces"), subject_class("security forces")
    ('security force', 'security force')
    >>> subject_class("storm-related deaths"), subject_class("heat-related child deaths")
    ('people', 'child')
    """
    if subject is None or not isinstance(subject, str):
        return GENERIC_CLASS
    words: list[str] = []
    for w in _ascii_words(subject):
        if w in CAUSE_SUFFIXES and words:
            words.pop()  # "storm-related deaths", "flood-induced fatalities": what caused them, not who they were
            continue
        if w in NEUTRAL_SUBJECT_WORDS or w in GENERIC_SUBJECT_WORDS or w in EVENT_ROLE_WORDS or w.isdigit():
            continue
        words.append(w)
    if len(words) > 1 and words[0] in MEMBERSHIP_WORDS:
        words = words[1:]  # "members of the security forces" count the security forces
    if "and" in words and _covers_everyone(words):
        return GENERIC_CLASS  # "civilians and members of the security forces", "passengers and crew": all of them
    if len(words) > 1:
        nationality = [w for w in words if _is_nationality(w)]
        rest = [w for w in words if w not in nationality]
        if nationality and set(rest) <= _NATIONALITY_CARRIERS:
            words = nationality  # "Dutch nationals", "Dutch citizens": the Dutch
        else:
            words = rest or words[-1:]
    singular = " ".join(_singular(w) for w in words).split()
    return " ".join(dict.fromkeys(singular)) or GENERIC_CLASS


#: The second half of a compound that says what caused deaths, not who died ("storm-related", "flood-induced").
CAUSE_SUFFIXES: Final[frozenset[str]] = frozenset({"related", "induced", "caused", "linked"})


#: Groups that together make up everyone an incident struck: civilians and those who fight or guard, passengers and
#: crew, pupils and staff. Counted together, they are the whole toll; either alone is a part of it.
COMPLEMENTARY_GROUPS: Final[tuple[tuple[frozenset[str], frozenset[str]], ...]] = (
    (
        frozenset({"civilian"}),
        frozenset({"soldier", "member", "police", "officer", "troop", "fighter", "security", "personnel", "guard"}),
    ),
    (frozenset({"passenger", "people"}), frozenset({"crew", "driver", "pilot"})),
    (frozenset({"student", "pupil", "child"}), frozenset({"teacher", "staff", "adult"})),
)


def _covers_everyone(words: list[str]) -> bool:
    """Whether a coordination of groups ("civilians and soldiers") names groups that together are everyone.

    >>> _covers_everyone(["civilians", "and", "members"]), _covers_everyone(["women", "and", "children"])
    (True, False)
    """
    i = words.index("and")
    left = {_singular(w) for w in words[:i]} or {GENERIC_CLASS}
    right = {_singular(w) for w in words[i + 1 :]} or {GENERIC_CLASS}
    return any((a & left and b & right) or (a & right and b & left) for a, b in COMPLEMENTARY_GROUPS)


@lru_cache(maxsize=4096)
def _is_nationality(word: str) -> bool:
    """A nationality word ("dutch", "ukrainian", "palestinians"), by the list of the places' peoples or the
    gazetteer's grammar of adjectives of nationality."""
    if word in _DEMONYMS or gazetteer.demonym_country(word.title()) is not None:
        return True
    # a country's initials before a group say whose it is, as its people's adjective does: "U.S. service members"
    place = gazetteer.resolve(word.upper()) if len(word) <= 3 else None
    return place is not None and place.level == "country"


#: Nouns that only carry a nationality: "Dutch nationals", "Dutch citizens" and "Dutch people" count the Dutch.
_NATIONALITY_CARRIERS: Final[frozenset[str]] = frozenset("national nationals citizen citizens".split())


# ----------------------------------------------------------------------- places

#: Words that name a kind of place inside another: a hospital is not its city,
#: "northern Gaza" is not Gaza. When one place has such a word the other lacks,
#: they are different places.
LEVEL_WORDS: Final[frozenset[str]] = frozenset(
    """city town village camp district neighbourhood neighborhood suburb outskirts quarter
    hospital clinic school university mosque church synagogue market substation station venue hall
    building shelter shelters centre center facility facilities house houses home homes tower bakery compound
    base prison airport port bridge street road stairs restroom restrooms factory plant mall theatre
    theater hotel office restaurant farm kibbutz festival convoy checkpoint crossing site scene
    north northern south southern east eastern west western central""".split()
)

#: Kinds of place that are one site inside a town (a hospital, an airport, a mosque), not an area of it.
SITE_WORDS: Final[frozenset[str]] = LEVEL_WORDS - frozenset(
    """city town village district neighbourhood neighborhood suburb outskirts quarter
    north northern south southern east eastern west western central""".split()
) | {"venue"}

#: Administrative words that do not change the place: "Gaza Strip" is Gaza,
#: "Kirovohrad region" is Kirovohrad as tolls are reported.
ADMIN_WORDS: Final[frozenset[str]] = frozenset(
    "region regional province oblast governorate strip territory territories enclave country state area".split()
)

_PLACE_STOPWORDS: Final[frozenset[str]] = frozenset(
    """the of in on at near outside inside a an and or its their his her al el ad ash as ar one two three across
    several some many most part parts area areas""".split()
)

#: Kinds of place that name one another: "Crocus City Hall" is a venue.
KIND_SYNONYMS: Final[Mapping[str, str]] = {
    "hall": "venue",
    "theatre": "venue",
    "theater": "venue",
    "arena": "venue",
    "stadium": "venue",
    "concert": "venue",
    "club": "venue",
    "centre": "center",
    "shelters": "shelter",
    "homes": "home",
    "houses": "house",
    "facilities": "facility",
    "restrooms": "restroom",
    "penitentiary": "prison",
    "jail": "prison",
    "gaol": "prison",
    "harbour": "port",
    "harbor": "port",
    "masjid": "mosque",
    "cinema": "venue",
    # sites as they are named abroad, or by another word: "Estadio Nacional", "Ridgeline Academy", "the campsite"
    "estadio": "venue",
    "stade": "venue",
    "stadion": "venue",
    "auditorium": "venue",
    "nightclub": "venue",
    "academy": "school",
    "college": "school",
    "campsite": "camp",
    "campground": "camp",
    "aeropuerto": "airport",
    "aeroport": "airport",
    "mezquita": "mosque",
    "mine": "facility",
    "refinery": "plant",
    "warehouse": "facility",
}


def _kind(word: str) -> str | None:
    """The kind of place a word names (singular, synonyms merged), or None."""
    word = KIND_SYNONYMS.get(word, word)
    if word not in LEVEL_WORDS and word.endswith("s") and word[:-1] in LEVEL_WORDS:
        word = word[:-1]
    return KIND_SYNONYMS.get(word, word) if word in LEVEL_WORDS or word == "venue" else None


_OF_NAMED: Final[frozenset[str]] = frozenset(
    "city town village region province district governorate oblast state county island".split()
)


def _only_the_town(words: list[str], place: gazetteer.Place) -> bool:
    """Whether ``words`` say no more than the town's name: "Kabul" or "Gaza City" before "airport", not "Gondar
    University" before "Hospital" (an institution named after its town is one site, not any hospital there)."""
    own = {skeleton(w) for w in _ascii_words(place.name)}
    return all(w in ("the", "city", "town", "village") or skeleton(w) in own for w in words)


@lru_cache(maxsize=65536)
def place_key(location: str | None, within: tuple[str, ...] = ()) -> str | None:
    """The normalized tokens of a place as one string (sorted), or None when no place is given.

    Articles and Arabic "al-" are dropped, administrative words ("region", "Strip")
    too, "city of Derna" is Derna; names are reduced to a spelling-tolerant
    skeleton; words for kinds of places (:data:`LEVEL_WORDS`) are kept as they are.

    >>> place_key("Libya's coastal city of Derna") == place_key("Derna")
    True
    >>> place_key("a packed music venue"), place_key("a Gaza City hospital")
    ('~ venue', '~ hospital')

    ``within``: the regions the story is told in (:func:`gazetteer.resolve_within`): "Carlisle" in a story from
    Pennsylvania is Pennsylvania's.
    """
    if location is None or not isinstance(location, str):
        return None
    counted = _COUNTED_PLACES.match(location)
    if counted is not None:
        # "across six states": their sum, no one of them (and not "10 provinces" of one of two countries)
        return f"{TOGETHER_MARK} {SEVERAL_PLACES} {counted.group('count').lower()} {counted.group('kind').lower()}"
    together = _places_together(location, within)
    if together is not None:
        return together
    words = _ascii_words(location)
    if words and words[0] in ("a", "an"):
        # "a Gaza City hospital": some hospital, not named: only its kind can be compared
        kinds = [k for k in (_kind(w) for w in words) if k]
        return "~ " + kinds[-1] if kinds else None  # the head names the kind: "a Gaza City hospital" is a hospital
    for i in range(len(words) - 1, 0, -1):
        if words[i] == "of" and words[i - 1] in _OF_NAMED:
            words = words[i + 1 :]  # "the southern Ukrainian city of Zaporizhzhia" is Zaporizhzhia
            break
    tokens: set[str] = set()
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _PLACE_STOPWORDS or w in ADMIN_WORDS or w.isdigit():
            continue
        if w in ("city", "town", "village") and nxt == "of":
            continue
        kind = _kind(w)
        tokens.add(kind if kind else skeleton(w))
    # "the mine", "the stadium": a kind of place alone names no town (there is a Mine in Japan)
    only_kinds = all(w in _PLACE_STOPWORDS or _kind(w) for w in words)
    # "the valley", "the coast": a common noun names no town or region of that name (Valley, Alabama; Coast, Tanzania)
    named = any(ch.isupper() for ch in location)
    place = (
        None
        if only_kinds or not named
        else gazetteer.resolve_within(location, within)
        or (gazetteer.resolve_within(" ".join(words), within) if words else None)
    )
    kind = _kind(words[-1]) if words else None
    if place is not None and kind in SITE_WORDS | {"venue"} | _PART_OF_TOWN and _abroad(place, within):
        # "Dos de Mayo hospital" in a story from Lima: named for a date, not for a town in Argentina; "the Villa
        # Independencia neighbourhood" of a Chilean town is no Uruguayan village
        place = None
    if (
        place is not None
        and place.level == "city"
        and kind in SITE_WORDS | {"venue"}
        and gazetteer.resolve(" ".join(words[:-1])) == place
        and _only_the_town(words[:-1], place)
    ):
        # "a Gaza City hospital", "the Kabul airport": a site named by its town and kind only may be any
        # site of that kind in that town ("Al Noor hospital" there, or one named elsewhere in the story)
        codes = [CODE_MARK + code for code in (*gazetteer.ancestors(place), place.code)]
        return " ".join(["~", kind, *codes])
    if place is None and not only_kinds:
        # "the French Alps", "the Mexican coast", "a Greek island": a place the gazetteer lacks, named by its
        # country's adjective, lies in that country
        tokens.update(CODE_MARK + code for code in _countries_by_adjective(location))
    if place is not None and place.level == "city":
        # "central Berlin", "downtown Nairobi": a town's centre locates an incident no more closely than the town
        tokens -= {_kind(w) or skeleton(w) for w in words if w in _TOWN_CENTRE_WORDS}
    if place is not None:
        if place.level in ("country", "region", "county"):
            # a country, region or county is named by its code: "the U.S." is "United States", "Texas" is
            # "US-TX", "Maui" and "Maui County" are one county; it holds the places inside it named by name
            # (a word of its own name is no kind of place: "North Carolina" is no "north" of Carolina)
            own = {_kind(w) or skeleton(w) for w in _ascii_words(place.name)}
            tokens = {t for t in tokens if (t in LEVEL_WORDS or t in _KIND_NAMES) and t not in own}
            tokens.add(CODE_MARK + place.code)
        tokens.update(CODE_MARK + code for code in gazetteer.ancestors(place))
    return " ".join(sorted(tokens)) or None


#: The words that name a town's centre: "central Berlin", "downtown Nairobi".
_TOWN_CENTRE_WORDS: Final[frozenset[str]] = frozenset({"central", "downtown"})


def _countries_by_adjective(location: str) -> set[str]:
    """The countries whose adjectives of nationality name a place ("the French Alps": FR), not describe it
    ("Israeli towns" are any towns, and may be told beside other countries')."""
    words = _ADJECTIVE_BEFORE_NAME.findall(location)
    return {code for code in map(gazetteer.demonym_country, words) if code is not None}


#: A capitalised word right before another: the adjective in "the French Alps", not in "Israeli towns".
_ADJECTIVE_BEFORE_NAME = compile_pattern(r"\b(\p{Lu}\p{L}+)\s+\p{Lu}")


#: Marks the place key of places named together ("Kermanshah and Ilam"): their figure is their sum.
TOGETHER_MARK: Final[str] = "+"
#: The place key's word for places counted, not named ("six states", "both countries"): see :func:`place_key`.
SEVERAL_PLACES: Final[str] = "several"
#: Places counted rather than named: "six states", "the three countries", "both provinces", "all 36 states".
_COUNTED_PLACES = compile_pattern(
    rf"^\s*(?:across\s+|in\s+)?(?:the\s+|all\s+)?(?P<count>\d+|{SMALL_NUMBER_WORDS}|several|many|both|multiple)\s+"
    r"(?:[\p{L}-]+\s+)?(?P<kind>countries|nations|states|provinces|regions|districts|counties|prefectures|oblasts|"
    r"governorates|municipalities|departments|islands)\s*$",
    regex.IGNORECASE,
)


def _places_together(location: str, within: tuple[str, ...]) -> str | None:
    """The place key of two or more places the gazetteer knows, named together ("the provinces of Kermanshah
    and Ilam", "Mississippi and Alabama"), else None: one figure for both is neither's alone.

    A name the gazetteer knows whole ("Bosnia and Herzegovina") is one place.
    """
    if " and " not in location and "," not in location:
        return None
    words = location.split()
    for i in range(len(words) - 1, 0, -1):
        kind = words[i - 1].lower()
        if words[i].lower() == "of" and (kind in _OF_NAMED or kind.removesuffix("s") in _OF_NAMED):
            location = " ".join(words[i + 1 :])  # "the neighbouring provinces of Kermanshah and Ilam"
            break
    parts = [p for p in CONJUNCTS.split(location.strip()) if p.strip()]
    whole = gazetteer.resolve_within(location, within)
    if len(parts) < 2 or (whole is not None and (" and " not in location or " and " in whole.name)):
        return None  # ("Kerr County, Texas" is a county in its state; "Ohio, Indiana and Kentucky" is three)
    keys = []
    for part in parts:
        if gazetteer.resolve_within(part, within) is None:
            return None
        key = place_key(part, within)
        if key is None:
            return None
        keys.append(key)
    return " ".join([TOGETHER_MARK, *sorted(set(" ".join(keys).split()))])


#: Kinds of place inside a town: one named like a town abroad is the story's own.
_PART_OF_TOWN: Final[frozenset[str]] = frozenset({"neighbourhood", "neighborhood", "suburb", "quarter"})


def _abroad(place: gazetteer.Place, within: tuple[str, ...]) -> bool:
    """Whether a place lies outside every country a story is told from or in (none known: never)."""
    countries = {area.split("-", 1)[0] for area in within}
    return bool(countries) and place.country not in countries


#: Marks a token of a place key that is a gazetteer code ("@LY", "@US-TX"), not a word of the name.
CODE_MARK: Final[str] = "@"
_KIND_NAMES: Final[frozenset[str]] = frozenset(KIND_SYNONYMS.values()) | {"venue"}


def anywhere_in(code: str | None, *, sites: bool = True, region: str | None = None) -> str:
    """The place key of an unplaced figure in a document whose places all lie in one country.

    >>> anywhere = anywhere_in("LY")
    >>> compatible_places(anywhere, place_key("southern Libya")), compatible_places(anywhere, place_key("Crocus Hall"))
    (True, True)
    >>> compatible_places(anywhere_in("LY"), place_key("Lahaina"))
    False

    ``sites=False``: the figure's event names several sites, and it is at none of them. ``region``: the one state or
    province the document's placed figures lie in ("CD-KC"): the figure is anywhere in it, not in its neighbours.
    """
    parts = [ANYWHERE_MARK] + ([CODE_MARK + code] if code else []) + ([CODE_MARK + region] if code and region else [])
    parts += [] if sites else [NOT_A_SITE]
    return " ".join(parts)


def only_here(doc_id: str) -> str:
    """The place key of an unplaced figure in a document about several countries: comparable only within it."""
    return f"{DOCUMENT_MARK}{doc_id}"


@lru_cache(maxsize=262144)
def compatible_places(a: str | None, b: str | None) -> bool:
    """Whether two place keys (from :func:`place_key`) may be the same place.

    A missing place matches any place (the figure is not placed more precisely).
    Equal keys match. A key contained in the other matches when the extra words
    only name it more fully ("al-Ahli hospital", "Al Ahli Arab hospital"), not
    when they add a kind of place ("Gaza City" vs "Gaza City hospital").

    >>> compatible_places(None, "rfh"), compatible_places(place_key("Rafah"), place_key("Khan Younis"))
    (True, False)
    >>> compatible_places(place_key("a Gaza City hospital"), place_key("al-Ahli hospital"))
    True
    >>> compatible_places(place_key("a Gaza City hospital"), place_key("Gaza City"))
    False
    """
    if (a is not None and a.endswith(PART_MARK)) or (b is not None and b.endswith(PART_MARK)):
        # one of the places a toll is broken down by ("1,452 in Al Haouz and 764 in Taroudant") is a part of the
        # toll: never the unplaced whole, still any figure placed there
        if a is None or b is None or a.startswith(ANYWHERE_MARK) or b.startswith(ANYWHERE_MARK):
            return False
        return compatible_places(a.removesuffix(PART_MARK), b.removesuffix(PART_MARK))
    if a is None or b is None or a == b:
        return True
    if (a.startswith(TOGETHER_MARK) or b.startswith(TOGETHER_MARK)) and not (
        a.startswith(ANYWHERE_MARK) or b.startswith(ANYWHERE_MARK)
    ):
        return False  # "30 in Kermanshah and Ilam" is their sum: neither's toll, nor another place's
    if a.startswith(DOCUMENT_MARK) or b.startswith(DOCUMENT_MARK):
        return False  # an unplaced figure of a document about several places: its document's own
    if a.startswith(ANYWHERE_MARK) or b.startswith(ANYWHERE_MARK):
        # an unplaced figure: anywhere in its document's country (or anywhere unknown), and at no one site
        # when its event names several sites (their figures are parts of its toll)
        within, place = (a, b) if a.startswith(ANYWHERE_MARK) else (b, a)
        if NOT_A_SITE in within.split() and is_site(place):
            return False
        codes, own = _codes(place), _codes(within)
        if place.startswith(WHOLE_AREA_MARK) and codes and own and codes != own and own <= codes:
            # in a campaign, a county or region named as a whole is that area's count, a part of the total told
            # for the whole story ("25 deaths in Harris County" beside Texas's unplaced toll of 57)
            return False
        return not codes or not own or own <= codes or codes <= own
    if _codes(a) and _codes(b) and _country(a) != _country(b):
        return False
    if a.startswith(WHOLE_AREA_MARK + " ") and b.startswith(WHOLE_AREA_MARK + " "):
        # two areas each named as a whole in a campaign ("Kasai-Central", "neighbouring Kasai province"): one area
        # only when their own keys are
        return compatible_places(a[len(WHOLE_AREA_MARK) + 1 :], b[len(WHOLE_AREA_MARK) + 1 :])
    if _only_codes(a) or _only_codes(b):
        # a country, region or county named as a whole is that whole: the places inside it are its parts
        # ("68 died in Kerr County" and "82 across Texas" are a part and its whole, not two reports of one toll)
        if _namesake(a, b) or _namesake(b, a):
            return True
        return _only_codes(a) and _only_codes(b) and _codes(a) == _codes(b)
    if a.startswith("~") or b.startswith("~"):
        # an unnamed place ("a hospital", "a Gaza City hospital") may be any place of its kind, in its town
        if b.startswith("~") and not a.startswith("~"):
            a, b = b, a
        codes_a, codes_b = _codes(a), _codes(b)
        if codes_a and codes_b and not (codes_a <= codes_b or codes_b <= codes_a):
            return False
        kinds = set(a.split()) - {"~"} - codes_a
        other = set(b.split()) & (LEVEL_WORDS | {"venue"})
        if len(other & (SITE_WORDS | {"venue"})) > 1:
            return False  # "the airport and the metro station" are two sites, not one of them
        return kinds <= other if not b.startswith("~") else kinds == other
    ta, tb = set(a.split()) - _codes(a), set(b.split()) - _codes(b)
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not small <= large:
        return False
    return not (large - small) & LEVEL_WORDS


#: Marks the place key of an unplaced figure in a document about places in several countries.
DOCUMENT_MARK: Final[str] = pairs.OWN_PLACE_MARK
#: Marks the place key of an unplaced figure in a document whose places all lie in one country.
ANYWHERE_MARK: Final[str] = "*"
#: In such a key: the figure's event names several sites, so it is none of them.
NOT_A_SITE: Final[str] = "!site"
#: Ends the place key of a figure in a toll broken down by place: a part, never the unplaced whole.
PART_MARK: Final[str] = pairs.PART_PLACE_MARK


def is_site(key: str | None) -> bool:
    """Whether a place key names one site (a hospital, an airport, a venue), named or not.

    >>> is_site(place_key("Al Noor mosque")), is_site(place_key("a hospital")), is_site(place_key("Derna"))
    (True, True, False)
    """
    return bool(key) and bool(set(str(key).split()) & SITE_WORDS)


def is_town(key: str | None) -> bool:
    """Whether a place key names one town or city (a name with its country's code), not a site, area or mark.

    >>> is_town(place_key("Wajima")), is_town(place_key("Texas")), is_town(place_key("a hospital"))
    (True, False, False)
    """
    if not key or is_site(key) or str(key)[0] in (ANYWHERE_MARK, DOCUMENT_MARK, "~", WHOLE_AREA_MARK):
        return False
    tokens = str(key).removesuffix(PART_MARK).split()
    return any(t.startswith(CODE_MARK) for t in tokens) and any(
        not t.startswith(CODE_MARK) and t not in LEVEL_WORDS for t in tokens
    )


def _codes(key: str) -> set[str]:
    return {t for t in key.split() if t.startswith(CODE_MARK)}


def _namesake(area: str, other: str) -> bool:
    """Whether ``other`` names a province by its own name, as news does: "Van" for "Van province".

    ``area`` is the key of a region named as a whole; ``other`` a named place of its country whose name is the
    region's (the capital most provinces are named after, or the province itself, written short).
    """
    if not _only_codes(area) or _only_codes(other) or other.startswith(("~", ANYWHERE_MARK, DOCUMENT_MARK)):
        return False
    codes = _codes(area)
    finest = max(codes, key=len)[len(CODE_MARK) :]
    place = gazetteer.by_code(finest)
    if place is None or place.level != "region" or CODE_MARK + place.country not in _codes(other):
        return False
    words = set(other.split()) - _codes(other)
    return bool(words) and words == {skeleton(w) for w in _ascii_words(place.name)}


def _only_codes(key: str) -> bool:
    return all(t.startswith(CODE_MARK) for t in key.split())


def _country(key: str) -> str | None:
    """The country code of a place key (its shortest code), or None; None for places together in two countries."""
    codes = sorted(_codes(key), key=len)
    if key.startswith(TOGETHER_MARK) and len({c.split("-", 1)[0] for c in codes}) > 1:
        return None  # "Turkey and Syria": no one country
    return codes[0] if codes else None


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


def is_vague(surface: Any, words: Mapping[str, Any] = VAGUE_RANGES) -> bool:
    """Whether a figure is written as a vague word ("dozens", "hundreds of"), not a count.

    >>> is_vague("Dozens"), is_vague("hundreds of thousands"), is_vague("178"), is_vague("seven")
    (True, True, False, False)
    """
    if not isinstance(surface, str) or any(ch.isdigit() for ch in surface):
        return False
    return _vague_pattern(tuple(sorted(words, key=len, reverse=True))).search(surface) is not None


def vague_figures(claims: pd.DataFrame, words: Mapping[str, Any] | None = None) -> np.ndarray:
    """:func:`is_vague` of every claim's ``surface``, as a boolean array (each distinct surface once)."""
    vocabulary = words or VAGUE_RANGES
    return _mapped(claims["surface"], lambda s: is_vague(s, vocabulary)).to_numpy(bool)


@lru_cache(maxsize=8)
def _vague_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    return compile_pattern(r"\b(?:" + "|".join(regex.escape(w) for w in words) + r")\b", regex.IGNORECASE)


def report_date(claims: pd.DataFrame) -> pd.Series:
    """The date each figure was reported: ``claim_date`` for a running total, ``published`` for an incident.

    An incident's figure without a publication date falls back on its own date.
    A running total whose date the extractor left missing in a dated article is
    one the article itself calls earlier ("down from a previous toll of 115",
    "up from 80"): reported before the article, on a day it does not give, so it
    has no report date (and is compared only within its document), never the
    article's own day.
    """
    claim_date = pd.to_datetime(claims["claim_date"])
    published = pd.to_datetime(claims["published"])
    incident = claims["scope"].astype("string").fillna("cumulative").eq("incident").to_numpy()
    first = published.where(incident, claim_date)
    second = claim_date.where(incident)  # a running total: its own date only
    return first.fillna(second).dt.normalize()


def _mapped(column: pd.Series, fn: Any) -> pd.Series:
    """Apply ``fn`` once per distinct value of ``column`` (claims repeat a few subjects and places).

    Missing values (None, NaN, NA) are passed to ``fn`` as None. The result is built
    from the distinct results (so its dtype is theirs) and taken per claim.
    """
    if not len(column) or not (column.dtype == object or isinstance(column.dtype, pd.StringDtype)):
        values = column.astype(object).where(column.notna(), None)
        return values.map({v: fn(v) for v in pd.unique(values)})
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    results = [fn(v) for v in pd.Series(uniques, dtype=object).tolist()]
    if (codes < 0).any():
        codes = np.where(codes < 0, len(results), codes)
        results.append(fn(None))
    table = pd.Series(results, dtype=None if results else object)  # positional, as the codes are
    out = table.take(codes)
    out.index = column.index
    out.name = column.name
    return out


def placed_in_documents(claims: pd.DataFrame) -> pd.Series:
    """:func:`place_key` of every claim, an unplaced figure taking its document's place.

    In a campaign, a named country or region is that whole area only
    (:data:`WHOLE_AREA_MARK`: "Ukraine" is the national total, not
    Zaporizhzhia's). A document whose placed figures all lie in one country (as
    the gazetteer resolves them) gives its unplaced figures "anywhere in that
    country" (:func:`anywhere_in`): they are compared with figures placed in it
    and with unplaced ones of that country, never with another country's (where
    counted people come from, "five Indian nationals from Ghazipur district",
    places no figure of the story and adds no country). A
    document about several countries keeps its unplaced figures to itself
    (:func:`only_here`). A document with no resolvable place leaves them
    unplaced, matching any place. When an event that is one incident names two
    or more sites that cannot be one (an airport and a metro station), its
    unplaced figures are at none of them (their figures are parts of its toll).
    """
    # every property of a place is computed once per distinct place, then taken per claim
    codes, uniques = pd.factorize(place_keys(claims))  # the keys as they are: Arrow text is not boxed per claim
    distinct = np.asarray(uniques, dtype=object)
    country = np.array([_country(k) for k in distinct.tolist()] + [None], dtype=object)
    area = np.array([_only_codes(k) for k in distinct.tolist()] + [False], dtype=bool)
    site = np.array([is_site(k) for k in distinct.tolist()] + [False], dtype=bool)
    codes = np.where(codes < 0, len(distinct), codes)
    values = np.append(distinct, np.array([None], dtype=object))[codes]
    campaign = campaigns(claims)
    event = claims["event"].astype("string") if "event" in claims else pd.Series(pd.NA, index=claims.index)
    in_campaign = event.isin(campaign).fillna(False).to_numpy(bool)
    whole = in_campaign & area[codes]
    if whole.any():
        values[whole] = [f"{WHOLE_AREA_MARK} {k}" for k in values[whole].tolist()]
    county = np.array([_county_code(k) for k in distinct.tolist()] + [None], dtype=object)
    if county[codes].any():
        _town_for_county(values, event, claims["location"], county[codes] != None, ~in_campaign)  # noqa: E711
    # the hospital where the wounded are treated (and some of them die) is not where the event happened: neither
    # the injured there nor a part of the toll that died there makes it one of the event's sites
    treated = np.array([_is_care_site(k) for k in distinct.tolist()] + [False], dtype=bool)[codes]
    if "category" in claims:
        injured = claims["category"].astype("string").eq("injured").to_numpy(bool, na_value=False)
        part = (
            claims["role"].astype("string").ne("figure").to_numpy(bool, na_value=False) if "role" in claims else False
        )
        treated &= injured | part
    named = _named_for_its_event(claims) & ~in_campaign
    if named.any():
        values[named] = None  # "the toll from the Kartalkaya hotel fire": the event's whole toll, wherever told
    long_before = _long_before(claims)  # a past disaster recalled: read by every step below
    # (a past disaster recalled at its own site, "the 1917 blast in Halifax harbour", is no site of this event)
    event_site = site[codes] & ~in_campaign & ~treated & ~named & ~long_before
    # (read before a one-site event's site gives way to its town: the kinds of site tell sites from areas)
    _one_place_of_incident(claims, values, event, ~in_campaign & ~treated & ~named & ~care_site(values))
    _one_site_is_its_town(claims, values, event, event_site)
    missing = pd.isna(values).astype(bool)
    unknown = _per_place(pd.Series(values, dtype=object), _unknown_name).astype(bool) & ~long_before
    if not missing.any() and not unknown.any():
        return pd.Series(values, index=claims.index, dtype=object)
    several_sites = _events_with_sites(event, values, event_site)
    # each document's countries, from its distinct (document, country) pairs, on integer codes
    doc_code, doc_names = pd.factorize(claims["doc_id"], use_na_sentinel=False)  # Arrow text as it is, not boxed
    country_values = country[codes]
    if "document_place" in claims:
        # the dateline's or headline's place is where the document is told from
        dateline = _per_place(place_keys(claims.assign(location=claims["document_place"])), _country_or_none)
        country_values = np.concatenate([country_values, dateline])
        doc_of = np.concatenate([doc_code, doc_code])
    else:
        doc_of = doc_code
    country_code, _ = pd.factorize(country_values)  # -1 where no country
    known = country_code >= 0
    if len(country_values) > len(claims):
        # a dateline abroad is where the reporter files from ("CAIRO" for Gaza, "NAIROBI" for Mogadishu): it adds a
        # country only to a document whose figures are placed in none
        placed_docs = np.unique(doc_of[: len(claims)][known[: len(claims)] & ~long_before])
        known[len(claims) :] &= ~np.isin(doc_of[len(claims) :], placed_docs)
    # a past disaster quoted for comparison ("the 1964 crush in Lima, Peru") does not make a story about two countries
    known[: len(claims)] &= ~long_before
    # where the counted people come from is not where the event is: "five Indian nationals from Ghazipur district"
    # among a Nepal crash's dead does not make the story one about two countries
    known[: len(claims)] &= ~_counts_where_from(claims)
    pairs = np.unique(doc_of[known].astype(np.int64) * (int(country_code.max(initial=0)) + 1) + country_code[known])
    n_docs = len(doc_names)
    n_countries = np.bincount((pairs // (int(country_code.max(initial=0)) + 1)).astype(np.int64), minlength=n_docs)
    first_country = np.full(n_docs, None, dtype=object)
    first_country[doc_of[known]] = country_values[known]  # any one of them: used only where there is one
    one_region = _documents_one_region(values, doc_code, n_docs, ~long_before)
    rows = np.flatnonzero(missing)
    row_docs = doc_code[rows]
    sites = ~event.iloc[rows].isin(several_sites).fillna(False).to_numpy(bool)
    # one key per (document, sites) pair, then taken per row
    slot = row_docs.astype(np.int64) * 2 + sites
    distinct_slots, slot_of = np.unique(slot, return_inverse=True)
    keys: list[Any] = []
    names = np.asarray(doc_names, dtype=object)  # boxed once: indexing Arrow text one value at a time costs
    for value in distinct_slots.tolist():
        d, at_sites = divmod(value, 2)
        if n_countries[d] > 1:
            keys.append(only_here(str(names[d])))
        elif n_countries[d] == 1 or not at_sites:
            code = first_country[d][len(CODE_MARK) :] if n_countries[d] == 1 else None
            keys.append(anywhere_in(code, sites=bool(at_sites), region=one_region[d]))
        else:
            keys.append(None)
    values[rows] = np.asarray(keys, dtype=object)[slot_of]
    _credited_to_a_country(claims, values, rows)
    told_by_place = ~missing & ~in_campaign & ~treated & ~named & ~site[codes] & ~long_before
    parts = _mark_parts(claims, values, event, told_by_place)
    parts += _mark_towns_of_a_document(claims, values, event, told_by_place, missing)
    # the injured a hospital took in are its share of the injured: compared with its own other counts, never with
    # the toll of all the injured ("it had received more than 60 wounded" beside the ministry's 143)
    for r in np.flatnonzero(treated & ~missing & ~in_campaign).tolist():
        if isinstance(values[r], str) and not values[r].endswith(PART_MARK):
            values[r] = f"{values[r]}{PART_MARK}"
    _towns_of_a_breakdown_are_parts(values, event, missing, parts)
    for r in np.flatnonzero(unknown).tolist():
        # a place the gazetteers lack ("North Rhine-Westphalia") lies in its document's one country: never in
        # another country's (read after the parts: it is still no town the gazetteers know)
        if n_countries[doc_code[r]] == 1 and isinstance(values[r], str) and CODE_MARK not in values[r]:
            values[r] = f"{first_country[doc_code[r]]} {values[r]}"  # (before a part's mark, which ends a key)
    return pd.Series(values, index=claims.index, dtype=object)


def _unknown_name(key: Any) -> bool:
    """Whether a place key names a place the gazetteers lack: words only, no code, no mark."""
    return (
        isinstance(key, str)
        and key[:1] not in (ANYWHERE_MARK, DOCUMENT_MARK, "~", TOGETHER_MARK, WHOLE_AREA_MARK)
        and (CODE_MARK not in key)
    )


def _credited_to_a_country(claims: pd.DataFrame, values: np.ndarray, rows: np.ndarray) -> None:
    """In a document whose placed figures lie in one country, an unplaced figure credited to another country's own
    body is that other country's ("Belgium's crisis centre put the toll at 20" in a live story of German floods): it
    lies somewhere there, and is not compared with the first country's figures. (In a document about several
    countries, unplaced figures stay the document's own, credited or not.)

    A country's diplomats count its people abroad ("Egypt's foreign ministry said 31 pilgrims died"): their figures
    stay the document's own.
    """
    if "source" not in claims or not len(rows):
        return
    countries = _mapped(claims["source"].iloc[rows], _owning_country).to_numpy(object)
    credited = pd.notna(countries)  # (a str or None per row): only the rows a country's own body credits are read
    for r, code in zip(rows[credited].tolist(), countries[credited].tolist(), strict=True):
        key = values[r]
        if (
            isinstance(code, str)
            and isinstance(key, str)
            and key.startswith(ANYWHERE_MARK)
            and (CODE_MARK + code not in key.split())
        ):
            values[r] = anywhere_in(code)


@lru_cache(maxsize=4096)
def _owning_country(source: str | None) -> str | None:
    """The country that owns a source by its possessive ("Belgium's national crisis centre": BE), unless the
    source is its foreign service; else None.

    >>> _owning_country("Belgium's national crisis centre"), _owning_country("Egypt's foreign ministry")
    ('BE', None)
    """
    owner = POSSESSIVE_NAME.search(source) if source else None
    if owner is None or _source_nation(source) is not None:
        return None
    place = gazetteer.resolve(owner.group(1))
    return place.country if place is not None and place.level == "country" else None


def _counts_where_from(claims: pd.DataFrame) -> np.ndarray:
    """Whether each claim counts people by their origin: one country's nationals, or people with no harm said
    (category ``other``: "the passengers included 15 foreigners from Pune")."""
    out = np.zeros(len(claims), dtype=bool)
    if "subject" in claims:
        # each distinct subject's class tested once, then taken per claim
        out |= _mapped(claims["subject"], _counts_nationals).to_numpy(bool)
    if "category" in claims:
        out |= claims["category"].astype("string").eq("other").to_numpy(bool, na_value=False)
    return out


def _counts_nationals(subject: str | None) -> bool:
    """Whether a subject counts one country's nationals ("Indian nationals": its class is "nationals of IN")."""
    nationals = _nationality_class(subject_class(subject))
    return isinstance(nationals, str) and nationals.startswith(NATIONALS_CLASS_PREFIX)


def _towns_of_a_breakdown_are_parts(
    values: np.ndarray, event: pd.Series, missing: np.ndarray, parts: list[int]
) -> None:
    """A town an event's toll is broken down by is a part wherever else the event counts its dead there.

    "Wajima and Suzu accounted for 44 and 31 deaths" makes each town's count a part of the quake's toll; so is
    "in neighbouring Wajima, where the number of dead reached 92", told days later: compared with Wajima's other
    counts, never with the unplaced toll ("the prefecture's toll reached 206"). Places the breakdown does not name
    ("Sitapur district", the whole the villages lie in) keep their place. ``parts`` are the rows
    :func:`_mark_parts` marked.
    """
    towns: dict[Any, set[str]] = {}
    for i in parts:
        key = str(values[i]).removesuffix(PART_MARK)
        if is_town(key):
            towns.setdefault(event.iloc[i], set()).add(key)
    if not towns:
        return
    rows = np.flatnonzero(~missing & event.isin(set(towns)).fillna(False).to_numpy(bool))
    # each distinct (event, key) once: an event's figures name few places
    found = pd.DataFrame({"event": event.iloc[rows].to_numpy(object), "key": values[rows]})
    for (name, place), group in found.groupby(["event", "key"], sort=False, dropna=True):
        if (
            isinstance(place, str)
            and not place.endswith(PART_MARK)
            and is_town(place)
            and any(compatible_places(place, t) for t in towns[name])
        ):
            values[rows[group.index.to_numpy()]] = f"{place}{PART_MARK}"


def sentence_codes(f: pd.DataFrame) -> np.ndarray:
    """One code per sentence: the document, where the sentence starts, and its text (a claim without a
    sentence is alone in its own). Codes of the document and of the sentence text, factorized: no
    per-claim strings are built.
    """
    start = f["sentence_start"].to_numpy(np.int64)
    doc = pd.factorize(f["doc_id"], use_na_sentinel=False)[0].astype(np.int64)
    if SENTENCE_COLUMN in f:  # the text already factorized by prepare
        sentence = f[SENTENCE_COLUMN].cat.codes.to_numpy(np.int64)
        sentences = f[SENTENCE_COLUMN].cat.categories
    else:
        sentence, sentences = pd.factorize(f["sentence"])
    sentence = np.where(sentence < 0, len(sentences) + np.arange(len(f)), sentence).astype(np.int64)
    doc_sentence = pd.factorize(doc * (len(sentences) + len(f)) + sentence)[0]
    return np.asarray(
        pd.factorize(doc_sentence.astype(np.int64) * (int(start.max(initial=0)) + 1) + start)[0], dtype=np.int64
    )


def _mark_parts(claims: pd.DataFrame, values: np.ndarray, event: pd.Series, placed: np.ndarray) -> list[int]:
    """Mark the figures of a toll broken down by place in one sentence as parts (:data:`PART_MARK`); the rows marked.

    "Al Haouz has recorded 1,452 deaths and Taroudant 764": two or more figures of one event and category placed in
    one sentence at places that cannot be one are each a part of the event's toll, so none is compared with its
    unplaced figures ("the toll rose to 2,012"), while each still is with figures placed where it is.
    """
    marked: list[int] = []
    if "category" not in claims or not placed.any():
        return marked
    category = claims["category"].astype("string").fillna("").to_numpy(object)
    events = event.fillna("").to_numpy(object)
    if "part_of" in claims and "claim_id" in claims:
        # the whole a sentence breaks down ("41 in Sitapur district: 21 in Rampur Kalan, 12 in ...") is no part
        wholes = set(claims["part_of"].dropna().astype(str).tolist())
        if wholes:
            placed = placed & ~claims["claim_id"].astype(str).isin(wholes).to_numpy(bool)
    rows = np.flatnonzero(placed)
    # the sentence codes the checker made for its rules (:func:`sentence_codes`), else made here
    sentence = claims["_sentence"].to_numpy(np.int64) if "_sentence" in claims else sentence_codes(claims)
    found = pd.DataFrame(
        {
            "row": rows,
            "event": events[rows],
            "category": category[rows],
            "sentence": sentence[rows],
            "key": values[rows],
        }
    )
    # a breakdown is told in one sentence, not pieced together from figures of the event's places reported apart;
    # only the sentences that place figures of one kind in two places or more are read one by one
    cell = ["event", "category", "sentence"]
    found = found[found.groupby(cell, sort=False)["key"].transform("nunique").gt(1)]
    if found.empty:
        return marked
    # the cells read one by one as slices of lists (a campaign's breakdowns are many: no DataFrame per cell)
    codes = found.groupby(cell, sort=False).ngroup().to_numpy(np.int64)
    order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    keys, rows_of = found["key"].to_numpy(object)[order].tolist(), found["row"].to_numpy(np.int64)[order].tolist()
    for lo, hi in zip([0, *bounds.tolist()], [*bounds.tolist(), len(order)], strict=True):
        places = list(dict.fromkeys(keys[lo:hi]))
        if len(places) > 1 and any(not compatible_places(a, b) for i, a in enumerate(places) for b in places[i + 1 :]):
            for r in rows_of[lo:hi]:
                values[r] = f"{values[r]}{PART_MARK}"
                marked.append(r)
    return marked


def _mark_towns_of_a_document(
    claims: pd.DataFrame, values: np.ndarray, event: pd.Series, placed: np.ndarray, unplaced: np.ndarray
) -> list[int]:
    """Mark as parts (:data:`PART_MARK`) the town figures of a document that gives its toll unplaced and counts
    it in two towns or more, sentence by sentence.

    "The number confirmed killed rose to 3,976 ... More than 1,700 of the dead were in Tacloban ... In Guiuan,
    the mayor said 101 had died": a story that tells the whole toll without a place and the dead of several
    towns apart tells parts of that toll; each town's figure is compared with other figures placed there, never
    with the unplaced toll. The town the event is told from (:func:`_events_own_towns`: "Lac-Megantic", where a
    neighbour's count is also told) stays the toll's place. The rows marked.
    """
    if "category" not in claims or not placed.any() or not unplaced.any():
        return []
    rows = np.flatnonzero(placed)
    # each distinct place once: a million claims name few towns
    key_code, keys = pd.factorize(pd.Series(values[rows], dtype=object))
    town = np.array([isinstance(k, str) and is_town(k) and not k.endswith(PART_MARK) for k in keys.tolist()] + [False])
    rows = rows[town[key_code]]
    if not len(rows):
        return []
    category, _ = pd.factorize(claims["category"], use_na_sentinel=False)
    doc, _ = pd.factorize(claims["doc_id"], use_na_sentinel=False)
    cell = doc.astype(np.int64) * (int(category.max(initial=0)) + 1) + category
    found = pd.DataFrame({"row": rows, "event": event.iloc[rows].to_numpy(object), "cell": cell[rows]})
    found["key"] = values[rows]
    # (only a document that tells that kind's toll unplaced too breaks it down)
    broken_down = found[np.isin(found["cell"].to_numpy(), cell[unplaced])]
    if broken_down.empty:
        return []
    own_town = _events_own_towns(claims, found, event)
    found = broken_down
    marked: list[int] = []
    for (name, _), group in found.groupby(["event", "cell"], sort=False, dropna=False):
        own = own_town.get(name)
        group = group[[own is None or not compatible_places(own, k) for k in group["key"].tolist()]]
        places = sorted(set(group["key"].tolist()))
        if any(not compatible_places(a, b) for i, a in enumerate(places) for b in places[i + 1 :]):
            for r, key in zip(group["row"].tolist(), group["key"].tolist(), strict=True):
                values[r] = f"{key}{PART_MARK}"
                marked.append(r)
    return marked


def _events_own_towns(claims: pd.DataFrame, found: pd.DataFrame, event: pd.Series) -> dict[Any, str]:
    """Per event of ``found`` (rows, their event and town key), the town its stories are told from: the one its
    datelines and placed figures name most often (a tie names none)."""
    names: dict[Any, Counter[str]] = {}
    sizes = found.groupby(["event", "key"], sort=False, dropna=False).size()
    for (name, key), n in zip(sizes.index.tolist(), sizes.tolist(), strict=True):
        names.setdefault(name, Counter())[str(key)] += int(n)
    if "document_place" in claims:
        # every story of those events, whichever figures it placed
        of_events = (event.isin(set(names)) & claims["document_place"].notna()).to_numpy(bool)
        lines = pd.DataFrame(
            {
                "doc": claims["doc_id"].to_numpy(object)[of_events],
                "event": event.to_numpy(object)[of_events],
                "line": claims["document_place"].to_numpy(object)[of_events],
            }
        ).drop_duplicates(["doc", "event"])
        for name, line in zip(lines["event"].tolist(), lines["line"].tolist(), strict=True):
            key = place_key(line) if isinstance(line, str) else None
            if key is not None and is_town(key):
                names.setdefault(name, Counter())[key] += 2  # a dateline tells where the story is told from
    own: dict[Any, str] = {}
    for name, counted in names.items():
        ranked = counted.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            own[name] = ranked[0][0]
    return own


def _documents_one_region(values: np.ndarray, doc_code: np.ndarray, n_docs: int, current: np.ndarray) -> list[Any]:
    """Per document, the one state or province its placed figures name ("CD-KC"), else None.

    "A cholera outbreak in Kasai-Central has killed 48 ... MSF said at least 70 had died in the outbreak": a story
    told in one province is about that province, so its unplaced figures are not its neighbour's ("In neighbouring
    Kasai province, 12 have died"). A document whose figures name two regions, or none, gives none.
    """
    regions: list[set[str]] = [set() for _ in range(n_docs)]
    # each distinct (document, place) once: a million claims hold few of them
    key_code, keys = pd.factorize(pd.Series(values[current], dtype=object), use_na_sentinel=True)
    pairs = np.unique(doc_code[current].astype(np.int64) * (len(keys) + 1) + (key_code + 1))
    region_of = [
        {c[len(CODE_MARK) :] for c in _codes(k) if _REGION_CODE.fullmatch(c)}
        if isinstance(k, str) and not k.startswith((ANYWHERE_MARK, DOCUMENT_MARK))
        else set()
        for k in keys.tolist()
    ]
    # only the pairs whose place names a region (most name none, and a set updated with nothing is unchanged)
    named = np.array([False] + [bool(r) for r in region_of], dtype=bool)
    docs, places = np.divmod(pairs, len(keys) + 1)
    for d, k in zip(docs[named[places]].tolist(), places[named[places]].tolist(), strict=True):
        regions[d].update(region_of[k - 1])
    return [next(iter(r)) if len(r) == 1 else None for r in regions]


#: A gazetteer code of a first-level region ("@CD-KC", "@US-TX"), not a country's, a county's or a place's.
_REGION_CODE = compile_pattern(r"@[A-Z]{2}-[A-Z0-9]{1,3}")

#: A figure dated this many days or more before its report is about a past event, quoted for comparison.
PAST_EVENT_DAYS: Final[int] = 365


def _long_before(claims: pd.DataFrame) -> np.ndarray:
    """Which figures are dated a year or more before their report: a past disaster recalled, not today's story."""
    if not {"claim_date", "published"} <= set(claims.columns):
        return np.zeros(len(claims), dtype=bool)
    gap = pd.to_datetime(claims["published"]) - pd.to_datetime(claims["claim_date"])
    return (gap >= pd.Timedelta(days=PAST_EVENT_DAYS)).to_numpy(bool, na_value=False)


#: A toll of an event named by its place: "the death toll from the Kartalkaya hotel fire", "victims of the Tarnow
#: bombing". The place names the event, not a part of it: the figure is the whole event's toll.
EVENT_NAMED_TOLL = compile_pattern(
    r"\b(?:toll|tally|dead|deaths|victims|killed|died|casualties|number\s+of\s+(?:dead|deaths|victims))\s+"
    r"(?:from|of|in|at)\s+(?:the\s+|(?:last|this)\s+\w+['\u2019]s\s+|\w+day['\u2019]s\s+)?"
    r"(?P<name>(?:\p{Lu}[\p{L}\-'\u2019]*\s+){1,3}(?:[\p{Ll}\-]+\s+){0,2}?)"
    r"(?:fire|blaze|inferno|quake|earthquake|floods?|flooding|bombings?|attacks?|crash|collapse|shooting|stampede|"
    r"explosion|blast|storm|disaster|landslide|derailment|sinking|shipwreck|siege|massacre|raid|ambush|standoff|"
    r"eruption|avalanche|capsizing|crush|accident|collision|tragedy|poisoning)\b"
)


def _named_for_its_event(claims: pd.DataFrame) -> np.ndarray:
    """Which killed or injured figures are placed by their event's name ("the toll from the X hotel fire")."""
    out = np.zeros(len(claims), dtype=bool)
    if not {"location", "category", "sentence"} <= set(claims.columns) or claims.empty:
        return out
    toll = claims["category"].astype("string").isin(["killed", "injured"]).to_numpy(bool, na_value=False)
    toll = toll & claims["location"].notna().to_numpy(bool)
    if not toll.any():
        return out
    candidates = np.flatnonzero(search_texts(EVENT_NAMED_TOLL, _sentences(claims), rows=toll))
    texts = claims["sentence"].iloc[candidates].astype(object).tolist()
    places = claims["location"].iloc[candidates].astype(object).tolist()
    for row, text, place in zip(candidates.tolist(), texts, places, strict=True):
        names = [m.group("name").strip() for m in EVENT_NAMED_TOLL.finditer(text)]
        out[row] = any(str(place) in name or name in str(place) for name in names)
    return out


def _one_site_is_its_town(claims: pd.DataFrame, keys: np.ndarray, event: pd.Series, at_site: np.ndarray) -> None:
    """In an event whose toll is told at one site only, the toll at the site is the toll of its town (in place).

    "34 died in the Gazipur factory fire" and "the toll rose to 37 in Gazipur" are one toll: the fire was at the
    factory. The site's kind is dropped from its key, keeping its name ("Gazipur"); a site named only by its kind
    ("the factory") becomes unplaced. An event whose toll figures stand at two or more sites keeps them apart, and
    an unnamed site ("a Gaza City hospital": some hospital there) stays a site.
    """
    if not at_site.any() or not {"claim_date", "published", "scope", "category"} <= set(claims.columns):
        return
    toll = (one_toll(claims) & claims["category"].isin(["killed", "injured"])).to_numpy(bool) & at_site
    if not toll.any():
        return
    sites = pd.DataFrame({"event": event.to_numpy(object)[toll], "key": keys[toll]}).dropna()
    one = sites.groupby("event")["key"].nunique()
    single = set(one.index[one.eq(1)])
    if not single:
        return
    for row in np.flatnonzero(toll):
        if event.iloc[row] in single and not str(keys[row]).startswith("~"):
            named = [t for t in str(keys[row]).split() if t != "~" and t not in LEVEL_WORDS and t not in _KIND_NAMES]
            keys[row] = " ".join(named) or None


#: The categories whose figures are an incident's toll, told at its place however the place is named.
INCIDENT_TOLL_CATEGORIES: Final[tuple[str, ...]] = ("killed", "injured", "missing")


def _one_place_of_incident(claims: pd.DataFrame, keys: np.ndarray, event: pd.Series, eligible: np.ndarray) -> None:
    """In an event that is one incident, its toll is told at one place, however each report names it.

    One outlet places a crash "near Kualanamu International Airport", another "in Medan"; a school shooting is in
    "Carlisle" and at "Westbrook High School"; a flood "in Ariège" and "at the Les Saules campsite". The gazetteer
    cannot relate a venue, an airport or a district it lacks to its town, so those keys stay apart and the two
    reports of one toll are never compared. When every pair of an event's toll places that do not match involves
    a place the gazetteer cannot place (a site, or a name it lacks), and no one voice in one document gives figures
    at two of them (a breakdown: "nine at the market and four at the bus station"), the toll figures become
    unplaced: their document's country, as any unplaced figure. Two places the gazetteer knows apart ("Mississippi"
    and "Alabama", two towns) keep their figures apart. Rewrites ``keys`` in place.
    """
    if "category" not in claims or not eligible.any():
        return
    category = claims["category"].astype("string").to_numpy(object)
    placed = np.array([isinstance(k, str) for k in keys.tolist()], dtype=bool)
    rows = np.flatnonzero(
        eligible & placed & event.notna().to_numpy(bool) & np.isin(category, INCIDENT_TOLL_CATEGORIES)
    )
    if len(rows) < 2:
        return
    events = event.to_numpy(object)
    several = pd.Series(keys[rows]).groupby(events[rows]).nunique()  # one place named: nothing to relate
    of_candidates = np.isin(events, several.index[several.to_numpy() > 1].tolist())
    if not of_candidates[rows].any():
        return
    toll = np.zeros(len(claims), dtype=bool)
    toll[of_candidates] = one_toll(claims[of_candidates]).to_numpy(bool)  # read on the whole event: its onset
    toll[of_candidates] &= ~in_care(claims[of_candidates])  # those still in hospital are counted where they lie
    rows = rows[toll[rows]]
    # per kind of count: the dead are told at the scene while the injured lie in a neighbouring town's hospitals
    per_event: dict[Any, set[str]] = {}
    for ev, cat, key in zip(events[rows].tolist(), category[rows].tolist(), keys[rows].tolist(), strict=True):
        per_event.setdefault((ev, cat), set()).add(key)
    candidates = {told for told, places in per_event.items() if len(places) > 1 and _unknown_apart(places)}
    rows = rows[[(events[r], category[r]) in candidates for r in rows.tolist()]]
    if not len(rows):
        return
    voice = claims["source"].iloc[rows].astype(object).tolist() if "source" in claims else [None] * len(rows)
    who_counted = (
        subject_classes(claims.iloc[rows]).astype(object).tolist() if "subject" in claims else [None] * len(rows)
    )
    said: dict[tuple[Any, ...], set[str]] = {}
    for row, who, counted in zip(rows.tolist(), voice, who_counted, strict=True):
        speaker = source_key(who) if isinstance(who, str) else None
        # one voice's figures of one quantity (the dead, the injured officers) at two places: a breakdown
        quantity_told = (events[row], claims["doc_id"].iat[row], category[row], counted)
        said.setdefault(quantity_told, set()).add(f"{speaker}\t{keys[row]}")
    broken_down: set[Any] = set()
    for (ev, *_), told in said.items():
        if ev in broken_down or len(told) < 2:
            continue
        spoken = [t.split("\t", 1) for t in sorted(told)]
        for i, (who_a, place_a) in enumerate(spoken):
            for who_b, place_b in spoken[i + 1 :]:
                one_voice = who_a == "None" or who_b == "None" or same_organisation(who_a, who_b)
                if one_voice and not compatible_places(place_a, place_b):
                    broken_down.add(ev)
    unify = rows[~np.isin(events[rows], list(broken_down))]
    keys[unify] = None


def _unknown_apart(places: set[str]) -> bool:
    """Whether some of these place keys do not match, and every two that do not could still be one place.

    They could when one is a place the gazetteer knows (a town, a region) and the other a site it cannot place
    (an airport, a school, a stadium), or when both are sites of one kind named two ways ("Alejandro Villanueva
    stadium", "Alianza Lima's stadium"). Two known places, two countries, two kinds of site (an airport and a
    metro station), an unknown name that is no site (a province the gazetteers lack: "Al Haouz") or two unknown
    names are apart.
    """
    ordered = sorted(places)
    apart = [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :] if not compatible_places(a, b)]
    if not apart or len({c for k in ordered if (c := _country(k))}) > 1:
        return False
    kinds = {k: set(k.split()) & (SITE_WORDS | {"venue"}) for k in ordered}
    known = {k: bool(_codes(k)) and not kinds[k] for k in ordered}

    def one_place(a: str, b: str) -> bool:
        if _named_alike(a, b):
            return True  # "Hathras" and "Hathras district": one incident's town and the area named for it
        # a name the gazetteers lack that is no site may be an area of its own ("Al Haouz", a quake's province)
        if known[a] or known[b]:
            return not (known[a] and known[b]) and bool(kinds[b] if known[a] else kinds[a])
        return len(kinds[a]) == 1 and kinds[a] == kinds[b]

    return all(one_place(a, b) for a, b in apart)


def _named_alike(a: str, b: str) -> bool:
    """Whether two place keys name a town and the district named for it ("Quetta", "Quetta district").

    Not a territory and its city ("Gaza", "Gaza City"): only an area word (:data:`AREA_NAME_WORDS`) may differ.
    """
    words_a, words_b = set(a.split()) - _codes(a), set(b.split()) - _codes(b)
    names_a, names_b = words_a - AREA_NAME_WORDS, words_b - AREA_NAME_WORDS
    return bool(names_a) and names_a == names_b and words_a != words_b


#: Words for an administrative area named for its chief town ("Hathras district", "Van province"); a county the
#: gazetteers know is keyed by its code, and one they lack is no town's namesake.
AREA_NAME_WORDS: Final[frozenset[str]] = AREA_NOUNS - {"county"}


def care_site(keys: np.ndarray) -> np.ndarray:
    """Which place keys name a place of care (a hospital, a clinic): its counts are its own, never the incident's."""
    codes, distinct = pd.factorize(pd.Series(keys, dtype=object))  # each distinct place once, not once a claim
    care = np.array([_is_care_site(k) for k in distinct.tolist()] + [False], dtype=bool)
    return care[np.where(codes < 0, len(distinct), codes)]


#: Kinds of site where people are treated: the injured counted there were hurt elsewhere.
CARE_SITES: Final[frozenset[str]] = frozenset({"hospital", "clinic"})


def _is_care_site(key: str) -> bool:
    """Whether a place key names a hospital or a clinic ("Dhaka Medical College Hospital", "a hospital")."""
    return bool(set(key.split()) & CARE_SITES)


def _county_code(key: str) -> str | None:
    """The county code of a key that names a US county as a whole ("Maui County"), else None."""
    if not _only_codes(key):
        return None
    return next((t[len(CODE_MARK) :] for t in key.split() if t.startswith(CODE_MARK + "fips:")), None)


def _town_for_county(
    values: np.ndarray, event: pd.Series, locations: pd.Series, at_county: np.ndarray, eligible: np.ndarray
) -> None:
    """A county's figures are its one town's when that town is the only place in it an event's figures name.

    US disasters are reported by the town they struck and by its county in turn
    ("the Lahaina fire", "Maui's toll"): when an event (not a campaign) places
    figures in a county and in exactly one town inside it, the county's toll is
    that town's. Two or more towns of the county make its figures their whole.
    Rewrites ``values`` (the place keys) in place.
    """
    events = event.to_numpy(object)
    has_event = event.notna().to_numpy(bool) & eligible
    counties: dict[Any, set[str]] = {}
    for ev, key in zip(events[has_event & at_county].tolist(), values[has_event & at_county].tolist(), strict=True):
        counties.setdefault(ev, set()).add(str(_county_code(key)))
    if not counties:
        return
    candidates = has_event & ~at_county & pd.Series(events).isin(list(counties)).to_numpy(bool)
    towns: dict[tuple[Any, str], set[str]] = {}
    seen: set[tuple[Any, str]] = set()
    for row in np.flatnonzero(candidates).tolist():
        key, ev = values[row], events[row]
        if not isinstance(key, str) or (ev, key) in seen or key.startswith("~") or is_site(key) or _only_codes(key):
            continue
        seen.add((ev, key))
        fips = gazetteer.county_of(gazetteer.resolve(locations.iat[row]))
        if fips is not None and fips in counties[ev]:
            towns.setdefault((ev, fips), set()).add(key)
    for row in np.flatnonzero(has_event & at_county).tolist():
        town = towns.get((events[row], str(_county_code(values[row]))), set())
        if len(town) == 1:
            values[row] = next(iter(town))


def _per_place(keys: pd.Series, fn: Callable[[Any], Any]) -> np.ndarray:
    """``keys.map(fn)`` as an object array, ``fn`` called once per distinct key (a million claims name few places)."""
    codes, distinct = pd.factorize(keys.to_numpy(object))
    table = np.array([fn(k) for k in np.asarray(distinct, dtype=object).tolist()] + [fn(None)], dtype=object)
    return table[np.where(codes < 0, len(distinct), codes)]


def _country_or_none(key: Any) -> str | None:
    return _country(key) if isinstance(key, str) else None


#: Marks a country or region named in a campaign: that whole area, not any place in it.
WHOLE_AREA_MARK: Final[str] = "="


def _events_with_sites(event: pd.Series, keys: np.ndarray, at_site: np.ndarray) -> set[Any]:
    """The events whose figures are placed at two or more sites that cannot be one (an airport and a metro station)."""
    sited = event[at_site].to_numpy(object)  # the rows at a site only: boxing every claim's event costs
    found = pd.DataFrame({"event": sited, "key": keys[at_site]}).dropna().drop_duplicates()
    out = set()
    for name, group in found.groupby("event", sort=False):
        places = group["key"].tolist()
        if any(not compatible_places(a, b) for i, a in enumerate(places) for b in places[i + 1 :]):
            out.add(name)
    return out


def subject_classes(claims: pd.DataFrame) -> pd.Series:
    """:func:`subject_class` of every claim."""
    return _mapped(claims["subject"], subject_class)


def place_keys(claims: pd.DataFrame) -> pd.Series:
    """:func:`place_key` of every claim (None when no place is given), each read inside its story's regions.

    A story's regions are the states or provinces the datelines and the figures' places of its documents (its
    event's, or its document's when no event is known) name as a whole ("CARLISLE, Pa.", "in Mississippi"): a
    name several places share is read as the one inside them.
    """
    if "doc_id" not in claims or claims.empty:
        return _mapped(claims["location"], place_key)
    story = claims["doc_id"].astype("string")
    if "event" in claims:
        story = claims["event"].astype("string").fillna(story)
    regions = _story_regions(claims, story)
    if not any(regions):
        return _mapped(claims["location"], place_key)
    doc_codes = pd.factorize(story, use_na_sentinel=False)[0]
    area_codes, areas = pd.factorize(np.asarray([" ".join(r) for r in regions], dtype=object)[doc_codes])
    location_codes, locations = pd.factorize(claims["location"])
    width = len(locations) + 1
    pair_codes, pairs = pd.factorize(
        area_codes.astype(np.int64) * width + np.where(location_codes < 0, len(locations), location_codes)
    )
    named = pd.Series(locations, dtype=object).tolist() + [None]
    keys = [place_key(named[int(p % width)], tuple(str(areas[int(p // width)]).split())) for p in pairs.tolist()]
    return pd.Series(np.asarray(keys, dtype=object)[pair_codes], index=claims.index, dtype=object)


def _story_regions(claims: pd.DataFrame, story: pd.Series) -> list[tuple[str, ...]]:
    """Per story (in order of first appearance), the region codes its datelines and its figures' places name, and
    the country codes of its datelines ("LIMA -": "PE"), where the story is told from.

    A story's unambiguous places (names every reading of which lies in one country) vote for its country: the
    country most of them lie in comes first, and an ambiguous dateline is read inside it ("VALENCIA" beside
    Paiporta and Catarroja is Spain's, not Venezuela's).
    """
    doc_codes, docs = pd.factorize(story, use_na_sentinel=False)
    found: list[dict[str, None]] = [{} for _ in range(len(docs))]
    names: list[list[str]] = [[] for _ in range(len(docs))]  # each column's distinct places per story: the votes
    datelines: list[tuple[int, str]] = []
    for column in ("location", "document_place"):
        if column not in claims:
            continue
        places = _story_places(claims[column], doc_codes)
        region = {name: _region_of(name) for name in dict.fromkeys(n for _, n in places)}
        for d, name in places:
            if (code := region[name]) is not None:
                found[d].setdefault(code, None)
            names[d].append(name)
        if column == "document_place":
            datelines = places
    top = [gazetteer.voted_country(n) for n in names]
    # a dateline is where the story is told from: its country, read inside the voted one when it can be
    for d, name in datelines:
        voted = top[d]
        told = gazetteer.resolve_within(name, (voted,)) if voted else gazetteer.resolve(name)
        if told is not None and told.country:
            found[d].setdefault(told.country, None)
    out = []
    for d, f in enumerate(found):
        voted = top[d]
        if voted is None:
            out.append(tuple(f))
        else:  # the voted country before the other countries
            areas = [c for c in f if "-" in c]
            out.append(tuple([*areas, voted, *(c for c in f if "-" not in c and c != voted)]))
    return out


def _story_places(column: pd.Series, doc_codes: np.ndarray) -> list[tuple[int, str]]:
    """Each distinct (story, place) of a column, stories in order and each story's places as first named."""
    codes, places = pd.factorize(column)
    named = [str(p) for p in pd.Series(places, dtype=object).tolist()]
    placed = codes >= 0
    width = len(places) + 1
    # each distinct (story, place) once, in order (as events._distinct_pairs; a cycle forbids importing it)
    pairs = np.sort(pd.unique(doc_codes[placed].astype(np.int64) * width + codes[placed])).tolist()
    return [(pair // width, named[pair % width]) for pair in pairs]


def _region_of(location: str) -> str | None:
    """The region code a place names as a whole or lies in, for places the gazetteer reads without doubt: a
    region ("Mississippi") or a town written with its state ("CARLISLE, Pa.")."""
    place = gazetteer.resolve(location)
    if place is None or place.region is None:
        return None
    return place.region if place.level == "region" or "," in location else None


def _subject_class_codes(subject: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """``pd.factorize(subject_classes(...).astype("string"))`` of a subject column, each distinct subject once."""
    codes, uniques = pd.factorize(subject)
    distinct = pd.Series(uniques, dtype=object).tolist()
    if (codes < 0).any():
        codes = np.where(codes < 0, len(distinct), codes)
        distinct.append(None)
    classes = subject_classes(pd.DataFrame({"subject": pd.Series(distinct, dtype=object)})).astype("string")
    class_codes, class_uniques = pd.factorize(classes, use_na_sentinel=False)
    return class_codes[codes] if len(codes) else codes, class_uniques


#: The scope part of the key of a figure that is its event's one toll, however worded.
TOLL_SCOPE: Final[str] = "toll"

#: A running total over many incidents: a war, an occupation, a protest wave, a season's floods
#: ("since the war began", "since October 7", "in the offensive", "since mid-June").
_CAMPAIGN_NOUNS = (
    # (not a compound that names no armed conflict: "a pitch invasion", "a price war", "a home invasion")
    r"(?<!\b(?:pitch|home|field|price|trade|bidding|culture|word|flame|talent|console|turf|ad)\s)"
    r"(?:wars?|conflict|offensive|invasion|campaign|fighting|hostilities|occupation|insurgency)|"
    # a siege of a city lasts; a siege at one site ("the hotel siege") is one incident
    # (nor one that lasted hours: "the day-long siege", "a 15-hour siege")
    r"(?<!\b(?:hotel|school|mall|theatre|theater|church|mosque|hospital|embassy|bank|restaurant|campus|building|"
    r"supermarket|cafe|compound|office|plant|factory|university|college|dormitory|hostel|club|nightclub|"
    r"(?:day|hour|hours|night)-long|\d+-hour|(?:one|two|three|four|five|six|seven|[1-7])-day|overnight)\s)"
    r"siege(?!\s+of\s+(?:almost\s+|nearly\s+|about\s+|more\s+than\s+|some\s+)?[\w-]+\s+hours)|"
    r"bombardment|crackdown|uprising|protests|unrest|monsoon|"
    # a season of disasters, not a football or a holiday season
    r"(?:rainy|wet|hurricane|typhoon|storm|fire|wildfire|flu|cyclone|flood|dry)\s+season"
)
CAMPAIGN_CUES = compile_pattern(
    rf"\b(?:{_CAMPAIGN_NOUNS}|"
    # (since the start of the war, of an outbreak; not of a pilgrimage, a festival or a rescue: an event of days)
    r"since\s+(?:the\s+(?:start|beginning|outbreak|onset)"
    r"(?!\s+of\s+(?:the\s+)?+(?!(?:outbreak|epidemic|pandemic|violence|clashes)\b)\w)|(?:early|mid|late)[\s-]+\w+|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\b|\d{4}|\d{1,2}\s+\w+))\b",
    regex.IGNORECASE,
)
#: A superlative measured since a date ("the deadliest since April 2009", "the worst since Oct. 3, 2013").
_SUPERLATIVE_SINCE_DATE = compile_pattern(
    rf"{SUPERLATIVE_BEFORE_SINCE}(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\b)",
    regex.IGNORECASE,
)
#: A superlative measured from a war long over: "the worst mass killing since the war", "the deadliest attack since
#: the end of the civil war".
_SUPERLATIVE_SINCE_WAR = compile_pattern(
    rf"{SUPERLATIVE_BEFORE_SINCE}(?:(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:[\p{{L}}\d-]+\s+){{0,2}}?(?:wars?|conflict)\b|"
    # ... or from the day a campaign began: "the deadliest attack since the group began its insurgency in 2007"
    r"[^.;,]{0,60}?\b(?:began|launched|started|took\s+up)\s+(?:its|their|his|an?|the)\s+(?:[\p{L}-]+\s+)?"
    r"(?:wars?|conflict|insurgency|rebellion|uprising|campaign|offensive|fighting)\b)",
    regex.IGNORECASE,
)
#: A crackdown: a campaign that answers an event ("3,150 detained in a crackdown since the blast").
_CRACKDOWN = compile_pattern(r"\bcrackdown\b", regex.IGNORECASE)
#: The words of :data:`CAMPAIGN_CUES` that name a campaign itself (a war, protests, a monsoon), not a date.
CAMPAIGN_NOUN_CUES = compile_pattern(rf"\b(?:{_CAMPAIGN_NOUNS})\b", regex.IGNORECASE)

#: A count over a period inside the event ("in the past 24 hours", "overnight", "on Sunday alone"):
#: the deaths of one day are never the event's toll.
PERIOD_CUES = compile_pattern(
    r"\b(?:(?:past|last|previous|preceding)\s+(?:\d+|twenty-four|24|48|72|few)?\s*(?:hours?|days?|week|night)"
    r"(?!['\u2019]s?\b)|"  # (not "last week's attack": the event, told by when it was)
    r"overnight|alone|(?:a|per|each)\s+day|daily|a\s+single\s+day)\b",
    regex.IGNORECASE,
)

#: A running total over a year, a season or a long run ("so far this year", "since January", "every year", "since
#: 1941"): a count of many incidents over that period, never one incident's toll, even in a story about one.
YEAR_PERIOD_CUES = compile_pattern(
    r"\b(?:(?:so\s+far\s+|earlier\s+)?this\s+(?:year|season)|since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+)?year|"
    r"january)|(?:every|each|per|a)\s+year|annually|last\s+year|in\s+(?:19|20)\d\d\s+alone|"
    # a long run's tally: "since 1941, more than 3,000 have died in the country's mines"
    r"since\s+(?:19|20)\d\d|since\s+records\s+began|(?:over|in)\s+the\s+(?:past|last)\s+(?:decade|\w+\s+(?:years|decades)))\b",
    regex.IGNORECASE,
)

#: Another event the story's one came days, weeks or months after, and its toll: "It came less than a month after a
#: swarm of tornadoes killed more than 300", "The disaster struck weeks after earthquakes on Lombok killed 500" (not
#: "Days after the quake killed 300, rescuers ...", where the clause tells of the story's own event).
ANOTHER_EVENT_BEFORE = compile_pattern(
    r"\b(?:struck|came|comes|hit|happened|occurred|followed|follows)\s+(?:(?:less\s+than|just|only|barely|about|some|"
    r"more\s+than)\s+)?(?:a\s+|an\s+|\w+\s+)?(?:days?|weeks?|months?|fortnight|year)\s+after\b[^.;]{3,180}?"
    r"\b(?:killed|killing|left|leaving|claimed)\b[^.;,]{0,40}$",  # (the window ends at the figure)
    regex.IGNORECASE,
)
_ANOTHER_EVENT_WORDS = compile_pattern(r"\b(?:days?|weeks?|months?|fortnight|year)\s+after\b", regex.IGNORECASE)

#: An event named as news names its own: "the Camp Fire", "the Woolsey Fire", "Hurricane Harvey", "Typhoon Haiyan"
#: (the name without its "the").
NAMED_EVENT = compile_pattern(
    r"\b(?:(?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Storm)\s+\p{Lu}[\p{L}\-]+"
    # (a fire's name takes "the": "Cal Fire", "London Fire Brigade" are the firefighters)
    r"|(?<=\b[Tt]he\s+)(?:\p{Lu}[\p{L}\-]+\s+){1,2}(?:Complex\s+)?Fire(?!\s+(?:Brigade|Department|Service|Chief)))\b"
)
_NAMED_EVENT_WORDS = compile_pattern(r"Fire\b|Hurricane|Typhoon|Cyclone|Storm\s+\p{Lu}")
#: How far before a figure the event its clause names is looked for.
NAMED_EVENT_REACH: Final[int] = 160


def _another_named_event(claims: pd.DataFrame, event: pd.Series, sentences: pd.Series, rows: np.ndarray) -> np.ndarray:
    """Which figures (among ``rows``) are the toll of another event the story names, not of its own.

    A story names its own event most ("the Camp Fire"); "The Woolsey Fire, which broke out the same day, killed
    three people" tells another event's toll beside it. A figure whose clause names, before it, an event of
    another name and not the story's own is that event's, never the story's toll.
    """
    out = np.zeros(len(claims), dtype=bool)
    named = search_texts(_NAMED_EVENT_WORDS, sentences, rows=event.notna().to_numpy(bool))
    if not (named & rows).any():
        return out
    # each event's own name: the one its sentences name most (each distinct sentence once)
    found = pd.DataFrame({"event": event.to_numpy(object)[named], "sentence": sentences.to_numpy(object)[named]})
    counts: dict[Any, Counter[str]] = {}
    for name, text in found.drop_duplicates().itertuples(index=False):
        for m in NAMED_EVENT.finditer(str(text)):
            counts.setdefault(name, Counter())[_event_name(m.group())] += 1
    own = {name: c.most_common(1)[0][0] for name, c in counts.items()}
    if not {"start", "sentence_start"} <= set(claims.columns):
        return out
    start = (claims["start"] - claims["sentence_start"]).to_numpy(np.int64)
    events = event.to_numpy(object)
    for r in np.flatnonzero(named & rows).tolist():
        text = str(sentences.iloc[r])
        before = [
            _event_name(m.group())
            for m in NAMED_EVENT.finditer(text, max(0, start[r] - NAMED_EVENT_REACH), max(0, start[r]))
        ]
        story = own.get(events[r])
        out[r] = bool(before) and story is not None and before[-1] != story and story not in before
    return out


def _event_name(name: str) -> str:
    """An event's name as compared: "the Camp Fire" and "Camp Fire" are one."""
    return " ".join(name.lower().split())


#: An event reported across more days than this is a campaign, not one incident.
CAMPAIGN_DAYS: Final[int] = 60
#: ... and reported in at least this many months: a one-day event's coverage and one report months on (an
#: inquiry, a verdict) are no campaign.
CAMPAIGN_MONTHS: Final[int] = 3

#: How long before its first report an event may have begun: coverage found later ("two weeks after the
#: fire") still dates the incident it is about, and so does an anniversary piece a year on ("to mark the first
#: anniversary of the fire that killed 112"), which may be the only report of its event in a corpus.
ONSET_LOOKBACK_DAYS: Final[int] = 400

#: Days before and after an event's start in which an incident figure's own date makes it the event.
ONSET_BEFORE_DAYS: Final[int] = 3
ONSET_AFTER_DAYS: Final[int] = 1

#: Categories whose incident and running counts stay apart: people taken hostage (an event) are not
#: the hostages still held (a stock that falls as they are freed).
SEPARATE_SCOPES: Final[frozenset[str]] = frozenset({"hostages"})


#: The column in which :func:`claimcheck.check` keeps the claims' sentences as a categorical (see
#: :func:`sentence_categories`), for the cues searched in them.
SENTENCE_COLUMN: Final[str] = "_sentence_text"


def sentence_categories(claims: pd.DataFrame) -> pd.Series:
    """The claims' sentences as a categorical: each distinct sentence once (a million claims stand in far fewer)."""
    if "sentence" not in claims:
        return pd.Series(pd.Categorical([None] * len(claims)), index=claims.index)
    codes, uniques = pd.factorize(claims["sentence"])
    # codes from factorize are valid by construction: checking a million of them again costs
    categorical = pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(uniques), validate=False)
    return pd.Series(categorical, index=claims.index)


def _sentences(claims: pd.DataFrame) -> pd.Series:
    """The claims' sentences, categorical where :func:`claimcheck.check` made them so (missing where none)."""
    if SENTENCE_COLUMN in claims:
        return claims[SENTENCE_COLUMN]
    if "sentence" in claims:
        return claims["sentence"]
    return pd.Series(None, index=claims.index, dtype="string")


#: Where :func:`claimcheck.check` keeps the campaigns of the frame it prepares, found once for every reader.
CAMPAIGNS_ATTR: Final[str] = "claimcheck_campaigns"


def campaigns(claims: pd.DataFrame) -> set[str]:
    """The events of the claims that are campaigns: many incidents under one running total.

    An event is a campaign when one of its running totals says so
    (:data:`CAMPAIGN_CUES`: a war, an offensive, protests, "since October 7")
    or it is reported over more than :data:`CAMPAIGN_DAYS`. The arrests of a
    crackdown that answered a bombing run over a campaign, its dead do not: a
    crackdown told only of others than the dead, injured and missing makes no
    campaign of a disaster or an attack. A record measured from a campaign's
    start ("the deadliest since the group began its insurgency") and the start
    of an event of days ("since the start of the pilgrimage") say nothing.
    """
    if "event" not in claims or claims.empty:
        return set()
    known = claims.attrs.get(CAMPAIGNS_ATTR)
    if isinstance(known, frozenset):
        return set(known)
    event = claims["event"].astype("string")
    scope = claims["scope"] if "scope" in claims else pd.Series("cumulative", index=claims.index)
    cumulative = scope.astype("string").fillna("cumulative").ne("incident")
    cue = search_texts(CAMPAIGN_CUES, _sentences(claims), rows=cumulative.to_numpy(bool))
    if cue.any():
        # "the deadliest quake since April 2009, when ...": a disaster recalled, no war's start
        recalled = search_texts(_SUPERLATIVE_SINCE_DATE, _sentences(claims), rows=cue)
        if recalled.any():
            cue &= ~recalled | search_texts(CAMPAIGN_NOUN_CUES, _sentences(claims), rows=recalled)
    if cue.any():
        # "the worst mass killing in Japan since the war": a record measured from a war long over, no war of the story
        measured = search_texts(_SUPERLATIVE_SINCE_WAR, _sentences(claims), rows=cue)
        if measured.any():
            at = np.flatnonzero(measured)
            cue = cue.copy()
            cue[at] = _cued_without(_SUPERLATIVE_SINCE_WAR, _sentences(claims), at)
    if cue.any():
        # a year's tally beside one attack ("militants have killed 410 in the province since January") is
        # background, not the story's own running total: "since January" makes no campaign without a war's word
        yearly = _near_figure(claims, _sentences(claims), YEAR_PERIOD_CUES, after=120, rows=cue)
        if yearly.any():
            cue &= ~yearly | search_texts(CAMPAIGN_NOUN_CUES, _sentences(claims), rows=yearly)
    if cue.any() and "category" in claims:
        # the arrests of a crackdown after a bombing: a campaign that answers the event counts other people than its
        # dead; only in unrest or a war is a crackdown the event
        harm = claims["category"].astype("string").isin(INCIDENT_TOLL_CATEGORIES).to_numpy(bool, na_value=False)
        unrest = event.str.contains(UNREST_EVENT_ID, regex=True).to_numpy(bool, na_value=False)
        answer = np.flatnonzero(search_texts(_CRACKDOWN, _sentences(claims), rows=cue & ~harm & ~unrest))
        if len(answer):
            cue = cue.copy()
            cue[answer] = _cued_without(_CRACKDOWN, _sentences(claims), answer)
    published = pd.to_datetime(claims["published"] if "published" in claims else pd.Series(pd.NaT, index=claims.index))
    frame = pd.DataFrame(
        {"event": event, "cue": cue, "published": published, "month": published.dt.to_period("M")}
    ).dropna(subset=["event"])
    per_event = frame.groupby("event", sort=False).agg(
        cue=("cue", "any"), first=("published", "min"), last=("published", "max"), months=("month", "nunique")
    )
    span = (per_event["last"] - per_event["first"]).dt.days.fillna(0)
    long = span > CAMPAIGN_DAYS
    if long.any():
        # reported over months, month after month, or a disaster that lasts (a storm's, a flood's toll is counted for
        # months): a fire's coverage and its inquiry's report five months on are no campaign
        few_months = long & (per_event["months"] < CAMPAIGN_MONTHS)
        sentences = _sentences(claims)
        for name in per_event.index[few_months.to_numpy()]:
            rows = event.eq(name).fillna(False).to_numpy(bool)
            if not _tells_a_lasting_disaster(sentences[rows]):
                long[name] = False
    return {str(e) for e in per_event.index[(per_event["cue"] | long).to_numpy()]}


def _cued_without(words: regex.Pattern[str], sentences: pd.Series, rows: np.ndarray) -> np.ndarray:
    """Whether each sentence at ``rows`` still names a campaign (:data:`CAMPAIGN_CUES`) with ``words`` blanked out
    ("the deadliest since the war", "a crackdown"): each distinct sentence read once."""
    texts = sentences.iloc[rows].astype(str).tolist()
    still = {t: CAMPAIGN_CUES.search(words.sub(" ", t)) is not None for t in set(texts)}
    return np.array([still[t] for t in texts], dtype=bool)


def _tells_a_lasting_disaster(sentences: pd.Series) -> bool:
    """Whether the sentences name a kind of event that lasts (a storm, a flood, a war, an outbreak, protests)."""
    return any(not LASTING_KINDS.isdisjoint(event_kinds(str(text))) for text in pd.unique(sentences.astype(object)))


#: People still being cared for ("remain in hospital", "in critical condition"): a count of the injured
#: now, which falls as they are discharged, not how many were hurt.
IN_CARE_CUES = compile_pattern(
    r"\b(?:(?:remain(?:s|ed)?|still|are|is)\s+(?:\w+\s+){0,2}?(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed|"
    r"being\s+treated|receiving\s+treatment|under\s+treatment)|in\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+"
    r"condition|in\s+intensive\s+care)\b",
    regex.IGNORECASE,
)

#: The scope part of the key of a count of people in care (see :data:`IN_CARE_CUES`).
IN_CARE_SCOPE: Final[str] = "in care"

#: How badly the injured were hurt, said of the figure itself: "29 were seriously hurt", "440 suffered minor
#: injuries", "12 critically wounded". Such a count is the injured of one severity, a part of the injured.
SEVERITY_CUES = compile_pattern(
    r"\b(?:(?P<serious>seriously|severely|critically|gravely|badly)|(?P<minor>slightly|lightly|moderately))\s+"
    r"(?:injured|hurt|wounded|burned|burnt)\b"
    r"|\b(?:(?P<serious2>serious|severe|critical|grave|life[- ]threatening)"
    r"|(?P<minor2>minor|light|slight|superficial))\s+"
    r"(?:injuries|injury|wounds|burns)\b",
    regex.IGNORECASE,
)
#: The scope part of the key of a count of the injured of one severity: the severity is added ("severity serious").
SEVERITY_SCOPE: Final[str] = "severity"


def severity(claims: pd.DataFrame) -> np.ndarray:
    """Per claim, "serious" or "minor" when an injured figure counts only the injured of that severity, else None.

    >>> claims = pd.DataFrame({"category": ["injured", "injured", "injured"], "start": [0, 0, 9],
    ...     "end": [3, 2, 11], "sentence_start": [0, 0, 0],
    ...     "sentence": ["323 were injured.", "29 were seriously hurt.", "Of them, 40 suffered minor injuries."]})
    >>> severity(claims).tolist()
    [None, 'serious', 'minor']
    """
    found = np.full(len(claims), None, dtype=object)
    if "category" not in claims or claims.empty:
        return found
    injured = claims["category"].astype("string").eq("injured").fillna(False).to_numpy(bool)
    if not injured.any():
        return found
    near = _near_figure(claims, _sentences(claims), SEVERITY_CUES, before=0, after=40, rows=injured)
    if not near.any():
        return found
    for r, cue, anothers in _cues_after_figure(claims, np.flatnonzero(near), SEVERITY_CUES, reach=40):
        if cue is not None and not anothers:  # ("323 were injured, 29 of them seriously": the 29 are)
            found[r] = "serious" if (cue.group("serious") or cue.group("serious2")) else "minor"
    return found


#: The column in which :func:`claimcheck.check` keeps :func:`in_care` of the frame it prepares.
IN_CARE_COLUMN: Final[str] = "_in_care"


def in_care(claims: pd.DataFrame) -> np.ndarray:
    """Which injured figures count people still in care, a stock that falls, not the injured toll.

    >>> claims = pd.DataFrame({"category": ["injured", "injured"], "start": [0, 0], "end": [2, 2],
    ...     "sentence_start": [0, 0], "sentence": ["40 were hurt.", "12 remain in hospital."]})
    >>> in_care(claims).tolist()
    [False, True]
    """
    if IN_CARE_COLUMN in claims:  # found once by claimcheck.check for every reader
        return claims[IN_CARE_COLUMN].to_numpy(bool)
    if "category" not in claims or claims.empty:
        return np.zeros(len(claims), dtype=bool)
    injured = claims["category"].astype("string").eq("injured").fillna(False).to_numpy(bool)
    if not injured.any():
        return injured
    # the cue is the predicate of the figure's own noun phrase, which may run long ("Thirty people injured
    # in the blast remain in hospital")
    near = _near_figure(claims, _sentences(claims), IN_CARE_CUES, before=20, after=100, rows=injured)
    if not near.any() or not {"end", "sentence_start"} <= set(claims.columns):
        return near
    # ... but not another figure's: "Fourteen were injured, three of whom remain in hospital" (the three are)
    for i, cue, anothers in _cues_after_figure(claims, np.flatnonzero(near), IN_CARE_CUES, reach=100):
        if cue is not None and anothers:
            near[i] = False
    return near


def _cues_after_figure(claims: pd.DataFrame, rows: np.ndarray, pattern: Any, reach: int) -> list[tuple[int, Any, bool]]:
    """Per row, the first cue in the ``reach`` characters after its figure (None when there is none), and whether
    another figure stands before that cue, making it that figure's ("323 were injured, 29 of them seriously")."""
    if {"end", "sentence_start"} <= set(claims.columns):
        ends = (claims["end"] - claims["sentence_start"]).to_numpy(np.int64)[rows].tolist()
    else:
        ends = [0] * len(rows)
    texts = _sentences(claims).iloc[rows].to_numpy(object).tolist()
    found = []
    for r, text, end in zip(rows.tolist(), texts, ends, strict=True):
        after = str(text)[max(0, end) : max(0, end) + reach]
        cue = pattern.search(after)
        found.append((r, cue, cue is not None and _ANOTHER_FIGURE.search(after, 0, cue.start()) is not None))
    return found


#: A figure of its own between a figure and a cue after it: the cue is that figure's ("..., three of whom remain").
_ANOTHER_FIGURE = compile_pattern(
    rf"\b(?:\d[\d,.]*|{SMALL_NUMBER_WORDS}|dozens|hundreds)\b"
    r"|\b(?:some|most|many|all|half)\s+of\s+(?:whom|them|those|these)\b",
    regex.IGNORECASE,
)


#: A partitive after a figure: "18 of the adults", "four of them" count some of a group, not the group.
_PARTITIVE_AFTER = compile_pattern(r"\s*(?:of|out\s+of)\s+(?:the|them|those|these|whom|which|its|their)\b", regex.I)

#: The column in which :func:`claimcheck.check` keeps :func:`own_count_parts` of the frame it prepares.
OWN_COUNT_COLUMN: Final[str] = "_own_count"


def own_count_parts(claims: pd.DataFrame) -> np.ndarray:
    """Which parts of a toll count a named group in full: "the dead include 40 adults", "among them 12 children".

    Such a part is that group's count, as "40 adults were killed" would be, so it
    is compared with other counts of the same group. A partitive ("18 of the
    adults", "two of them") counts some of a group and is not; nor is a part of
    people in general ("four of the victims").

    >>> claims = pd.DataFrame({"role": ["part", "part", "part"], "subject": ["adults", "adults", "victims"],
    ...     "start": [17, 4, 4], "end": [19, 6, 6], "sentence_start": [0, 0, 0],
    ...     "sentence": ["The dead include 40 adults.", "Now 18 of the adults are named.", "Now 18 victims named."]})
    >>> own_count_parts(claims).tolist()
    [True, False, False]
    """
    if OWN_COUNT_COLUMN in claims:
        return claims[OWN_COUNT_COLUMN].to_numpy(bool)
    if not {"role", "subject"} <= set(claims.columns) or claims.empty:
        return np.zeros(len(claims), dtype=bool)
    part = claims["role"].astype("string").eq("part").fillna(False).to_numpy(bool)
    rows = np.flatnonzero(part)  # the parts' subjects and sentences only: most claims are no part
    part[rows] = _mapped(claims["subject"].iloc[rows], subject_class).to_numpy(object) != GENERIC_CLASS
    if not part.any() or not {"start", "end", "sentence_start", "sentence"} <= set(claims.columns):
        return part
    end = (claims["end"] - claims["sentence_start"]).to_numpy(np.int64)
    rows = np.flatnonzero(part)
    for i, text in zip(rows.tolist(), claims["sentence"].iloc[rows].to_numpy(object).tolist(), strict=True):
        if isinstance(text, str) and _PARTITIVE_AFTER.match(text, max(0, int(end[i]))):
            part[i] = False
    return part


#: How far (characters) before and after a figure a cue about that figure is looked for.
CUE_WINDOW: Final[int] = 50


def _after_in_sentence(claims: pd.DataFrame, sentences: pd.Series, pattern: Any, rows: np.ndarray) -> np.ndarray:
    """Whether ``pattern`` occurs after each claim's figure before its sentence ends (among ``rows``)."""
    if not {"end", "sentence_start"} <= set(claims.columns):
        return search_texts(pattern, sentences, rows=rows)
    end = (claims["end"] - claims["sentence_start"]).to_numpy(np.int64)
    hits = np.flatnonzero(search_texts(pattern, sentences, rows=rows))
    out = np.zeros(len(claims), dtype=bool)
    for text, i in zip(sentences.iloc[hits].to_numpy(object).tolist(), hits.tolist(), strict=True):
        rest = _SENTENCE_END.split(text[max(0, end[i]) :], maxsplit=1)[0]
        out[i] = bool(pattern.search(rest))
    return out


_SENTENCE_END = compile_pattern(r"[.;!?](?:\s|$)")


def _near_figure(
    claims: pd.DataFrame,
    sentences: pd.Series,
    pattern: Any,
    before: int = CUE_WINDOW,
    after: int = CUE_WINDOW,
    rows: np.ndarray | None = None,
    sentence_pattern: Any = None,
) -> np.ndarray:
    """Whether ``pattern`` occurs from ``before`` characters before each claim's figure to ``after`` after it.

    A cue elsewhere in a long sentence speaks of another clause ("six have died, after one of the
    wounded died overnight"). Without offsets the whole sentence is searched. Only ``rows`` (a
    boolean mask) are searched, when given. ``sentence_pattern`` picks the sentences to look in (default
    ``pattern``), for a pattern anchored at the window's end.
    """
    if not {"start", "end", "sentence_start"} <= set(claims.columns):
        return search_texts(sentence_pattern or pattern, sentences, rows=rows)
    start = (claims["start"] - claims["sentence_start"]).to_numpy(np.int64)
    end = (claims["end"] - claims["sentence_start"]).to_numpy(np.int64)
    hits = np.flatnonzero(search_texts(sentence_pattern or pattern, sentences, rows=rows))
    texts = sentences.iloc[hits].to_numpy(object)  # only the candidates' text: boxing a million costs
    out = np.zeros(len(claims), dtype=bool)
    for text, i in zip(texts.tolist(), hits.tolist(), strict=True):
        window = text[max(0, start[i] - before) : max(0, end[i]) + after]
        out[i] = bool(pattern.search(window))
    return out


def _onsets(
    claims: pd.DataFrame, event: pd.Series, scope: pd.Series, published: pd.Series, claim_date: pd.Series
) -> pd.Series:
    """When each claim's event began: its first report, or the earliest incident it dates to the day before it.

    Only incidents dated to the day (``claim_date_precision``) and at most
    :data:`ONSET_LOOKBACK_DAYS` before the first report count: a past disaster
    quoted by year or month ("a 1983 quake") does not move the start. Only the
    dead, injured and missing (:data:`INCIDENT_TOLL_CATEGORIES`) date it: what
    others did before ("two men who had met the bomber on 19 December", arrests,
    a rally) is not when the event struck.
    """
    key = event.fillna("")
    first = published.groupby(key, sort=False).transform("min")
    precision = (
        claims["claim_date_precision"].astype("string").fillna("day")
        if "claim_date_precision" in claims
        else pd.Series("day", index=claims.index, dtype="string")
    )
    toll_kind = (
        claims["category"].isin(INCIDENT_TOLL_CATEGORIES).to_numpy(bool)
        if "category" in claims
        else np.ones(len(claims), dtype=bool)
    )
    dated = (
        scope.eq("incident").fillna(False)
        & toll_kind
        & precision.eq("day").fillna(False)
        & claim_date.notna()
        & (claim_date >= first - pd.Timedelta(days=ONSET_LOOKBACK_DAYS))
    )
    earliest = claim_date.where(dated).groupby(key, sort=False).transform("min")
    return earliest.where(earliest < first, first).fillna(first)


def one_toll(claims: pd.DataFrame) -> pd.Series:
    """Which figures are their event's one toll, whatever the wording's scope.

    One event's toll is one quantity whether a sentence says "the quake killed
    at least 310" (incident) or "the death toll stands at 295" (cumulative):
    in an event that is one incident (a quake, a fire, a bombing, a crash), its
    running totals and the incident figures dated at its start (or undated)
    are one toll. A campaign (a war, a protest wave, a monsoon season: an
    event whose running totals say so, :data:`CAMPAIGN_CUES`, or reported over
    more than :data:`CAMPAIGN_DAYS`) keeps its running total apart from each
    incident inside it. An incident dated well before the event (a past
    disaster quoted for comparison) is never its toll. Without an ``event``
    column nothing is merged.
    """
    out = pd.Series(False, index=claims.index)
    if "event" not in claims or claims.empty or claims["event"].isna().all():
        return out
    event = claims["event"].astype("string")
    scope = claims["scope"].astype("string").fillna("cumulative")
    published = pd.to_datetime(claims["published"]).dt.normalize()
    claim_date = pd.to_datetime(claims["claim_date"]).dt.normalize()
    cumulative = scope.ne("incident")
    sentences = _sentences(claims)
    campaign = campaigns(claims)
    onset = _onsets(claims, event, scope, published, claim_date)
    own_date = claim_date.notna() & published.notna() & claim_date.ne(published)
    at_onset = (claim_date >= onset - pd.Timedelta(days=ONSET_BEFORE_DAYS)) & (
        claim_date <= onset + pd.Timedelta(days=ONSET_AFTER_DAYS)
    )
    if "claim_date_precision" in claims:
        # "killed in last month's landslide": an incident dated only to its month is at the onset in that month
        by_month = claims["claim_date_precision"].astype("string").eq("month").fillna(False)
        at_onset |= by_month & (claim_date.dt.to_period("M") == onset.dt.to_period("M"))
    period = _near_figure(claims, sentences, PERIOD_CUES)
    incident_is_event = (~own_date | at_onset.fillna(False)) & ~period
    category = claims["category"].astype("string").fillna("other")
    toll = event.notna() & ~event.isin(campaign) & ~category.isin(SEPARATE_SCOPES)
    toll &= cumulative | incident_is_event
    # "728 people injured in the clashes" after a blast: unrest the disaster set off is an incident of its own
    unrest_kind = event.str.contains(UNREST_EVENT_ID, regex=True).fillna(False).to_numpy(bool)
    unrest = _after_in_sentence(claims, sentences, UNREST_INCIDENT, toll.to_numpy(bool) & ~unrest_kind)
    toll &= ~unrest
    # "the disaster struck weeks after a series of earthquakes on Lombok killed more than 500": another event's toll
    toll &= ~_near_figure(
        claims,
        sentences,
        ANOTHER_EVENT_BEFORE,
        before=240,
        after=0,
        rows=toll.to_numpy(bool),
        sentence_pattern=_ANOTHER_EVENT_WORDS,
    )
    # "The Woolsey Fire, which broke out the same day, killed three people" in a story of the Camp Fire
    toll &= ~_another_named_event(claims, event, sentences, toll.to_numpy(bool))
    # "more than 1,000 have died crossing the sea so far this year": a year's count, not the wreck's toll
    toll &= ~(
        cumulative
        & _near_figure(claims, sentences, YEAR_PERIOD_CUES, after=120, rows=(toll & cumulative).to_numpy(bool))
    )
    return toll.astype(bool)


#: Unrest named as where a figure's people were hurt: "injured in the clashes", "killed during protests that
#: followed", "arrested in the riots". In an event that is not itself unrest (a blast, a fire, a crush), such a
#: figure is another incident than the event's toll. (Read from the figure to the end of its sentence.)
UNREST_INCIDENT = compile_pattern(
    r"\b(?:in|during|at|amid)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?"
    r"(?:clashes|protests?|riots?|rioting|unrest|demonstrations?|crackdown)\b",
    regex.IGNORECASE,
)
#: An event id (``place-kind-month-hash``, :mod:`claimcheck.extraction.events`) whose kind is unrest or war.
UNREST_EVENT_ID: Final[str] = r"-(?:protest|war)-"

#: The nouns of those who carried an attack out: "the gunman", "two bombers", "the attackers".
_PERPETRATORS = r"gunm[ae]n|shooters?|attackers?|bombers?|assailants?|perpetrators?|hijackers?"
_PERPETRATOR_NOUNS = compile_pattern(_PERPETRATORS, regex.IGNORECASE)

#: A toll that counts its attackers too: "eight were killed, including the gunman", "35 dead, among them the
#: three bombers". Not "not counting the gunman" or "excluding the bombers": those count the victims alone.
INCLUDES_PERPETRATORS = compile_pattern(
    r"(?<!\bnot\s)\b(?:including|counting|among\s+them|with)\s+(?:the\s+|both\s+|all\s+)?(?:\w+\s+)?"
    rf"(?:suicide\s+)?(?:{_PERPETRATORS})\b",
    regex.IGNORECASE,
)

#: What the subject class of a toll that counts its attackers too gets: another quantity than the victims'.
PERPETRATORS_CLASS_SUFFIX: Final[str] = " and perpetrators"


def _with_perpetrators(claims: pd.DataFrame, classes: tuple[np.ndarray, pd.Index]) -> tuple[np.ndarray, pd.Index]:
    """Subject class codes where a killed figure that counts its attackers too ("including the gunman") has a class
    of its own: it is not the victims' toll, so "eight, including the gunman" does not contradict "seven"."""
    codes, uniques = classes
    if "category" not in claims or claims.empty:
        return classes
    killed = claims["category"].astype("string").eq("killed").to_numpy(bool, na_value=False)
    if not killed.any():
        return classes
    # the attackers' nouns first (a plain search), the whole phrase only in those sentences
    named = search_texts(_PERPETRATOR_NOUNS, _sentences(claims), rows=killed)
    if not named.any():
        return classes
    both = _near_figure(claims, _sentences(claims), INCLUDES_PERPETRATORS, before=0, after=160, rows=named)
    if not both.any():
        return classes
    names = np.asarray(uniques, dtype=object)[codes].astype(object)
    names[both] = [f"{n}{PERPETRATORS_CLASS_SUFFIX}" for n in names[both].tolist()]
    new_codes, new_uniques = pd.factorize(names)
    return np.asarray(new_codes), pd.Index(new_uniques)


#: The class of a count of one country's nationals, by the country's code: "Syrians", "Syrian nationals" and the
#: figure the Syrian embassy gives count the same people.
NATIONALS_CLASS_PREFIX: Final[str] = "nationals of "

#: Who speaks for a country's own people abroad: its embassy, consulate or foreign ministry.
_FOREIGN_SERVICE = (
    r"(?i:embassy|consulate|high\s+commission|foreign\s+(?:ministry|office)|ministry\s+of\s+foreign\s+affairs|"
    r"foreign\s+affairs\s+(?:ministry|department)|state\s+department)"
)
_COUNTRY_NAME = r"\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*)?"
_NATIONAL_SOURCE = compile_pattern(
    rf"^(?:[Tt]he\s+)?(?:({_COUNTRY_NAME})(?:['\u2019]s)?\s+{_FOREIGN_SERVICE}\b|{_FOREIGN_SERVICE}\s+of\s+({_COUNTRY_NAME}))"
)
#: A country that counts its own people: "Spain raised its count to 51", "Australia said two of its citizens died".
_ITS_OWN = r"its\s+(?:own\s+)?(?:count|toll|tally|death\s+toll|citizens|nationals|dead)\b"
_ITS_OWN_CUE = compile_pattern(rf"\b{_ITS_OWN}")
_COUNTRY_COUNTS_ITS_OWN = compile_pattern(
    rf"\b({_COUNTRY_NAME})(?:['\u2019]s\s+(?:government|{_FOREIGN_SERVICE}))?\s+(?:[\p{{L}}\d,]+\s+){{0,6}}?{_ITS_OWN}"
)


@lru_cache(maxsize=4096)
def _country_named(name: str) -> str | None:
    """The country (ISO code) a name or an adjective of nationality names, or None ("Spain", "Syrian", "U.S.")."""
    found = gazetteer.demonym_country(name)
    if found is None:
        found = next((p.country for p in gazetteer.lookup(name) if p.level == "country"), None)
    return found


@lru_cache(maxsize=4096)
def _source_nation(source: str | None) -> str | None:
    """The country whose own people a source counts: "the Syrian embassy", "Britain's Foreign Office"."""
    m = _NATIONAL_SOURCE.match(source) if source else None
    name = m and (m.group(1) or m.group(2))
    return _country_named(name) if name else None


@lru_cache(maxsize=4096)
def _nation_counting_its_own(sentence: str) -> str | None:
    """The country a sentence says counts its own people: "Spain raised its count to 51" gives Spain."""
    m = _COUNTRY_COUNTS_ITS_OWN.search(sentence)
    return _country_named(m.group(1)) if m else None


def _nationality_class(name: str) -> str:
    """A subject class that is one nationality ("syrian"), as its country's nationals; any other class as it is."""
    if " " in name or not _is_nationality(name):
        return name
    country = gazetteer.demonym_country(name.title()) or gazetteer.demonym_country(_singular(name).title())
    return f"{NATIONALS_CLASS_PREFIX}{country}" if country else name


def _with_gapped_subjects(claims: pd.DataFrame, classes: tuple[np.ndarray, pd.Index]) -> tuple[np.ndarray, pd.Index]:
    """Subject class codes where a bare figure shares the group of the figure its clause was gapped from.

    "12 U.S. service members had been killed and 15 wounded": the 15 are service members too, never the 143
    wounded of the whole crowd. Only the comparison key takes the group: the ``subject`` column keeps what was
    written.
    """
    codes, uniques = classes
    needed = {"doc_id", "start", "end", "sentence_start", "subject"}
    if not len(codes) or not needed <= set(claims.columns):
        return classes
    generic = np.asarray([str(u) == GENERIC_CLASS for u in uniques], dtype=bool)[codes]
    bare = claims["subject"].isna().to_numpy(bool)
    if not bare.any():
        return classes
    doc = pd.factorize(claims["doc_id"])[0]
    sentence_start = claims["sentence_start"].to_numpy(np.int64)
    starts, ends = claims["start"].to_numpy(np.int64), claims["end"].to_numpy(np.int64)
    # each claim after the one before it in its sentence: (row, prev) pairs in reading order
    order = np.lexsort((starts, sentence_start, doc))
    row, prev = order[1:], order[:-1]
    same_sentence = (doc[row] == doc[prev]) & (sentence_start[row] == sentence_start[prev])
    pick = np.flatnonzero(same_sentence & bare[row] & ~generic[prev])
    if not len(pick):
        return classes
    sentences = _sentences(claims)
    new = codes.copy()
    for r, p in zip(row[pick].tolist(), prev[pick].tolist(), strict=True):
        base = int(sentence_start[r])
        between = str(sentences.iloc[r])[max(0, ends[p] - base) : max(0, starts[r] - base)]
        if _GAPPED.match(between):
            new[r] = codes[p]
    return new, uniques


#: Between a figure with its group and a bare one in a gapped clause: " U.S. service members had been killed and ".
_GAPPED = compile_pattern(
    r"\s+(?:[\p{L}.'\u2019-]+\s+){1,4}?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?"
    r"(?:killed|dead|injured|wounded|hurt)\s+and\s+$",
    regex.IGNORECASE,
)


def _with_foreign_nationals(claims: pd.DataFrame, classes: tuple[np.ndarray, pd.Index]) -> tuple[np.ndarray, pd.Index]:
    """Subject class codes where a count of one country's nationals abroad has that country's class.

    Coverage of a disaster abroad reports the dead of each country its victims came from: "the Syrian embassy now
    puts the number at 34", "Spain raised its count to 51". Those are a part of the toll, not reports of it; they are
    compared with each other ("43 Syrians had died"), never with the toll. A country counts its nationals abroad
    when it is none of the countries its event's documents are told from; its embassy or foreign ministry always
    does.
    """
    codes, uniques = classes
    names = [_nationality_class(str(u)) for u in uniques]
    generic = np.asarray([n == GENERIC_CLASS for n in names], dtype=bool)[codes] if len(codes) else codes.astype(bool)
    nation = np.full(len(claims), None, dtype=object)
    always = np.zeros(len(claims), dtype=bool)
    if len(codes) and generic.any():
        # the sentence's own country first ("Spain raised its count to 51"), then its credited embassy or ministry
        own = search_texts(_ITS_OWN_CUE, _sentences(claims), rows=generic)
        if own.any():
            rows = np.flatnonzero(own)
            nation[rows] = [_nation_counting_its_own(str(t)) for t in _sentences(claims).iloc[rows].tolist()]
    if len(codes) and generic.any() and "source" in claims:
        by_source = _mapped(claims["source"], _source_nation).to_numpy(object)
        always = generic & pd.notna(by_source) & pd.isna(nation)
        nation[always] = by_source[always]
    found = np.flatnonzero(pd.notna(nation))
    if len(found):
        told_from = _event_countries(claims)
        event = claims["event"].astype("string").fillna("").to_numpy(object) if "event" in claims else None
        for r in found.tolist():
            countries = told_from.get(event[r] if event is not None else "", set())
            if nation[r] in countries or not (countries or always[r]):
                nation[r] = None
    if not pd.notna(nation).any() and names == [str(u) for u in uniques]:
        return classes
    labels = np.asarray(names, dtype=object)[codes].astype(object) if len(codes) else np.asarray([], dtype=object)
    foreign = pd.notna(nation)
    labels[foreign] = [f"{NATIONALS_CLASS_PREFIX}{n}" for n in nation[foreign].tolist()]
    new_codes, new_uniques = pd.factorize(labels)
    return np.asarray(new_codes), pd.Index(new_uniques)


def nationals_told_anywhere(claims: pd.DataFrame, place: pd.Series) -> pd.Series:
    """``place`` with the unplaced counts of one country's nationals matching any place of their event.

    "Spain raised its count to 51" and, a week on, "Spain lowered its count of Spanish victims to 50" count the
    same people wherever each document is told from: a document about several countries does not keep such a
    count to itself, as it does an unplaced toll (:func:`only_here`).
    """
    if "key" not in claims or claims.empty:
        return place
    rows = _keys_of_nationals(claims["key"])
    if not rows.any():
        return place
    codes, distinct = pd.factorize(place.to_numpy(object))  # each distinct place once
    own = np.array([isinstance(p, str) and p.startswith(DOCUMENT_MARK) for p in distinct.tolist()] + [False])
    local = rows & own[np.where(codes < 0, len(distinct), codes)]
    if not local.any():
        return place
    out = place.copy()
    out[local] = None
    return out


def _keys_of_nationals(key: pd.Series) -> np.ndarray:
    """Which claims' comparison keys count one country's nationals (their subject class names the country).

    A text column is searched in place (Arrow finds a substring in a million keys faster than they are hashed);
    keys of any other kind are read one distinct key at a time, strings only.
    """
    mark = f"|{NATIONALS_CLASS_PREFIX}"
    if isinstance(key.dtype, pd.StringDtype):
        return np.asarray(key.str.contains(mark, regex=False).to_numpy(bool, na_value=False))
    national = [k for k in key.unique() if isinstance(k, str) and mark in k]
    return np.asarray(key.isin(national).to_numpy(bool)) if national else np.zeros(len(key), dtype=bool)


def _event_countries(claims: pd.DataFrame) -> dict[str, set[str]]:
    """Per event (or the whole frame, keyed ""), the countries its documents are told from (datelines, headlines)."""
    if "document_place" not in claims:
        return {}
    event = claims["event"].astype("string").fillna("") if "event" in claims else pd.Series("", index=claims.index)
    place = claims["document_place"].astype("string")
    pairs = pd.DataFrame({"event": event, "place": place}).dropna().drop_duplicates()
    found: dict[str, set[str]] = {}
    for e, place in zip(pairs["event"].tolist(), pairs["place"].tolist(), strict=True):
        resolved = gazetteer.resolve(place)
        if resolved is not None:
            found.setdefault(e, set()).add(resolved.country)
    return found


def comparison_key(claims: pd.DataFrame) -> pd.Series:
    """The key two claims must share to be about one quantity, as a string per claim.

    ``category|subject class|scope``, and for an incident ``|date`` of the
    incident (``claim_date``, else ``published``; an undated incident is only
    compared within its own document). A figure that is its event's one toll
    (:func:`one_toll`) has the scope ``toll`` and no date, however it is worded. The place is not in the key: a missing
    place matches any place, so places are compared with :func:`compatible_places`.
    Pass your own function of the claims frame as ``check(..., key=...)``.

    >>> frame = pd.DataFrame({"category": ["killed", "killed"], "subject": ["victims", "children"],
    ...     "scope": ["cumulative", "incident"], "claim_date": pd.to_datetime(["2024-07-09", "2024-07-09"]),
    ...     "published": pd.to_datetime(["2024-07-09", "2024-07-10"]), "doc_id": ["a", "b"]})
    >>> comparison_key(frame).tolist()
    ['killed|people|cumulative', 'killed|child|incident|2024-07-09']
    """
    scope = claims["scope"].astype("string").fillna("cumulative")
    toll = one_toll(claims)
    if toll.any():
        scope = scope.mask(toll, TOLL_SCOPE)
    care = in_care(claims)
    if care.any():
        scope = scope.mask(care, IN_CARE_SCOPE)
    graded = severity(claims)
    if pd.notna(graded).any():
        graded_scope = pd.Series([f"{SEVERITY_SCOPE} {g}" for g in graded.tolist()], index=claims.index, dtype="string")
        scope = scope.mask(pd.notna(graded) & ~care, graded_scope)
    incident = scope.eq("incident").to_numpy(dtype=bool, na_value=False)
    # Each part as codes into its distinct strings, and each distinct key built once: corpora repeat few keys.
    parts = [
        pd.factorize(claims["category"].astype("string").fillna("other")),
        _with_foreign_nationals(
            claims, _with_gapped_subjects(claims, _with_perpetrators(claims, _subject_class_codes(claims["subject"])))
        ),
        pd.factorize(scope),
    ]
    day_code = np.full(len(claims), -1, dtype=np.int64)
    day_labels: list[str] = []
    if incident.any():
        rows = np.flatnonzero(incident)
        when = pd.to_datetime(claims["claim_date"]).fillna(pd.to_datetime(claims["published"])).iloc[rows]
        codes, stamps = pd.factorize(when)
        codes = codes.astype(np.int64)
        day_labels = [str(d) for d in pd.Index(stamps).strftime("%Y-%m-%d")]
        undated = codes < 0
        if undated.any():  # an undated incident is keyed by its document
            docs = "doc:" + claims["doc_id"].astype("string").fillna("").iloc[rows[undated]]
            doc_codes, doc_names = pd.factorize(docs)
            codes[undated] = len(day_labels) + doc_codes
            day_labels += [str(d) for d in doc_names]
        day_code[rows] = codes
    key = day_code + 1
    for codes, _ in reversed(parts):
        key = pd.factorize(codes.astype(np.int64) * (int(key.max(initial=0)) + 1) + key)[0].astype(np.int64)
    first = np.zeros(int(key.max(initial=-1)) + 1, dtype=np.int64)
    first[key[::-1]] = np.arange(len(key) - 1, -1, -1)
    (cat_codes, cats), (subject_codes, subjects), (scope_codes, scopes) = (
        (codes[first].tolist(), [str(u) for u in uniques]) for codes, uniques in parts
    )
    days = [f"|{d}" for d in day_labels] + [""]  # code -1: no day
    labels = np.array(
        [
            f"{cats[c]}|{subjects[s]}|{scopes[sc]}{days[d]}"
            for c, s, sc, d in zip(cat_codes, subject_codes, scope_codes, day_code[first].tolist(), strict=True)
        ],
        dtype=object,
    )
    return pd.Series(pd.array(labels, dtype="string").take(key), index=claims.index)
