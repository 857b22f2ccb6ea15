"""Word lists the extractor reads: what is counted, who, where, and who said so.

Everything here is data, in one module, so a user can read what the library
knows and extend it (``extract(..., categories={"evacuated_pets": ["pets"]})``
adds words through :func:`category_cues`). Words are matched case-insensitively
as word prefixes where a stem is given ("injur" matches "injured", "injuries").
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import regex

from claimcheck._rx import compile_pattern

#: Armed groups that seize people: who "seized 15 pupils" took them hostage.
ARMED_GROUPS: Final[str] = (
    r"(?:gunmen|militants|bandits|kidnappers|attackers|insurgents|jihadists|rebels|pirates|abductors)"
)

#: A place's name as a list of places writes it: up to four words, capitalised or a particle ("Arquata del Tronto").
PLACE_NAME: Final[str] = r"\p{Lu}[\p{L}'\u2019\-]*(?:\s+(?:del|de|di|la|le|al|el|\p{Lu}[\p{L}'\u2019\-]*)){0,3}"
#: The next item of a list of places right before its figure, the verb and noun left out: "1,452 deaths and
#: Taroudant 764", "followed by Taroudant with 980", ", Suzu 97" (the name is the group ``name``; each reader
#: adds what may stand between the name and its figure, then ``$``).
#: What opens an aside on a place right after its name: "Harris County, which includes Houston,", "Travis County,
#: home to Austin,", "Wajima, a town on the coast,".
PLACE_ASIDE_OPENER: Final[str] = r"(?:which|home\s+to|where|the|a|an)\b"
LIST_ITEM_NAME: Final[str] = (
    rf"(?:,|\band|\bfollowed\s+by|\bthen)\s+(?P<name>{PLACE_NAME})"
    # an aside on the place: "and Travis County, home to Austin, nine"
    rf"(?:,\s+{PLACE_ASIDE_OPENER}[^,;.\d]{{1,50}},)?\s+"
)

#: Words that qualify a toll noun without changing what it counts: "the *correct* number", "the *revised* figure".
TOLL_ADJECTIVES: Final[str] = (
    r"(?:correct|new|revised|official|final|latest|actual|true|real|updated|overall|confirmed|current|provisional)"
)

#: The superlatives a disaster is measured by against earlier ones ("the deadliest since", "the worst in decades").
SUPERLATIVES: Final[str] = r"(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|most\s+\p{L}+|first)"
#: A superlative measured "since" a date: "the deadliest quake in Italy since April 2009, when ...", "the worst
#: attack since July 7, 2005". The date is of the disaster recalled, not the start of a running total.
#: (Searched from the end of the text before the date.)
SUPERLATIVE_BEFORE_SINCE: Final[str] = rf"\b{SUPERLATIVES}\b[^.;]{{0,80}}?\bsince\s+(?:the\s+)?"
SUPERLATIVE_SINCE = compile_pattern(rf"{SUPERLATIVE_BEFORE_SINCE}$", regex.IGNORECASE | regex.REVERSE)

#: What buries people alive: "the landslide buried 2,000 people" counts dead, not bodies buried by mourners.
BURYING_DISASTERS: Final[str] = r"(?:landslides?|mudslides?|avalanches?|collapse|rubble|debris|mud|rockfall)"

#: The numbers news writes in words, one to twelve: another figure in a clause ("three of whom", "four of them").
SMALL_NUMBER_WORDS: Final[str] = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

#: Areas named after their main town: "the province" after "Taroudant", "Hathras district" beside "Hathras".
AREA_NOUNS: Final[frozenset[str]] = frozenset(
    {"province", "district", "county", "governorate", "prefecture", "municipality"}
)

#: People carried off, with nothing after "taken" that says where to ("62 people had been taken", "taken away",
#: "taken by the gunmen"; not "taken to hospital" or "taken into custody"): an act of taking hostages. (A stop, not
#: the end of the text: the text before a figure ends where the figure begins, "had taken dozens of fighters out of
#: action" carries no one off.)
CARRIED_OFF = (
    r"taken(?=\s*[.,;:!?\"\u201d]|\s+away\b|\s+by\s+(?:the\s+)?(?:gunmen|kidnappers|bandits|militants|"
    r"attackers|abductors|rebels|insurgents)\b)"
)

#: Category -> stems and phrases that say a count is of that kind.
CATEGORY_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "killed": (
            r"kill(?:ed|ing|s)?",
            r"dead",
            r"deaths?",
            r"died",
            r"dies",
            r"dying",
            r"fatalit(?:y|ies)",
            r"bod(?:y|ies)",
            r"death\s+toll",
            r"toll",
            r"tally",
            r"lives",
            r"lost\s+their\s+lives",
            # "the town lost 56 residents", "she lost two sons": people a place, a family or a body lost died
            r"(?:lost|loses)(?=\s+(?:(?:at\s+least|more\s+than|nearly|almost|about|some|over)\s+)?"
            r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b)|\s*$)",
            r"murder(?:s|ed)?",
            r"martyr(?:s|ed)?",
            r"victims?",
            r"perish(?:ed)?",
            r"slain",
            r"massacred",
            r"executed",
            r"drowned",
            # a manner of death: "crushed to death", "burned alive", "suffocated" (not "sentenced to death")
            r"(?:crushed|trampled|burned|burnt|beaten|stabbed|shot|hacked|stoned|starved|frozen|choked|bludgeoned)"
            r"\s+to\s+death",
            r"burn(?:ed|t)\s+alive",
            r"buried\s+alive",
            # what a landslide or a collapse buried: "the collapse had buried more than 2,000 people"
            rf"(?:buried|entombed)(?<=\b{BURYING_DISASTERS}\s+(?:[\p{{L}}-]+\s+){{0,3}}(?:buried|entombed))",
            r"suffocated",
            r"asphyxiated",
            r"electrocuted",
            r"deceased",
            r"corpses?",
            r"remains\s+of",
        ),
        "injured": (
            r"injur(?:ed|ies|y|ing)\w*",
            r"wound(?:ed|ing|s)?",
            r"hurt",
            r"hospitali[sz](?:ed|ation)",
            r"(?:in\s+(?:a\s+)?)?(?:serious|critical|stable)\s+condition",
            r"patients?",
            r"casualties\s+treated",
            # (not a hospital listed among shelters: "are in hospitals, churches and public buildings")
            r"in\s+hospitals?\b(?![\s,]+(?:and\s+|or\s+)?(?:[\p{L}-]+\s+)?(?:churches|schools|mosques|shelters|buildings"
            r"|camps|tents|homes|halls)\b)",
            r"treated\s+for",
            r"treated\s+(?:at|in|by)",
            r"(?:for|receiving|undergoing|under)\s+treatment",
            r"(?:with|suffering|suffered|sustained|sustaining)\s+(?:[\p{L}-]+\s+)?(?:injuries|burns|wounds)",
            # (the dead are brought to hospitals too: "the number of bodies brought to the hospital rose to 270")
            # (the look back runs only where the verb is found)
            r"(?:taken|rushed|admitted|brought|transported|airlifted)"
            r"(?<!\b(?:bodies|corpses|remains|dead)(?:\s+of(?:\s+[\p{L}\d,]+){1,3})?\s+"
            r"(?:(?:were|was|(?:had|have|has)\s+been)\s+)?(?:taken|rushed|admitted|brought|transported|airlifted))"
            r"\s+to\s+(?:[\p{L}-]+\s+){0,2}?hospitals?",
            r"in\s+intensive\s+care",
            r"on\s+life\s+support",
        ),
        "missing": (
            r"missing",
            r"unaccounted",
            r"trapped",
            r"trapping",
            r"search(?:ing|ed)?\s+for",
            r"looking\s+for",
            r"under\s+the\s+rubble",
            r"disappeared",
            r"(?:not|unable\s+to|yet\s+to)\s+(?:been\s+able\s+to\s+)?(?:locate|find|account\s+for)",
            # people no one has word of: "had not been heard from", "whose whereabouts are unknown", "could not be
            # traced", "have yet to be located"
            r"(?:not|never|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?heard\s+from",
            r"whereabouts",
            r"(?:cannot|[a-z]+n't|not|yet\s+to)\s+(?:yet\s+)?(?:been|be)\s+(?:traced|located|found|contacted|accounted\s+for)",
            r"out\s+of\s+contact",
        ),
        "hostages": (
            r"hostages?",
            r"abduct(?:ed|ing|ion|ions|ees?)?",
            r"kidnap(?:ped|ping|pings)?",
            r"captives?",
            r"taken\s+captive",
            r"held\s+captive",
            r"taken\s+hostage",
            CARRIED_OFF,
            # people seized by an armed group: "gunmen seized 15 pupils", "bandits snatched 20 villagers", "gunmen
            # took 276 schoolgirls"
            rf"(?:seized|snatched|grabbed|seize|snatch|took)(?<=\b{ARMED_GROUPS}\s+(?:[\p{{L}}-]+\s+){{0,3}}"
            r"(?:seized|snatched|grabbed|seize|snatch|took))",
            # people seized, said in the passive: "300 schoolboys were seized", "20 villagers had been snatched"
            r"(?:were|was|been|being)\s+(?:[a-z]+ly\s+)?(?:seized|snatched)",
            r"held\s+hostage",
            r"in\s+captivity",
            r"still\s+(?:being\s+)?held",
            r"still\s+holding",
        ),
        "released": (r"released", r"freed", r"set\s+free", r"liberated", r"exchanged"),
        "detained": (
            r"arrest(?:ed|s|ing)?",
            r"detain(?:ed|ees?|ing)",
            r"detentions?",
            r"jailed",
            r"sentenced",  # "sentenced to death": convicted, not killed
            r"imprisoned",
            r"prisoners?",
            r"in\s+(?:police\s+)?custody",
            r"apprehended",
            r"recaptured",
            r"suspects",
            r"suspected\s+of",
            r"rounded\s+up",
            r"taken\s+into\s+custody",
        ),
        "displaced": (
            r"displac(?:ed|ing|ement)",
            r"fled",
            r"flee(?:ing)?",
            r"evacuat(?:ed|ing|ion)",
            r"evacuees",
            r"homeless",
            r"refugees?",
            r"shelter(?:ing|ed)",
            r"housed",
            r"uprooted",
            r"from\s+their\s+homes",
            r"forced\s+(?:out\s+of|from)\s+their\s+homes",
            r"out\s+of\s+their\s+homes",
            # "ordered out of Paradise", "ordered to leave": an evacuation order
            r"ordered\s+(?:out|to\s+leave|to\s+evacuate)",
            # "forced thousands of people into shelters", "spent Saturday night in shelters in Chico"
            # ... "moved to shelters", "remained in 5,645 relief camps", "at shelters at the high school"
            r"(?:in|into|to|at)\s+(?:[\p{L}\d,.-]+\s+){0,3}?(?:shelters|relief\s+camps|evacuation\s+cent(?:re|er)s)",
            r"relocated",
            r"lost\s+their\s+(?:shelters?|houses)",
            r"(?:left|are|were)\s+without\s+(?:shelter|a\s+home|homes)",
            r"crossed\s+(?:into|the\s+border)",
            r"sought\s+refuge",
            r"lost\s+their\s+homes",
            r"living\s+in\s+(?:[\p{L}-]+\s+)?(?:camps|shelters|tents)",
            r"(?:spent\s+the\s+nights?|sleeping|slept|staying|stayed)\s+(?:in\s+|outdoors|outside|in\s+the\s+open)"
            r"(?:[\p{L}-]+\s+)?(?:tents|shelters|camps|the\s+open)?",
        ),
    }
)

#: Nouns that are counts of people themselves and also name what happened to them.
#: (The count's subject is the noun: "28 bodies" -> subject "bodies".)
PEOPLE_CATEGORY_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        "bodies": "killed",
        "body": "killed",
        "victims": "killed",
        "victim": "killed",
        "martyrs": "killed",
        "corpses": "killed",
        "hostages": "hostages",
        "hostage": "hostages",
        "captives": "hostages",
        "abductees": "hostages",
        "refugees": "displaced",
        "evacuees": "displaced",
        "patients": "injured",
        "patient": "injured",
        "detainees": "detained",
        "detainee": "detained",
        "prisoners": "detained",
        "prisoner": "detained",
        "suspects": "detained",
        "casualties": "other",
        "casualty": "other",
    }
)

#: Nouns that name the event counted rather than the people ("42 deaths"): no subject.
EVENT_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        "deaths": "killed",
        "death": "killed",
        "dead": "killed",
        "fatalities": "killed",
        "fatality": "killed",
        "killed": "killed",
        "lives": "killed",
        "murders": "killed",
        "injuries": "injured",
        "injury": "injured",
        "wounded": "injured",
        "injured": "injured",
        "hurt": "injured",
        "arrests": "detained",
        "arrest": "detained",
        "detentions": "detained",
        "abductions": "hostages",
        "kidnappings": "hostages",
        "missing": "missing",
        "displaced": "displaced",
        "homeless": "displaced",
        "casualties": "other",
    }
)

#: Nouns for people, singular and plural. A count whose head is one of these is about people.
PEOPLE_NOUNS: frozenset[str] = frozenset(
    """people person persons individuals individual civilians civilian residents resident inhabitants citizens
    men man women woman children child kids kid boys boy girls girl babies baby infants infant minors minor adults adult
    teenagers teenager teens youths youth elderly students student pupils worshippers worshipers pilgrims passengers
    passenger workers worker employees employee staff staffers volunteers doctors doctor nurses nurse medics medic
    paramedics physicians surgeons journalists journalist reporters reporter photographers soldiers soldier troops
    servicemen servicemembers officers officer policemen policeman policewomen police guards guard fighters fighter
    militants militant gunmen gunman attackers attacker assailants assailant terrorists terrorist insurgents rebels
    combatants members member specialists rescuers firefighters miners migrants migrant asylum-seekers protesters
    protester demonstrators demonstrator rioters looters fans spectators concertgoers concert-goers visitors tourists
    shoppers diners guests villagers farmers fishermen sailors crew crewmembers pilots troopers marines commandos
    recruits conscripts cadets officials official aid-workers humanitarians peacekeepers monitors inmates families
    others more people travellers travelers commuters motorists drivers riders campers counselors counsellors
    responders rescuers searchers hikers climbers swimmers tenants occupants patrons congregants churchgoers mourners
    bystanders onlookers survivors teachers teacher counselor counsellor neighbours neighbors runners skiers
    bombers shooters perpetrators hijackers kidnappers snipers holidaymakers holidaymaker vacationers devotees
    devotee nationals britons spectator evacuees labourers laborers foreigners expatriates expats outsiders
    locals relatives parents siblings sons daughters wives husbands mothers fathers brothers sisters grandchildren
    seafarers criminals bandits suspects extremists jihadists raiders smugglers traffickers robbers thieves
    gangsters poachers pirates""".split()
) - {"families"}

#: The people nouns that end compounds of people ("schoolgirls", "tribesmen", "steelworkers", "townspeople").
_COMPOUND_PEOPLE_ENDINGS: Final[tuple[str, ...]] = (
    "boys",
    "girls",
    "children",
    "men",
    "women",
    "workers",
    "people",
    "folk",
    "folks",
)


@functools.lru_cache(maxsize=4096)
def is_people_noun(word: str) -> bool:
    """Whether a lower-case word names people: one of :data:`PEOPLE_NOUNS`, or a compound that ends in a plural
    people noun after a stem of three letters or more ("schoolgirls", "tribesmen", "farmworkers").

    >>> is_people_noun("schoolboys"), is_people_noun("pilgrims"), is_people_noun("omen"), is_people_noun("houses")
    (True, True, False, False)
    """
    if word in PEOPLE_NOUNS:
        return True
    return any(
        word.endswith(end) and len(word) - len(end) >= 3 and word[: len(word) - len(end)].isalpha()
        for end in _COMPOUND_PEOPLE_ENDINGS
    )


#: Nouns that count things, never people: a figure whose head is one of these is not a claim.
NON_PEOPLE_NOUNS: frozenset[str] = frozenset(
    """families family households household homes home houses house buildings building apartments flats
    vehicles vehicle cars car trucks truck lorries buses bus tanks tank rockets rocket missiles missile drones drone
    shells shell bombs bomb munitions weapons rounds bullets planes aircraft jets helicopters ships boats
    days day weeks week months month years year hours hour minutes minute seconds decades decade nights night
    times percent dams dam hospitals schools mosques churches shelters facilities clinics ambulances roads bridges
    cities towns villages districts regions areas countries provinces states nations sides parties wars
    tons tonnes kilometers kilometres miles meters metres feet acres hectares dollars euros pounds points
    goals votes seats cases incidents attacks strikes raids airstrikes explosions blasts calls reports
    tests doses beds meals trucks sorties projectiles barrels stories floors storeys
    departments agencies companies groups organizations organisations units brigades battalions
    games matches centres centers camps sites parts fragments pieces samples""".split()
)

#: Last words of ISO 4217 currency names that are other words too: "passed the 1,000 mark", "won 12 seats".
_NOT_CURRENCY_WORDS: Final[frozenset[str]] = frozenset(
    "mark real sum sol won gold silver platinum palladium account purposes involved fomento oro colon".split()
)


@functools.cache
def currency_nouns() -> frozenset[str]:
    """The world's currencies by name (ISO 4217, from pycountry), singular and plural, and their cents.

    A figure they follow counts money, not people: "donations for the victims' families passed 500 million
    shillings" is no toll.

    >>> {"shillings", "rupees", "naira", "pesos"} <= currency_nouns(), "mark" in currency_nouns()
    (True, False)
    """
    import pycountry

    names = {c.name.split()[-1].lower() for c in pycountry.currencies}
    words = {w for w in names if w.isalpha() and w not in _NOT_CURRENCY_WORDS} | {"yuan", "cent", "kobo", "paisa"}
    return frozenset(words | {w + "s" for w in words})


#: Words that end a noun phrase after a number: verbs, auxiliaries, prepositions.
STOP_WORDS: frozenset[str] = frozenset(
    """were was are is be been being have has had will would could can may might must should do did does
    in at on of to from by with for into onto over under after before since during as than that which who whom whose
    across throughout around near inside outside between among amid amidst along through within against toward
    towards beyond behind above below via
    and or but while when where because although though so if then also still now already reportedly
    said says say told according taken held remain remains remained
    this these those last next each every per a an its their his her our""".split()
)

#: Place nouns: a lowercase phrase ending in one of these can be a location ("a Gaza City hospital").
PLACE_NOUNS: frozenset[str] = frozenset(
    """city town village camp region province district area territory territories strip bank country state
    hospital hospitals school schools church churches mosque building buildings institutions facilities facility
    centre center centres centers shelter shelters substation airfield base compound neighbourhood neighborhood
    county municipality oblast governorate capital enclave coast border island islands venue hall market square
    commune communes hamlet hamlets township townships locality
    station prison port refinery plant factory university regions districts provinces cities towns villages areas
    camps countries nation parts part scene site sites neighbourhoods neighborhoods suburbs outskirts
    airport airports terminal stadium arena theatre theater hotel mall synagogue temple shrine nightclub club
    bridge tunnel mine dam highway motorway penitentiary jail gaol harbour harbor cinema""".split()
)

#: Words before a place name that do not belong to it: a compass point as news writes it, as a grammar rather than a
#: list ("north", "southern", "south-west", "southeast", "northeastern", "far-eastern", "central", "mid-western").
DIRECTIONS = (
    r"(?:far-?)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
    r"|central|mid-?(?:western|west|eastern|east|north|south)|upstate|downstate"
)

#: Verbs that credit a figure to a source ("X said", "said X").
SPEECH_VERBS = (
    r"said|says|say|told|tells|reported|reports|announced|announces|confirmed|confirms|stated|states"
    r"|noted|notes|added|adds|estimated|estimates|estimate|wrote|writes|explained|explains|warned|warns"
    r"|indicated|indicates|recorded|records|documented|documents|verified|verifies|counted|counts|put|puts"
    r"|tallied|tallies|quoted|revealed|reveals|disclosed|declared|declares|informed|posted"
    r"|emphasized|emphasised|stressed|cited|cites|published|publishes|registered|listed|shows|showed"
    r"|insisted|insists|maintained|maintains|reiterated|reiterates|acknowledged|acknowledges|admitted|admits"
)

#: The name that owns a phrase by its possessive, opening it: "Malawi" in "Malawi's government", "Harlow County" in
#: "the Harlow County's sheriff" (places read it for a source's place, the checker for a source's country).
POSSESSIVE_NAME = compile_pattern(r"^(?:the\s+)?(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2})['\u2019]s\s")

#: Words that name a figure itself ("the toll", "the figures", "these numbers"): what a denial or a framing
#: date ("Yesterday, we received varying figures.") is about.
FIGURE_WORDS = compile_pattern(
    r"\b(?:figures?|numbers?|toll|tolls|information|data|report|tally|count|statistics|estimate)\b", regex.IGNORECASE
)

#: Conjunctions that open a contrasting clause ("..., but officials said 40"): what one clause says of a
#: figure (who gives it, that it is an earlier report, what it counts) does not reach across them.
CONTRAST_WORDS = ("but", "while", "whereas", "however", "although")

#: A period closed at a date, read backwards from the date: "as of Friday", "by Tuesday", "up to Monday",
#: "through late June". A figure counted up to a day is a running total; the day is not when it happened.
#: "by" closes a period only right before its date ("by Tuesday", "by late Friday"): "freed by soldiers on
#: Saturday" names who acted, and the day is when.
UNTIL_BEFORE = compile_pattern(
    # (not "crushed to death on Tuesday", "taken to hospital on Monday": a manner or a place, then the day)
    r"\b(?:(?:as\s+of|until|till|through|to(?!\s+(?:death|hospital|safety)\b)|up\s+to)\s+(?:\S+\s+){0,3}"
    r"|by\s+(?:early\s+|late\s+|mid-?\s*)?)$",
    regex.IGNORECASE | regex.REVERSE,
)


#: Words that open a projection: the figure may come true, it is not reported as fact. ("may" and "will" only in
#: lower case: "the May landslide", "Will Ortiz said" name a month and a man.)
PROJECTION = compile_pattern(
    # (what one "could confirm" or "can verify" is a count so far, not a forecast: "could confirm only 112 deaths")
    r"\b(?:(?:could|can)(?!\s+(?:only\s+)?(?:confirm|verify|identify|count|account\s+for)\b)|(?-i:may)|might|would"
    r"|(?-i:will)|is\s+expected\s+to|are\s+expected\s+to|expected\s+to|likely\s+to"
    r"|feared\s+to|is\s+feared|are\s+feared|set\s+to|projected\s+to|forecast\s+to"
    # a fear that a figure is true ("he feared hundreds had died"), not a fear for people ("fears grew for 30")
    r"|fear(?:s|ed)?(?!\s+(?:grew|grow|grows|growing|for|of|over|about|rose|rise|mount\w*|remain\w*))"
    r"(?:\s+that)?(?:\s+the)?"
    r"|estimated\s+to\s+reach|warned\s+(?:that\s+)?(?:the\s+)?\w+\s+could)\b",
    regex.IGNORECASE,
)

#: Words that deny a figure: a figure in such a sentence is reported to be disputed.
DENIAL = compile_pattern(
    r"\b(?:den(?:y|ied|ies|ying)|rejected|rejects|disputed|disputes|dismissed|false|untrue|not\s+true"
    r"|never\s+(?:released|gave|issued|provided|confirmed)|retracted|refuted|refutes|fabricated)\b",
    regex.IGNORECASE,
)


def category_cues(extra: Mapping[str, Iterable[str]] | None = None) -> list[tuple[str, regex.Pattern[str]]]:
    """One compiled pattern per category (built-in words plus ``extra``), in a fixed order."""
    key = tuple(sorted((category, tuple(words)) for category, words in (extra or {}).items()))
    return _compiled_cues(key)


@functools.lru_cache(maxsize=64)
def _compiled_cues(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, regex.Pattern[str]]]:
    words: dict[str, list[str]] = {k: list(v) for k, v in CATEGORY_WORDS.items()}
    for category, more in extra:
        words.setdefault(category, []).extend(regex.escape(w) for w in more)
    return [
        (category, compile_pattern(r"\b(?:" + "|".join(stems) + r")\b", regex.IGNORECASE))
        for category, stems in words.items()
    ]


#: Where a list of names splits: a comma, "and", or both ("X, Y and Z", "X and Y").
CONJUNCTS = compile_pattern(r"\s*,\s*(?:and\s+)?|\s+and\s+")


#: Words that name the kind of event a story reports; a document's kinds weigh like its names.
EVENT_KINDS: Final[dict[str, str]] = {
    **dict.fromkeys("earthquake earthquakes quake quakes tremor aftershock aftershocks".split(), "quake"),
    **dict.fromkeys("flood floods flooding floodwaters flash-flood deluge monsoon dam".split(), "flood"),
    **dict.fromkeys("fire fires wildfire wildfires blaze blazes inferno bushfire".split(), "fire"),
    **dict.fromkeys("bomb bombs bombing bombings bomber bombers blast blasts explosion explosions".split(), "bombing"),
    **dict.fromkeys("shooting shootings gunman gunmen shooter gunfire massacre".split(), "shooting"),
    **dict.fromkeys(
        "war invasion offensive airstrike airstrikes shelling missile missiles drone drones".split(), "war"
    ),
    **dict.fromkeys("hurricane cyclone typhoon storm storms tornado tornadoes".split(), "storm"),
    **dict.fromkeys("crash crashes collision derailment derailed plane train ferry capsized sank".split(), "crash"),
    **dict.fromkeys("stampede crush".split(), "stampede"),
    **dict.fromkeys("protest protests protesters demonstrators demonstration riot riots unrest".split(), "protest"),
    **dict.fromkeys("landslide landslides mudslide avalanche collapse collapsed".split(), "collapse"),
    **dict.fromkeys("outbreak epidemic cholera pandemic".split(), "outbreak"),
    **dict.fromkeys("hostage hostages kidnapping kidnapped abducted".split(), "hostage"),
    **dict.fromkeys("attack attacks attacker attackers terror terrorist terrorists".split(), "attack"),
}

#: Kinds of event that last (their reports date many incidents), unlike a crash, a fire or a quake.
LASTING_KINDS: Final[frozenset[str]] = frozenset({"flood", "war", "protest", "outbreak", "storm", "hostage"})

# Lower-case words, a hyphenated one whole ("mosque-attack" names no kind), then looked up among the kinds:
# cheaper than an alternation of the kinds over the text.
_LOWER_WORDS = compile_pattern(r"[a-z]+(?:-[a-z]+)*")


def event_kinds(text: str) -> Counter[str]:
    """How often a text names each kind of event (:data:`EVENT_KINDS`), the kinds in the order it first names them.

    Its lower-case words are counted first (in C), so each distinct word is looked up among the kinds once.

    >>> event_kinds("The storm flooded towns; storms are frequent here.")
    Counter({'storm': 2})
    """
    kinds: Counter[str] = Counter()
    for word, n in Counter(_LOWER_WORDS.findall(text.lower())).items():
        kind = EVENT_KINDS.get(word)
        if kind is not None:
            kinds[kind] += n
    return kinds


#: Words for belonging to a group named after them: "members of the security forces", "personnel of the army".
#: The people counted are the group's.
MEMBERSHIP_WORDS: Final[frozenset[str]] = frozenset({"member", "members", "personnel", "ranks"})
