"""Find who a figure is credited to, as written: "according to X", "X said", "said X", "citing X".

Attributions ("X said", "with X saying": a participle of speech credits its subject too) are found per
sentence, each with the offset of its verb, and a
figure takes the nearest one that reaches it: one before it in the same clause
("X said at least 500 ..."), or one after it that no "but" or "while" cuts off
("... killed seven people, medics said"). A sentence with none borrows from
the next sentence of its paragraph when that one only attributes ("This was
announced by X."), or from the sentence before. "he said" is resolved to the
speaker of the sentence before, when there was one.

>>> [a.source for a in find_attributions("At least 7 died, medics said.")]
['medics']
>>> [a.source for a in find_attributions("According to Gaza's health ministry, 40 died.")]
["Gaza's health ministry"]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import os
from dataclasses import dataclass
from typing import Final

import regex

from claimcheck._rx import NOT_A_TO_Z, CaselessScan, compile_pattern, fold_case, rx
from claimcheck.extraction.lexicon import CONTRAST_WORDS, SMALL_NUMBER_WORDS, SPEECH_VERBS
from claimcheck.extraction.sentences import ABBREVIATION_STOP

#: Lowercase words that may stand inside the name of a source ("health ministry source").
_SOURCE_WORDS = frozenset(
    """ministry ministries health officials official authorities authority police department office offices governor
    governors mayor spokesperson spokesman spokeswoman spokespeople chief head source sources
    medics medic doctors doctor
    paramedics agency agencies committee statement statements report reports military army forces force government
    media service services workers rescuers rescue emergency civil defense defence red crescent minister council
    commission regional local state interior foreign federal national general secretary secretary-general
    representative envoy ambassador witnesses witness hospital hospitals group organisation organization monitor
    observatory human rights figures data tally count counts press release update updates estimates estimate
    prosecutor prosecutors prosecutor's investigators experts expert mission members member team analysis team
    deputy prime president vice commissioner high coordinator coordination humanitarian affairs relief works
    refugees refugee palestine palestinian israeli ukrainian russian libyan interior spokesperson administration
    channel telegram news network television radio newspaper agency's office's ministry's bureau department's
    officers officer staff personnel registry morgue coroner coroners volunteers monitoring migration nations
    guard coastguard navy airline operator company survivors relatives activists organisers organizers observers
    firefighters sheriff rescue-workers residents locals ombudsman ombudsperson ombudsman's examiner examiners
    inspector inspectors registrar
    club clubs union unions federation association league coalition alliance school university college church
    diocese embassy
    consulate prefecture municipality hotel firm charity foundation society institute clinic utility railway
    railways carrier airport port board directorate command brigade ngo ngos district owner owners management
    employer contractor
    junta regime presidency cabinet palace parliament court
    diplomat diplomats lawmaker lawmakers legislator legislators councillor councillors councilor councilors
    villager villagers resident nurse nurses teacher teachers priest imam pastor elder elders leader leaders
    analyst analysts worker volunteer headquarters centre center taskforce task-force
    director directors collector magistrate superintendent administrator premier commander commanders prefect
    chancellor senator senators marshal warden captain colonel
    united for of the in and on""".split()
)


def _is_source_word(word: str) -> bool:
    """Whether a lower-case word may name a source: one of :data:`_SOURCE_WORDS`, or its plural ("groups")."""
    return word in _SOURCE_WORDS or (word.endswith("s") and word[:-1] in _SOURCE_WORDS)


_BOUNDARY = frozenset(
    """that which who whom whose when while as after before because but if since where was were is are be been
    being will would could should may might not than so then also though although whereas until unless once
    what how why there here this these those it's according with neither nor either""".split()
)
#: A figure spelled out ends a speaker as digits do, unless a name goes on after it ("the Three Gorges authority"):
#: "Three people counted in the tally" were counted, not counters.
_NUMBER_WORDS = frozenset(SMALL_NUMBER_WORDS.split("|"))
_DETERMINER_BEFORE = compile_pattern(r"\b(?:the|all|both|its|their|these|those)\s+$", regex.IGNORECASE)
_CONNECTORS = frozenset({"of", "the", "for", "in", "and", "on"})
_ARTICLES = frozenset({"the", "a", "an"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "i"})
#: Small words a source neither ends with ("X of the said") nor, but for "the", starts with.
_TRAILING_SMALL = _CONNECTORS | {"a", "an", "to", "by"}
_LEADING_SMALL = _CONNECTORS - {"the"}
#: Words that may stand between a source and its verb ("X also said", "X on Monday said").
_BEFORE_VERB_WORD = (
    # ("here": "officials here said", where the story is filed from)
    r"(?:also|now|later|earlier|previously|has|have|had|just|already|officially|separately|initially|here|"
    r"further|again|then|still|repeatedly|recently|first|publicly|reportedly|quickly|today|yesterday|"
    # any other adverb of manner: "sharply lowered", "formally confirmed" (not a noun in -ly: "the family said")
    r"(?-i:(?!(?:family|assembly|monopoly|anomaly|butterfly|supply|homily)\b)\p{Ll}{3,}ly)|"
    r"(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?(?:\s+(?:night|morning|evening|afternoon))?|"
    r"last\s+night|overnight|this\s+(?:morning|evening|afternoon)|in\s+a\s+statement)"
)
_SKIP_BEFORE_VERB = compile_pattern(rf"(?:\s+{_BEFORE_VERB_WORD})*\s*$", regex.IGNORECASE)
#: The same searched from the end (one try, not one at every space); group 1 is the trailing space.
_SKIP_AT_END = compile_pattern(rf"(?:\s+{_BEFORE_VERB_WORD})*(\s*)$", regex.IGNORECASE | regex.REVERSE)
#: "the confirmed toll": a speech verb after an article is an adjective.
_ARTICLE_BEFORE = compile_pattern(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", regex.IGNORECASE | regex.REVERSE)


def _factored(words: list[str]) -> str:
    """``words`` as one alternation with shared beginnings taken out once ("sa(?:id|ys?)|st(?:ated|ates)|...").

    Both engines try the branches of a plain alternation one by one wherever it may
    start; factored, the searches for the speech verbs take half the time, and find the same words.
    """
    branches = []
    for _, grouped in itertools.groupby(sorted(words), key=lambda w: w[0]):
        group = list(grouped)
        stem = os.path.commonprefix(group)
        rests = [w[len(stem) :] for w in group]
        if rests == [""]:
            branches.append(regex.escape(stem))
            continue
        optional = "?" if "" in rests else ""
        branches.append(f"{regex.escape(stem)}(?:{_factored([r for r in rests if r])}){optional}")
    return "|".join(branches)


#: The words _VERB finds, lowercase: an ASCII word is one of them exactly when _VERB matches it whole.
_VERB_FORMS = frozenset(
    [*SPEECH_VERBS.split("|"), "gave", "given", "shared", "tweeted", "tweets", "saying"]
    + ["denied", "denies", "rejected", "dismissed", "disputed", "refuted"]  # who denies a figure speaks of it
)
_VERB = compile_pattern(rf"\b(?:{_factored(list(_VERB_FORMS))})\b", regex.IGNORECASE)
_FORWARD = compile_pattern(
    r"\b(?:according\s+to|citing|cited\s+by|per(?=\s+(?:the\s+)?(?-i:\p{Lu}))|(?:announced|reported|confirmed|stated|released|issued|compiled|"
    r"documented|recorded|verified|provided|given|published)\s+by|quoted\s+by|as\s+reported\s+by|sources?\s+(?:said\s+)?(?:at|in|from)|"
    r"with\s+reference\s+to)\s+",
    regex.IGNORECASE,
)
#: A speech verb's participle classing what it is said of: "listed as missing", "reported as dead" (not "reported
#: as many as 40", "said as early as Monday").
_CALLED_AS = compile_pattern(
    r"\s+as\s+(?!(?:many|much|high|few|little|low|well|of|recently|early|late|soon|far|part|long)\b)\p{L}",
    regex.IGNORECASE,
)
#: Verbs of saying that class nobody: "the chief said as crews began a search" tells when he spoke.
_SAID_AS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "warned", "warns"})
_VERB_SCAN = CaselessScan(_VERB)  # (each sentence asked about is scanned: the faster scan on ASCII text)
#: Verbs of speech never put before their speaker: ", put the toll higher" and ", counted the dead" are no
#: inversion (", said the minister" is).
_NEVER_INVERTED = frozenset(
    """put puts counted counts recorded records registered listed tallied tallies documented documents published
    publishes shows showed cited cites verified verifies""".split()
)
_INVERTED = compile_pattern(
    rf"(?:,|[\"\u201d\u2019])\s*(?:{_factored([v for v in SPEECH_VERBS.split('|') if v not in _NEVER_INVERTED])}"
    r"|points\s+out|reads|read)\s+(?=\S)",
    regex.IGNORECASE,
)
#: What opens a speaker before a participle of speech: "with the mayor saying", ", the governor saying".
_OPENS_PARTICIPLE = compile_pattern(r"(?:,|\bwith)\s*(?:the\s+|a\s+|its\s+|their\s+)?$", regex.IGNORECASE)
_ARTICLE_START = compile_pattern(r"^(?:the|a|an)\s+", regex.IGNORECASE)
_TIME_WORD = compile_pattern(r"(?i)(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday")
_HEADLINE_SOURCE = compile_pattern(r":\s*((?:\p{Lu}[\p{L}.'\u2019-]*\s?){1,4})\s*$")
_CONTRAST = compile_pattern(rf"\b(?:{'|'.join(CONTRAST_WORDS)})\b|;", regex.IGNORECASE)
#: Words, parenthesised asides and single marks, read from the end of the text: the words before a verb are
#: taken backwards until the clause ends, mostly after a few. (Read forwards, the text splits into the same tokens.)
_TOKEN = compile_pattern(r"\([^()]{1,80}\)|[\p{L}\d][\p{L}\d'\u2019.\-]*|[^\s]", regex.REVERSE)

#: "Officials raised the death toll to 35", "police revised the number of deaths to 97": who revises a toll gives it.
#: So does who answers a figure with another: "the minister disputed the figure, saying only nine had died",
#: "the army rejected the report, saying 9 soldiers were killed".
_REVISING_VERBS = (
    "raised lowered revised updated narrowed raises lowers revises updates narrows set sets "
    "disputed rejected contested questioned denied challenged dismissed corrected "
    "disputes rejects contests questions denies challenges dismisses corrects"
).split()
_REVISION = compile_pattern(
    rf"\b(?:{'|'.join(_REVISING_VERBS)})\s+(?=(?:the|its|their|that|this|those|these)\s+"
    r"(?:[\p{L}\-'\u2019]+\s+){0,2}?(?:toll|tally|count|number|figure|estimate|list|report|claim|account)s?\b)",
    regex.IGNORECASE,
)
_REVISION_WORDS = frozenset(_REVISING_VERBS)
_TOLL_WORDS = frozenset(
    """toll tally count number figure estimate list report claim account
    tolls tallies counts numbers figures estimates lists reports claims accounts""".split()
)
#: A study's finding is credited to the study: "a Harvard study found that 4,645 people died", "the storm killed 62,
#: an AP count found", "an analysis of death records concluded". Only a study names itself this way; "rescuers
#: found 40 bodies" is what rescuers did, not a figure they gave.
_FINDING = compile_pattern(r"\b(?:found|finds|concluded|concludes|suggested|suggests|determined)\b", regex.IGNORECASE)
_FINDING_WORDS = frozenset({"found", "finds", "concluded", "concludes", "suggested", "suggests", "determined"})
_STUDY_WORDS = frozenset(
    """study studies survey surveys analysis analyses review reviews count counts tally tallies investigation
    investigations inquiry inquiries audit audits census research report reports""".split()
)
#: Words of which every match of _FORWARD, of _VERB or _INVERTED, of _CONTRAST holds one whole: a sentence
#: holding none of them (see ``_words``) is not searched. Keep them in step with the patterns.
_FORWARD_WORDS = frozenset({"according", "citing", "cited", "per", "by", "source", "sources", "reference"})
_VERB_WORDS = _VERB_FORMS | {"points", "reads", "read"}  # and _INVERTED's own
_CONTRAST_WORDS = frozenset(CONTRAST_WORDS)


#: The words that open a credit naming whom a speaker cites, not who speaks: "citing X", "quoting X",
#: "according to X", "cited by X".
CITING_WORDS = ("citing", "quoting", "according", "cited")


def cites(a: Attribution, sentence: str) -> bool:
    """Whether the credit ``a`` names whom a speaker cites ("citing local authorities"), not who speaks."""
    return sentence[a.start : a.start + 12].lower().startswith(CITING_WORDS)


#: An aside set off by commas right before a speech verb: ", in a statement on Monday,", ", speaking on condition of
#: anonymity,". No figure, quote or clause break inside it. (Not ", citing Red Crescent figures,": a cited body is
#: credited with the figure, as "according to A, citing B".)
_ASIDE_BEFORE = compile_pattern(
    rf",(?!\s*(?:{'|'.join(CITING_WORDS)})\b)\s*(?:[^,;:()\"\u201c\u201d\d]{{3,60}}"
    # an apposition says what the speaker is, at any length: ", a Britain-based monitor with a network of sources,"
    r"|(?:a|an|the)\s+[^,;:()\"\u201c\u201d\d]{3,120}),\s*$",
    regex.IGNORECASE,
)


#: An indefinite apposition right before a speech verb says what the speaker is: "The Syrian Observatory, a
#: Britain-based monitor with sources inside the country, put the toll at 3,100" (the speaker stands before it).
_APPOSITION_BEFORE = compile_pattern(r",\s*an?\s+[^,;:()\"\u201c\u201d\d]{3,120},\s*$")


#: A restrictive relative clause between a speaker and its verb: "the unions that organised the strike said",
#: "doctors who treated the wounded said". The speaker's noun stands right before "that" or "who" (not a verb's
#: "found that", "telling radio X that"), and the clause holds no clause of its own ("workers who were on the deck
#: when it gave way").
_RELATIVE_BEFORE = compile_pattern(
    r"(?<=\b(?P<noun>[\p{L}'\u2019\-]+))\s+(?:that|who)\s+"
    r"(?!(?:[^,;:()\"\u201c\u201d\d\s]+\s+)*?(?:when|as|after|before|because|while|it|they|he|she|we)\s)"
    r"(?:[^,;:()\"\u201c\u201d\d\s]+\s+){1,6}$"
)


@dataclass(frozen=True)
class Attribution:
    """A source as written, and the span of the words that credit it (verb or preposition)."""

    source: str
    start: int
    end: int
    trailing: bool = False  # "..., X said." at the end of its sentence

    def source_span(self, sentence: str) -> tuple[int, int]:
        """Where the source's own words stand in ``sentence`` (nearest to the attribution)."""
        spans = []
        step = max(len(self.source), 1)  # occurrences do not overlap; an empty source is found at every position
        at = sentence.find(self.source)
        while at >= 0:
            spans.append((at, at + len(self.source)))
            at = sentence.find(self.source, at + step)
        if not spans:
            return self.start, self.end
        return min(spans, key=lambda sp: min(abs(sp[0] - self.start), abs(sp[1] - self.end)))


_START = operator.attrgetter("start")


#: A finite verb right after the words that follow "said": they open what was said ("says the toll has risen"), they
#: do not name who said it ("said the ministry").
_SUBJECT_OF_WHAT_IS_SAID = compile_pattern(
    r"\s+(?:has|have|had|was|were|is|are|would|will|could|rose|stood|stands|climbed|reached|remains|remained)\b",
    regex.IGNORECASE,
)


def find_attributions(sentence: str) -> list[Attribution]:
    """Every attribution in ``sentence``, in order of position."""
    words = _words(sentence)
    found: list[Attribution] = []
    for m in _FORWARD.finditer(sentence) if not _FORWARD_WORDS.isdisjoint(words) else ():
        source = _noun_phrase_forward(sentence, m.end())
        if source and m.group()[:6].lower() == "citing" and not _could_speak(source):
            continue  # "citing weak safety oversight": a reason given, no one cited
        if source:
            end = sentence.find(source, m.end()) + len(source)
            found.append(Attribution(source, m.start(), end, _is_trailing(sentence, end)))
    verbs = not _VERB_WORDS.isdisjoint(words)
    for m in _INVERTED.finditer(sentence) if verbs else ():
        source = _noun_phrase_forward(sentence, m.end())
        if (
            source
            and (source[0].isupper() or source.split()[0].lower() in _SOURCE_WORDS)
            and not rx(r"(?i)(?:on|in|at|to|that|after|before|during|from|with|by)\b").match(source)
            # "says the official death toll has risen to seven": the subject of what is said, not who says it
            and not _SUBJECT_OF_WHAT_IS_SAID.match(sentence, sentence.find(source, m.end()) + len(source))
        ):
            found.append(Attribution(source, m.start(), m.end(), _is_trailing(sentence, m.end() + len(source))))
    for m in _VERB_SCAN.finditer(sentence) if verbs else ():
        if found and any(a.start <= m.start() < a.end for a in found):
            continue
        if _ARTICLE_BEFORE.search(sentence[: m.start()]):
            continue  # "the confirmed toll": an adjective, not a speech verb
        if _CALLED_AS.match(sentence, m.end()) and m.group().lower() not in _SAID_AS:
            continue  # "residents previously listed as missing": a participle that classes people, not speech
        apposition = _APPOSITION_BEFORE.search(sentence, 0, m.start()) if ", a" in sentence else None
        source = _noun_phrase_backward(sentence, apposition.start()) if apposition is not None else None
        source = source or _noun_phrase_backward(sentence, m.start())
        if not source and m.group().lower() != "saying":
            aside = _ASIDE_BEFORE.search(sentence, 0, m.start())
            if aside is not None:  # "The agency, in a statement on Monday, said": the speaker stands before the aside
                source = _noun_phrase_backward(sentence, aside.start())
        if m.group().lower() != "saying" and (" that " in sentence or " who " in sentence):
            relative = _RELATIVE_BEFORE.search(sentence, 0, m.start())
            if relative is not None and not _is_source_word(relative.group("noun").lower()):
                relative = None
            # "the unions that organised the strike said", "doctors who treated the wounded said": who the clause
            # describes speaks, not the clause's own object
            if relative is not None and (not source or sentence.rfind(source, 0, m.start()) > relative.start()):
                source = _noun_phrase_backward(sentence, relative.start()) or source
        if (
            source
            and m.group().lower() == "saying"
            and not _OPENS_PARTICIPLE.search(sentence, 0, sentence.rfind(source, 0, m.start()))
        ):
            continue  # "released figures saying ...": only "with X saying", ", X saying" name who speaks
        if source:
            found.append(Attribution(source, m.start(), m.end(), _is_trailing(sentence, m.end())))
    if not _REVISION_WORDS.isdisjoint(words) and not _TOLL_WORDS.isdisjoint(words):
        for m in _REVISION.finditer(sentence):
            source = _noun_phrase_backward(sentence, m.start())
            if source and (
                any(_is_source_word(w.lower()) and w.lower() not in _CONNECTORS for w in source.split())
                or _counts_its_own(sentence, m.end(), source)
            ):
                found.append(Attribution(source, m.start(), m.end(), _is_trailing(sentence, m.end())))
    for m in _FINDING.finditer(sentence) if not _FINDING_WORDS.isdisjoint(words) else ():
        source = _noun_phrase_backward(sentence, m.start())
        if source and not _STUDY_WORDS.isdisjoint(w.lower() for w in source.split()):
            found.append(Attribution(source, m.start(), m.end(), _is_trailing(sentence, m.end())))
    # "Al Jazeera reports citing the Libyan Red Crescent": the figure is the cited body's.
    citing = [a for a in found if sentence[a.start : a.start + 6].lower() == "citing" and _names_a_body(a.source)]
    if citing:
        found = [
            a
            for a in found
            if not any(
                0 <= c.start - a.end <= 3 and sentence[a.start : a.start + 6].lower() != "citing" for c in citing
            )
        ]
    headline = _HEADLINE_SOURCE.search(sentence) if not found and len(sentence) < 200 and ":" in sentence else None
    if headline:
        found.append(Attribution(headline.group(1).strip(), headline.start(), headline.end(), True))
    return sorted(found, key=_START) if len(found) > 1 else found


def _could_speak(phrase: str) -> bool:
    """Whether a phrase could name who gives a figure: a name, or a word for a body or a person ("officials")."""
    return any(w[0].isupper() or _is_source_word(w.lower()) for w in phrase.split())


def _names_a_body(source: str) -> bool:
    """ "the Interior Ministry", "local hospitals": a cited phrase that names who counted, not a document."""
    return source[:1].isupper() or any(
        w in _SOURCE_WORDS and w not in _CONNECTORS and w not in _HEDGE_WORDS for w in source.lower().split()
    )


#: Words of a phrase that names a document, a procedure or a time, and no one who speaks:
#: "an update on Tuesday", "preliminary figures", "DNA testing", "a report released Friday".
_HEDGE_WORDS = frozenset(
    """a an latest new initial early earlier preliminary updated revised final
    update updates report reports statement figures data estimate estimates tally count counts numbers number
    testing tests test dna analysis autopsy autopsies records record document documents list toll
    released published issued posted on late early media local unconfirmed social
    monday tuesday wednesday thursday friday saturday sunday
    today yesterday morning evening night""".split()
)


_DEFINITE_BEFORE = compile_pattern(r"\b(?:the|this|that|its|their)\s*$", regex.IGNORECASE)


def is_hedge(phrase: str) -> bool:
    """Whether ``phrase`` names only a document, a procedure or a time ("an update on Tuesday"): not a source.

    "the report" or "its statement" refers back to a known document and stays a source.
    """
    words = [w.strip(".,'\u2019").lower() for w in phrase.split()]
    definite = bool(words) and words[0] in ("the", "this", "that", "its", "their")
    if definite:
        words = words[1:]
    return bool(words) and all(w in _HEDGE_WORDS for w in words) and not (definite and len(words) == 1)


#: A source referred back to by its head noun: "the agency", "its sheriff", "the department".
_REFERENCE = compile_pattern(r"(?i)^(?:the|its|their|his|her)\s+([\p{L}\-]+)$")


#: Offices a person is named with ("Sheriff Jane Doe") and later referred back to by ("the sheriff said").
_TITLE_NOUNS = frozenset(
    """sheriff mayor governor coroner chief minister commissioner president spokesman spokeswoman spokesperson
    director superintendent prosecutor administrator premier""".split()
)


@functools.lru_cache(maxsize=1024)
def title_noun(source: str) -> str | None:
    """ "sheriff" for "its sheriff", "the sheriff" or "sheriff": a source that names only an office, or None."""
    m = _REFERENCE.match(source.strip())
    noun = (m.group(1) if m else source.strip()).lower()
    return noun if noun in _TITLE_NOUNS else None


def titled_name(text: str, source: str) -> str | None:
    """ "Sheriff Jane Doe" in ``text`` for the reference "its sheriff": the last person named with that title."""
    noun = title_noun(source)
    if noun is None or noun not in text.lower():
        return None
    title = regex.escape(noun)
    found = rx(rf"\b(?i:{title})\s+\p{{Lu}}[\p{{L}}'\u2019\-]+(?:\s+\p{{Lu}}[\p{{L}}'\u2019\-]+){{1,2}}").findall(text)
    return found[-1] if found else None


_REFERENCE_LOOKBACK = 30  # named sources searched back, nearest first


def resolve_reference(source: str, earlier: list[str]) -> str | None:
    """The earlier named source that "the agency" or "its sheriff" refers back to, nearest first, or None."""
    m = _REFERENCE.match(source.strip()) if " " in source.strip() else None
    noun = m.group(1).lower() if m else source.strip().lower()
    if not (m or noun in _SOURCE_WORDS) or noun in _CONNECTORS:
        return None
    for named in reversed(earlier[-_REFERENCE_LOOKBACK:]):
        words = named.lower().replace("\u2019", "'").replace("'s", "").split()
        if noun in words and named.strip().lower() != source.strip().lower() and len(words) > 1:
            return named
    return None


#: Someone who speaks for a body, referred to by the body's possessive: "its spokesman", "their regional
#: representative", "its director".
_MEMBER_OF = compile_pattern(
    r"(?i)^(?:its|their)\s+(?:[\p{L}\-]+\s+){0,2}?(?:spokes(?:man|woman|person|people)|representatives?|officials?|"
    r"director|head|chief|leader|president|chairman|chairwoman|chair|secretary|coordinator|lawyer|lawyers|"
    r"envoy|ambassador|officer|officers|members?)$"
)
#: Nouns that make a named source a body with people speaking for it (not a person).
_BODY_NOUNS = frozenset(
    """union unions ministry agency group company committee council federation association organisation organization
    office department service authority authorities police army military government commission observatory monitor
    charity foundation institute firm operator airline airlines airways embassy club league party movement network
    crescent cross church board administration mission programme program fund junta regime presidency cabinet palace
    parliament court""".split()
)


def speaks_for(source: str, earlier: list[str]) -> str | None:
    """The earlier named body that "its spokesman" or "their representative" speaks for, nearest first, or None."""
    if not _MEMBER_OF.match(source.strip()):
        return None
    for named in reversed(earlier[-_REFERENCE_LOOKBACK:]):
        words = named.lower().replace("\u2019", "'").replace("'s", "").split()
        if named[:1].isupper() and len(words) > 1 and _BODY_NOUNS.intersection(words):
            return named
    return None


def hedged(sentence: str) -> bool:
    """Whether ``sentence`` credits its figures to no one in particular ("according to the latest media reports").

    Such a figure has no source, and borrows none from the sentences around it.
    """
    if _FORWARD_WORDS.isdisjoint(_words(sentence)):
        return False
    for m in _FORWARD.finditer(sentence):
        rest = rx(r"[^,.;:!?\u201c\u201d\"()\n\u2014]*").match(sentence, m.end())
        if rest and is_hedge(rest.group().strip()):
            return True
    return False


def choose(attributions: list[Attribution], sentence: str, start: int, end: int) -> Attribution | None:
    """The attribution that reaches the figure at ``start:end``, or None."""
    best: tuple[int, Attribution] | None = None
    contrasts = _contrasts(sentence) if attributions else []
    for a in attributions:
        if a.end <= start:
            if _any_between(contrasts, a.end, start) and not a.start == 0:
                continue
            distance = start - a.end
        elif a.start >= end:
            if _any_between(contrasts, end, a.start) or _credits_another(sentence, end, a):
                continue
            if "whose" in sentence and _WHOSE_BETWEEN.match(sentence, end, a.start):
                continue  # "1,500 people whose relatives had reported them missing": how they came to be listed
            distance = a.start - end
            if distance <= _BOUND_CREDIT_REACH and not _PUNCTUATION.search(sentence, end, a.start):
                distance = -1  # "the 41 Jordanian deaths announced by the ministry": the figure's own noun's credit
        else:
            continue
        if _is_region_name(a.source):
            distance += len(sentence)  # "Harlow County has recorded 27 deaths, its sheriff said": the place yields
        if best is None or distance < best[0]:
            best = (distance, a)
    return best[1] if best else None


#: A relative clause on the counted people, between a figure and a credit: that clause's speaker tells how they came
#: to be counted, not who gives the figure.
_WHOSE_BETWEEN = compile_pattern(r"[^,;:()\d]{0,60}\bwhose\b", regex.IGNORECASE)

#: How far after a figure a credit with no mark between is bound to it ("the 41 deaths announced by X").
_BOUND_CREDIT_REACH: Final[int] = 40
_PUNCTUATION = compile_pattern(r"[,;:()\u2014\u2013\"\u201c\u201d]|\s-\s")

#: "as" or "than" before a credit: it compares with another report ("25, not 27 as the ministry reported").
_COMPARED_BEFORE = compile_pattern(r"\b(?:as|than)\s+(?:the\s+|a\s+|an\s+)?$", regex.IGNORECASE)
#: Between a figure and a comparing credit: another figure set against it ("25, not 27 as ...").
_SET_AGAINST = compile_pattern(
    rf"\bnot\b|\brather\b|\binstead\b|\d|\b(?:{SMALL_NUMBER_WORDS}|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)\b",
    regex.IGNORECASE,
)


#: A figure in digits or in words, searched from the end: the last one before a credit (see :func:`_credits_another`).
_LAST_NUMBER = compile_pattern(
    rf"\d(?:[\d,.]*\d)?|\b(?:{SMALL_NUMBER_WORDS}|dozens|hundreds|thousands)\b", regex.IGNORECASE | regex.REVERSE
)


def _credits_another(sentence: str, end: int, a: Attribution) -> bool:
    """Whether a credit after a figure compares with another report and so is not the figure's own.

    "the toll stood at 25, not 27 as the ministry had reported": "as the ministry had reported" credits the 27.
    """
    start = a.source_span(sentence)[0]
    if _ANOTHERS_PARTICIPLE.search(sentence, end, start):
        return True  # "put it at 45, below the figure of 62 given by the mayor": the mayor gave the 62
    other = next(_LAST_NUMBER.finditer(sentence, end, start), None)  # the last figure between it and the credit
    if (
        other is not None
        and start - other.end() <= _BOUND_CREDIT_REACH
        and not _PUNCTUATION.search(sentence, other.end(), start)
        and not sentence[other.end() : start].isspace()  # "two police officials said": it counts the speakers
    ):
        return True  # "at 162, far below the 2,000 the national government reported": bound to the 2,000
    return bool(_COMPARED_BEFORE.search(sentence, max(0, start - 12), start)) and bool(
        _SET_AGAINST.search(sentence, end, start)
    )


#: Another figure right before a participle of credit, and the credit: "the figure of 62 given by", "a toll of 80
#: reported by". The credit is that figure's (read between a figure and the source after it).
_ANOTHERS_PARTICIPLE = compile_pattern(
    r"\d(?:[\d,.]*\d)?(?:\s+[\p{L}'\u2019-]+){0,2}\s+(?:given|reported|announced|released|provided|cited|quoted|published|"
    r"issued|compiled|stated|confirmed|put\s+forward)\s+(?:earlier\s+|previously\s+|initially\s+)?by\s+"
    r"(?:the\s+|a\s+|an\s+)?$",
    regex.IGNORECASE,
)


_ITS_TOLL = compile_pattern(r"its\s+(?:[\p{L}\-]+\s+){0,2}?toll\b", regex.IGNORECASE)


def _counts_its_own(sentence: str, end: int, source: str) -> bool:
    """Whether a country or region revises "its" own toll: "Texas raised its official death toll to 151" (not "its
    count", which may count its nationals abroad)."""
    if _ITS_TOLL.match(sentence, end) is None:
        return False
    from claimcheck.extraction.places import reporting_place

    return reporting_place(source) is not None


def _is_region_name(source: str) -> bool:
    last = source.rsplit(None, 1)[-1].lower() if source else ""
    if last not in _REGION_KINDS:
        return False  # (asked of every source: the import below costs more than this test)
    from claimcheck.extraction.places import is_region_name

    return is_region_name(source)


_REGION_KINDS = frozenset("county province state region district oblast governorate parish prefecture".split())


@functools.lru_cache(maxsize=256)
def _contrasts(sentence: str) -> list[tuple[int, int]]:
    """Where "but", "while", ";" ... stand in a sentence: found once, asked for each figure."""
    if ";" not in sentence and _CONTRAST_WORDS.isdisjoint(_words(sentence)):
        return []
    return [m.span() for m in _CONTRAST.finditer(sentence)]


@functools.lru_cache(maxsize=256)
def _words(sentence: str) -> frozenset[str]:
    """The runs of letters a-z in ``sentence`` lowered: the words a search for whole words can find.

    A case-insensitive match of a lowercase word stands between non-letters, and
    lowered (and folded) it is one of these runs; so a sentence whose runs hold none of
    a pattern's words has no match of it, and the search can be skipped.
    """
    # UTF-8 writes a letter beyond ASCII with bytes >= 0x80 only, so no run of a-z crosses one (nor a lone surrogate)
    low = fold_case(sentence)
    return frozenset(low.encode("utf-8", "surrogatepass").translate(NOT_A_TO_Z).decode("ascii").split())


def _any_between(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, -1))
    return i < len(spans) and spans[i][1] <= end


def is_pronoun(source: str) -> bool:
    """Whether a source is only a pronoun ("he", "It")."""
    return source.strip().lower() in _PRONOUNS


def _is_trailing(sentence: str, position: int) -> bool:
    rest = sentence[position:]
    return not rx(r"\d").search(rest) and len(rest) < 80


def _noun_phrase_backward(sentence: str, verb_start: int) -> str | None:
    """The subject of a speech verb: the source-like words right before it."""
    head = sentence[:verb_start]
    head = head[: _skip_start(head)]
    stripped = head.rstrip()
    relative = _relative_start(stripped)
    if relative is not None:
        return _collect_backward(stripped[:relative])
    if stripped.endswith(","):
        # "X, the regional governor, said" / "X, which is run by Hamas, said": the phrase before the aside.
        inner = stripped[:-1]
        relatives = list(_RELATIVE_OPENING.finditer(inner))
        if relatives and not rx(r"[\d\"\u201c\u201d;]").search(inner, relatives[-1].end()):
            # "The Prothom Alo newspaper, which has built its tally from hospitals, police and families, has counted",
            # "The ministry, which runs clinics in Rafah, Khan Younis and Gaza City, said": the speaker before it
            return _collect_backward(inner[: relatives[-1].start()])
        aside_start = inner.rfind(",")
        aside = inner[aside_start + 1 :] if aside_start >= 0 else ""
        if aside_start >= 0 and rx(r"\s*(?:which|who|whose|the|a|an|\p{Lu})").match(aside):
            appositive = _collect_backward(inner)
            if appositive and rx(r"\s*(?:the|a|an)\s").match(aside):
                return appositive
            before = _collect_backward(inner[:aside_start])
            named_aside = rx(r"(?:\s*\p{Lu}[\p{L}.'\u2019\-]*){1,4}\s*").fullmatch(aside)
            if before and appositive and before.islower() and named_aside:
                both = f"{before}, {appositive}"  # "its sheriff, Jane Doe, said": the role and who holds it
                return both if both in sentence else appositive
            return before or appositive
        return None
    return _collect_backward(head)


#: Where a relative clause on the speaker opens: ", which", ", who", ", whose".
_RELATIVE_OPENING = compile_pattern(r",\s*(?:which|who|whose)\b", regex.IGNORECASE)


def _relative_start(stripped: str) -> int | None:
    """Where ", who" / ", which" ends ``stripped`` (no trailing space), or None: ``,\\s*(?:who|which)\\s*$``.

    With no space at the end, such a match can only end at the end, and start at the comma
    before the word's leading spaces; ``str.rstrip`` strips what ``\\s`` matches.
    """
    if stripped.endswith("who"):
        before = stripped[:-3].rstrip()
    elif stripped.endswith("which"):
        before = stripped[:-5].rstrip()
    else:
        return None
    return len(before) - 1 if before.endswith(",") else None


def _skip_start(head: str) -> int:
    """Where the words between a source and its verb begin: the start of ``_SKIP_BEFORE_VERB``'s match."""
    tail = _SKIP_AT_END.search(head)
    if tail is not None and tail.start(1) == tail.start():
        return tail.start()  # none of those words ends the text: only its trailing space is skipped
    # some do; searched from the end, a run of them may stop short of the run found from the start
    skip = _SKIP_BEFORE_VERB.search(head)
    return skip.start() if skip else len(head)


#: Words of a day that may stand between a time phrase and the speaker after it ("On Monday officials said"); a
#: name may hold one too ("The Sunday Times reported"), so they end a speaker only before a plain word or after "on".
_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night "
    "overnight midday noon dawn".split()
)
_ON_BEFORE = compile_pattern(r"\b(?:on|by|until|since|late|early|and)\s+$", regex.IGNORECASE)


#: The nouns a figure counts by, which never open its speaker's name: "270 deaths hospital officials estimated".
_FIGURE_NOUNS = frozenset(
    "deaths dead bodies victims casualties fatalities injured wounded people killed missing lives".split()
)


def _collect_backward(head: str) -> str | None:
    """The words before a speech verb back to the start of their clause (at most ten)."""
    taken: list[tuple[str, int, int]] = []  # (token, start, end), the last word first
    after_number = False  # whether the words stop at a figure ("the 270 deaths hospital officials had estimated")
    for tok in _TOKEN.finditer(head):
        t = tok.group()
        if t[0] == "(":
            taken.append((t, tok.start(), tok.end()))
            continue
        low = t.lower()
        if "\u2019" in low:
            low = low.replace("\u2019", "'")
        if t[0].isdigit():
            after_number = True
            break
        if (
            not t[0].isalnum()
            or low in _BOUNDARY
            or len(taken) >= 10
            or (low in _VERB_FORMS if t.isascii() else _VERB.fullmatch(t))
        ):
            break
        if low in _PRONOUNS:
            if not taken:
                return t
            break
        if (
            low in _NUMBER_WORDS
            and taken
            and not taken[-1][0][0].isupper()
            and taken[-1][0] != "of"
            and not _DETERMINER_BEFORE.search(head, 0, tok.start())  # "officials in the two countries said"
        ):
            break
        if low in ("a.m.", "p.m.", "am", "pm") and taken:
            break  # "11:40 a.m. A Taliban official tells reporters": a live entry's time, not the speaker's name
        if low in _DAY_WORDS and taken and (not taken[-1][0][0].isupper() or _ON_BEFORE.search(head, 0, tok.start())):
            break  # "On Saturday police had put the toll at 58": the day the police spoke, not their name
        if low == "and" and taken and not taken[-1][0][0].isupper():
            break
        after = taken[-1][0] if taken else ""
        if low == "to" and after.isalpha() and after.islower() and after not in _ARTICLES:
            taken.pop()  # "continued to dispute the rights group, which says ...": the infinitive and its verb
            break
        taken.append((t, tok.start(), tok.end()))
    while taken and taken[-1][0].lower() in _TRAILING_SMALL:
        taken.pop()
    while after_number and len(taken) > 1 and taken[-1][0].lower() in _FIGURE_NOUNS:
        taken.pop()  # "the 270 deaths hospital officials had estimated": the figure's noun, then its speakers
    while taken and taken[0][0].lower() in _LEADING_SMALL:
        taken.pop(0)
    if not taken:
        return None
    phrase = head[taken[-1][1] : taken[0][2]].strip()
    # "the report said" refers back to a known document; "the latest update" does not
    definite = _DEFINITE_BEFORE.search(head, 0, taken[-1][1])
    hedge = is_hedge(f"{definite.group().strip()} {phrase}" if definite else phrase)
    phrase = _ARTICLE_START.sub("", phrase)
    if not phrase or phrase.lower() in _CONNECTORS or _looks_like_time(phrase) or hedge:
        return None
    if not any(
        w[0].isupper() or (_is_source_word(w.lower().replace("\u2019", "'")) and w.lower() not in _CONNECTORS)
        for w in phrase.split()
    ):
        return None  # "the strikes had disrupted ..." is no source
    return phrase


#: A source's clause read forward: up to a stop or a comma, across an abbreviation's stop ("the U.N. migration
#: agency", "Lt. Gov. Dan Patrick") and one aside in brackets.
_FORWARD_CLAUSE = compile_pattern(
    rf"(?:[^,.;:!?\u201c\u201d\"()\n\u2014]|{ABBREVIATION_STOP})*"
    rf"(?:\([^()]{{1,60}}\)(?:[^,.;:!?\u201c\u201d\"\n\u2014]|{ABBREVIATION_STOP})*)?"
)


def _noun_phrase_forward(sentence: str, start: int) -> str | None:
    """The source after "according to" / "said": up to the end of its clause."""
    rest = sentence[start:]
    m = _FORWARD_CLAUSE.match(rest)
    phrase = (m.group() if m else "").strip()
    phrase = rx(
        r"\s+(?:that|who|which|on\s+\p{Lu}\p{Ll}+day|in\s+a\s+statement|told|said|says|as|after|when|with"
        r"|was|were|is|are|has|have|had|would|will"
        # a time or the verb a relayed document takes: "given by the mayor last week", "released by the ministry showed"
        r"|(?:last|this|earlier\s+this)\s+(?:week|month|night|year|weekend)|earlier|yesterday|today"
        # "recorded by the health ministry the same day", "by the police that evening"
        r"|(?:on\s+)?the\s+same\s+day|(?:later\s+)?that\s+(?:day|morning|afternoon|evening|night)"
        r"|showed|shows|show|indicated|indicates|suggested|suggests)\b"
    ).split(phrase)[0]
    hedge = is_hedge(phrase)
    phrase = _ARTICLE_START.sub("", phrase.strip())
    words = phrase.split()
    if not words or len(words) > 14 or rx(r"\d{2,}").search(phrase) or hedge:
        return None
    return phrase


def _looks_like_time(phrase: str) -> bool:
    # every match ends in "day" ("today", "Monday" ...): most phrases are ruled out without the search
    return phrase[-3:].lower() == "day" and bool(_TIME_WORD.fullmatch(phrase))


#: A figure noun owned by whoever gives it, right before the figure: "the fire service's count of 37", "the UN's
#: estimate of 2,000", "the army's own figure of 12". (Read backwards from the figure.)
_POSSESSIVE_CREDIT = compile_pattern(
    r"(?P<owner>(?:[\p{L}.&\-]+\s+){0,4}[\p{L}.&\-]+)['\u2019]s?\s+"
    r"(?:own\s+|latest\s+|official\s+|revised\s+|earlier\s+|previous\s+|initial\s+|new\s+|final\s+)?"
    r"(?:death\s+toll|toll|count|tally|figures?|estimates?|number|total|list)"
    # an aside between the count and its verb: "the government's official count, based on police records, stands at"
    r"(?:\s*,[^,;:()\d]{1,80},)?\s+"
    # "the fire service's count of 37"; "the Odisha government's figure stood at 261", "the UN's estimate was 2,000",
    # "the ministry's list contains 33 names"
    # (an adverb before its verb: "AFAD's figure still stands at 107", "the kingdom's official toll now stands at")
    r"(?:of|(?:(?:still|now|officially|only|already)\s+)?(?:stood|stands|was|is|remained|remains|reached)(?:\s+at)?"
    r"|(?:rose|climbed|fell)\s+to"
    r"|contains|contained|holds|held|shows|showed)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
#: How a figure noun that a possessive owns meets its figure (the ends of :data:`_POSSESSIVE_CREDIT`).
_POSSESSIVE_CREDIT_ENDINGS: tuple[str, ...] = (
    " of",
    " at",
    " was",
    " is",
    " stood",
    " stands",
    " remained",
    " remains",
    " reached",
    " to",
    " contains",
    " contained",
    " holds",
    " held",
    " shows",
    " showed",
)
#: The determiners that open an owner's noun phrase ("contradicting *the* fire service's count").
_OWNER_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
#: Words a possessive owner may hold besides proper names: the nouns of organisations and offices.
_OWNER_WORDS = _SOURCE_WORDS - {"for", "of", "the", "in", "and", "on", "figures", "data", "tally", "count", "counts"}


#: A figure placed in an owner's count after it: "the 452 attributed to Taroudant in the interior ministry's national
#: count", "12 deaths in the army's own tally".
_POSSESSIVE_CREDIT_AFTER = compile_pattern(
    r"^[^,.;:()]{0,50}?\b(?:in|by|from|under)\s+(?P<owner>(?:[\p{L}.&\-]+\s+){0,4}?[\p{L}.&\-]+)['\u2019]s?\s+"
    r"(?:own\s+|latest\s+|official\s+|national\s+|daily\s+|revised\s+|provisional\s+|final\s+)?"
    r"(?:count|tally|figures?|toll|estimates?|data|list|breakdown|records)\b",
    regex.IGNORECASE,
)


def possessive_credit_after(sentence: str, end: int) -> str | None:
    """Who owns the count a figure is placed in right after it ("the 452 attributed to Taroudant in the interior
    ministry's national count": the interior ministry), or None.

    >>> possessive_credit_after("higher than the 452 in the interior ministry's count.", 19)
    'interior ministry'
    >>> possessive_credit_after("the 40 in Gaza's toll", 6) is None
    True
    """
    rest = sentence[end : end + 160]
    if "'" not in rest and "\u2019" not in rest:
        return None
    m = _POSSESSIVE_CREDIT_AFTER.match(rest)
    return _owner(m.group("owner").split()) if m else None


def _owner(words: list[str]) -> str | None:
    """The organisation among the words before a possessive: after their last article, else the run of proper
    names and organisation words that ends them; None for a place or a name alone ("Gaza's", "Smith's")."""
    article = max((k for k, w in enumerate(words) if w.lower() in _OWNER_ARTICLES), default=None)
    if article is not None:
        owner = words[article + 1 :]
    else:
        owner = []
        for word in reversed(words):
            if not (word[0].isupper() or word.lower() in _OWNER_WORDS):
                break
            owner.insert(0, word)
    if not owner or not any(w.lower() in _OWNER_WORDS or w.isupper() for w in owner):
        return None
    return " ".join(owner)


def possessive_credit(sentence: str, start: int) -> str | None:
    """Who owns the figure noun right before ``start`` ("the fire service's count of 37", "the Odisha government's
    figure stood at 261"), or None.

    The owner is the run of proper names and organisation words before the possessive ("contradicting the fire
    service's count" gives "fire service"); a place that owns a toll ("the country's toll of 40", "Gaza's toll")
    says where, not who, and gives None.
    """
    if not sentence[:start].rstrip().lower().endswith(_POSSESSIVE_CREDIT_ENDINGS) or (
        "'" not in sentence and "\u2019" not in sentence
    ):
        return None  # (asked of every figure: most stand after none of those, and the pattern is not run for them)
    m = _POSSESSIVE_CREDIT.search(sentence, max(0, start - 120), start)
    if m is None:
        return None
    return _owner(m.group("owner").split())  # "contradicting the fire service's": the phrase after its article
