"""Generate news-like articles of 1-10 KB for the benchmarks: figures about people among many distractors.

Every article is assembled from templates written for this benchmark (not from
any gold case): a headline, a dateline lead with a toll and its source, quoted
officials, running totals, parts ("including 12 children"), spelled-out and
vague figures, and paragraphs of background whose numbers are *not* counts of
people (years, money, percentages, ages, distances, times, scores, addresses).
Lengths follow a spread from about 1 KB to about 10 KB, so throughput in KB/s
means what it would on a newswire.

>>> docs = generate_articles(3, seed=1)
>>> list(docs.columns), len(docs)
(['doc_id', 'text', 'published', 'outlet'], 3)
>>> all(900 <= len(t.encode()) <= 11_000 for t in docs["text"])
True
"""

from __future__ import annotations

import random

import pandas as pd

PLACES = [
    "Rafah",
    "Khan Younis",
    "Gaza City",
    "Jabalia camp",
    "Deir al-Balah",
    "Nuseirat",
    "Kharkiv",
    "Kherson",
    "Zaporizhzhia",
    "Derna",
    "Odesa",
    "Beit Lahia",
    "Dnipro",
    "Sumy",
    "Benghazi",
    "Mariupol",
    "Port Sudan",
    "El Fasher",
    "Goma",
    "Aleppo",
    "Idlib",
    "Antakya",
    "Herat",
    "Marib",
]
REGIONS = [
    "the Gaza Strip",
    "eastern Ukraine",
    "eastern Libya",
    "North Darfur",
    "North Kivu",
    "northwest Syria",
    "southern Turkey",
    "western Afghanistan",
    "central Yemen",
]
SOURCES = [
    "the health ministry",
    "the Hamas-run health ministry",
    "the regional governor",
    "civil defence officials",
    "the Red Crescent",
    "the United Nations",
    "OCHA",
    "the World Health Organization",
    "local medics",
    "hospital officials",
    "the interior ministry",
    "Doctors Without Borders",
    "the military",
    "police",
    "emergency services",
    "the mayor's office",
    "a local official",
    "the International Organization for Migration",
]
OFFICIALS = [
    ("Ahmed", "Nasser", "a ministry spokesman"),
    ("Olena", "Kovalenko", "the regional governor"),
    ("Musa", "Haddad", "a civil defence officer"),
    ("Sarah", "Lindqvist", "a UN coordinator"),
    ("Yusuf", "Okafor", "a Red Crescent official"),
    ("Maria", "Petrenko", "the city's mayor"),
    ("Omar", "Saleh", "the hospital director"),
    ("Anna", "Brandt", "an aid agency spokeswoman"),
]
OUTLETS = ["Harbour Post", "Northern Wire", "Evening Ledger", "Coastal Times", "Daily Meridian", "River Gazette"]
SUBJECTS = ["people", "civilians", "children", "women", "residents", "Palestinians", "soldiers", "migrants"]
EVENTS = [
    "an air strike on a residential building",
    "shelling of a market",
    "a missile attack on an apartment block",
    "floods after the dams burst",
    "an earthquake",
    "a drone strike on a school used as a shelter",
    "a fire at a displacement camp",
    "a collapse of the hospital's east wing",
    "a boat capsizing off the coast",
]
SPELLED = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
]
VAGUE = ["dozens of", "hundreds of", "scores of", "thousands of", "several"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fig(rng: random.Random, low: int, high: int) -> str:
    n = rng.randint(low, high)
    return f"{n:,}" if n >= 1000 else str(n)


def _toll(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.15:
        return rng.choice(SPELLED)
    if pick < 0.25:
        return rng.choice(VAGUE)
    qualifier = rng.choice(["", "", "at least ", "more than ", "about ", "nearly ", "up to "])
    return qualifier + _fig(rng, 3, 400)


def _total(rng: random.Random) -> str:
    return rng.choice(["", "more than ", "at least ", "over "]) + _fig(rng, 1200, 45000)


def _lead(rng: random.Random, place: str, source: str, day: str) -> str:
    forms = [
        f"{rng.choice(EVENTS).capitalize()} in {place} on {day} killed {_toll(rng)} {rng.choice(SUBJECTS)}, "
        f"{source} said.",
        f"{_toll(rng).capitalize()} {rng.choice(SUBJECTS)} were killed and {_toll(rng)} injured in {place} on {day}, "
        f"according to {source}.",
        f"At least {_fig(rng, 5, 90)} people died in {place} after {rng.choice(EVENTS)}, including "
        f"{_fig(rng, 2, 4)} children, {source} said on {day}.",
        f"The death toll from {rng.choice(EVENTS)} in {place} rose to {_fig(rng, 10, 300)} on {day}, {source} said, "
        f"with {_fig(rng, 20, 500)} others wounded.",
    ]
    return rng.choice(forms)


def _quote(rng: random.Random, place: str) -> str:
    first, last, role = rng.choice(OFFICIALS)
    forms = [
        f"\u201cWe have recovered {_fig(rng, 3, 80)} bodies so far and the number will rise,\u201d said "
        f"{first} {last}, {role}. \u201cMany families are still under the rubble.\u201d",
        f"{first} {last}, {role}, told reporters that {_toll(rng)} people were still missing in {place}.",
        f"\u201cThere is no water, no electricity, nothing,\u201d {last} said by telephone from {place}. "
        f"\u201cWe are treating {_fig(rng, 40, 300)} wounded in corridors built for 20 beds.\u201d",
        f"{last} said {_toll(rng)} families had been displaced from {place} since the start of the month.",
    ]
    return rng.choice(forms)


def _running_total(rng: random.Random, region: str, source: str) -> str:
    forms = [
        f"{_total(rng).capitalize()} people have been killed in {region} since the fighting began, {source} says.",
        f"The overall toll in {region} stands at {_total(rng)} dead and {_total(rng)} wounded, according to {source}.",
        f"{source.capitalize()} said on Friday that {_total(rng)} people had been displaced across {region}.",
        f"According to {source}, {_fig(rng, 50, 240)} hostages are still held and {_fig(rng, 20, 110)} have been "
        "released.",
    ]
    return rng.choice(forms)


def _distractor(rng: random.Random, place: str) -> str:
    forms = [
        f"The {rng.randint(1950, 2023)} agreement promised ${rng.randint(2, 900)} million for reconstruction, "
        f"but only {rng.randint(5, 60)} percent has been paid.",
        f"The hospital, built in {rng.randint(1960, 2010)}, has {rng.randint(40, 600)} beds and {rng.randint(2, 12)} "
        "operating theatres.",
        f"Fuel prices rose {rng.randint(2, 40)}% in {rng.choice(['March', 'April', 'June', 'October'])}, and bread now "
        f"costs {rng.randint(3, 30)} shekels a bag.",
        f"The convoy of {rng.randint(10, 140)} trucks waited {rng.randint(3, 20)} hours at the crossing, "
        f"{rng.randint(12, 90)} km south of {place}.",
        f"Temperatures reached {rng.randint(30, 46)} degrees on {rng.choice(WEEKDAYS)}, and power returned for only "
        f"{rng.randint(1, 6)} hours a day.",
        f"The {rng.randint(19, 87)}-year-old teacher, a father of {rng.choice(SPELLED[:6])}, lived at No. "
        f"{rng.randint(2, 180)} on Al-Jalaa Street.",
        f"The council voted {rng.randint(8, 15)} to {rng.randint(0, 7)} on the {rng.randint(2, 40)}-point plan at its "
        f"session at {rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])} p.m.",
        f"Water supply has fallen to {rng.randint(2, 15)} litres per person per day, below the {rng.randint(15, 20)} "
        "litre emergency minimum.",
        f"Satellite images show {rng.randint(100, 9000)} buildings damaged across {rng.randint(3, 40)} square "
        "kilometres.",
        f"Call 1-800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)} for information; the line opens at "
        f"{rng.randint(6, 10)} a.m.",
        "Residents said the night was the worst in weeks, with explosions heard until dawn and the streets empty by "
        "morning as families gathered what they could carry.",
        "Aid agencies have repeatedly called for safe corridors, warning that the situation could deteriorate "
        "further without a sustained pause in the fighting.",
        "The government said it would open an investigation, while opposition lawmakers demanded an independent "
        "inquiry into how warnings were handled in the hours before.",
    ]
    return rng.choice(forms)


def _article(rng: random.Random) -> str:
    place, region = rng.choice(PLACES), rng.choice(REGIONS)
    source = rng.choice(SOURCES)
    day = rng.choice(WEEKDAYS)
    target = int(1000 * (10 ** rng.uniform(0, 1))) - 200  # log-uniform 1-10 KB
    headline = rng.choice(
        [
            f"Strike on {place} kills {_fig(rng, 3, 90)}",
            f"Toll rises in {place} as rescuers dig",
            f"{place}: families search for the missing",
            f"Aid stalls as {region} counts its dead",
        ]
    )
    paragraphs = [headline, f"{place.upper()}, {day} ({rng.choice(OUTLETS)}) -- {_lead(rng, place, source, day)}"]
    size = sum(len(p) + 2 for p in paragraphs)
    while size < target:
        pick = rng.random()
        if pick < 0.18:
            para = _quote(rng, place)
        elif pick < 0.32:
            para = _running_total(rng, region, rng.choice(SOURCES))
        elif pick < 0.42:
            para = _lead(rng, rng.choice(PLACES), rng.choice(SOURCES), rng.choice(WEEKDAYS))
        else:
            para = " ".join(_distractor(rng, place) for _ in range(rng.randint(1, 3)))
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs)


def generate_articles(n: int, seed: int = 0) -> pd.DataFrame:
    """A documents frame of ``n`` articles (doc_id, text, published, outlet); the same for the same seed."""
    rng = random.Random(seed)
    start = pd.Timestamp("2024-01-01")
    rows = [
        {
            "doc_id": f"bench-{seed}-{i:06d}",
            "text": _article(rng),
            "published": start + pd.Timedelta(days=rng.randint(0, 120)),
            "outlet": rng.choice(OUTLETS),
        }
        for i in range(n)
    ]
    return pd.DataFrame(rows, columns=["doc_id", "text", "published", "outlet"])
