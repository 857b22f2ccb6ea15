"""Find where a figure happened, as written: "in Gaza City", "at al-Ahli hospital", "Los Angeles: ...".

A place is a prepositional phrase ("in", "at", "near", "on", "across", ...)
whose noun phrase ends in a proper name ("Rafah", "the Gaza Strip") or a place
noun ("a Gaza City hospital", "the city of Derna"). The phrase right after the
figure wins; else the nearest one before it in the sentence; else a
headline-style "Place: figure".

>>> find_location("Strikes killed six people in a house in Gaza City.", 15, 18)
'Gaza City'
>>> find_location("At least 300 people died in an airstrike on a Gaza City hospital on Tuesday.", 9, 12)
'a Gaza City hospital'
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

import regex

from claimcheck._rx import CaselessScan, compile_pattern, rx
from claimcheck.extraction import gazetteer
from claimcheck.extraction.dates import HOLIDAY
from claimcheck.extraction.events import named_places
from claimcheck.extraction.lexicon import (
    DIRECTIONS,
    LIST_ITEM_NAME,
    PLACE_ASIDE_OPENER,
    PLACE_NAME,
    POSSESSIVE_NAME,
    SMALL_NUMBER_WORDS,
    is_people_noun,
)
from claimcheck.extraction.lexicon import PLACE_NOUNS as _REGION_NOUNS

#: Nouns that name a kind of place: the lexicon's regions and sites, and the venues, buildings and vessels
#: where an incident happens ("at the stadium", "in the hold of the boat"). Parts of a building (stairs,
#: rooms, lobby) and airports are left out: their figures are parts of the venue's, and a checker comparing
#: places as written would split one event's toll by them.
PLACE_NOUNS: frozenset[str] = _REGION_NOUNS | frozenset(
    """boat boats ship vessel ferry bus train plane aircraft hold carriage
    hotel mall store supermarket restaurant cafe bar nightclub club
    theater theatre cinema stadium arena park beach river lake bridge highway tunnel mine
    synagogue temple cathedral warehouse headquarters barracks checkpoint crossing clinic ward morgue
    campus dormitory classroom classrooms auditorium gym courthouse jail embassy ranch farm forest valley shore
    encampment settlement kibbutz precinct counties states communities parishes prefectures oblasts
    governorates alley pub shop casino disco quarry""".split()
)

#: Vehicles: a place ("on the train") that, before an event noun, says what kind of event it was ("train crash").
_VEHICLES: frozenset[str] = frozenset("boat ship vessel ferry bus train plane aircraft jet helicopter".split())

#: The endings of a possessive: "Thursday's", "Maiduguri\u2019s".
_POSSESSIVE = ("'s", "\u2019s")
_NOT_PLACES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tonight morning evening night week month year
    statement interview press total all recent addition particular fact response return order part spite light
    line time terms jan feb mar apr jun jul aug sep sept oct nov dec dna
    king queen prince princess pope president premier chancellor sheikh emir sultan""".split()
)  # (a person's title opens a name, never a place's: "threw mud at King Felipe VI, Prime Minister Pedro Sanchez")
#: What a place follows: a preposition, or a verb whose object is a place ("stormed the Al-Shifa hospital").
#: (One pattern for both: no match of one can overlap a match of the other, so one scan finds the same.)
_OPENER = compile_pattern(
    r"\b(?:in|at|near|outside|inside|across|on|throughout|through|around|off"
    r"|attacked|entered|struck|hit|stormed|raided|shelled|bombed|targeted|invaded"
    # what a disaster strikes is a place ("floods slammed the Hill Country", "blasts rocked Brussels")
    r"|rocked|slammed|swept|ravaged|battered|lashed|devastated|engulfed|inundated|pounded|gutted|flattened"
    r"|(?:missing|evacuated|fled|rescued|displaced|escaped)\s+from)\s+",
    regex.IGNORECASE,
)
#: Places counted, not named, as where a figure was counted: "across six states", "in the two countries", "in
#: all 36 states" (a sum over them).
_COUNTED_PLACES = compile_pattern(
    rf"\b(?:across|in|throughout)\s+(?P<places>(?:the\s+|all\s+)?(?:\d+|{SMALL_NUMBER_WORDS}|several|both|multiple)\s+"
    r"(?:affected\s+|neighbou?ring\s+|southern\s+|northern\s+|eastern\s+|western\s+)?(?:countries|nations|states|"
    r"provinces|regions|districts|counties|prefectures|oblasts|governorates|municipalities|islands))\b",
    regex.IGNORECASE,
)
_OPENER_SCAN = CaselessScan(_OPENER)  # (run once per sentence with a figure: the faster scan on ASCII text)
_CLAUSE_END = compile_pattern(
    r"[;:]|,\s+(?:the|a|an|\p{Lu}\p{Ll}+)\s+\w+\s+(?:said|says|told|reported)|\b(?:said|says|told)\b"
    # a clause of its own after a comma: "died in the outbreak, as many deaths in outlying villages went unreported"
    r"|,\s+(?:as|while|whereas|although|though|because|but)\s"
    # a consequence of its own: "at 1,127, making it the deadliest disaster since Bhopal"
    r"|(?:,|\band)\s+making\s+(?:it|this|the)\b"
)
#: The first 10 words from a place: a word starts with a letter or digit, whatever is between words is skipped.
#: One match and regex's ``captures`` (every repetition), instead of a ``finditer`` call per word; read as the
#: first 4 words, then the other 6 only when the phrase runs on (most end after one or two words).
#: (an initialism with its stops is one word: "in the U.S.")
_FIRST_WORDS = compile_pattern(r"(?:[^\p{L}\d]*((?:\p{Lu}\.){2,}|[\p{L}\d][\p{L}\d'\u2019\-,]*)){0,4}")
_MORE_WORDS = compile_pattern(r"(?:[^\p{L}\d]*((?:\p{Lu}\.){2,}|[\p{L}\d][\p{L}\d'\u2019\-,]*)){0,6}")
_FIRST_COUNT = 4
_MORE_COUNT = 6
#: One word of ``_FIRST_WORDS`` in ASCII text, for ``re``.
_WORD_ASCII = re.compile(r"[^A-Za-z0-9]*((?:[A-Z]\.){2,}|[A-Za-z0-9][A-Za-z0-9'\-,]*)")
_DIRECTION = compile_pattern(DIRECTIONS)
_ALL_CAPS = compile_pattern(r"\p{Lu}+")
_NATIONALITY = compile_pattern(
    r"(?:Israeli|Russian|Ukrainian|Palestinian|American|British|French|Iranian|Syrian|Libyan)"
)
_HEADLINE = compile_pattern(r"^\s*((?:\p{Lu}[\p{L}.'\-]*\s?){1,4}):\s")
#: A dateline's place: capitalised words, "CITY/OTHER CITY", an optional ", State" after them.
_DATELINE_PLACE = r"\p{Lu}[\p{L}.'\u2019\-]*(?:(?:\s|\s?/\s?)\p{Lu}[\p{L}.'\u2019\-]*){0,4}"
_DATELINE_DATE = r"(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?)"
#: "CITY, Feb 7 (Agency) -", "CITY (Agency) -", "CITY, State, Feb 7 --", "CITY/OTHER CITY:", "CITY -- ".
_DATELINE = compile_pattern(
    rf"^\s*(?P<place>{_DATELINE_PLACE}(?:,\s+\p{{Lu}}[\p{{L}}.]*(?:\s\p{{Lu}}[\p{{L}}.]*)?)?)"
    rf"(?:{_DATELINE_DATE}?\s*\([^()\n]{{2,40}}\)\s*[-\u2013\u2014:]+"  # (Agency) -
    r"|(?P<caps>)" + _DATELINE_DATE + r"?\s*(?:--|[\u2013\u2014]|-(?=\s))"  # CITY -- / CITY, Feb 7 -- / CITY -
    r"|(?P<slash>)\s*:)\s"  # CITY/OTHER CITY:
)
#: Labels that open a paragraph like a dateline but name no place ("UPDATE:", "Summary:").
_LABELS = frozenset(
    "update updates breaking summary watch live analysis opinion exclusive note correction video photos".split()
)


def find_location(
    sentence: str,
    start: int,
    end: int,
    *,
    limit: int | None = None,
    floor: int = 0,
    exclude: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The place of the figure at ``start:end`` in ``sentence``, or None.

    ``limit`` is where the figure's own context ends (the next figure), ``floor``
    where it begins (a place before an earlier figure is that figure's);
    ``exclude`` are spans that cannot hold a place (the words of an attribution).
    The event's own scene ("at the scene", "the crash site") is no place: the
    figure is where the event is, or at the town named right after the scene.
    """
    found = _find_location(sentence, start, end, limit, floor, exclude)
    if found is None:
        counted = _COUNTED_PLACES.search(sentence, floor, limit if limit is not None else len(sentence))
        if counted is not None and "\n" not in sentence[min(counted.start(), start) : max(counted.end(), end)]:
            return counted.group("places")  # "Across six states, Helene has killed 107": their sum, no one of them
    if found is not None and _ON_THE_WAY.fullmatch(found):
        return None  # "died on the way to hospital": a route, not a place
    if found is None or not _EVENT_SITE.fullmatch(found):
        return found
    at = sentence.find(found, start)
    if at < 0:
        at = sentence.find(found)  # the scene named before the figure
    beside = _BESIDE_SCENE.match(sentence, at + len(found)) if at >= 0 else None
    if beside is not None:
        following = [p for p in _places(sentence) if p[0] == beside.end()]
        if following:
            return following[0][2]  # "at the scene in Corvale": the town it is in
    return None


def _find_location(
    sentence: str, start: int, end: int, limit: int | None, floor: int, exclude: Sequence[tuple[int, int]]
) -> str | None:
    """:func:`find_location` before the event's scene and routes are set aside."""
    label = _LIST_LABEL.search(sentence, max(floor, start - 40), start) if ":" in sentence else None
    if label is not None and label.end() == start and not _LABEL_WORDS.search(label.group(1)):
        return label.group(1)  # "Calder: 12, Brisk: 4": a list of places, each with its figure
    listed = _NAMED_LIST_ITEM.search(sentence, max(floor, start - 60), start) if floor else None
    if listed is not None:
        return listed.group("name")  # "1,452 deaths and Taroudant 764", "followed by Chichaoua with 202"
    there = (
        _THERE.search(sentence, max(floor, start - 60), min(len(sentence), end + 40)) if "there" in sentence else None
    )
    if there is not None:
        referent = _place_before(sentence, there.start())
        if referent is not None:
            return referent  # "Ilam's office put the toll there at 15": the place named before "there"
    nationwide = (
        _NATIONWIDE_TOLL.search(sentence, max(floor, start - TOLL_OWNER_REACH), start) if "nation" in sentence else None
    )
    if nationwide is not None:
        return NATIONWIDE  # "put the nationwide death toll at nine": the story's country (see DocumentPlaces)
    dead_from = _DEAD_FROM.search(sentence, max(floor, start - TOLL_OWNER_REACH), start) if "from" in sentence else None
    if (
        dead_from is not None
        and not dead_from.group("name").endswith(_POSSESSIVE)  # "deaths from Tuesday's storm": a day's event
        and is_named_place(dead_from.group("name"))
    ):
        return dead_from.group("name")  # "put the number of dead from Paiporta at 45": that town's dead
    # (a possessive's "s ", or a toll's noun for "the Syrian toll"; most sentences hold neither near a figure)
    owner = _toll_owner(sentence, max(floor, start - TOLL_OWNER_REACH), start) if _may_own(sentence) else None
    if owner is not None:
        return owner  # "Ohio's death toll rose to 12", "lowered the state's toll to 9, saying a man found dead in X"
    origin = _FROM_AFTER_FIGURE.match(sentence, end) if "from" in sentence else None
    if origin is not None:
        home = _place_phrase(sentence, origin.end())
        if home is not None and is_named_place(home[2]):
            return home[2]  # "21 from Rampur Kalan, 12 from Bhagwanpur": where each part of the dead came from
    taken = _TAKEN_TO_CARE.match(sentence, end, min(len(sentence), end + 140)) if " to " in sentence else None
    if taken is not None:
        # "27 bodies were brought to Dhaka Medical College Hospital": counted there
        return _without_article(taken.group("site"))
    modifier = _SITE_MODIFIER.match(sentence, end) if end < len(sentence) and sentence[end] == " " else None
    if modifier and _names_a_site(modifier.group(1)):
        return modifier.group(1).strip()  # "ten Camp Mystic campers", "30 Robb Elementary students": the site's people
    if _VENUE_WORDS_SCAN.search(sentence):
        # "told a news conference at City Hall that 12 had died": where it was said, not where they died
        # (and the town the venue is in: "tells reporters at the coordination centre in L'Eliana")
        exclude = [*exclude, *_speech_venues(sentence)]
    if ", which" in sentence or ", who" in sentence:
        # "MSF, which runs two centres in the city, said ...": the aside describes the speaker, it places no figure
        exclude = [*exclude, *(m.span() for m in _RELATIVE_ASIDE.finditer(sentence, 0, start))]
    if "includ" in sentence or "among" in sentence:
        # "148 had died, including a student who died in a Nairobi hospital": the aside's place is its part's
        exclude = [*exclude, *(m.span() for m in _INCLUDING_ASIDE.finditer(sentence, end))]
    places = [p for p in _places(sentence) if not any(s <= p[0] < e or p[0] <= s < p[1] for s, e in exclude)]
    # "a packed music venue outside Moscow": the site is the place; the town it lies by is part of its phrase
    # (a town the site is in, "an airport in Brussels", stays the place it names)
    places = [p for p in places if not any(_lies_beside(sentence, p, q) for q in places)]
    after = [p for p in places if p[0] >= end]
    before = [p for p in places if floor <= p[0] and p[1] <= start]
    if floor and before and ("while" in sentence or ";" in sentence or "whereas" in sentence):
        # "... eight at the bar, while three died later": an earlier figure's place, past a clause set against it
        before = [p for p in before if not SET_AGAINST.search(sentence, p[1], start)]
    clause_end = min(_clause_end(sentence, end), limit if limit is not None else len(sentence))
    elsewhere = _ADVERB_PLACE.search(sentence, end, clause_end) if "elsewhere" in sentence else None
    antecedent = _where_antecedent(sentence, max(floor, start - 120), start) if "where" in sentence else None
    for s, _end, text in after:
        between = sentence[end:s]
        if antecedent is not None and "," in between:
            break  # "In Germany, where authorities put the toll at 177, soldiers cleared the Ahr valley": Germany's
        if elsewhere is not None and elsewhere.start() <= s < elsewhere.end():
            return elsewhere.group()  # "elsewhere in the country": not the country's named place, but its rest
        struck = _STRIKES.search(between) or (_ASSAULTS.search(between) and _NAMED.search(text))
        if s < clause_end and (not _SUBORDINATE_VERB.search(between) or struck):
            return text  # ("after floods slammed X": what the disaster struck is where the figure is)
    if antecedent is not None and not (before and before[-1][1] > antecedent[0]):
        return antecedent[1]  # "reached the mine, where 9 workers were trapped": the clause happens at the mine
    ranked = _RANKED.search(sentence, max(floor, start - 60), start) if "followed" in sentence else None
    if ranked is not None:
        return ranked.group(1)  # "Calder was worst hit, followed by Brisk with 336 deaths"
    adverb = _ADVERB_PLACE.search(sentence, end, clause_end)
    if adverb:
        return adverb.group()
    if before:
        if len(before) > 1 and _contains(sentence, before[-2], before[-1]):
            return before[-2][2]  # "struck Van province in eastern Turkey, killing 40": the place, not its container
        return before[-1][2]
    m = _HEADLINE.match(sentence)
    if m and m.end() <= start + 1:
        return m.group(1).strip()
    named_event = _EVENT_PLACE.search(sentence) if _EVENT_WORDS_SCAN.search(sentence) else None
    if (
        named_event
        and not _DEMONYM.search(named_event.group(1))
        and named_event.group(1).split()[0].lower() not in _NOT_PLACES
        and named_event.group(1).split()[-1].lower() not in _OPERATOR_WORDS
    ):
        return named_event.group(1)  # "the toll from the Maui wildfire": the event is named by its place
    event_of = _EVENT_OF_PLACE.search(sentence) if " of " in sentence else None
    if event_of:
        return event_of.group(1)  # "Sunday's eruption of Mount Semeru": what erupted or collapsed is the place
    subject = _SUBJECT_PLACE.match(sentence) if floor == 0 else None
    if subject and subject.end() <= start:
        return subject.group(1)  # "Harlow County has recorded 27 deaths": the place is the subject
    subject = _SUBJECT_NAME.match(sentence) if floor == 0 else None
    if subject and subject.end() <= start and gazetteer.resolve(subject.group(1)) is not None:
        return subject.group(1)  # "Cao Bang has 29 dead": a town or region the gazetteer knows holds the figure
    share = (
        _ACCOUNTED_FOR.search(sentence, max(floor, start - 140), start)
        if "account" in sentence or (floor and _SHARE_VERB_WORDS.search(sentence))
        else None
    )
    if share is not None and (floor or share.group("verb").lower().startswith("account")):
        name = share.group("name")
        if not any(is_people_noun(w.lower()) or w.lower() == "authorities" for w in name.split()):
            # "Amatrice and its hamlets accounted for 207 of the dead"; after another figure, "while Arquata
            # reported 49 deaths": a named place's share of the toll
            return name
    return None


#: The place that names the next item of a list right before its figure (:data:`lexicon.LIST_ITEM_NAME`).
_NAMED_LIST_ITEM = compile_pattern(rf"{LIST_ITEM_NAME}(?:with\s+|at\s+|for\s+)?$")
#: Where something is said: "a news conference at", "told reporters in", "a briefing in", "speaking in".
_SPEECH_VENUE = compile_pattern(
    r"\b(?:(?:news|press)\s+conference|briefing|news\s+briefing|(?:told|tells|telling)\s+(?:reporters|journalists)|speaking|"
    r"statement|address|speech|interview|"
    # where a count was published: "in an update released in Geneva", "figures issued on Friday in Dhaka"
    r"(?:update|report|bulletin|figures|data|tally|list)\s+(?:released|issued|published|posted)"
    r"(?:\s+by\s+[^,.;]{1,40}?)?)"
    r"(?:\s+(?:on\s+\w+|later|an\s+hour\s+later|earlier))?\s+(?:at|in)\s+"
    # "a UN spokesman said in Geneva": where it was said (a place named right after the verb)
    r"|\b(?:said|says|announced|told\s+\w+)(?:\s+on\s+\w+)?\s+in\s+(?=\p{Lu}\p{Ll}+(?:\s+(?:on|that|it|the)\b|,))",
    regex.IGNORECASE,
)


def _speech_venues(sentence: str) -> list[tuple[int, int]]:
    """The spans of the places where something is said in ``sentence`` (:data:`_SPEECH_VENUE`): no figure's."""
    return [(m.end(), _venue_end(sentence, m.end())) for m in _SPEECH_VENUE.finditer(sentence)]


def _venue_end(sentence: str, start: int) -> int:
    """Where the venue named at ``start`` ends: at the next comma or stop, or 80 characters on."""
    stop = _VENUE_STOP.search(sentence, start, min(len(sentence), start + 80))
    return stop.start() if stop else min(len(sentence), start + 80)


_VENUE_STOP = compile_pattern(r"[,.;:]|\s(?:and|as|after|that|where|while)\s")
_VENUE_WORDS_SCAN = compile_pattern(
    r"(?i)conference|briefing|reporters|journalists|speaking|statement|address|speech|interview|released|issued|"
    r"published|posted|said\s+in|says\s+in|announced\s+in|told\s+\w+\s+in"
)
#: "12 (of the dead were) from X": where the people a figure counts came from, right after it.
_FROM_AFTER_FIGURE = compile_pattern(
    r"\s+(?:of\s+(?:the|them)\s+(?:dead|victims|injured|wounded)?\s*)?(?:(?:were|was|are|is)\s+)?from\s+(?=(?:the\s+)?\p{Lu})"
)
#: Lower-case particles inside a name: "Dos de Mayo", "Rio de Janeiro", "Bandar Seri Begawan", "Ciudad del Este".
_NAME_PARTICLES = frozenset("de del della di da do dos das du la le el van von der den y".split())
#: An aside naming some of the people a figure counts, after it: ", including a student who died in X".
_INCLUDING_ASIDE = compile_pattern(r",\s*(?:including|among\s+(?:them|whom))\s[^;.]*", regex.IGNORECASE)
_RELATIVE_ASIDE = compile_pattern(r",\s*(?:which|who)\s[^,;.]{1,120},")
#: "there" as a place ("put the toll there at 15", "12 died there"), not the "there" of "there were 12 dead".
_THERE = compile_pattern(
    r"(?<!^)(?<![.;:]\s)\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|remain|remains|remained|may|might|"
    r"could|seem|seems|appear|appears)\b)",
    regex.IGNORECASE,
)


#: A toll owned by a place: "Ohio's death toll", "the state's toll", "Kerr County's count of the dead".
_TOLL_OWNER = compile_pattern(
    r"(?:(?:\b(?P<bare>the\s+(?:state|county|province|region|district|country|nation|city|town|village))"
    r"|(?P<name>\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}))['\u2019]s?"
    # "the Syrian toll", "the Turkish death toll": a country's toll named by its people's adjective
    r"|\b(?i:the)\s+(?P<demonym>\p{Lu}\p{Ll}{2,}(?:ian|ean|an|ese|ish|i)))\s+"
    r"(?:(?:official|overall|confirmed|total|own|provisional|latest|new|revised|statewide|countywide|"
    r"provincewide|citywide|nationwide|state|county)\s+)*"
    r"(?:death|casualty|injury|fatality)?\s*(?:toll|tally|count)\b(?P<rest>[^.;:!?]*)$"
)
#: The dead of a place named in the toll's own noun phrase: "the number of dead from Paiporta at 45".
_DEAD_FROM = compile_pattern(
    r"\b(?i:dead|deaths|victims|casualties)\s+from\s+(?P<name>\p{Lu}[\p{L}'\u2019\-]*(?:\s\p{Lu}[\p{L}'\u2019\-]*){0,2})"
    r"[^.;:!?\d,]{0,30}$"
)

#: A clause set against what comes before it: ", while", ", whereas", ", but", ";".
SET_AGAINST = compile_pattern(r"(?:,\s*(?:while|whereas|but)|;)\s", regex.IGNORECASE)

#: The location written for a toll of the whole country ("the nationwide death toll"): read as the story's country.
NATIONWIDE: Final[str] = "nationwide"
_NATIONWIDE_TOLL = compile_pattern(
    r"\b(?:nationwide|national|countrywide|nation's)\s+(?:death\s+|casualty\s+|overall\s+)?(?:toll|tally|count)\b"
    r"[^.;:!?\d]*$",
    regex.IGNORECASE,
)

#: A toll of an event a place owns: "the death toll from Spain's worst floods in decades", "victims of Nepal's
#: earthquake". (A name only when the gazetteer knows it as a country or region, as for :data:`_TOLL_OWNER`.)
_EVENT_OWNER = compile_pattern(
    r"\b(?:toll|tally|count|dead|deaths|victims|killed|casualties)\s+(?:from|of|in)\s+(?:the\s+)?"
    r"(?P<name>\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2})['\u2019]s?\s+"
    r"(?:[\p{L}-]+\s+){0,3}?(?:floods?|flooding|earthquake|quake|fires?|wildfires?|storms?|cyclone|typhoon|hurricane|"
    r"landslides?|disaster|tragedy|attacks?|bombings?|blast|explosion|crash|stampede|heat\s*wave)\b(?P<rest>[^.;:!?]*)$"
)
#: A city owns a toll ("Bangkok's overall toll") from this many people on (a town's name is often a person's).
TOLL_OWNER_CITY_POPULATION: Final[int] = 100_000
#: How far before its figure a toll's owner may stand ("the state's death toll from last weekend's storms to 9").
TOLL_OWNER_REACH: Final[int] = 100


def _may_own(sentence: str) -> bool:
    """A cheap pre-check for :func:`_toll_owner`: a possessive, or a toll's noun the people's adjective may own."""
    return "s " in sentence or "toll" in sentence or "tally" in sentence or "count" in sentence


def _toll_owner(sentence: str, low: int, start: int) -> str | None:
    """The place that owns the toll a figure gives ("Ohio's death toll rose to 12": Ohio), or None.

    A bare kind ("the state's toll") is returned as written, for the document's places to resolve; a name is a
    place only when the gazetteer knows it as a country or region ("the ministry's toll" owns no place).
    """
    found = _TOLL_OWNER.search(sentence, low, start) or _EVENT_OWNER.search(sentence, low, start)
    if found is None or regex.search(r"\d", found.group("rest")):
        return None
    if found.groupdict().get("bare"):  # (only "the state's toll" has one: an event's owner is named)
        return found.group("bare")
    if found.groupdict().get("demonym"):
        country = gazetteer.demonym_country(found.group("demonym"))
        place = gazetteer.by_code(country) if country else None
        return place.name if place is not None else None
    name = found.group("name")
    if name.split()[0] in ("The", "A", "An"):
        name = name.split(maxsplit=1)[1] if " " in name else ""
    place = gazetteer.resolve(name) if name else None
    if place is None:
        return None
    owns = place.level in ("country", "region", "county") or place.population >= TOLL_OWNER_CITY_POPULATION
    return name if owns else None  # "Bangkok's overall toll": a large city owns its toll too


def _place_before(sentence: str, stop: int) -> str | None:
    """The place named last before ``stop``: a known name ("Ilam") or a place phrase ("the shooting on Utoya
    island"), whichever is nearer, so that a dateline opening the sentence is not what a later "there" means."""
    head = sentence[:stop]
    nearest: tuple[int, str] | None = None
    for name, _ in named_places(head):
        at = head.rfind(name)
        if nearest is None or at + len(name) > nearest[0]:
            nearest = (at + len(name), name)
    for _, end, text in _places(head):
        if nearest is None or end > nearest[0]:
            nearest = (end, text)
    return nearest[1] if nearest else None


def refers_there(sentence: str, end: int) -> bool:
    """Whether "there" right after a figure places it where the sentence named before ("killed there")."""
    return "there" in sentence and _THERE.search(sentence, end, min(len(sentence), end + 40)) is not None


def named_places_of_kind(sentence: str, noun: str) -> list[str]:
    """The named places of one kind in ``sentence``, in order: "Kerr County" for "county"."""
    if noun not in sentence.lower():
        return []
    pattern = rx(rf"((?:\p{{Lu}}[\p{{L}}.'\u2019\-]*\s+){{1,3}})(?i:{noun})\b|(?i:{noun})\s+of\s+\p{{Lu}}[\p{{L}}\-]*")
    named = [m.group().strip() for m in pattern.finditer(sentence) if m.group().split()[0].lower() not in ("the", "a")]
    # "Sindh was the worst-hit province": the subject is a place of that kind
    copular = rx(
        rf"(\p{{Lu}}[\p{{L}}'\u2019\-]*(?:\s\p{{Lu}}[\p{{L}}'\u2019\-]*){{0,2}})\s+(?:is|was|remains|became)\s+(?:the|a|an)\s+(?:[\p{{L}}\-]+\s+){{0,2}}?(?i:{noun})\b"
    )
    return named + [m.group(1) for m in copular.finditer(sentence)]


def is_region_name(phrase: str) -> bool:
    """Whether ``phrase`` is a region's name ("Texas's Kerr County", "Sindh Province"): a place, not a speaker."""
    return bool(_REGION_NAME.fullmatch(phrase.strip()))


def reporting_place(source: str) -> str | None:
    """The country or region a source is, when a place reports its own toll ("Neighbouring Croatia reported two
    deaths", "Malawi said 12 had died"): the figure is that place's. None for any other source.

    >>> reporting_place("neighbouring Croatia"), reporting_place("the health ministry")
    ('Croatia', None)
    >>> reporting_place("Chile's Forensic Medical Service") is None
    True
    """
    words = source.split()
    while words and words[0].lower() in _REPORTING_LEADING:
        words = words[1:]
    name = " ".join(words)
    if not name or not all(w[:1].isupper() for w in words):
        return None
    place = gazetteer.resolve(name)
    if place is None or place.level not in ("country", "region"):
        return None
    # the name itself, as the gazetteers spell it (not "Chile's Forensic Medical Service", a body of Chile)
    return name if gazetteer.lookup(name) else None


_REPORTING_LEADING = frozenset("the neighbouring neighboring nearby fellow".split())


def jurisdiction_place(source: str, sentence: str, end: int) -> str | None:
    """The place an officer holds when the sentence counts in it by a pronoun ("Georgia Gov. Brian Kemp said 25
    people have died in his state", "the Ohio governor said 12 died in her state"); else None.

    >>> jurisdiction_place("Georgia Gov. Brian Kemp", "Georgia Gov. Brian Kemp said 25 died in his state.", 27)
    'Georgia'
    >>> jurisdiction_place("Georgia Gov. Brian Kemp", "Georgia Gov. Brian Kemp said 25 died.", 27) is None
    True
    """
    if (
        _IN_ITS_JURISDICTION.search(sentence, end) is None
        and _ITS_JURISDICTION_BEFORE.search(sentence, max(0, end - 120), end) is None
    ):
        return None
    m = _TITLED_PLACE.match(source)
    if m is None:
        return None
    # (the pronoun says the name before the title is a jurisdiction, known to the gazetteer or not: "North
    # Rhine-Westphalia premier Armin Laschet says 43 have died in his state")
    return m.group("place")


#: A count placed by a pronoun in its officer's jurisdiction: "in his state", "in her county", "across their city",
#: "in hers" (after another officer's "in his state").
_IN_ITS_JURISDICTION = compile_pattern(
    r"\G[^.;]{0,60}?\b(?:(?:in|across|throughout)\s+(?:his|her|their)\s+(?:state|county|province|city|district|"
    r"region|country|town|parish|prefecture)\b|in\s+(?:hers|theirs|his(?=\s*[.,;]))\b)",
    regex.IGNORECASE,
)
#: The same pronoun before the figure, in its clause: "put the number of dead in his state at 62".
_ITS_JURISDICTION_BEFORE = compile_pattern(
    r"\b(?:in|across|throughout)\s+(?:his|her|their)\s+(?:state|county|province|city|district|region|country|"
    r"town|parish|prefecture)\b[^.;]{0,40}$",
    regex.IGNORECASE,
)
#: A place before the title of its officer: "Georgia Gov.", "the Ohio governor", "Kerr County Sheriff".
_TITLED_PLACE = compile_pattern(
    r"(?:the\s+)?(?P<place>\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}?)\s+"
    r"(?:Lt\.\s+|Lieutenant\s+|Deputy\s+)?(?:Gov\.|(?:Governor|governor|Mayor|mayor|Sheriff|sheriff|Premier|premier|"
    r"Chief\s+Minister|chief\s+minister)\b)"
)


#: Where the hurt and the dead are brought: a place of care that reports a count gives what it received or
#: treats ("Azezo General Hospital reported five dead", "the hospital has received 19 bodies").
CARE_SITE_NOUNS: Final[frozenset[str]] = frozenset("hospital clinic morgue mortuary infirmary".split())
_CARE_SITE_NAME = compile_pattern(
    r"(?<![\p{L}'\u2019])((?:\p{Lu}[\p{L}.'\u2019\-]*\s+)(?:(?:\p{Lu}[\p{L}.'\u2019\-]*|of|de|al|el)\s+){0,5}"
    # (the kind in either case: "Medina Hospital", "the Emergency hospital")
    r"(?i:hospital|clinic|morgue|mortuary|infirmary|medical\s+(?:center|centre|college)))(?![\p{L}])"
)
#: Who works at a place of care, speaking for it: "Doctors at a hospital in the northern Uttara district", "a doctor
#: at Madina hospital", "staff at the city morgue".
_STAFF_OF_CARE_SITE = compile_pattern(
    r"\b(?:doctors?|medics?|nurses?|staff|officials?|workers?|director|head|spokes(?:man|woman|person))\s+"
    r"(?:at|of|from)\s+(?:the\s+|a\s+|an\s+)?(?P<site>(?:[\p{L}'\u2019-]+\s+){0,3}?"
    r"(?:hospital|clinic|morgue|mortuary|infirmary)(?:\s+in\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?)$",
    regex.IGNORECASE,
)
#: "the hospital has received", "it had received", "is treating": a place of care counting what it took in.
_CARE_RECEIVED = compile_pattern(
    r"\b(?:(?:the|this|that|the\s+same)\s+(?:hospital|clinic|morgue|mortuary|infirmary)|it)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:also|so\s+far|now)\s+)?(?:received|admitted|taken\s+in|took\s+in|was\s+treating|is\s+treating|treated|"
    r"registered|recorded)\b",
    regex.IGNORECASE,
)


#: The people of a figure brought to a named place of care: "27 bodies were brought to Dhaka Medical College
#: Hospital", "more than 60 wounded were rushed to Medina Hospital". They are counted where they were taken.
_TAKEN_TO_CARE = compile_pattern(
    r"(?:\s+[\p{L}-]+){0,3}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?"
    r"(?:brought|taken|rushed|admitted|carried|transported|flown|sent|moved)\s+to\s+(?:the\s+)?"
    + _CARE_SITE_NAME.pattern.replace("((?:", "(?P<site>(?:", 1)
)


def _without_article(name: str) -> str:
    """A place of care's name without the article a sentence gave it: "The Emergency hospital" is "Emergency
    hospital"."""
    return name[4:] if name.startswith("The ") else name


def reporting_site(source: str | None, sentence: str, start: int) -> str | None:
    """The place of care whose own count a figure is: its source ("Azezo General Hospital said ..."), or the named
    hospital of a sentence that says "the hospital has received 19 bodies" before the figure. None otherwise.

    >>> reporting_site("Azezo General Hospital", "Azezo General Hospital reported five dead.", 35)
    'Azezo General Hospital'
    >>> s = "Dr. Lane, director of Mercy Hospital, said the hospital had received 19 bodies."
    >>> reporting_site("Dr. Lane", s, s.index("19"))
    'Mercy Hospital'
    >>> reporting_site("the health ministry", "The health ministry said 19 died.", 25) is None
    True
    >>> reporting_site("Doctors at a hospital in Uttara", "Doctors at a hospital in Uttara said 11 died.", 38)
    'hospital in Uttara'
    """
    if source:
        own = _CARE_SITE_NAME.search(source)
        if own is not None and own.start() <= 4 and source.rstrip().endswith(own.group(1)):
            return _without_article(own.group(1))  # the hospital itself speaks
        staff = _STAFF_OF_CARE_SITE.search(source)
        if staff is not None:
            return staff.group("site")  # "doctors at a hospital in Uttara said 11 bodies ...": that hospital's count
    received = None
    for m in _CARE_RECEIVED.finditer(sentence, 0, start):
        received = m
    if received is None or sentence[received.end() : start].count(",") > 1:
        return None
    named = [m.group(1) for m in _CARE_SITE_NAME.finditer(sentence, 0, received.start())]
    if not named and source:
        named = [m.group(1) for m in _CARE_SITE_NAME.finditer(source)]
    return _without_article(named[-1]) if named else None


def possessive_place(phrase: str) -> str | None:
    """ "Harlow County" in "Harlow County's sheriff", "county" in "the county's sheriff": a place owning a source."""
    m = _POSSESSIVE_PLACE.search(phrase) if "'s" in phrase or "\u2019s" in phrase else None  # (its end: 's)
    return m.group(1) if m else None


#: A figure placed only by the kind of its source's place: "have died in the state", "across the province".
_IN_THE_JURISDICTION = compile_pattern(
    r"\G[^.;]{0,60}?\b(?:in|across|throughout)\s+the\s+(?:state|province|county|region|district|country|"
    r"prefecture|oblast|governorate)\b(?!\s+of\b)",
    regex.IGNORECASE,
)


def owners_jurisdiction(source: str | None, sentence: str, end: int) -> str | None:
    """The place that owns a source, when the figure ending at ``end`` is placed only by that place's kind:
    "Rhineland-Palatinate's interior ministry says 50 have died in the state" is Rhineland-Palatinate's count.

    >>> s = "Bavaria's interior ministry says 14 have died in the state."
    >>> owners_jurisdiction("Bavaria's interior ministry", s, s.index("14") + 2)
    'Bavaria'
    >>> owners_jurisdiction("the interior ministry", "The interior ministry says 14 died in the state.", 29) is None
    True
    """
    if not source or not ("'s" in source or "\u2019s" in source) or _IN_THE_JURISDICTION.search(sentence, end) is None:
        return None
    named = POSSESSIVE_NAME.search(source)
    return named.group(1) if named else None


def possessive_country(phrase: str) -> str | None:
    """ "Malawi" in "Malawi's government": a country or region the gazetteer knows, owning a source, or None.

    Used where the sentence pairs sources with figures ("X's agency and Y's government reported 131 and 52,
    respectively"), not for every credit: "Gaza's health ministry" speaks for more than Gaza's figures.
    """
    from claimcheck.extraction import gazetteer  # (here: the gazetteer's index is built on first use)

    named = POSSESSIVE_NAME.search(phrase) if "'s" in phrase or "\u2019s" in phrase else None
    if named and (place := gazetteer.resolve(named.group(1))) is not None and place.level in ("country", "region"):
        return named.group(1)
    return None


def dateline(paragraph: str) -> str | None:
    """The place of a dateline opening ``paragraph`` ("CITY, Feb 7 (Agency) -", "CITY/OTHER CITY:"), or None.

    A dateline names where the story was filed: the place of every figure that names none.

    >>> dateline("VALDORA, March 3 (Wirepress) - Nine people died.")
    'VALDORA'
    >>> dateline("NEW DELHI - Nine people died."), dateline("Nine - died.")
    ('NEW DELHI', None)
    >>> dateline("Port Amber/Lowmere: Twelve people died.") , dateline("Summary: Nine died.")
    ('Port Amber/Lowmere', None)
    """
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    place = m.group("place").strip()
    if m.group("caps") is not None and not _ALL_CAPS.fullmatch(place.split(",")[0].replace(" ", "").replace("/", "")):
        return None  # "Nine people -- ...": only an upper-case place opens a dateline with a dash alone
    if m.group("slash") is not None and "/" not in place and (not _ALL_CAPS.fullmatch(place.replace(" ", ""))):
        return None  # "Gaza: ..." is read by the sentence itself; "Summary:" is a label
    first = place.split()[0].lower().strip(".,")
    if first in _LABELS or first in _NOT_PLACES or _NATIONALITY.fullmatch(place):
        return None
    return place


def respective_places(sentence: str, spans: Sequence[tuple[int, int]]) -> dict[int, str]:
    """ "In X and Y, 310 and 42 died, respectively": each figure (by index in ``spans``) to its own place.

    The places are the parts of the last coordinated place before "respectively"; the
    figures, as many, the last ones before it joined by "and" or commas.
    """
    at = sentence.lower().find("respectively")
    if at < 0:
        return {}
    run = None
    for m in _NUMBER_RUN.finditer(sentence, 0, at):
        run = m  # the last run of coordinated numbers before "respectively"
    if run is None:
        return {}
    coordinated = [p[2] for p in _places(sentence) if p[0] < at]
    # "X and Y reported 308 and 223 deaths, respectively": named places as the subject
    coordinated += [
        _LEADING_WORD.sub("", m.group())
        for m in _NAMED_COORDINATION.finditer(sentence, 0, run.start())
        if _places_not_speakers(sentence, m)
    ]
    # "Al Haouz, near the epicentre, and Taroudant": an aside on the first place between the two
    coordinated += [
        f"{m.group(1)} and {m.group(2)}"
        for m in _COORDINATION_ROUND_ASIDE.finditer(sentence, 0, run.start())
        if _PLACE_PREPOSITION_BEFORE.search(sentence, max(0, m.start(1) - 12), m.start(1))
        and any(gazetteer.resolve(name) is not None for name in (m.group(1), m.group(2)))
    ]
    # "pulled 87 and 64 bodies from Petobo and Balaroa, respectively": the places after the figures
    coordinated += [
        m.group()
        for m in _NAMED_COORDINATION.finditer(sentence, run.end(), at)
        if _PLACE_PREPOSITION_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
    ]
    for text in reversed(coordinated):
        parts = [p.strip() for p in _COORDINATION.split(text) if p.strip()]
        if len(parts) >= 2:
            break
    else:
        return {}
    numbers = [n for n in _NUMBER.finditer(run.group()) if n.group().strip(",.")]
    if len(numbers) != len(parts):
        return {}
    out: dict[int, str] = {}
    for n, place in zip(numbers, parts, strict=True):
        n_start = run.start() + n.start()
        for k, (s, e) in enumerate(spans):
            if s <= n_start < e:
                out[k] = place
    return out


_NAME = r"\p{Lu}[\p{L}'\u2019\-]*(?:\s\p{Lu}[\p{L}'\u2019\-]*){0,3}"
_NAMED_COORDINATION = compile_pattern(rf"{_NAME}(?:,\s*{_NAME})*,?\s+and\s+{_NAME}(?=\s+\p{{Ll}}|,)")
_COORDINATION_ROUND_ASIDE = compile_pattern(rf"({_NAME}),\s+\p{{Ll}}[^,;.]{{0,50}},\s+and\s+({_NAME})(?=\s+\p{{Ll}}|,)")
_PLACE_PREPOSITION_BEFORE = compile_pattern(r"\b(?:in|from|at|across|near|of)\s+(?:the\s+)?$")
#: Verbs only a speaker does, after coordinated names ("Reyes, Ortiz and Lamb said"): names before them are people,
#: not a list of places. Narrower than lexicon.SPEECH_VERBS on purpose: places "recorded" or "reported" tolls too.
_SPEAKS = compile_pattern(r"\s+(?:said|says|say|told|tell|stated|added|estimated|announced)\b")
_ORGANISATION_WORDS = frozenset(
    """ministry ministries agency agencies office department police army forces committee council organization
    organisation authority authorities cross crescent nations fund service services group institute""".split()
)


def _places_not_speakers(sentence: str, m: regex.Match[str]) -> bool:
    """Whether "X and Y" before figures are places, not organisations that speak ("UNICEF and the Red Cross said")."""
    if _SPEAKS.match(sentence, m.end()):
        return False
    if sentence.startswith(",", m.end()):
        # "Wajima and Suzu, two towns near the coast, ...": an aside after names is read only when each is a place
        names = [_LEADING_WORD.sub("", p.strip()) for p in _COORDINATION.split(m.group()) if p.strip()]
        if not all(gazetteer.resolve(n) is not None for n in names):
            return False
    words = m.group().replace(",", " ").split()
    return not any(w.lower() in _ORGANISATION_WORDS or (len(w) > 1 and _ALL_CAPS.fullmatch(w)) for w in words)


_LEADING_WORD = compile_pattern(r"^(?:In|At|On|The|From|Across|Both|While|But|And)\s+")
_COORDINATION = compile_pattern(r",\s*(?:and\s+)?|\s+and\s+")
_NUMBER = compile_pattern(r"\d[\d,.]*\d|\d")
#: "310 and 42", "1,200, 300 and 45", "310 people and 42": coordinated numbers, a few words apart at most.
_NUMBER_RUN = compile_pattern(
    r"\d[\d,.]*(?:\s+[\p{L}-]+){0,2}?(?:(?:,\s*|,?\s+and\s+)\d[\d,.]*(?:\s+[\p{L}-]+){0,2}?)+(?=\W)"
)
#: "Calder: 12": a capitalised place name and a colon right before a figure, opening the text or after a comma.
_EVENT_NOUNS = (
    r"(?:wild)?fires?|floods?|flooding|earthquakes?|quakes?|storms?|hurricane|cyclone|typhoon|tornado|landslides?"
    r"|mudslides?|avalanche|stampede|shooting|massacre|bombings?|bombs?|attacks?|blasts?|explosions?|crash|collapse|disaster"
    r"|accident|collision|derailment|tragedy|sinking|capsizing|shipwreck|eruption|crush|blaze|inferno|poisoning"
)
_EVENT_WORDS = compile_pattern(rf"\b(?:{_EVENT_NOUNS})\b", regex.IGNORECASE)
_EVENT_WORDS_SCAN = CaselessScan(_EVENT_WORDS)
#: "the Maui wildfire", "from the Texas floods": capitalised words before an event noun name where it happened.
#: The name may stand before the kind of site that was hit ("the Ikoyi tower collapse", "last week's Sabinas mine
#: explosion"); a day's possessive before it says when ("Thursday's", "last week's"), not where.
_EVENT_PLACE = compile_pattern(
    rf"\b(?:in|from|after|by|of|since)\s+(?:the\s+|(?:last\s+|this\s+)?\w+['\u2019]s\s+)?"
    rf"(\p{{Lu}}[\p{{L}}\-]*(?:\s\p{{Lu}}[\p{{L}}\-]*){{0,2}})(?:\s+(?-i:\p{{Ll}}[\p{{Ll}}\-]*)){{0,2}}?"
    rf"\s+(?-i:{_EVENT_NOUNS})\b"
)
#: The last word of an operator's name: "Sunday's Yeti Airlines crash" is named by who flew, not where it fell.
_OPERATOR_WORDS = frozenset(
    """airlines airline airways air aviation express railways railway rail lines line shipping ferries ferry
    cruises corp corporation company inc ltd group""".split()
)
#: An event named by the place it befell: "the eruption of Mount Semeru", "the collapse of the Morandi bridge".
_EVENT_OF_PLACE = compile_pattern(
    r"\b(?:eruption|collapse|bombing|shelling|flooding|explosion|evacuation)\s+of\s+(?:the\s+)?"
    r"(\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,3}(?:\s+(?:bridge|tower|dam|mine|volcano|building|hotel|stadium))?)"
)
_STRIKES = compile_pattern(
    r"(?i)\b(?:rocked|slammed|swept|ravaged|battered|lashed|devastated|engulfed|inundated|pounded|gutted|flattened"
    r"|hit|struck)(?:\s+(?:the|a|an))?\s+$"
)
#: An assault on a named place, in a clause of its own after the figure: "killed when police raided an apartment in
#: X", "crushed as crowds stormed a warehouse in Y" (a place named before it, "the hall", is the one it refers to).
_ASSAULTS = compile_pattern(
    r"(?i)\b(?:raided|stormed|attacked|bombed|shelled)(?:\s+(?:the|a|an))?"
    r"(?:(?:\s+[\p{L}-]+){0,3}?\s+(?:in|at|near|outside))?\s+$"
)
#: A capitalised word: the place phrase names something ("an apartment in Saint-Denis", not "the hall").
_NAMED = compile_pattern(r"\b\p{Lu}")
#: A ranking of places: "followed by Brisk with 336", "followed by Brisk at 336".
_RANKED = compile_pattern(r"\bfollowed\s+by\s+(\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2})\s+(?:with|at)\s+$")
#: Nationality adjectives name who acted, not where: "the Russian bombing".
_DEMONYM = compile_pattern(r"(?:ian|ese|ish|ean|Israeli|Iraqi|Yemeni|Somali|Pakistani|Afghani|Saudi|Thai|Nepali)$")
_KINDS = r"(?:[Cc]ounty|[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict|[Oo]blast|[Gg]overnorate|[Pp]arish|[Pp]refecture)"
#: A live entry's clock time before its first words: "4:40 p.m. - ", "09:05 ".
_ENTRY_TIME_OPENING = r"(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-\u2013\u2014:|]\s*)?)?"
#: A sentence whose subject is a named region: "Harlow County has recorded ...", "Texas's Kerr County reported ...".
_SUBJECT_PLACE = compile_pattern(
    rf"^\W*{_ENTRY_TIME_OPENING}(?:[Tt]he\s+)?((?:\p{{Lu}}[\p{{L}}.'\u2019\-]*\s+){{1,4}}{_KINDS})"
    # (an aside on it may stand between: "Harris County, which includes Houston, reported 25 deaths")
    rf"(?=(?:,\s+{PLACE_ASIDE_OPENER}[^,;.]{{1,60}},)?"
    # ("Henderson County also lowered its count, from nine deaths to seven": the county's own count)
    r"\s+(?:(?:also|now|later|again|since)\s+)?(?:has|had|have|is|was|were|reported|recorded|confirmed|said|counted|"
    r"saw|suffered|registered|lowered|raised|revised|updated|cut|reduced|increased)\b)"
)
#: A sentence opened by a name that holds its figures: "Cao Bang has 29 dead and 23 missing" (the name must be a
#: place the gazetteer knows; "Lao Cai reported 53 deaths" is a place that speaks, read with its sources).
_SUBJECT_NAME = compile_pattern(
    rf"^\W*{_ENTRY_TIME_OPENING}"
    r"((?!(?:We|They|It|He|She|I|You|This|That|There)\s)(?:\p{Lu}[\p{L}'\u2019\-]*\s+){0,2}\p{Lu}[\p{L}'\u2019\-]{2,})"
    r"\s+(?:has|had|have)\s+(?:now\s+|so\s+far\s+)?(?=(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?\d)"
)
#: A named place's share of a toll, right before its figure: "Amatrice (and its hamlets) accounted for 207",
#: "while Arquata accounted for 50". Only a place accounts for a part of the dead by name.
_ACCOUNTED_FOR = compile_pattern(
    rf"(?:^|[,;]\s*(?:while\s+|and\s+|but\s+)?|\b(?:while|and)\s+)(?P<name>{PLACE_NAME}"
    r"(?:\s+(?:province|county|district|state|region|prefecture|governorate|municipality))?)"
    r"(?:\s+and\s+(?:its|the)\s+[\p{Ll}\s]{1,30}?)?"
    # an aside on the place: "Harris County, which includes Houston, reported 25 deaths"
    rf"(?:,\s+{PLACE_ASIDE_OPENER}[^,;.]{{1,60}},)?"
    r"\s+(?:alone\s+)?(?P<verb>accounted\s+for|accounts\s+for|reported|recorded|registered|counted)\s+(?:the\s+)?"
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?$"
)
#: The verbs of :data:`_ACCOUNTED_FOR` other than "accounted for": a pre-check, as every figure asks.
_SHARE_VERB_WORDS = compile_pattern(r"reported|recorded|registered|counted")
_REGION_NAME = compile_pattern(rf"(?:\p{{Lu}}[\p{{L}}.'\u2019\-]*\s+){{1,4}}{_KINDS}")
_POSSESSIVE_PLACE = compile_pattern(
    rf"((?:\p{{Lu}}[\p{{L}}.\-]*\s+){{0,3}}\b(?i:county|province|state|region|district|city|town|camp|oblast)|{_KINDS})['\u2019]s\b"
)
_LIST_LABEL = compile_pattern(r"(?:^|[,;:]\s*)(\p{Lu}[\p{L}.'\-]*(?:\s\p{Lu}[\p{L}.'\-]*){0,3}):\s*")
#: Labels that are no places ("Deaths: 12", "Update: 4").
_LABEL_WORDS = compile_pattern(
    r"(?i)\b(?:deaths?|dead|killed|injured|wounded|missing|total|toll|update|source|note|children|women|men)\b"
)


def last_place(sentence: str, *, named: bool = False) -> str | None:
    """The last place ``sentence`` names, as written (with ``named``, the last proper-named one)."""
    places = _places(sentence)
    if places and _VENUE_WORDS_SCAN.search(sentence):
        # "in an update released in Geneva", "told reporters in Kabul": where it was said is carried to no figure
        venues = _speech_venues(sentence)
        places = [p for p in places if not any(start <= p[0] < end for start, end in venues)]
    if named:
        spans = [(s, e) for s, e, _text in places]
        # "a music venue outside Moscow", "the station near the EU building": what a site lies by is not carried
        places = [
            p
            for p in places
            if is_named_place(p[2])
            and not any(s < p[0] and p[1] <= e + 40 and _BESIDE.search(sentence, s, p[0]) for s, e in spans)
        ]
    return places[-1][2] if places else None


def only_beside(sentence: str, place: str) -> bool:
    """Whether ``sentence`` names ``place`` only as what a site is beside ("a venue outside Moscow")."""
    at = sentence.find(place)
    return at > 0 and bool(_BESIDE.search(sentence, max(0, at - 12), at))


#: What joins a place to the larger area it lies in: "Van province in eastern Turkey", "Birnin Gwari, in Kaduna State".
_IN_CONTAINER = compile_pattern(r"\s*,?\s*in\s+(?:the\s+)?")


def _contains(sentence: str, inner: tuple[int, int, str], outer: tuple[int, int, str]) -> bool:
    """Whether ``outer`` follows ``inner`` as the country or region it lies in ("Van province in eastern Turkey").

    ``outer`` must be a country or region the gazetteers know (a direction before it names a part of it), and
    ``inner`` a place inside its country, or a proper name they lack (a town too small for them).
    """
    if not _IN_CONTAINER.fullmatch(sentence, inner[1], outer[0]):
        return False
    area = gazetteer.resolve(outer[2])
    if area is None or area.level not in ("country", "region"):
        return False
    place = gazetteer.resolve(inner[2])
    if place is None:  # a town the gazetteers lack, named inside an area they know ("Birnin Gwari, in Kaduna State")
        return is_named_place(inner[2])
    return place.country == area.country and place != area


#: "outside Moscow", "near the border": the place a site lies by, not the place of its figures.
_BESIDE = compile_pattern(r"\b(?:outside|near|off|beyond)\s+(?:the\s+)?$", regex.IGNORECASE)


def _lies_beside(sentence: str, inner: tuple[int, int, str], outer: tuple[int, int, str]) -> bool:
    """Whether ``inner`` is the town a site phrase ``outer`` lies by: "a venue outside Calder"."""
    inside = outer[0] < inner[0] and inner[1] <= outer[1]
    return inside and bool(_BESIDE.search(sentence, max(outer[0], inner[0] - 12), inner[0]))


def all_places(sentence: str) -> list[str]:
    """Every place ``sentence`` names, in order, as written."""
    return [p[2] for p in _places(sentence)]


def is_named_place(place: str) -> bool:
    """Whether a place is named ("Kerr County", "northern Gaza") rather than a site ("an electricity substation").

    Only a named place frames the figures after it: a site introduced with "a" or in
    lower-case words belongs to the figure it came with.
    """
    first = place.split(maxsplit=1)[0].lower() if place.strip() else ""
    return first not in ("a", "an") and any(w[:1].isupper() for w in place.split())


def bare_place_noun(place: str) -> str | None:
    """ "county" for "county" or "the county": a place noun standing alone refers back to a named place."""
    words = place.lower().split()
    if words and words[0] in ("the", "this", "that"):
        words = words[1:]
    if len(words) == 2 and words[0] == "same":
        return words[1]  # "the same hospital": the one named before, whatever its kind
    if len(words) == 2 and words[1] in _ANAPHORIC_NOUNS and _describes(place.split()[-2], words[1]):
        return words[1]  # "this Italian island", "the Missouri city": the island, the city named before
    return words[0] if len(words) == 1 and words[0] in _ANAPHORIC_NOUNS else None


#: Words that describe a place already named rather than name one: "this small island", "the coastal town".
_DESCRIBING_WORDS = frozenset("small tiny coastal remote mountain mountainous rural island border".split())
#: Kinds of place a larger area holds: "the Missouri city" is a city in Missouri, "Van province" is named Van.
_HELD_KINDS = frozenset("city town village island county district".split())


#: How the adjective of a region ends ("Himalayan", "Caribbean", "Balkan", "Andean", "Baltic", "Alpine"): before
#: "country" or "nation" it describes the story's country, never names another.
_REGION_ADJECTIVE_ENDINGS = ("an", "ic", "ine", "ese")


def _describes(word: str, noun: str) -> bool:
    """Whether ``word`` before a place noun describes a place named elsewhere: a people's adjective ("this
    Italian island"), a larger area the place lies in ("the Missouri city"), a plain description ("the small
    town"); not a name ("Van province", "Zaporizhzhia region")."""
    if noun == "capital":
        return False  # "the Somali capital" says which city it is
    if word.lower() in _DESCRIBING_WORDS:
        return True
    if noun in ("country", "nation") and word[:1].isupper() and word.lower().endswith(_REGION_ADJECTIVE_ENDINGS):
        return True  # "the Himalayan country", "the Andean nation": the story's country
    if not word[:1].isupper():
        return False
    if gazetteer.demonym_country(word) is not None:
        return True
    area = gazetteer.resolve(word)
    return area is not None and area.level in ("country", "region") and noun in _HELD_KINDS


#: Kinds of building or ground that hold people at one site: "Varnhill airport", "the Al Noor mosque".
SITE_NOUNS = frozenset(
    """airport station hospital school mosque church synagogue temple mall stadium arena hotel market factory
    mine prison club nightclub venue university theatre theater plant terminal""".split()
)

#: Place nouns that, alone, refer back to the named place of that kind ("the county" after "Kerr County").
_ANAPHORIC_NOUNS = (
    frozenset(
        """country nation county province region district state city town village camp oblast governorate
        municipality island capital""".split()
    )
    | SITE_NOUNS
)


#: Words that set an unnamed site apart from the named one before it: "a second mosque", "another school".
_ANOTHER_SITE = frozenset({"second", "third", "fourth", "fifth", "another", "other", "nearby", "separate"})


def site_holding(sentence: str, place: str) -> str | None:
    """The named site a sentence gives before an unnamed part of it: "at Varnhill airport ... in the departure hall".

    A hall, a ward or a lobby named by its kind only, after a named building in
    the same sentence, is a room of that building: its figures are the site's.

    >>> site_holding("Bombs hit the Varnhill airport, killing 14 in the departure hall.", "departure hall")
    'Varnhill airport'
    >>> site_holding("Bombs hit Varnhill, killing 14 in the departure hall.", "departure hall") is None
    True
    """
    if is_named_place(place) or bare_place_noun(place) is not None:
        return None
    words = place.lower().split()
    head = words[: words.index("in")] if "in" in words else words
    if _ANOTHER_SITE.intersection(words) or (head and head[-1] in SITE_NOUNS):
        return None  # "a second mosque in the suburb of Linwood", "a nearby school": a building of its own
    at = sentence.find(place)
    for named in reversed(all_places(sentence[: at if at > 0 else len(sentence)])):
        words = named.lower().split()
        if is_named_place(named) and words and words[-1] in SITE_NOUNS:
            return named
    return None


_KINDS_LOWER = r"(?:regency|province|district|county|region|state|prefecture|municipality|village|town|city|camp)"
#: A relative "where" clause and the noun phrase it hangs on: "the market, where", "Camp Hope, where".
_WHERE = compile_pattern(
    r"(?:\b(?:the|a|an|its|their)\s+((?:[\p{L}\-'\u2019]+\s+){0,3}?[\p{L}\-]+)"
    r"|\b(\p{Lu}[\p{L}.'\u2019\-]*(?:\s+\p{Lu}[\p{L}.'\u2019\-]*){0,3}"
    rf"(?:\s+{_KINDS_LOWER})?))"
    # an aside on the place before its clause: "Donggala regency, north of the city, where 11 bodies were found"
    r"(?:,\s+\p{Ll}[^,;:]{0,40})?"
    r",?\s+where\s+(?=[^;:]*$)"
)


def _where_antecedent(sentence: str, low: int, start: int) -> tuple[int, str] | None:
    """The place a "where" clause holding the figure hangs on (its start and words), if it names a place.

    "They reached the mine, where 9 workers were trapped": the mine; "Lahaina, where 97 died": Lahaina. The
    phrase must end in a place noun or be a name, so "the moment where 9 died" is no place.
    """
    found = list(_WHERE.finditer(sentence, low, start))
    if not found:
        return None
    m = found[-1]
    common, name = m.group(1), m.group(2)
    if common is not None and common.split()[-1].lower() in PLACE_NOUNS:
        return m.start(1), m.group(0)[: m.end(1) - m.start(0)].strip()
    if name is not None and name.split()[0].lower() not in _NOT_PLACES:
        return m.start(2), name
    return None


def _clause_end(sentence: str, position: int) -> int:
    m = _CLAUSE_END.search(sentence, position)
    return m.start() if m else len(sentence)


#: A verb that gives a cause right before a place opener: "blamed on Harvey", "attributed to Ida".
_CAUSE_BEFORE = compile_pattern(r"\b(?:blamed|blame|blames|blaming|attributed|attributable|linked|tied)\s+$", regex.I)
#: The titles a storm is named with: "Storm Ciaran", "Hurricane Harvey", "Typhoon Haiyan", "Tropical Storm Allison".
_STORM_TITLES = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical", "superstorm", "super"})


@functools.lru_cache(maxsize=256)
def _places(sentence: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _OPENER_SCAN.finditer(sentence):
        if m.group().lower().startswith("on") and _CHANNEL_VERB.search(sentence, max(0, m.start() - 20), m.start()):
            continue
        if _CAUSE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "deaths blamed on Harvey", "attributed to Ida": what caused them, not where
        place = _place_phrase(sentence, m.end())
        if place and place[2].split()[0].lower() in _STORM_TITLES:
            continue  # "Storm Ciaran", "Hurricane Harvey": a storm is named like a town, and is none
        if place and not (place[2].lower().split()[-1] in _FIGURATIVE_HEADS and _FIGURATIVE.match(sentence, place[1])):
            out.append(place)
    for m in _SITE_OPENER.finditer(sentence) if "from" in sentence or "attending" in sentence else ():
        place = _place_phrase(sentence, m.end())
        if place and _names_a_site(place[2]):
            out.append(place)  # "ten girls from Camp Mystic", "students attending Robb Elementary School"
    return sorted(set(out))


#: The event's own site named by reference ("the scene", "the blast site", "the crash scenes"): it says the
#: figure is where the event is, not another place, so the figure is as unplaced as the event.
_EVENT_SITE = compile_pattern(
    rf"(?:the\s+)?(?:(?:{_EVENT_NOUNS}|attacks?|bomb|accident|incident|impact|disaster)\s+)?(?:scenes?|sites?)",
    regex.IGNORECASE,
)
#: A route named as where something happened: "on the way to hospital", "en route to the clinic".
_ON_THE_WAY = compile_pattern(r"(?:the\s+)?(?:way|route|road)\s+to\s+(?:the\s+|a\s+)?(?:hospitals?|clinics?)", regex.I)
#: What joins the scene to the town it is in: "at the scene in Corvale", "the crash site near Tula".
_BESIDE_SCENE = compile_pattern(r"\s*,?\s*(?:in|near|outside|at|of)\s+(?:the\s+)?", regex.IGNORECASE)
#: "at the center of the floods", "the heart of the storm": a figure of speech, not a place.
_FIGURATIVE_HEADS = frozenset("center centre heart epicenter epicentre middle".split())
_FIGURATIVE = compile_pattern(
    r"\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:wild)?fires?|floods?|flooding|storm|disaster|"
    r"crisis|tragedy|search|investigation|controversy|outbreak|debate|quake|earthquake)\b",
    regex.IGNORECASE,
)
#: A proper name between a figure and the people it counts: "10 Camp Mystic campers", "30 Kerr County residents".
_SITE_MODIFIER = compile_pattern(r"\s+((?:\p{Lu}[\p{L}.'\u2019\-]*\s+){1,4}?)(?=\p{Ll}[\p{L}\-]*\b)")
#: Where a named site is what people belong to or come from: "from Camp Mystic", "attending Robb Elementary".
_SITE_OPENER = compile_pattern(r"\b(?:from|attending)\s+(?=(?:the\s+)?\p{Lu})")


def _names_a_site(place: str) -> bool:
    """Whether a proper-named place says its kind, as its head ("Kerr County", "Robb Elementary School") or, for
    the kinds named first, as its first word ("Camp Mystic", "Fort Hood"); "State Department" and "Border Patrol"
    are bodies, not places."""
    words = [w.lower() for w in place.split() if w.lower() not in ("the", "a", "an")]
    if not words or not is_named_place(place):
        return False
    return words[-1] in PLACE_NOUNS or (len(words) > 1 and words[0] in _KIND_FIRST)


#: Kinds of place that English names put before the name: "Camp Mystic", "Fort Hood", "Lake Placid".
_KIND_FIRST = frozenset("camp fort mount lake port".split())


def _followed_by_speaker(words: list[tuple[str, int, int, str]], i: int) -> bool:
    """Whether the lower-case place noun ``words[i]`` after a comma opens another phrase ("Tacloban, city
    officials said"), not the place's own apposition ("Leyte, province of ...", "Ormoc, city hall")."""
    following = words[i + 1][3] if i + 1 < len(words) else ""
    return following.isalpha() and following not in PLACE_NOUNS and following not in ("of", "and", "the")


def _place_phrase(sentence: str, start: int) -> tuple[int, int, str] | None:
    """The place phrase opening at ``start``; if it fails past a comma, the part before the comma."""
    found = _phrase_until(sentence, start, -1)
    if found is None:
        comma = sentence.find(",", start, start + 80)
        if comma > start:
            # "on the evacuation stairs, Baza Telegram channel said": the place ends at the comma
            return _phrase_until(sentence, start, comma)
    return found


def _phrase_until(sentence: str, start: int, stop: int) -> tuple[int, int, str] | None:
    """The place phrase opening at ``start``, taking no word at or after ``stop`` (when not -1)."""
    quantifier = _QUANTIFIER.match(sentence, start)  # "one of its schools", "several areas of"
    if quantifier:
        start = quantifier.end()
    words, read_to = _read_words(sentence, start, _FIRST_COUNT)
    # the phrase must start right here
    if not words or sentence[start : words[0][1]].strip():
        return None
    more = read_to if len(words) == _FIRST_COUNT else -1  # where words 5 to 10 are read from, if they may exist
    taken: list[tuple[str, int, int, str]] = []
    premodified = False
    for i, word in enumerate(words):
        if more >= 0 and i + 2 >= len(words):  # the tests below look up to two words ahead
            words.extend(_read_words(sentence, more, _MORE_COUNT)[0])  # (the loop goes on over the longer list)
            more = -1
        w, s, _, lw = word
        if 0 <= stop <= s:
            break
        gap = sentence[taken[-1][2] : s].strip() if taken else ""
        if gap not in ("", ",") or (gap == "," and lw.rstrip(".") in _APPOSITION_HEADS):
            break  # "Kerr County, Sheriff Jane Doe said": a title after the comma starts a person, not a place
        if gap == "," and lw in PLACE_NOUNS and not w[0].isupper() and _followed_by_speaker(words, i):
            break  # "were in Tacloban, city officials said": the noun after the comma starts the speaker
        if lw in ("the", "its", "their", "his", "her", "this", "that") and not taken:
            continue  # ("this Italian island": the island named before, see bare_place_noun)
        if lw in ("a", "an", "both") and not taken:
            taken.append(word)  # "a Gaza City hospital": kept, it says the place is not named ("both": which ones)
            continue
        if lw in _NOT_PLACES or (lw.endswith(_POSSESSIVE) and lw[:-2] in _NOT_PLACES):
            break  # ("Thursday's ferry disaster": a day's possessive says when, not where)
        if w[0] in "NECGHB" and HOLIDAY.match(sentence, s):
            break  # "on New Year's Day", "on Easter Monday": a day, not a place
        if w[0].isdigit() and taken:
            break  # "in 149 facilities, 122,000 people ...": a figure starts the next clause
        if w[0].isupper() or w[0].isdigit() or lw in PLACE_NOUNS or _DIRECTION.fullmatch(lw) or _is_al_name(w):
            taken.append(word)
            continue
        if (
            lw in _NAME_PARTICLES
            and taken
            and taken[-1][0][0].isupper()
            and i + 1 < len(words)
            and words[i + 1][0][0].isupper()
        ):
            taken.append(word)  # "Dos de Mayo hospital", "Rio de Janeiro", "Den Haag van ...": a name's particle
            continue
        if (
            lw in ("of", "and")
            and taken
            and i + 1 < len(words)  # ("struck Sindh and Punjab." ends the sentence with its last place)
            and (
                words[i + 1][0][0].isupper()
                or words[i + 1][3] in PLACE_NOUNS
                or words[i + 1][3] == "the"
                or (
                    lw == "and"
                    and i + 2 < len(words)
                    and words[i + 2][3] in PLACE_NOUNS
                    and taken[-1][3] in PLACE_NOUNS
                )
            )
        ):
            taken.append(word)
            continue
        if (
            taken
            and taken[-1][3] in ("and", "the")
            and lw.isalpha()
            and lw not in _NOT_PLACES
            and any(x[3] in PLACE_NOUNS for x in words[i + 1 : i + 2])
            and any(t[3] in PLACE_NOUNS for t in taken)
        ):
            taken.append(word)  # "the airport and subway station": a second site, named by its kind
            continue
        if lw == "the" and taken and taken[-1][3] == "of":
            taken.append(word)
            continue
        if lw in ("non-unrwa",) or (lw.startswith("non-") and taken == []):
            taken.append(word)
            continue
        if _is_modifier(lw) or (lw == "one" and i + 1 < len(words) and words[i + 1][3] == "of" and not taken):
            taken.append(word)
            continue
        if (
            not taken
            and i + 1 < len(words)
            and words[i + 1][3] in PLACE_NOUNS
            and words[i + 1][3].endswith("s")
            and lw.isalpha()
            and lw not in _NOT_PLACES
            and lw not in _NOT_COMPOUND
        ):
            taken.append(word)  # "missing from summer camps", "in border towns": a kind of place, plural
            continue
        if (
            (
                (taken and taken[0][3] in ("a", "an"))
                or (taken and taken[-1][0].endswith(_POSSESSIVE))  # "Maiduguri's fish market"
                or (not taken and i > 0 and words[i - 1][3] == "the")
                or (len(taken) == 1 and premodified)
                or (taken and all(_is_modifier(t[3]) for t in taken))  # "the occupied left bank"
            )
            and any(x[3] in PLACE_NOUNS for x in words[i + 1 : i + 3])
            and lw not in _NOT_PLACES
            and lw.isalpha()
        ):
            premodified = not taken  # "the two attack sites": "two" and "attack" both modify "sites"
            taken.append(word)  # "a packed music venue"
            continue
        break
    while taken and taken[-1][3] in ("of", "and", "the", "a", "an"):
        taken.pop()
    if taken and taken[-1][3] in _VEHICLES and _EVENT_WORDS.match(sentence, taken[-1][2] + 1):
        # "the Balasore train crash", "the Kalamata boat sinking", "the plane crash": the vehicle names the event's kind
        taken.pop()
    if not taken or (len(taken) == 1 and taken[0][3] in ("a", "an")):
        return None
    last = taken[-1][0]
    if not (last[0].isupper() or last.lower() in PLACE_NOUNS or _is_al_name(last)):
        return None
    if last.endswith(_POSSESSIVE):
        return None
    following = sentence[taken[-1][2] :].split(maxsplit=1)[:1]
    if following and following[0].lower().strip(",.") in _MEDIA:
        return None  # "on Al-Jazeera television" is a channel, not a place
    while taken and taken[0][3] in ("one", "of", "the"):
        taken.pop(0)
    if not taken or taken[-1][3] in ("a", "an"):
        return None
    if all(t[0][0].isdigit() for t in taken):
        return None
    end = taken[-1][2]
    qualifier = _OUTSIDE.match(sentence, end)  # "a music venue outside Moscow", "a hospital in Gaza City"
    if qualifier and taken[0][3] in ("a", "an"):
        inner = _phrase_until(sentence, qualifier.end(), stop)
        if inner:
            end = inner[1]
    text = sentence[(quantifier.start() if quantifier else taken[0][1]) : end]
    first = taken[0][3]
    if first in _NOT_PLACES or (len(taken) == 1 and _ALL_CAPS.fullmatch(last) and len(last) > 4):
        return None
    if _NATIONALITY.fullmatch(last):
        return None
    return taken[0][1], end, text


def _read_words(sentence: str, start: int, count: int) -> tuple[list[tuple[str, int, int, str]], int]:
    """The first ``count`` (4 or 6) words from ``start``, as ``_FIRST_WORDS`` or ``_MORE_WORDS`` read them, and
    where the reading ended.

    An ASCII sentence is read by ``re`` one word after another (every letter or digit starts a word, so the
    words follow each other as the repetition takes them): faster than ``regex`` and its captures.
    """
    if sentence.isascii():
        found = list(itertools.islice(_WORD_ASCII.finditer(sentence, start), count))
        words = []
        for word in found:
            w, at = word.group(1).rstrip(","), word.start(1)
            words.append((w, at, at + len(w), w.lower()))
        return words, found[-1].end() if found else start
    m = (_FIRST_WORDS if count == _FIRST_COUNT else _MORE_WORDS).match(sentence, start)
    return _words(m), m.end() if m else start


def _words(m: regex.Match[str] | None) -> list[tuple[str, int, int, str]]:
    """The words a ``_FIRST_WORDS`` or ``_MORE_WORDS`` match read: each, where it starts and ends, in lower case."""
    words: list[tuple[str, int, int, str]] = []
    for w, s in zip(m.captures(1), m.starts(1), strict=True) if m else ():
        w = w.rstrip(",")
        words.append((w, s, s + len(w), w.lower()))
    return words


#: "after another victim succumbed ... in the hospital": a place in a clause with its own verb is not the figure's.
_SUBORDINATE_VERB = compile_pattern(
    r"\b(?:after|when|as|because|while|since|before)\s+(?:[\p{L}'-]+\s+){0,3}?"
    # a past tense, regular or not: "after searchers found the remains of another victim in Paradise" (not a
    # disaster's verb: "after a fire tore through a tower in Salford" places the event, see _STRIKES)
    r"(?:[\p{L}]+ed|found|took|brought|caught|held|went|came|gave|saw|told|said|lost|sent|led)\b",
    regex.IGNORECASE,
)
_ADVERB_PLACE = compile_pattern(
    # (not where the counted came from: "seven of the dead came from abroad")
    r"\b(?:globally|worldwide|(?<!\bfrom\s)(?:abroad|overseas)|nationwide|elsewhere\s+in\s+the\s+\w+)\b",
    regex.IGNORECASE,
)
_QUANTIFIER = compile_pattern(
    r"(?:one|some|many|several|most|parts?|areas?)\s+of\s+(?:its|their|his|her|the)\s+(?=\S)", regex.IGNORECASE
)
#: What places a site: "a hospital in Gaza City", "a venue outside Moscow", "an airfield and rail depots in X".
_OUTSIDE = compile_pattern(
    r"\s+and\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:outside|near|in)\s+(?=(?:the\s+)?\p{Lu})"
    r"|\s+(?:outside|near|in)\s+",
    regex.IGNORECASE,
)
_AL_NAME = compile_pattern(r"(?i)^(?:al|el|ad|as|ash|ar|an|az|at)-\p{Lu}")
_AL_WORD = compile_pattern(r"^(?:al|el)-\p{L}")
#: Titles that, after a place and a comma, start a person's name rather than continue the place.
_APPOSITION_HEADS = frozenset(
    """sheriff gov governor lt lieutenant mayor president minister police chief commissioner sen senator rep
    spokesman spokeswoman spokesperson officials official authorities coroner judge gen general col capt sgt""".split()
)
#: "posted on Facebook", "said on X", "told on television": after a verb of speech, "on" names a channel.
_CHANNEL_VERB = compile_pattern(
    r"(?i)\b(?:posted|wrote|said|says|announced|tweeted|shared|published|reported|told)\s+$"
)
#: Words that open a phrase before a plural place noun without naming a kind of place ("in many cities").
_NOT_COMPOUND = frozenset("many most some all both few several these those other such their its our two".split())
_MEDIA = frozenset("television tv radio channel newspaper website broadcaster agency network app platform".split())


def _is_al_name(word: str) -> bool:
    """ "Al-Shifa", "el-Fasher", "ash-Shati": an Arabic name with its article."""
    if "-" not in word[2:4]:
        return False  # (the article has two or three letters: a cheap test first)
    return bool(_AL_NAME.match(word)) or bool(_AL_WORD.match(word) and any(c.isupper() for c in word))


def _is_modifier(word: str) -> bool:
    return word in _MODIFIERS


_MODIFIERS = frozenset(
    (
        "medical",
        "public",
        "local",
        "regional",
        "main",
        "central",
        "destroyed",
        "coastal",
        "nearby",
        "government-controlled",
        "rural",
        "occupied",
        "besieged",
        "other",
        "residential",
        "refugee",
        "neighboring",
        "neighbouring",
        "northern",
        "southern",
        "eastern",
        "western",
        "evacuation",
        "surrounding",
        "various",
        "affected",
        "same",
    )
)
