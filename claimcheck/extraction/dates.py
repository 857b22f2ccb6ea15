"""Resolve the date a figure refers to from words like "on Tuesday", "yesterday", "October 7".

Relative dates are read against the document's ``published`` date, as the
claim model says: "on Tuesday" is the latest Tuesday on or before it,
"October 7" the latest October 7 on or before it, "yesterday" the day before.
Without ``published``, a relative date resolves to None.

>>> import datetime as dt
>>> resolve("on Tuesday", dt.date(2024, 7, 9))
datetime.date(2024, 7, 9)
>>> resolve("October 7", dt.date(2024, 7, 9))
datetime.date(2023, 10, 7)
>>> resolve("yesterday", dt.date(2024, 7, 9))
datetime.date(2024, 7, 8)
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Final

import regex
from dateutil.easter import easter

from claimcheck._rx import CaselessScan, compile_pattern, fold_case
from claimcheck.extraction.lexicon import SUPERLATIVE_SINCE

_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A month's name in any of the spellings news writes ("Jan.", "Sept", "September"), for other patterns to hold.
MONTH: Final[str] = _MONTH
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: A year named by its distance from the report's, after a day and month: "on Jan. 30 last year", "March 3 this year".
_YEAR_WORD = r"\s+(?P<{}_rel>last|this)\s+year\b"
_MD_YEAR, _DM_YEAR = (rf"(?:,?\s+(?P<{k}_year>(?:19|20)\d\d)|{_YEAR_WORD.format(k)})?" for k in ("md", "dm"))

#: A feast that names a day: "Easter Monday", "Good Friday", "Christmas Eve", "New Year's Day".
_HOLIDAY = (
    r"easter\s+(?:sunday|monday)|good\s+friday|holy\s+saturday|christmas\s+(?:day|eve)"
    r"|new\s+year(?:'|\u2019)s\s+(?:day|eve)|boxing\s+day"
)
#: The same on its own, for readers that must not take a feast for a place ("on New Year's Day").
HOLIDAY = compile_pattern(rf"(?:{_HOLIDAY})\b", regex.IGNORECASE)

DATE_EXPRESSION = compile_pattern(
    rf"""\b(?:
        (?P<md>{_MONTH}\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?{_MD_YEAR})
      | (?P<dm>(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_DM_YEAR})
      | (?P<iso>(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d))
      | (?P<holiday>{_HOLIDAY})
      | (?P<weekday>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?
      | (?P<yesterday>yesterday|last\s+night)
      | (?P<today>today|this\s+morning|tonight|this\s+evening|this\s+afternoon|earlier\s+today)
      | (?P<weekend>(?:over\s+)?the\s+weekend|last\s+weekend)
    )\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_DATE_SCAN = CaselessScan(DATE_EXPRESSION)
#: A day-and-month a few days after ``published`` is coming ("will reopen on Wednesday (March 30)"), not last year's.
_AHEAD_DAYS = 7
_MONTH_WORD = compile_pattern(_MONTH, regex.IGNORECASE)
#: Every date expression holds one of these (lowercased), or a digit, a hyphen and two digits (an ISO date);
#: "day" first, as the most frequent (weekdays, yesterday, today).
_DATE_WORDS = (
    "day",
    *_MONTHS,
    "night",
    "morning",
    "evening",
    "afternoon",
    "weekend",
    "christmas",
    "year's",
    "year\u2019s",
)
_ISO_HINT = compile_pattern(r"\d-\d\d-\d")


#: Nouns that name one past event a figure can belong to: "the 1976 storm", "floods in June 2010".
_EVENT_NOUN = (
    r"(?:wars?|storms?|hurricane|typhoon|cyclone|floods?|flooding|fires?|wildfires?|blaze|quakes?|earthquakes?|tsunami|"
    r"attacks?|bombings?|shootings?|massacres?|crash|disaster|famine|epidemic|genocide|uprising|riots?|stampede|"
    r"eruption|explosions?|blasts?|siege|invasion|tragedy|sinking|collapse|derailment|mudslides?|landslides?|"
    r"heat\s*waves?|drought|offensive|strikes?|raids?|clashes|failure|accident|incident|capsizing|avalanche|"
    r"outbreak|crush|shipwreck|fire)"
)
#: The nouns news names an event by ("the storm", "an airstrike", "the bombings").
EVENT_NOUN: Final[str] = _EVENT_NOUN
#: An event noun right after a date, which the date then names: "the Monday earthquake", "the New Year's Day
#: quake", "the Easter Sunday bombings" (the event's day, not the day a toll of it was counted).
EVENT_NOUN_AFTER = compile_pattern(rf"\s+(?:[\p{{L}}-]+\s+)?{_EVENT_NOUN}\b", regex.IGNORECASE)
#: The year of a past disaster recalled for comparison: this century's or the last, or as far back as the record
#: goes ("a colliery disaster in 1862", "the 1755 Lisbon earthquake").
_PAST_YEAR = r"(?:1[7-9]|20)\d\d"  # (none before 1677: a pandas Timestamp cannot hold it)
#: A past event dated by a year or a month, never by a day: the precision the text gives is kept.
#: "the 1976 storm", "the 2010 floods", "Hurricane Harvey in 2017", "in June 2010", "in June", "last month's fire",
#: "last year", "ten years ago", "two decades ago". ("last week" is left alone: a week back is most often the
#: story's own event.)
PAST_EVENT = compile_pattern(
    rf"""\b(?:
        (?P<attr>(?P<attr_y>{_PAST_YEAR})(?:'s|\u2019s)?\s+(?:[\p{{L}}-]+\s+){{0,3}}?{_EVENT_NOUN})
      | (?P<in>(?:in|during|of|since)\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<in_m>{_MONTH})\s+)?
            (?P<in_y>{_PAST_YEAR})(?![-\d]))
      | (?P<month>in\s+(?:early\s+|late\s+|mid-?)?(?P<month_m>{_MONTH}))(?![\s.]*\d)
      | (?P<last>last\s+(?P<last_unit>month|year)(?:'s|\u2019s)?)
      | (?P<ago>(?P<ago_n>\d{{1,3}}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|
            thirty|forty|fifty|a\s+few|several)\s+(?P<ago_unit>years?|decades?|months?)\s+ago)
      | (?P<after>(?P<after_n>\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|
            thirty|forty|fifty)\s+(?P<after_unit>years?|decades?)\s+after\s+(?:the|a|an)\s+(?:[\p{{L}}-]+\s+){{0,3}}?
            {_EVENT_NOUN}(?!\s+(?:began|begun|started|broke|erupted)))
    )\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Case-sensitive on purpose: a month counts only capitalised ("in may" is a verb), and under IGNORECASE \p{Lu}
# would let every "in the" through to the full pattern.
_PAST_HINT = compile_pattern(
    r"(?:1[7-9]|20)\d\d|\b(?i:last)\s|\b(?i:in)\s+(?i:early\s+|late\s+|mid-?)?\p{Lu}|\s(?i:ago)\b"
    r"|(?i:years?|decades?)\s+(?i:after)\b"
)
_AGO_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50,
}  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence: its span, the date it resolves to (None when it cannot), and its precision.

    ``precision`` is ``day``, ``month`` or ``year``: a month or a year resolves to its first day.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str = "day"


def month_number(word: str) -> int:
    """The month a word of :data:`MONTH` names, 1 to 12.

    >>> month_number("Sept."), month_number("june"), month_number("DEC")
    (9, 6, 12)
    """
    return _MONTHS[fold_case(word)[:3]]


def find_dates(sentence: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``sentence``, resolved against ``published``.

    A weekday the sentence puts in the future ("will hold a state funeral on Saturday") is no past day: it is
    left unresolved.
    """
    return [
        DateMention(
            m.start(),
            m.end(),
            sentence[m.start() : m.end()],
            None if _in_the_future(sentence, m) else _resolve_match(m, published),
        )
        for m in date_matches(sentence)
    ]


#: What puts the day after it in the future: "will hold ... on Saturday", "is due to ... on Monday", "next Friday".
_FUTURE_BEFORE = compile_pattern(
    r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|planned\s+for|scheduled|is\s+due|are\s+due|due\s+to|set\s+to"
    r"|expected\s+to|next)\b[^,.;:]{0,40}$",
    regex.IGNORECASE,
)


def _in_the_future(sentence: str, m: regex.Match[str]) -> bool:
    """Whether a weekday is put in the future by the words before it in its clause."""
    text = m.group().lower()
    if not text.rstrip(".").endswith("day") or text.endswith("today") or text.endswith("yesterday"):
        return False
    return _FUTURE_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) is not None


@functools.lru_cache(maxsize=256)
def date_matches(sentence: str) -> tuple[regex.Match[str], ...]:
    """Every match of ``DATE_EXPRESSION`` in ``sentence``.

    One scan per sentence, shared by :func:`find_dates` and the scope cues of
    ``framing``; skipped when the sentence holds no word a date is made of. (On
    ASCII text the matches are of the sentence lowered: their offsets and groups
    are read, their text is taken from ``sentence``.)
    """
    low = fold_case(sentence)
    if not any(word in low for word in _DATE_WORDS) and not _ISO_HINT.search(sentence):
        return ()
    return tuple(_DATE_SCAN.finditer(sentence))


@functools.lru_cache(maxsize=256)
def find_past_events(sentence: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """The years and months of past events in ``sentence`` ("the 1976 storm", "in June 2010", "last month's fire").

    A year or month that is not before ``published`` is left out: it is the time of today's report, not of a past
    event. Without ``published`` nothing is: a year alone cannot tell a past event from today's.
    """
    if published is None or not _PAST_HINT.search(sentence):
        return ()
    found: list[DateMention] = []
    days = [d.span() for d in date_matches(sentence)]
    for m in PAST_EVENT.finditer(sentence):
        if m.group("month") and not m.group("month_m")[0].isupper():
            continue  # "in may": a verb, not a month
        if any(start <= m.start() < end for start, end in days):
            continue  # "on Jan. 30 last year": the year of a day, not a past event's own
        if m.group().lower().startswith("since") and not SUPERLATIVE_SINCE.search(sentence, 0, m.start() + 6):
            continue  # "since 2020" starts a running total; "the deadliest since April 2009" recalls a disaster
        resolved = _resolve_past(m, published)
        if resolved is None:
            continue
        when, precision = resolved
        found.append(DateMention(m.start(), m.end(), m.group(), when, precision))
    return tuple(found)


def _resolve_past(m: regex.Match[str], published: dt.date) -> tuple[dt.date, str] | None:
    year_text = m.group("attr_y") or m.group("in_y")
    if year_text:
        year = int(year_text)
        month_word = m.group("in_m")
        if month_word:
            when = dt.date(year, month_number(month_word), 1)
            return (when, "month") if when < published.replace(day=1) else None
        return (dt.date(year, 1, 1), "year") if year < published.year else None
    if m.group("ago"):
        return _ago(m.group("ago_n"), m.group("ago_unit"), published)
    if m.group("after"):  # "comes three years after the collapse of a dam at Mariana": that event's year
        return _ago(m.group("after_n"), m.group("after_unit"), published)
    if m.group("month_m"):
        month = month_number(m.group("month_m"))
        year = published.year if month <= published.month else published.year - 1
        when = dt.date(year, month, 1)
        return (when, "month") if when < published.replace(day=1) else None
    unit = fold_case(m.group("last_unit"))
    if unit == "year":
        return dt.date(published.year - 1, 1, 1), "year"
    first = published.replace(day=1) - dt.timedelta(days=1)
    return first.replace(day=1), "month"


#: A wire dateline: "ANKARA, Feb 7 (Reuters) -", "KYIV, Ukraine, March 3, 2024 —", "GENEVA, 12 May (AP):".
_DATELINE = compile_pattern(
    rf"""^\s*(?:\p{{Lu}}[\p{{Lu}}\p{{L}} .'/-]{{1,40}},\s*){{1,3}}?
        (?P<when>{_MONTH}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}\s+{_MONTH}(?:\s+(?:19|20)\d\d)?)
        \s*(?:\([^)]{{1,30}}\)\s*)?(?:[-:\u2013\u2014]|--)""",
    regex.IGNORECASE | regex.VERBOSE | regex.MULTILINE,
)
_DATELINE_REACH = 400
_DATELINE_DAYS = 3


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the date of a dateline opening ``text`` stands ("ANKARA, Feb 7 (Reuters) -"), or None.

    >>> dateline_span("LUCKNOW, Feb 14 - Nine died.")
    (9, 15)
    """
    m = _DATELINE.match(text[:_DATELINE_REACH])
    return m.span("when") if m is not None else None


def dateline_date(text: str, published: dt.date | None) -> dt.date | None:
    """The date of the document's dateline ("ANKARA, Feb 7 (Reuters) -"), when it is a few days before ``published``.

    A wire story is written on its dateline's day and may be published (or stamped) a day or two later: its
    "on Monday" and "yesterday" are read against the dateline, not the later stamp.
    """
    if published is None:
        return None
    m = _DATELINE.search(text[:_DATELINE_REACH])
    if m is None:
        return None
    when = resolve(m.group("when"), published)
    if when is None or when > published or (published - when).days > _DATELINE_DAYS:
        return None
    return when


def _ago(number: str, unit_word: str, published: dt.date) -> tuple[dt.date, str] | None:
    """ "ten years ago" (year precision), "two decades ago", "three months ago" (month precision)."""
    word = fold_case(number)
    n = int(word) if word.isdigit() else _AGO_NUMBERS.get(word)
    if n is None:
        return None  # "a few", "several": no year the text gives
    unit = fold_case(unit_word)
    if unit.startswith("month"):
        month_index = published.year * 12 + published.month - 1 - n
        return dt.date(month_index // 12, month_index % 12 + 1, 1), "month"
    years = n * 10 if unit.startswith("decade") else n
    return (dt.date(published.year - years, 1, 1), "year") if 0 < years < published.year else None


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fiftieth": 50,
}  # fmt: skip
#: A story told a round time after its event: "one year after militants killed 130", "A year on, the city ...",
#: "Ten years after fighters took 276 girls", "to mark a year since the attack", "on the fifth anniversary of".
_ANNIVERSARY = compile_pattern(
    rf"""\b(?:
        (?P<n>\d{{1,2}}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|
            forty|fifty)\s+(?P<unit>years?|months?)\s+(?:after|since|on\b)
      | (?P<ord>{"|".join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+anniversary\b
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)


def anniversary_in(sentence: str, published: dt.date | None) -> DateMention | None:
    """Where a sentence says it is told a round time after its event ("a year after", "the tenth anniversary of"),
    and that event's day, or None: anniversary coverage appears on the event's day, that many years or months on,
    and "one year after gunmen killed 130" dates the 130 it tells of.

    >>> anniversary_in("One year after gunmen killed 130 people, the city remembered.", dt.date(2016, 11, 13)).date
    datetime.date(2015, 11, 13)
    >>> anniversary_in("Three months after the storm, the town is rebuilding.", dt.date(2025, 1, 29)).date
    datetime.date(2024, 10, 29)
    >>> anniversary_in("He died a week after the crash.", dt.date(2025, 1, 29)) is None
    True
    """
    if published is None or not ("anniversary" in sentence.lower() or _ANNIVERSARY_HINT.search(sentence)):
        return None
    m = _ANNIVERSARY.search(sentence)
    if m is None:
        return None
    if m.group("ord"):
        word = fold_case(m.group("ord"))
        n, months = (int(word[:-2]) if word[0].isdigit() else _ORDINALS[word]), False
    else:
        word = fold_case(m.group("n"))
        n, months = (int(word) if word.isdigit() else _AGO_NUMBERS[word]), fold_case(m.group("unit")).startswith("m")
    index = published.year * 12 + published.month - 1 - (n if months else 12 * n)
    if n <= 0 or index < 12:
        return None
    year, month = index // 12, index % 12 + 1
    day = _safe_date(year, month, published.day) or _safe_date(year, month, 28)
    return DateMention(m.start(), m.end(), m.group(), day)


_ANNIVERSARY_HINT = compile_pattern(r"(?i)\b(?:years?|months?)\s+(?:after|since|on)\b")


def resolve(expression: str, published: dt.date | None) -> dt.date | None:
    """The date one expression refers to, or None."""
    m = DATE_EXPRESSION.search(expression)
    return _resolve_match(m, published) if m else None


def _resolve_match(m: regex.Match[str], published: dt.date | None) -> dt.date | None:
    if m.group("iso"):
        return _safe_date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
    if m.group("md") or m.group("dm"):
        day = int(m.group("md_day") or m.group("dm_day"))
        year = m.group("md_year") or m.group("dm_year")
        month_word = _MONTH_WORD.search(m.group())
        if not month_word:
            return None
        month = month_number(month_word.group())
        if year:
            return _safe_date(int(year), month, day)
        if published is None:
            return None
        relative = m.group("md_rel") or m.group("dm_rel")
        if relative:  # "on Jan. 30 last year": that day of the year before the report's
            return _safe_date(published.year - (fold_case(relative) == "last"), month, day)
        candidate = _safe_date(published.year, month, day)
        if candidate is None:
            return None
        if candidate > published and (candidate - published).days > _AHEAD_DAYS:
            candidate = _safe_date(published.year - 1, month, day)
        return candidate
    if published is None:
        return None
    if m.group("holiday"):
        return _holiday(fold_case(m.group("holiday")), published)
    if m.group("weekday"):
        target = _WEEKDAYS[fold_case(m.group("weekday"))]
        return published - dt.timedelta(days=(published.weekday() - target) % 7)
    if m.group("yesterday"):
        return published - dt.timedelta(days=1)
    if m.group("today"):
        return published
    if m.group("weekend"):
        return published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
    return None


#: Feasts at a fixed day of the year, and those a number of days from Easter Sunday.
_FIXED_FEASTS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26), "new year": (1, 1)}
_EASTER_FEASTS = {"easter sunday": 0, "easter monday": 1, "good friday": -2, "holy saturday": -1}


def _holiday(name: str, published: dt.date) -> dt.date | None:
    """The latest day of the feast ``name`` on or before ``published`` ("Easter Monday" is not the last Monday).

    >>> _holiday("easter monday", dt.date(2016, 4, 4)), _holiday("christmas day", dt.date(2016, 4, 4))
    (datetime.date(2016, 3, 28), datetime.date(2015, 12, 25))
    >>> _holiday("new year's eve", dt.date(2024, 1, 2))
    datetime.date(2023, 12, 31)
    """
    name = " ".join(name.split())
    for year in (published.year, published.year - 1):
        if name.startswith("new year"):
            day: dt.date | None = dt.date(year, 1, 1) - dt.timedelta(days=name.endswith("eve"))
        elif name in _EASTER_FEASTS:
            day = easter(year) + dt.timedelta(days=_EASTER_FEASTS[name])
        else:
            day = _safe_date(year, *_FIXED_FEASTS[name]) if name in _FIXED_FEASTS else None
        if day is not None and day <= published:
            return day
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
