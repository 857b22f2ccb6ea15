"""What the extractor knows about a document beyond one sentence, in one place.

The readers of one field each see a sentence; news spreads a figure's context over
several: who spoke last ("..., he said"), a paragraph's source and scope, a date
that frames the next sentences ("Yesterday, we received varying figures."), a header
that scopes the list below it, the story's last toll (whose parts follow), the
dateline and the headline. :class:`DocumentContext` holds all of it while
:mod:`claimcheck.extraction.claims` reads a document sentence by sentence, and
answers the readers of sources, scope, dates and places.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from claimcheck._rx import compile_pattern, fold_case
from claimcheck.extraction import attribution, gazetteer
from claimcheck.extraction.counts import Count, parenthesised_place
from claimcheck.extraction.dates import dateline_span, find_dates
from claimcheck.extraction.events import named_places
from claimcheck.extraction.framing import is_header, is_list_item, scope_cue, tells_lasting_event
from claimcheck.extraction.lexicon import AREA_NOUNS, CONJUNCTS, FIGURE_WORDS, SPEECH_VERBS
from claimcheck.extraction.places import (
    NATIONWIDE,
    SET_AGAINST,
    all_places,
    bare_place_noun,
    dateline,
    is_named_place,
    last_place,
    named_places_of_kind,
    only_beside,
    site_holding,
)
from claimcheck.extraction.sentences import Sentence
from claimcheck.extraction.sources import PERSON_MARK, source_key

_QUOTE_OPEN = compile_pattern(r"^[\"\u201c\u2018]")
_QUOTE_CLOSE = compile_pattern(r"[\"\u201d\u2019],?\s")
_REFERS_BACK = compile_pattern(r"^(?:this|that|these|those|the\s+(?:figures?|numbers?|toll|news))\b", regex.IGNORECASE)
_ENDS_SENTENCE = compile_pattern(r"[.!?][\"'\u201d\u2019)]*\s*$", regex.REVERSE)
_FRAMING_DATE = compile_pattern(
    r"^(?:yesterday|on\s+\w+day|\w+day|last\s+night|earlier\s+today|on\s+\w+\s+\d{1,2}|\w+\s+\d{1,2})\s*,",
    regex.IGNORECASE,
)
_FRAME_SENTENCES = 4

#: The categories of a toll: the story's last toll gives its scope to the parts that follow it.
TOLL = frozenset({"killed", "injured"})
_DIGIT = compile_pattern(r"\d")

#: Place nouns that refer back to the story's place of one gazetteer level: "the country", "the city".
_LEVEL_NOUNS: Mapping[str, str] = {
    "country": "country",
    "nation": "country",
    "city": "city",
    "town": "city",
    "capital": "city",  # "in the capital": the city its story is told in, named before
    "state": "region",  # a country's first-level parts, whatever it calls them
    "province": "region",
    "region": "region",
}
#: Places referred to together by their kind and number: "the two states", "both countries", "all three provinces".
_PLACES_TOGETHER = compile_pattern(
    r"(?:the\s+)?(?:both|two|three|four|all\s+(?:three|four))(?:\s+(?:the\s+)?)?\s*"
    r"(?P<kind>states|countries|provinces|regions|nations|cities|towns)",
    regex.IGNORECASE,
)
#: How many of its first sentences name a story's own country and city.
_STORY_SENTENCES = 12

#: What lies between two figures of one clause that share its place: "killing 14 people and injuring 92".
_COORDINATED_FIGURES = compile_pattern(r"[^.;:()\d]{0,30}\band\s+(?:\p{Ll}+\s+){0,2}")


def _framing_date(sentence: str) -> regex.Match[str] | None:
    """The date opening a sentence ("Yesterday, ...", "On March 3, ..."), as ``_FRAMING_DATE`` matches it.

    Its match ends at the sentence's first comma and holds "day", "night" or a digit before it: a sentence
    without them (most) is not matched.
    """
    comma = sentence.find(",")
    if comma < 0:
        return None
    head = fold_case(sentence[:comma])
    if "day" not in head and "night" not in head and not _DIGIT.search(head):
        return None
    return _FRAMING_DATE.match(sentence)


@dataclass
class DocumentPlaces:
    """Where a document's figures are when their sentence says nothing of it.

    A figure with no place of its own takes the named place of an earlier figure or
    sentence of its paragraph ("Floods hit Kerr County. Nine children died."); the
    document's own place (its dateline, else its headline's place) is kept apart,
    in ``document_place``, since the figure's text does not name it.
    """

    sentences: list[Sentence]
    document: str | None = None

    @classmethod
    def of(cls, sentences: list[Sentence]) -> DocumentPlaces:
        """The dateline opening one of the first paragraphs ("CITY, Feb 7 (Agency) -"), else the headline's place."""
        firsts = [s for k, s in enumerate(sentences) if k == 0 or sentences[k - 1].paragraph != s.paragraph]
        place = next((p for p in (dateline(s.text) for s in firsts[:_DATELINE_PARAGRAPHS]) if p), None)
        if place is None and sentences and is_headline(sentences[0], sentences):
            place = last_place(sentences[0].text)
        return cls(sentences, place)

    def fill(self, found: list[Found]) -> None:
        """Give each unplaced figure the nearest named place before it in its paragraph."""
        index = {id(s): i for i, s in enumerate(self.sentences)}
        placed: dict[int, str] = {}  # sentence index -> the last named place its figures took
        spread: set[int] = set()  # sentences whose figures stand in several places ("21 in X and nine in Y")
        sites: dict[int, set[str]] = {}  # sentence index -> every place its figures stand at, named or not
        previous: Found | None = None
        for f in found:
            i = index[id(f.sentence)]
            before, previous = previous, f
            if f.location == NATIONWIDE:
                f.location = self._country_of_story(i)  # "the nationwide toll": the story's country, if known
            if f.location is not None and parenthesised_place(
                f.sentence.text, f.count.phrase.start, f.count.phrase.end
            ):
                continue  # "Paiporta (45), Alfafar (15) account for 100 of the 221 deaths": a list's places are theirs
            if f.location is not None and not self._unresolved_level(i, f.location):
                sites.setdefault(i, set()).add(f.location)
                f.location = self._antecedent(i, f.location) or site_holding(f.sentence.text, f.location) or f.location
                if is_named_place(f.location) and not only_beside(f.sentence.text, f.location):
                    if placed.get(i, f.location) != f.location:
                        spread.add(i)
                    placed[i] = f.location
                continue
            if before is not None and before.sentence is f.sentence and before.location is not None:
                gap = f.sentence.text[before.count.phrase.end : f.count.phrase.start]
                if _COORDINATED_FIGURES.fullmatch(gap):
                    f.location = before.location  # "in the hall, killing 14 and injuring 92": one place for both
                    continue
            if (
                len(sites.get(i, ())) > 1
                and before is not None
                and before.sentence is f.sentence
                and SET_AGAINST.search(f.sentence.text, before.count.phrase.end, f.count.phrase.start)
            ):
                continue  # "seven died at the alley and eight at the bar, while three died later": none of those
            f.location = self._paragraph_place(i, placed, spread)
            if f.location is not None:
                placed[i] = f.location

    def _earlier_places(self, i: int, placed: dict[int, str], spread: set[int]) -> Iterator[str]:
        """The places named before sentence ``i`` in its paragraph, nearest first; none past a sentence whose
        figures were broken down by place ("21 died in X and nine in Y. More than 400 were hurt.")."""
        paragraph = self.sentences[i].paragraph
        for j in range(i - 1, max(-1, i - _PARAGRAPH_REACH), -1):
            if self.sentences[j].paragraph != paragraph or j in spread:
                return
            place = placed.get(j) or last_place(self.sentences[j].text, named=True)
            if place:
                yield place

    def _paragraph_place(self, i: int, placed: dict[int, str], spread: set[int]) -> str | None:
        if i in placed:
            return placed[i]  # "Five died in Calder, and three were hurt": the sentence's place so far
        if _NEW_ITEM.search(self.sentences[i].text):
            return None  # "Separately, ...", "He also said ...": another matter, maybe elsewhere
        return next(self._earlier_places(i, placed, spread), None)

    def _antecedent(self, i: int, location: str) -> str | None:
        """ "the county" after "Kerr County": the named place a bare place noun refers back to; "the two
        states" after "Mississippi and Alabama": the places named together before."""
        together = _PLACES_TOGETHER.fullmatch(location.strip())
        if together is not None:
            kind = together.group("kind").lower()  # "states", "countries": the plural of a level noun
            return self._named_together(i, _LEVEL_NOUNS[kind[:-3] + "y" if kind.endswith("ies") else kind[:-1]])
        noun = bare_place_noun(location)
        if noun is None:
            return None
        town = _town_named_before(self.sentences[i].text, location) if noun in _SETTLEMENT_NOUNS else None
        if town is not None:
            return town  # "In Guiuan, ..., the mayor said 101 had died in the town": its own sentence's town
        for k in range(i, max(-1, i - _PARAGRAPH_REACH * 2), -1):
            text = self.sentences[k].text if k else _DATELINE_CREDIT.sub("", self.sentences[k].text, count=1)
            for place in reversed(all_places(text)):
                if is_named_place(place) and noun in place.lower().split() and place != location.strip():
                    return place  # (not "the Missouri city" itself: the city it describes)
            named = [name for name in named_places_of_kind(text, noun) if name != location.strip()]
            if named:
                return named[-1]
        return self._story_place(i, noun) or self._named_before(i, location, noun)

    def _named_before(self, i: int, location: str, noun: str) -> str | None:
        """ "An official in Taroudant said the toll in the province passed 500": an area named by its capital.

        Provinces and districts are named after their main town, and the gazetteers know the town, not the
        area; "the province" after a named place in its own sentence is that place's. Not a country's: "the
        province" after "Morocco" is some province of it.
        """
        if noun not in AREA_NOUNS:
            return None
        text = self.sentences[i].text
        at = text.lower().find(f"the {noun}")
        for name in reversed(all_places(text[: max(0, at)])):
            place = gazetteer.resolve(name)
            if is_named_place(name) and (place is None or place.level == "city"):
                return name
        return None

    def _named_together(self, i: int, level: str) -> str | None:
        """The last coordination of named places of ``level`` ("Mississippi and Alabama") up to sentence ``i``."""
        for k in range(i, max(-1, i - _PARAGRAPH_REACH * 2), -1):
            for place in reversed(all_places(self.sentences[k].text)):
                parts = CONJUNCTS.split(place)
                if len(parts) < 2:
                    continue
                levels = {getattr(gazetteer.resolve(part), "level", None) for part in parts}
                if levels == {level}:
                    return place
        return None

    def _country_of_story(self, i: int) -> str | None:
        """The country a story is told from (its dateline's), else the country its sentence or first lines name."""
        place = gazetteer.resolve(self.document) if self.document else None
        if place is not None and self.document and (told := self._told_country) is not None:
            # "VALENCIA -" over a story of Paiporta and Catarroja: Spain's Valencia, not Venezuela's
            place = gazetteer.resolve_within(self.document, (told,)) or place
        country = gazetteer.by_code(place.country) if place is not None else None
        return country.name if country is not None else self._story_place(i, "country")

    @functools.cached_property
    def _told_country(self) -> str | None:
        """The country the story's unambiguous place names vote for (:func:`gazetteer.voted_country`), each name
        once; else None."""
        names = {m.group() for s in self.sentences for m in _CAPITALISED_RUN.finditer(s.text, 1)}
        return gazetteer.voted_country(names)  # (not the word that opens a sentence: "Officials said ...")

    def _story_place(self, i: int, noun: str) -> str | None:
        """ "in the country", "the city": the country or city its sentence names, else the story's first one.

        News names its story's country and city early and refers back to them by
        their kind, however far on: the gazetteer tells which named place is one.
        """
        level = _LEVEL_NOUNS.get(noun)
        if level is None:
            return None
        text = self.sentences[i].text
        before = text[: max(0, text.lower().find(noun))]
        for name, place in [*reversed(list(named_places(before))), *self._story_places]:
            if place.level == level:
                return name
        return None

    @functools.cached_property
    def _story_places(self) -> list[tuple[str, gazetteer.Place]]:
        """The countries, regions and large cities the story's first sentences name, in order."""
        lead = _DATELINE_CREDIT.sub("", " ".join(s.text for s in self.sentences[:_STORY_SENTENCES]), count=1)
        # the city a story is filed from comes after the places its lead tells of: "NAIROBI - A truck bomb in
        # Mogadishu killed 276 ... the city's ambulance service" means Mogadishu
        filed = dateline_span(lead)
        if filed is None:
            return list(named_places(lead))
        return [*named_places(lead[filed[1] :]), *named_places(lead[: filed[1]])]

    def _unresolved_level(self, i: int, location: str) -> bool:
        """ "the country" in a story that names none: no place of the figure's own."""
        noun = bare_place_noun(location)
        return noun in _LEVEL_NOUNS and self._antecedent(i, location) is None


#: A run of capitalised words that may name a place: "Paiporta", "Castilla-La Mancha".
_CAPITALISED_RUN = compile_pattern(
    r"(?<![\p{L}'\u2019-])\p{Lu}\p{Ll}[\p{L}'\u2019-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'\u2019-]*){0,2}"
)

#: Who a dateline credits, in brackets before its dash: "HOUSTON, Aug 29 (Bayou City Ledger) -" names an outlet, no
#: place of the story.
_DATELINE_CREDIT = compile_pattern(r"(?<=^[^()\n]{0,80})\([^()\n]{1,60}\)(?=\s*(?:[-:\u2013\u2014]|--))")

#: Place nouns for a settlement: "the town" may refer back to a town the gazetteer does not know.
_SETTLEMENT_NOUNS = frozenset("town city village".split())


def _town_named_before(text: str, location: str) -> str | None:
    """The last named place before ``location`` in its own sentence, when it may be a town: a city to the
    gazetteer, or unknown to it.

    "In Guiuan, where the storm first made landfall, the mayor said 101 had died in the town": a small town
    named earlier in the sentence is the one "the town" refers to, not the story's city, however small.
    """
    at = text.lower().rfind(location.strip().lower())  # (the last: a dateline may name a city of its own)
    if at <= 0:
        return None
    for name in reversed(all_places(text[:at])):
        if is_named_place(name) and not bare_place_noun(name):
            if len(CONJUNCTS.split(name)) > 1:
                return None  # "Kharkiv and Dnipro ... in the city": which one, the rest of the story tells
            place = gazetteer.resolve(name)
            return name if place is None or place.level == "city" else None
    return None


def is_headline(first: Sentence, sentences: list[Sentence]) -> bool:
    """A first line that stands alone, short and with no full stop: a headline."""
    alone = len(sentences) == 1 or sentences[1].paragraph != first.paragraph
    return alone and len(first.text) < 120 and not _ENDS_SENTENCE.search(first.text)


#: A sentence that turns to another matter: it does not inherit the paragraph's place.
_NEW_ITEM = compile_pattern(
    r"^(?:\W*)(?:separately|additionally|in\s+addition|elsewhere|meanwhile|also|in\s+another)\b"
    rf"|^\W*\w+(?:\s+\w+)?\s+also\s+(?:{SPEECH_VERBS})\b",
    regex.IGNORECASE,
)
_DATELINE_PARAGRAPHS = 3
_PARAGRAPH_REACH = 6


@dataclass
class Found:
    """A count with the context the later steps fill in."""

    sentence: Sentence
    count: Count
    source: str | None = None
    location: str | None = None
    scope: str = "incident"
    modality: str = "asserted"
    claim_date: dt.date | None = None
    precision: str | None = None  # day, month or year: how much of claim_date the text gives
    own_date: bool = False  # whether the figure's sentence gave its date (else it is the report date)
    extra: dict[str, Any] = field(default_factory=dict)


class LazyAttributions:
    """The attributions of each sentence, found only for the sentences a figure asks about."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self._sentences = sentences
        self._found: dict[int, list[attribution.Attribution]] = {}

    def known(self, i: int) -> list[attribution.Attribution]:
        """The attributions of sentence ``i`` if they were found already, else none (nothing is searched)."""
        return self._found.get(i, [])

    def __getitem__(self, i: int) -> list[attribution.Attribution]:
        if i not in self._found:
            self._found[i] = attribution.find_attributions(self._sentences[i].text)
        return self._found[i]


@dataclass
class DocumentContext:
    """One document as read so far: its sentences and counts, and what earlier sentences tell later ones.

    Built once per document (:meth:`of`); :mod:`claimcheck.extraction.claims` calls
    :meth:`begin` before a sentence's figures and :meth:`end` after them, and asks
    :meth:`source_of` who a figure is credited to.
    """

    sentences: list[Sentence]
    counts: list[list[Count]]  # the counts of each sentence
    published: dt.date | None  # the report date: the dateline's date where it gives one
    attributions: LazyAttributions
    spoke: str | None = None  # the last source named, for "he said"
    #: this sentence's places read as sources ("X and Y reported 308 and 223, respectively"): never who "it" is
    places_speaking: set[str] = field(default_factory=set)
    paragraph_source: dict[int, str] = field(default_factory=dict)  # paragraph -> the source its figures took
    paragraph_scope: dict[int, str] = field(default_factory=dict)  # paragraph -> the scope a cue in it gave
    toll_scope: str | None = None  # the scope of the story's last toll, for its parts in later sentences
    frame: tuple[dt.date, int] | None = None  # a date that frames the figures of the next sentences, and where
    header_scope: str | None = None  # the scope a header ("Since the war began:") gives the list below it
    last: Found | None = None  # the last figure found so far

    @classmethod
    def of(cls, sentences: list[Sentence], counts: list[list[Count]], published: dt.date | None) -> DocumentContext:
        """The context of a document before its first sentence is read."""
        return cls(sentences, counts, published, LazyAttributions(sentences))

    @functools.cached_property
    def lasting(self) -> bool:
        """Whether the story's lead (its first two sentences) names a campaign that lasts: a war, a protest wave."""
        return tells_lasting_event(" ".join(s.text for s in self.sentences[:2]))

    @functools.cached_property
    def places(self) -> DocumentPlaces:
        """Where the document is (dateline, else headline) and where its unplaced figures are."""
        return DocumentPlaces.of(self.sentences)

    def begin(self, i: int) -> str | None:
        """Enter sentence ``i``: update the header's and the framing date's reach; the scope the sentence inherits."""
        s, counts, published = self.sentences[i], self.counts[i], self.published
        self.places_speaking.clear()
        inherited_scope = self.paragraph_scope.get(s.paragraph)
        if not counts and is_header(s.text):
            self.header_scope = scope_cue(s.text, len(s.text), len(s.text), published)
        elif self.header_scope is not None and is_list_item(s.text):
            inherited_scope = self.header_scope
        else:
            self.header_scope = None
        if self.frame is not None and i > self.frame[1] + _FRAME_SENTENCES:
            self.frame = None
        opening = _framing_date(s.text)
        if opening and all(c.phrase.qualifier == "vague" for c in counts) and FIGURE_WORDS.search(s.text):
            when = next((d.date for d in find_dates(opening.group(), published) if d.date), None)
            self.frame = (when, i) if when else None
        return inherited_scope

    @property
    def framing_date(self) -> dt.date | None:
        """The date an earlier sentence set for the running totals that follow it, if it still reaches."""
        return self.frame[0] if self.frame is not None else None

    def end(self, i: int, new: list[Found], history: bool) -> None:
        """Leave sentence ``i`` with its figures ``new``: what it tells the next sentences."""
        s, counts, published = self.sentences[i], self.counts[i], self.published
        if counts:
            tolls = [f for f in new if f.count.role == "figure" and f.count.category in TOLL and not history]
            self.toll_scope = tolls[-1].scope if tolls else self.toll_scope
        cue = next((scope_cue(s.text, c.phrase.start, c.phrase.end, published) for c in counts), None)
        if cue:
            self.paragraph_scope[s.paragraph] = cue
        before = self.last
        if new:
            self.last = new[-1]
        if counts or (i + 1 < len(self.sentences) and self.counts[i + 1]):
            # only the sentence before a figure can be who "he said" is
            credits = [
                a
                for a in self.attributions[i]
                if not attribution.is_pronoun(a.source) and a.source not in self.places_speaking
            ]
            named = [a.source for a in credits]
            # "OCHA said, citing local authorities. It said ...": "it" is who spoke, not whom it cited
            speakers = [a.source for a in credits if not attribution.cites(a, s.text)]
            if named or not self.places_speaking:
                self.spoke = (speakers or named)[-1] if named else (new[-1].source if new else None)
            # else: "X and Y reported 308 and 223, respectively. ..., it added": "it" is still the one who spoke before
        else:
            self.spoke = None
        if counts and any(f.source for f in new):
            self.paragraph_source[s.paragraph] = next(f.source for f in reversed(new) if f.source)
        elif not counts and i and self.counts[i - 1] and before is not None and before.source:
            named = [a.source for a in self.attributions[i] if not attribution.is_pronoun(a.source)]
            if named and before.source == named[-1]:
                self.paragraph_source[s.paragraph] = named[-1]  # "This was announced by X." speaks for what follows

    def source_of(self, i: int, count: Count, *, borrow: bool = True) -> str | None:
        """Who the figure is credited to: in its sentence, the next one, or the run of figures before it.

        Without ``borrow`` only the sentence's own attribution counts (a figure recalled from history is not the
        neighbouring speaker's).
        """
        sentences, attributions, counts_by_sentence = self.sentences, self.attributions, self.counts
        paragraph_source, spoke = self.paragraph_source, self.spoke
        s = sentences[i]
        owner = attribution.possessive_credit(s.text, count.phrase.start) or attribution.possessive_credit_after(
            s.text, count.phrase.end
        )
        if owner is not None:
            return owner  # "contradicting the fire service's count of 37": the figure is the fire service's
        own = attribution.choose(attributions[i], s.text, count.phrase.start, count.phrase.end)
        source: str | None = own.source if own else None
        if source is None and not borrow:
            return None
        if source is not None and own is not None and attribution.is_pronoun(source):
            # an antecedent stands before its pronoun ("The WHO said they had identified ..."); a body named after
            # "he said" is another figure's ("..., he said, more than the 41 announced by the ministry")
            named = [a.source for a in attributions[i] if not attribution.is_pronoun(a.source) and a.start < own.start]
            if named:
                return named[0]  # "The WHO said they had identified ..."
            return spoke or source
        if source is None and attribution.hedged(s.text):
            return None  # "according to the latest reports": credited to no one, and to no neighbour either
        if source is None and _QUOTE_OPEN.match(s.text):
            for j in range(i + 1, min(i + 4, len(sentences))):
                if sentences[j].paragraph != s.paragraph:
                    break
                closing = _QUOTE_CLOSE.search(sentences[j].text)
                after = [a for a in attributions[j] if closing and a.start >= closing.start()]
                if after:
                    source = after[0].source
                    break
        if source is None and i + 1 < len(sentences):
            nxt, nxt_text = attributions[i + 1], sentences[i + 1].text
            same_paragraph = sentences[i + 1].paragraph == s.paragraph
            refers_back = bool(_REFERS_BACK.match(nxt_text)) or len(nxt_text) < 60
            if nxt and (
                # a trailing credit speaks for the sentence before it too when that one's figure is of the same kind as
                # its own ("28 bodies were found in X. 14 others were found in Y, the channel said"), not for another
                # kind ("30 remain missing. The ferry could carry 80, the authority said")
                (
                    same_paragraph
                    and (nxt[-1].trailing or refers_back)
                    and all(c.category == count.category for c in counts_by_sentence[i + 1])
                )
                or (refers_back and not counts_by_sentence[i + 1])
            ):
                source = nxt[-1].source
                if attribution.is_pronoun(source):
                    source = spoke or source
        if source is None:
            source = paragraph_source.get(s.paragraph)
        headline = len(s.text) < 100 and not _ENDS_SENTENCE.search(s.text)
        if source is None and s.paragraph - 1 in paragraph_source and not headline:
            # a person quoted in the paragraph before speaks for this one's figure only when they gave a figure of
            # the same kind ("All but two of the missing are accounted for, Detective Superintendent Mark Doyle
            # said." does not credit "five remain in hospital" after it)
            before = paragraph_source[s.paragraph - 1]
            person = PERSON_MARK in (source_key(before) or "")  # a person's key: "detective-superintendent.doyle"
            if not person or count.category in self.paragraph_categories.get(s.paragraph - 1, ()):
                source = before  # (a body's report runs on across its kinds: "A total of 1,935 have been injured")
        return source

    @functools.cached_property
    def paragraph_categories(self) -> dict[int, set[str]]:
        """The categories of each paragraph's figures (worked out once per document, not once per figure)."""
        out: dict[int, set[str]] = {}
        for sentence, counts in zip(self.sentences, self.counts, strict=True):
            out.setdefault(sentence.paragraph, set()).update(c.category for c in counts)
        return out
