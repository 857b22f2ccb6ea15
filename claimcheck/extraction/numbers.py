"""Find number phrases in a sentence and turn each into the interval it asserts.

A *number phrase* is a figure with its qualifier: "more than 38,000",
"at least seven", "about 250", "between 30 and 40", "18,000 to 20,000",
"dozens", "tens of thousands", "150 and counting". Numbers that are plainly
not counts (dates, times, years, ages, percentages, money, ordinals, model
names such as "S-300") are dropped here; whether a figure counts people is
decided later, from its context.

>>> [(m.surface, m.qualifier, m.low, m.high) for m in find_numbers("More than 38,000 Palestinians")]
[('More than 38,000', 'more_than', 38000.0, inf)]
>>> [(m.surface, m.qualifier, m.low, m.high) for m in find_numbers("between 30 and 40 people")]
[('between 30 and 40', 'range', 30.0, 40.0)]
>>> [m.surface for m in find_numbers("On October 7, at 8:45 p.m., a 14-year-old and 40 percent")]
[]
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import regex

from claimcheck._rx import IGNORECASE_LETTERS, NOT_A_TO_Z, compile_pattern, rx
from claimcheck.extraction import _quantulum
from claimcheck.settings import ALTERNATIVE_SPREAD, DOZEN, TOLERANCE, VAGUE_HIGH_EXCLUSIVE, VAGUE_RANGES

INF = math.inf

_UNITS: Mapping[str, int] = MappingProxyType(
    {
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)
_SCALES: Mapping[str, float] = MappingProxyType(
    {
        "hundred": 1e2,
        "thousand": 1e3,
        "million": 1e6,
        "billion": 1e9,
        "m": 1e6,
        "mn": 1e6,
        "bn": 1e9,
        # South Asian news counts in lakhs (100,000) and crores (10 million): "5.8 lakh people in relief camps"
        "lakh": 1e5,
        "lakhs": 1e5,
        "crore": 1e7,
        "crores": 1e7,
    }
)

_UNIT_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_WORD_NUM = (
    rf"(?:{_UNIT_WORD}(?:[-\u2010\u2011 ]{_UNIT_WORD})?"
    rf"(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?{_UNIT_WORD}(?:[-\u2010\u2011]{_UNIT_WORD})?)?)*"
    r"|a\s+(?:hundred|thousand|million|billion)|a\s+dozen|a\s+half\s+dozen)"
)
# Digit groups: commas (and the Arabic thousands separator U+066C); narrow, thin and no-break spaces, any
# number of groups; a plain space only where a day of the month cannot be meant ("250 000", "1 000 000",
# "5 000", not "March 3 500"). Decimals with a point or the Arabic decimal separator U+066B ("٣٫٥").
_SPACE_GROUPED = (
    r"\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+"
    r"|\d{1,3}(?:\x20\d{3}){2,}|(?:3[2-9]|[4-9]\d|\d{3})\x20\d{3}|\d{1,2}\x20000"
)
_DIGITS = (
    # (the Indian grouping first, in lakhs: "5,80,000", "12,34,567")
    rf"(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?![\d,])|\d{{1,3}}(?:[,\u066c]\d{{3}})+(?:[.\u066b]\d+)?"
    rf"|(?:{_SPACE_GROUPED})(?!\d)(?:[.\u066b]\d+)?|\d+(?:[.\u066b]\d+)?)"
)
#: A space between digit groups, and the Arabic separators, as ``float`` reads them.
_GROUP_SPACE = compile_pattern(r"(?<=\d)[\x20\u00a0\u2009\u202f](?=\d)")
_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ","})
_DIGIT_NUM = rf"(?:{_DIGITS}(?:\s*(?:million|billion|thousand|mn|bn|m|lakhs?|crores?)\b)?)"
_NUM = rf"(?:{_DIGIT_NUM}|{_WORD_NUM})"

_VAGUE = (
    r"(?:hundreds\s+of\s+thousands|tens\s+of\s+thousands|dozens|scores|hundreds|thousands|millions"
    r"|several|a\s+few|a\s+handful)"
)

#: A round figure named as a mark after "passed the": "1,000 mark", "5,000-mark", "2 million mark".
_MARK_AFTER = r"\s+[\d,.]+(?:\s+[a-z]+)?[\s\-]+mark\b"
# Qualifiers that stand before the number, longest first within each group.
_PREFIXES: tuple[tuple[str, str], ...] = (
    (
        "more_than",
        r"more\s+than|in\s+excess\s+of|upwards\s+of|over|exceeded|exceeding|exceeds|exceed|topped|tops|topping"
        # "the toll could go beyond 1,000"
        r"|beyond"
        # "climbed past 2,000" (not "the past 24 hours": only after a verb of rising, see _RISEN_BEFORE)
        r"|surpassed|surpasses|surpassing|passed|passes|passing|above|past"
        # "toll crosses 100", as Indian and Pakistani English says it
        r"|crossed|crosses|crossing"
        # "the toll passed the 1,000 mark": a mark crossed, named by its figure (one verb per alternative: the
        # words a qualifier starts with are read off these alternatives)
        + "".join(rf"|{verb}\s+the(?={_MARK_AFTER})" for verb in ("passed", "crossed", "topped", "surpassed")),
    ),
    ("at_least", r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than"),
    ("nearly", r"nearly|almost|close\s+to|just\s+under|just\s+shy\s+of|not\s+quite"),
    ("about", r"about|around|approximately|roughly|some|an\s+estimated|estimated|circa|approx\.|an\s+approximate"),
    ("up_to", r"up\s+to|as\s+many\s+as|at\s+most|a\s+maximum\s+of|no\s+more\s+than"),
    ("fewer_than", r"fewer\s+than|less\s+than|under|below"),
)
_PREFIX = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PREFIXES)
_SUFFIX = r"(?P<suffix>\s+or\s+more|\s+and\s+counting|\s+or\s+higher|\s*\+|-plus)"

_NUMBER_PHRASE = compile_pattern(
    rf"""
    (?<![\w.,:/\-\u2010\u2011$€£])              # not inside another token or after a currency sign
    (?:(?P<prefix>{_PREFIX})\s+)?
    (?:
        between\s+(?P<lo1>{_NUM})\s+and\s+(?P<hi1>{_NUM})
      | (?P<lo2>{_DIGIT_NUM})\s*(?:-|\u2013|\u2014)\s*(?P<hi2>{_DIGIT_NUM})
      | (?P<lo3>{_NUM})\s+to\s+(?P<hi3>{_NUM})
      | (?P<lo4>{_NUM})\s+or\s+(?P<hi4>{_NUM})    # "three or four": a range when close (see ALTERNATIVE_SPREAD)
      | (?P<num>{_NUM})
      | (?P<vague>{_VAGUE})
    )
    {_SUFFIX}?
    (?![\w\u2010\u2011]|[.,:\u066b\u066c]\d|-(?:year|day|week|month|hour|minute|kilo|metre|meter|mile|storey|story))
    """,
    regex.VERBOSE,  # matched against the sentence's letters folded to lower case (see _candidates): faster
)

#: Words that are numbers by themselves, or vague quantities: a phrase may start with one.
_NUMBER_WORDS: frozenset[str] = frozenset(
    set(_UNITS)
    | set("hundred thousand million billion dozen hundreds tens dozens scores thousands millions several few".split())
)
#: Every word a number phrase may start with: number words, "a"/"an", "between", and the qualifiers' first words.
_STARTS: frozenset[str] = (
    _NUMBER_WORDS
    | {"a", "an", "between"}
    | {w.split(r"\s+")[0].split("\\")[0].lower() for _, p in _PREFIXES for w in p.split("|")}
)
_QUALIFIER_STARTS: frozenset[str] = _STARTS - _NUMBER_WORDS
#: Where a phrase can start (in the sentence with A-Z lowered): a digit run, or an ASCII word (a maximal run
#: of letters) that is a number word; and the words a qualifier starts with. (A digit run never starts
#: mid-run: the phrase pattern's look-behind refuses a digit after a word character.)
_NUMBER_START = re.compile(
    r"\d+|(?<![a-z])(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?![a-z])"
)
_DIGIT_RUN = re.compile(r"\d+")
_ASCII_WORD = re.compile(r"[a-z]+")
#: The number words as bytes, and the digits of ASCII text: what ``_candidates`` looks for in an ASCII sentence.
_NUMBER_WORD_BYTES: frozenset[bytes] = frozenset(word.encode("ascii") for word in _NUMBER_WORDS)
_ASCII_DIGITS = b"0123456789"
#: A-Z lowered and nothing else: the runs of ASCII letters stay where they were, in lower case.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
#: A-Z lowered, and the four other letters an IGNORECASE pattern takes for a-z turned into them: a
#: case-sensitive pattern of lowercase words then matches this text where the IGNORECASE one matched the original.
#: (Not ``fold_case``: it lowers every letter, and the phrase pattern's classes are only pinned for these.)
_FOLD = str.maketrans({**dict(zip(string.ascii_uppercase, string.ascii_lowercase, strict=True)), **IGNORECASE_LETTERS})
_QUALIFIER_START = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(_QUALIFIER_STARTS, key=len, reverse=True)) + r")(?![a-z])"
)
#: How far before a number its qualifier may start ("no fewer than", "in excess of").
_QUALIFIER_REACH = 40

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: What follows "may" the modal, not the month: "as many as 12 may have died", "the count of 64 may not reflect".
_MODAL_AFTER = (
    r"(?:not|have|be|also|still|well|never|yet|soon|eventually|already|rise|reach|climb|increase|exceed|top|grow|"
    r"include|number|total|die|remain|need|face|lose|require|go|take|double)\b"
)
# What may not follow a figure that counts people.
_NOT_A_COUNT_AFTER = compile_pattern(
    rf"""^(?:
        \s*(?:%|percent\b|per\s*cent\b|pc\b|percentage)
      | (?:st|nd|rd|th)\b
      | \s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|hrs\b|o'clock\b)
      | \s*(?!may\s+{_MODAL_AFTER}){_MONTH}(?:\b|(?=\s))
      | -?\s*years?[-\s]old\b | -year\b | \s*years?\s+of\s+age\b
      | \s*(?:dollars?|euros?|pounds\s+sterling|usd|eur|shekels?|rubles?|roubles?|hryvnias?|yuan|rupees?)\b
      | \s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|tons?|tonnes?|kg|kilograms?|litres?|liters?
          |acres?|hectares?|square)\b
      | \s*(?:°|º|degrees?\b|mph\b|kph\b|km/h\b|knots\b)  # weather: "above 50 degrees Celsius", "winds of 150 mph"
      | (?:c|f)\b(?!\.)                       # "48C", "118F": a temperature written against its digits
      | \s*(?:bc|ad|ce|bce)\b
    )""",
    regex.VERBOSE,  # matched against the folded sentence, as _NUMBER_PHRASE is
)
#: Words after which a figure is a label, not a count ("flight 17", "resolution 2334", "No. 98").
_LABEL_WORDS = tuple(
    """no. number resolution article section chapter page flight route road highway room unit gate platform
    apartment building block district zone sector ward category level phase round stage grade class model
    version paragraph item clause law decree""".split()
)
#: An age as news writes it, in digits or words ("aged 6", "aged six").
_AGE = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty)"
)
_NOT_A_COUNT_BEFORE = compile_pattern(
    rf"""(?:
        {_MONTH}\s*$                             # "October 7", "Oct 17"
      | (?:[$€£¥₹]|usd|us\$|eur)\s*$              # money
      | \b(?:{"|".join(regex.escape(word) for word in _LABEL_WORDS)})\s*$
      | \b(?:aged|age|ages(?:\s+of)?)\s*$        # "aged 14", "between the ages of 5"
      | \b(?:aged|ages(?:\s+of)?)\s+{_AGE}(?:\s*,\s*{_AGE})*\s*(?:,|,?\s*and|to|or|-)\s*$  # "aged 4, 7 and 11"
      | \b(?:square|the\s+year|the\s+class\s+of)\s*$
      | \b(?:youngest|oldest)(?:\s+[\w'\u2019]+){{0,3}}?
        \s+(?:was|is|being)\s+(?:just\s+|only\s+|barely\s+)?$  # "the youngest was 15"
      | \bin\s+age\s+from\s*$                   # "ranged in age from 19 to 64"
      | \b(?:a|an|the|one)\s+(?:[\w'\u2019-]+\s+)?(?:boy|girl|child|baby|toddler|infant|man|woman|teenager|son
        |daughter)\s+of\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?$  # "a boy of about three"
    )""",
    regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,
)
#: How every match of ``_NOT_A_COUNT_BEFORE`` ends, lowercased (before its trailing space): text ending
#: otherwise is not searched. Keep in step with the pattern; ``tests/test_prechecks.py`` holds them together.
_NOT_A_COUNT_BEFORE_ENDINGS: tuple[str, ...] = (
    *(
        month + dot
        for month in (
            "jan january feb february mar march apr april may jun june jul july aug august "
            "sep sept september oct october nov november dec december"
        ).split()
        for dot in ("", ".")
    ),
    *"$ € £ ¥ ₹ usd eur".split(),
    *_LABEL_WORDS,
    *"aged age ages square year of".split(),
    *"was is being just only barely from".split(),  # "the youngest was just 15", "in age from 19"
    *"about around nearly".split(),  # "a boy of about three"
    *"and to or - ,".split(),  # the next of several ages: "aged six and nine", "aged 4, 7 and 11"
)


def _not_a_count_before(before: str) -> bool:
    """Whether the text before a figure makes it a date, money or a label ("October 7", "$5", "flight 17")."""
    tail = before.rstrip().lower()
    if not tail.endswith(_NOT_A_COUNT_BEFORE_ENDINGS) and "\u017f" not in tail:  # (long s: IGNORECASE reads it as s)
        return False
    return _NOT_A_COUNT_BEFORE.search(before) is not None


#: Heads that take "about" as a preposition, not as "approximately": verbs and nouns of talking, thinking and
#: feeling ("questions about 30 detainees", "worried about 12 miners", "we talked about 19 children"). Verbs
#: that report a figure ("said about 40 died", "asked about 30 people to leave") are not among them: there
#: "about" is the figure's.
_ABOUT_AS_PREPOSITION = compile_pattern(
    r"\b(?:talk|talks|talked|talking|think|thinks|thought|thinking|care|cares|cared|caring|worry|worries|worried"
    r"|concerned|concern|concerns|complain|complains|complained|upset|angry|sad|sorry|forget|forgot|forgotten"
    r"|question|questions|news|story|stories|details|debate|what|how)\s*$",
    regex.IGNORECASE,
)


#: Heads that take "over" as a preposition, not as "more than": what is done or felt because of deaths ("police
#: file case over 46 deaths", "protests over 12 killings", "arrested over the deaths of", "anger over 30 deaths").
_OVER_AS_PREPOSITION = compile_pattern(
    r"\b(?:cases?|charges?|charged|arrested|arrests?|held|detained|booked|questioned|protests?|protested|anger|"
    r"angry|outrage|outcry|fury|row|probe|inquiry|investigation|trial|tried|sentenced|jailed|convicted|sued|"
    r"lawsuits?|suits?|apolog(?:y|ises|izes|ised|ized)|resign(?:s|ed)?|resignation|mourning|grief|criticism|"
    r"criticised|criticized|blamed|fined|sacked|fired|suspended|compensation|demonstrations?|clashes|rallies|"
    r"rally|strike|vigils?|tensions?|dispute|sorrow|condolences|shock)\s*$",
    regex.IGNORECASE,
)
_MONTH_AT_END = compile_pattern(rf"\b{_MONTH}\s*$", regex.IGNORECASE)
_YEAR = compile_pattern(r"^(1[7-9]\d\d|20\d\d)$")  # "the 1755 Lisbon earthquake": a year, not a figure
_TIME_OR_DATE_TOKEN = compile_pattern(r"\d[:/]\d|\d{1,2}-\d{1,2}-\d{2,4}")


@dataclass(frozen=True)
class NumberPhrase:
    """A figure with its qualifier, and the interval it asserts."""

    start: int
    end: int
    surface: str
    qualifier: str
    value: float
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    implied_high: float
    vague_word: str | None = None


def word_number(phrase: str) -> float | None:
    """The value of a spelled-out number ("six", "Twenty-eight", "a dozen").

    >>> word_number("Twenty-one"), word_number("a dozen"), word_number("one")
    (21.0, 12.0, 1.0)
    """
    p = " ".join(phrase.lower().replace("\u2010", "-").replace("\u2011", "-").split())
    if p in _UNITS:
        return float(_UNITS[p])
    if p in ("a dozen", "dozen"):
        return DOZEN
    if p == "a half dozen":
        return 6.0
    parts = p.split("-")
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS and _UNITS[parts[0]] >= 20 > _UNITS[parts[1]]:
        return float(_UNITS[parts[0]] + _UNITS[parts[1]])
    return _quantulum.spelled_number(p)


def digit_number(text: str) -> float | None:
    """The value of a figure written in digits, with an optional scale word.

    >>> digit_number("38,243"), digit_number("1.9 million"), digit_number("2.2m")
    (38243.0, 1900000.0, 2200000.0)
    >>> digit_number("5.8 lakh"), digit_number("1.2 crore"), digit_number("5,80,000")
    (580000.0, 12000000.0, 580000.0)
    """
    text = _GROUP_SPACE.sub("", text.translate(_SEPARATORS)) if not text.isascii() or " " in text else text
    m = rx(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]*)").fullmatch(text.strip().lower())
    if not m:
        return None
    try:
        value = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    scale = m.group(2)
    if scale:
        if scale not in _SCALES:
            return None
        value *= _SCALES[scale]
    return value if math.isfinite(value) else None  # 400 digits overflow a float: not a count


def parse_number(text: str) -> float | None:
    """The value of one number, in digits or in words."""
    text = text.strip()
    if not text:
        return None
    if text.isdecimal():  # the common case, "38": digits only (float reads every decimal digit)
        value = float(text)
        return value if math.isfinite(value) else None
    if text[0].isdigit():
        return digit_number(text)
    return word_number(text)


#: The step a count moved by: "rose by two to 10", "fell by 12 to 140".
_BY_BEFORE = compile_pattern(r"\bby\s+$", regex.IGNORECASE)
#: A verb of rising right before "past": "climbed past 2,000", "has risen past 400".
_RISEN_BEFORE = compile_pattern(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|went|gone|goes|pushed|pushing|crept|edged|"
    r"surged|soared|moved|moving)\s+$",
    regex.IGNORECASE,
)


def _close_alternatives(first: str, second: str) -> bool:
    """Whether "first or second" gives an estimate's two ends: the second larger, and near.

    >>> _close_alternatives("three", "four"), _close_alternatives("10", "12"), _close_alternatives("5", "50")
    (True, True, False)
    """
    low, high = parse_number(first), parse_number(second)
    return low is not None and high is not None and 0 < low < high <= low * ALTERNATIVE_SPREAD


def implied_high(value: float, high: float) -> float:
    """The upper end a rounded lower bound implies: x + 10^k for k trailing zeros.

    >>> implied_high(38000, math.inf), implied_high(300, math.inf), implied_high(8306, math.inf)
    (39000.0, 400.0, inf)
    """
    if not math.isinf(high) or not math.isfinite(value) or value <= 0 or value != int(value):
        return high
    n, k = int(value), 0
    while n % 10 == 0:
        n //= 10
        k += 1
    return float(value + 10**k) if k else high


def interval(qualifier: str, value: float, *, tolerance: float = TOLERANCE) -> tuple[float, float, bool, bool]:
    """The interval (low, high, low_inclusive, high_inclusive) a qualifier asserts about ``value``.

    >>> interval("about", 250.0)
    (225.0, 275.0, True, True)
    >>> interval("fewer_than", 10.0)
    (0.0, 10.0, True, False)
    """
    if qualifier == "more_than":
        return value, INF, False, False
    if qualifier == "at_least":
        return value, INF, True, False
    if qualifier == "about":
        return value * (1 - tolerance), value * (1 + tolerance), True, True
    if qualifier == "nearly":
        return value * (1 - tolerance), value, True, False
    if qualifier == "up_to":
        return 0.0, value, True, True
    if qualifier == "fewer_than":
        return 0.0, value, True, False
    return value, value, True, True


def find_numbers(
    sentence: str,
    *,
    tolerance: float = TOLERANCE,
    vague_ranges: Mapping[str, tuple[float, float]] = VAGUE_RANGES,
) -> list[NumberPhrase]:
    """Every number phrase in ``sentence`` that could be a count, left to right."""
    found: list[NumberPhrase] = []
    for m in _candidates(sentence):
        phrase = _phrase(m, sentence, tolerance, vague_ranges)
        if phrase is not None:
            found.append(phrase)
    return found


def _candidates(sentence: str) -> list[regex.Match[str]]:
    """The matches of ``_NUMBER_PHRASE``, as ``finditer`` gives them, tried only where a phrase can start.

    A number phrase starts with a digit, a number word, or a qualifier ("more",
    "about", "a") with a digit or number word within 40 characters; running the
    large pattern only there is several times faster than scanning every position,
    and looking for qualifiers only just before numbers skips most of the text.
    """
    # the patterns run case-sensitively (several times faster than IGNORECASE) on the sentence lowered letter for
    # letter (same offsets): A-Z only for the starts, which are ASCII words; folded as IGNORECASE would for the
    # phrase. And most sentences hold no number word: their digit runs are then all the starts.
    if sentence.isascii():
        lowered = folded = sentence.lower()
        raw = lowered.encode("ascii")  # its runs of a-z split out in C; and no digit but 0-9 in ASCII text
        number_word = not _NUMBER_WORD_BYTES.isdisjoint(raw.translate(NOT_A_TO_Z).split())
        if not number_word and len(raw.translate(None, _ASCII_DIGITS)) == len(raw):
            return []  # no digit and no number word: nothing can match
    else:
        lowered, folded = sentence.translate(_ASCII_LOWER), sentence.translate(_FOLD)
        number_word = not _NUMBER_WORDS.isdisjoint(_ASCII_WORD.findall(lowered))
    numbers = [m.start() for m in (_NUMBER_START if number_word else _DIGIT_RUN).finditer(lowered)]
    if not numbers:
        return []  # no digit and no number word: nothing can match
    starts = numbers
    # the stretches of text up to 40 characters before each number, those that touch joined (a qualifier cannot
    # straddle a number's start: one is letters, the other a digit or a whole word), each scanned once
    windows: list[list[int]] = []
    for n in numbers:
        if windows and n - _QUALIFIER_REACH <= windows[-1][1]:
            windows[-1][1] = n
        else:
            windows.append([max(0, n - _QUALIFIER_REACH), n])
    qualifiers = [m.start() for a, b in windows for m in _QUALIFIER_START.finditer(lowered, a, b)]
    if qualifiers:
        starts = sorted(numbers + qualifiers)
    out: list[regex.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        m = _NUMBER_PHRASE.match(folded, start)
        if m and m.end() > m.start():
            out.append(m)
            end = m.end()
    return out


def _phrase(
    m: regex.Match[str], sentence: str, tolerance: float, vague_ranges: Mapping[str, tuple[float, float]]
) -> NumberPhrase | None:
    start, end = m.span()
    before, after = sentence[max(0, start - 40) : start], m.string[end : end + 40]  # (m.string: the folded sentence)
    groups = m.groupdict()
    prefix = next(name for name, _ in _PREFIXES if groups[name]) if groups["prefix"] else None
    if (prefix == "about" and groups["about"].startswith("about") and _ABOUT_AS_PREPOSITION.search(before)) or (
        prefix == "more_than" and groups["more_than"].lower() == "over" and _OVER_AS_PREPOSITION.search(before)
    ):
        rest = m.string[m.end("prefix") : end]
        inner = _NUMBER_PHRASE.match(m.string, m.end("prefix") + len(rest) - len(rest.lstrip()))
        return _phrase(inner, sentence, tolerance, vague_ranges) if inner else None  # "say about 19 children"
    if prefix == "more_than" and groups["more_than"].lower() == "past" and not _RISEN_BEFORE.search(before):
        return None  # "in the past 24 hours": a time, not "climbed past 2,000"
    suffix = (groups["suffix"] or "").strip().lower()
    around = sentence[max(0, start - 3) : end + 3]
    if (":" in around or "/" in around or "-" in around) and _TIME_OR_DATE_TOKEN.search(around):
        return None
    if groups["vague"]:
        word = " ".join(groups["vague"].lower().split())
        if word not in vague_ranges:
            return None
        low, high = vague_ranges[word]
        high_inc = word not in VAGUE_HIGH_EXCLUSIVE
        core_start = m.start("vague")
        stop = end if not suffix else m.start("suffix")  # the surface is the span: "dozens" of "dozens or more"
        return NumberPhrase(
            core_start,
            stop,
            sentence[core_start:stop].strip(),
            "vague",
            low,
            low,
            high,
            True,
            high_inc,
            high,
            vague_word=word,
        )
    preceding = before if not prefix else sentence[max(0, m.start() - 40) : m.start()]
    if _NOT_A_COUNT_AFTER.match(after) or (
        # ("the toll may exceed 2,000": before a qualifier, "may" is a verb, never the month of a date)
        _not_a_count_before(preceding) and not (prefix and _MONTH_AT_END.search(preceding))
    ):
        return None
    if groups["lo3"] is not None and not prefix and _BY_BEFORE.search(before):
        # "rose by two to 10": the step, then the value; the value alone is the figure
        alone = _NUMBER_PHRASE.match(m.string, m.start("hi3"), end)
        return _phrase(alone, sentence, tolerance, vague_ranges) if alone else None
    if groups["lo4"] is not None and not _close_alternatives(groups["lo4"], groups["hi4"]):
        # "5 or 50" is not an estimate's two ends: read the first figure alone
        alone = _NUMBER_PHRASE.match(m.string, m.start(), m.end("lo4"))
        return _phrase(alone, sentence, tolerance, vague_ranges) if alone else None
    lo = groups["lo1"] or groups["lo2"] or groups["lo3"] or groups["lo4"]  # one of the four range forms
    if lo is not None:
        hi = groups["hi1"] or groups["hi2"] or groups["hi3"] or groups["hi4"]
        low_v, high_v = parse_number(lo), parse_number(hi)
        if low_v is None or high_v is None or not (low_v < high_v):
            return None
        if _YEAR.match(lo) and _YEAR.match(hi):
            return None  # "2022-2023"
        return NumberPhrase(start, end, sentence[start:end], "range", low_v, low_v, high_v, True, True, high_v)
    text = groups["num"]
    value = parse_number(text)
    if value is None:
        return None
    if _YEAR.match(text) and not prefix:
        return None  # a bare year
    if (
        text[:1] in "aA"  # (a cheap test first: most figures are digits)
        and rx(r"(?i)^(?:a|an)\s+").match(text)
        and not rx(r"(?i)a\s+(?:dozen|million|thousand|hundred|billion)").match(text)
    ):
        return None
    if not prefix and (_negated(before, text) or _none_of(before, m.string[m.end() : m.end() + 60])):
        return None  # "no one was killed", "not a single one", "none of the 5 were hurt": not a count of 1 or 5
    if text.lower() == "one" and _PRONOUN_ONE_BEFORE.search(before) and _PRONOUN_ONE_AFTER.match(after):
        return None  # "a higher figure than the one given by police": "one" stands for a figure named before
    qualifier = prefix or "exact"
    if suffix in ("or more", "and counting", "or higher", "+", "-plus"):
        qualifier = "at_least"
        end = m.end("suffix")
    elif suffix:
        end = m.start("suffix")
    if text.lower() in ("a dozen", "a half dozen") and qualifier == "exact":
        qualifier = "about"
    low, high, low_inc, high_inc = interval(qualifier, value, tolerance=tolerance)
    if low > high or (low == high and not (low_inc and high_inc)):
        return None  # "fewer than 0", "nearly 0": an interval no count lies in is no claim
    return NumberPhrase(
        start, end, sentence[start:end], qualifier, value, low, high, low_inc, high_inc, implied_high(value, high)
    )


#: How text that negates the figure after it ends (lowercased, trailing space stripped): the cheap pre-check.
_NEGATION_ENDINGS = ("no", "not", "nor", "even", "single")
_NEGATED = compile_pattern(r"(?:\b(?P<one>no|not|nor|not\s+even)|\bnot\s+(?:even\s+)?a\s+single)\s*$", regex.IGNORECASE)


_NONE_OF = compile_pattern(
    r"\b(?:none|neither)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$", regex.IGNORECASE
)
#: "none of the 5 [guards] were hurt": the harm itself denied right after the set, so no count of hurt.
_DENIED_HARM = compile_pattern(
    r"^\s+(?:[a-z'-]+\s+){0,3}?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:killed|hurt|injured|wounded|harmed|reported\s+(?:missing|hurt|injured|killed)|missing|taken\s+hostage"
    r"|abducted|kidnapped|detained|arrested|released|freed|displaced|evacuated)\b"
)


def _none_of(before: str, after: str) -> bool:
    """Whether "none of the N ..." denies the harm of the very figure ("None of the 5 guards were hurt").

    The figure still counts a set when what follows it is not that harm ("None of the three people
    taken into custody had a record": three detained).

    >>> _none_of("None of the ", " guards were hurt."), _none_of("none of the ", " people taken into custody had")
    (True, False)
    """
    if "of" not in before[-16:].lower():
        return False
    return _NONE_OF.search(before) is not None and _DENIED_HARM.match(after) is not None


#: "one" as a pronoun for a figure or report named before: "the one given by police", "an earlier one", "this one".
_PRONOUN_ONE_BEFORE = compile_pattern(
    r"\b(?:the|this|that|a|an|another|which|each|every|any)\s+(?:[\p{L}-]+(?:er|est)\s+|new\s+|old\s+|same\s+"
    r"|official\s+|earlier\s+|previous\s+|initial\s+|first\s+|last\s+|latest\s+|final\s+)?$",
    regex.IGNORECASE,
)
_PRONOUN_ONE_AFTER = compile_pattern(
    r"(?:\s*[,.;:)]|\s+(?:given|reported|announced|issued|released|published|cited|offered|provided|put|made|"
    r"that|which|from|by|of|on|before|after|earlier|yesterday"
    # a relative clause without "that": "lower than the one the UN agency has been giving"
    r"|the|its|their|his|her|our|we|they|he|she|it)\b|\s*$)",
    regex.IGNORECASE,
)


def _negated(before: str, figure: str) -> bool:
    """Whether the words before ``figure`` deny it: "no one", "not one", "not a single".

    ("None of the 5 hostages were hurt" keeps its 5: it counts the hostages, a set the sentence
    names, and only the predicate after it is denied.)

    >>> _negated("Police said no ", "one"), _negated("not a single ", "1"), _negated("No ", "5"), _negated("Some ", "5")
    (True, True, False, False)
    """
    tail = before.rstrip().lower()
    if not tail.endswith(_NEGATION_ENDINGS):
        return False
    m = _NEGATED.search(before)
    return m is not None and (not m.group("one") or figure.lower() == "one")
