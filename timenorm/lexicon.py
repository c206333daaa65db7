"""Word tables the scanner and the grammar read. Data only: no logic lives here.

Keys are lower-case; the scanner looks words up after lower-casing them.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Month words that are also ordinary English words: they count as months only next to
# a day, a year or a governing word ("in May"), never alone.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "sep", "dec"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

# Lower-case nouns after a weekday that make it a modifier, not a day: "the Sunday roast".
WEEKDAY_NOUNS: frozenset[str] = frozenset({
    "roast", "lunch", "dinner", "brunch", "school", "schools", "service", "services",
    "prayers", "prayer", "mass", "paper", "papers", "edition", "editions", "supplement",
    "best", "drivers", "driver", "kind", "league", "sermon", "opener", "timetable",
    "timetables", "schedule", "schedules", "shift", "shifts", "crowd", "crowds",
})  # fmt: skip
# Capitalised words that start a sentence or govern a date, so a month or weekday after them
# is no surname ("On Sunday", "Earlier Sunday", "In June").
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "on", "in", "at", "by", "since", "until", "till", "from", "through", "before", "after",
    "during", "of", "to", "and", "or", "but", "the", "a", "an", "this", "last", "next",
    "early", "late", "mid", "earlier", "later", "that", "each", "every", "for",
    "said", "says", "starting", "beginning", "between", "around", "about", "as", "with",
    "published", "updated", "posted", "dated", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "over",
    "within", "into", "if", "when", "while", "than", "so", "also", "then", "now", "it",
})  # fmt: skip
# Words before "Washington" in "in Washington Sunday": the capitalised word is a place.
PLACE_BEFORE: frozenset[str] = frozenset({
    "in", "at", "from", "to", "near", "outside", "across", "into", "of", "for", "on",
    "around", "through", "throughout", "toward", "towards", "inside", "visited", "left",
})  # fmt: skip
# Nouns after a holiday's name that make it a modifier: "Easter eggs", "the Christmas tree".
HOLIDAY_NOUNS: frozenset[str] = frozenset({
    "egg", "eggs", "tree", "trees", "card", "cards", "carol", "carols", "lights", "pudding",
    "cake", "cakes", "bunny", "hunt", "show", "market", "markets", "shopping", "jumper",
    "sweater", "decorations", "ornaments", "album", "song", "songs", "movie", "film", "island",
    "rising", "parade", "special", "specials", "number", "hamper", "hampers", "stocking",
    "stockings", "bonus", "bonuses", "spirit", "story", "classic", "bunnies", "basket",
    "baskets", "sale", "sales", "menu", "dinner", "lunch", "ham", "turkey", "cracker",
    "crackers",
})  # fmt: skip

# Capitalised words after a weekday that make it a name ("Sunday Times"), and before it.
WEEKDAY_NAME_AFTER: frozenset[str] = frozenset({
    "times", "telegraph", "mirror", "express", "post", "herald", "tribune", "observer",
    "independent", "mail", "people", "sport", "star", "night", "school", "service",
    "harbor", "harbour", "league", "club", "bloody", "paper", "kind", "morning", "live",
})  # fmt: skip
WEEKDAY_NAME_BEFORE: frozenset[str] = frozenset({
    "bloody", "black", "cyber", "super", "giving", "grace", "joe", "man", "girl", "ruby",
    "manic",
    "mr", "ms", "mrs", "dr",
})  # fmt: skip

CARDINALS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "several": 0, "few": 0, "couple": 2, "dozen": 12,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "last": -1, "final": -1,
}  # fmt: skip

# Unit words -> the unit they count.
UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "min": "minute", "mins": "minute", "hour": "hour", "hours": "hour", "hr": "hour",
    "hrs": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight", "month": "month",
    "months": "month", "quarter": "quarter", "quarters": "quarter", "year": "year",
    "years": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "weekend": "weekend", "weekends": "weekend",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI",
}  # fmt: skip

# Local wall-clock hours each part of the day covers: [start, end) with end past 24
# meaning the next day (night runs 18:00 to 06:00).
PART_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12), "AF": (12, 18), "EV": (18, 24), "NI": (18, 30),
}  # fmt: skip

DEICTIC_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

# Words that shift a named period: "last month", "next week", "this year".
SHIFTERS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
    "next": 1, "coming": 1, "following": 1,
}  # fmt: skip

# Fuzzy modifiers inside the span -> TIMEX3 mod.
PERIOD_MODS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START",
    "mid": "MID", "middle": "MID", "late": "END", "end": "END",
}  # fmt: skip
APPROX_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "shortly": "APPROX",
    "just": "APPROX",
}  # fmt: skip

# Words joining the two ends of a range, and the relation the second end takes.
RANGE_JOINERS: dict[str, str] = {
    "and": "between", "to": "until", "until": "until", "till": "until", "-": "until",
    "\u2013": "until", "through": "through", "thru": "through",
}  # fmt: skip

MULTIWORD_MODS: dict[tuple[str, ...], str] = {
    ("more", "than"): "MORE_THAN", ("less", "than"): "LESS_THAN",
    ("at", "least"): "EQUAL_OR_MORE", ("up", "to"): "EQUAL_OR_LESS",
}  # fmt: skip

# Governing words kept outside the span. Bounding ones become Mention.relation.
RELATIONS: dict[str, str] = {
    "by": "by", "before": "before", "until": "until", "till": "until", "til": "until",
    "through": "through", "thru": "through", "after": "after", "since": "since",
    "from": "from", "starting": "starting", "beginning": "starting",
    "effective": "starting", "within": "within", "between": "between",
}  # fmt: skip
MULTIWORD_RELATIONS: dict[tuple[str, ...], str] = {
    ("no", "later", "than"): "no later than",
    ("on", "or", "before"): "on or before",
    ("on", "or", "after"): "on or after",
    ("no", "earlier", "than"): "no earlier than",
    ("not", "later", "than"): "no later than",
    ("starting", "from"): "starting",
    ("starting", "in"): "starting",
    ("beginning", "in"): "starting",
    ("starting", "on"): "starting",
    ("starting", "at"): "starting",
    ("beginning", "on"): "starting",
    ("beginning", "at"): "starting",
    ("effective", "from"): "starting",
    ("up", "to"): "until",
    ("until", "at"): "until",
    ("ahead", "of"): "before",
    ("prior", "to"): "before",
}
PLAIN_PREPOSITIONS: frozenset[str] = frozenset({"on", "at", "in", "over", "during", "for", "of"})

NAMED_TIMES: dict[str, tuple[int, int]] = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip
# First month of each meteorological season (northern hemisphere); each lasts 3 months.
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Vague references -> TIMEX3 value. These carry no interval except PRESENT_REF.
REFERENCE_WORDS: dict[tuple[str, ...], str] = {
    ("now",): "PRESENT_REF", ("currently",): "PRESENT_REF", ("at", "present"): "PRESENT_REF",
    ("right", "now"): "PRESENT_REF", ("at", "the", "moment"): "PRESENT_REF",
    ("recently",): "PAST_REF", ("the", "past"): "PAST_REF", ("previously",): "PAST_REF",
    ("formerly",): "PAST_REF", ("lately",): "PAST_REF",
    ("the", "future"): "FUTURE_REF", ("soon",): "FUTURE_REF",
    ("in", "future"): "FUTURE_REF",
    **{("the", "coming", unit): "FUTURE_REF" for unit in ("days", "weeks", "months", "years")},
    **{("the", unit, "ahead"): "FUTURE_REF" for unit in ("days", "weeks", "months", "years")},
    **{("recent", unit): "PAST_REF" for unit in ("days", "weeks", "months", "years")},
    **{("the", side, "few", unit): "PAST_REF" if side in ("past", "last") else "FUTURE_REF"
       for side in ("past", "last", "next", "coming")
       for unit in ("days", "weeks", "months", "years")},
    **{(*few, unit, "ago"): "PAST_REF"
       for few in (("a", "few"), ("several",), ("some",), ("many",), ())
       for unit in ("days", "weeks", "months", "years", "decades")},
}  # fmt: skip

# Holidays with a fixed month and day.
FIXED_HOLIDAYS: dict[tuple[str, ...], tuple[int, int]] = {
    ("new", "year", "'s", "day"): (1, 1), ("new", "years", "day"): (1, 1),
    ("new", "year"): (1, 1),
    ("new", "year", "'s", "eve"): (12, 31), ("new", "years", "eve"): (12, 31),
    ("st", "stephen", "'s", "day"): (12, 26), ("st", ".", "stephen", "'s", "day"): (12, 26),
    ("fourth", "of", "july"): (7, 4), ("hogmanay",): (12, 31),
    ("bonfire", "night"): (11, 5), ("guy", "fawkes", "night"): (11, 5),
    ("waitangi", "day"): (2, 6), ("flag", "day"): (6, 14),
    ("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24), ("christmas",): (12, 25),
    ("boxing", "day"): (12, 26), ("orthodox", "christmas"): (1, 7),
    ("independence", "day"): (7, 4), ("victory", "day"): (5, 9),
    ("valentine", "'s", "day"): (2, 14), ("halloween",): (10, 31),
    ("may", "day"): (5, 1), ("bastille", "day"): (7, 14),
    ("armistice", "day"): (11, 11), ("veterans", "day"): (11, 11),
    ("remembrance", "day"): (11, 11), ("st", "patrick", "'s", "day"): (3, 17),
    ("st", ".", "patrick", "'s", "day"): (3, 17),
    ("international", "women", "'s", "day"): (3, 8), ("juneteenth",): (6, 19),
    ("australia", "day"): (1, 26),
    ("anzac", "day"): (4, 25), ("canada", "day"): (7, 1),
}  # fmt: skip
# Holidays computed from Easter (offset in days from Western Easter Sunday).
EASTER_HOLIDAYS: dict[tuple[str, ...], int] = {
    ("easter",): 0, ("easter", "sunday"): 0, ("easter", "monday"): 1,
    ("good", "friday"): -2, ("holy", "saturday"): -1, ("palm", "sunday"): -7,
    ("maundy", "thursday"): -3, ("ash", "wednesday"): -46, ("pentecost",): 49,
    ("whit", "sunday"): 49, ("orthodox", "easter"): 0, ("whit", "monday"): 50,
    ("pentecost", "monday"): 50, ("shrove", "tuesday"): -47, ("mothering", "sunday"): -21,
    ("ascension", "day"): 39, ("corpus", "christi"): 60, ("easter", "saturday"): -1,
}  # fmt: skip
# Holidays on the Nth weekday of a month: (month, weekday, n) with n = -1 for the last,
# and days counted from one: (month, weekday, n, days after).
NTH_WEEKDAY_HOLIDAYS: dict[tuple[str, ...], tuple[int, ...]] = {
    ("thanksgiving",): (11, 3, 4), ("thanksgiving", "day"): (11, 3, 4),
    ("labor", "day"): (9, 0, 1), ("memorial", "day"): (5, 0, -1),
    ("mother", "'s", "day"): (5, 6, 2), ("father", "'s", "day"): (6, 6, 3),
    # the day after Thanksgiving, not the 4th Friday (Nov. 29, 2024, not Nov. 22)
    ("black", "friday"): (11, 3, 4, 1), ("cyber", "monday"): (11, 3, 4, 4),
    ("election", "day"): (11, 0, 1, 1),  # US: the Tuesday after the first Monday
    ("martin", "luther", "king", "day"): (1, 0, 3),
    ("martin", "luther", "king", "jr", ".", "day"): (1, 0, 3),
    ("martin", "luther", "king", "jr", "day"): (1, 0, 3), ("mlk", "day"): (1, 0, 3),
    ("presidents'", "day"): (2, 0, 3), ("presidents", "day"): (2, 0, 3),
    ("remembrance", "sunday"): (11, 6, 2), ("columbus", "day"): (10, 0, 2),
    ("early", "may", "bank", "holiday"): (5, 0, 1), ("spring", "bank", "holiday"): (5, 0, -1),
    ("august", "bank", "holiday"): (8, 0, -1), ("summer", "bank", "holiday"): (8, 0, -1),
    ("indigenous", "peoples", "'", "day"): (10, 0, 2),
    ("indigenous", "peoples", "day"): (10, 0, 2),
}  # fmt: skip

# Holidays a country keeps on its own date when its national calendar does not list them
# (Canada's Thanksgiving is provincial, so the `holidays` package leaves it out).
COUNTRY_HOLIDAY_RULES: dict[str, dict[str, tuple[object, ...]]] = {
    "thanksgiving": {"CA": ("nth", 10, 0, 2)},
    "thanksgiving day": {"CA": ("nth", 10, 0, 2)},
    "boxing day": {"CA": ("fixed", 12, 26), "AU": ("fixed", 12, 26), "NZ": ("fixed", 12, 26)},
}

# Holidays whose date only a calendar knows, with the country whose calendar to ask when
# the publication's own has no such day (the `holidays` package).
CALENDAR_HOLIDAYS: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {
    ("diwali",): ("IN", ("diwali", "deepavali")), ("deepavali",): ("IN", ("diwali", "deepavali")),
    ("holi",): ("IN", ("holi",)), ("dussehra",): ("IN", ("dussehra",)),
    ("eid", "al", "-", "fitr"): ("AE", ("eid al fitr",)),
    ("eid", "al", "-", "adha"): ("AE", ("eid al adha",)),
    ("chuseok",): ("KR", ("chuseok",)),
    ("lunar", "new", "year"): ("CN", ("chinese new year", "korean new year", "lunar new year",
                                     "vietnamese new year")),
    ("chinese", "new", "year"): ("CN", ("chinese new year",)),
    ("spring", "festival"): ("CN", ("chinese new year",)),
    ("passover",): ("IL", ("passover", "pesach")), ("yom", "kippur"): ("IL", ("yom kippur",)),
    ("rosh", "hashanah"): ("IL", ("rosh hashanah",)), ("nowruz",): ("IR", ("nowruz",)),
    ("vesak",): ("SG", ("vesak",)), ("songkran",): ("TH", ("songkran",)),
    ("labour", "day"): ("NZ", ("labour day", "labor day")),
    ("october", "bank", "holiday"): ("IE", ("october bank holiday",)),
    ("june", "bank", "holiday"): ("IE", ("june bank holiday",)),
    ("may", "bank", "holiday"): ("IE", ("may bank holiday", "may day")),
    ("matariki",): ("NZ", ("matariki",)),
    ("king", "'s", "birthday"): ("NZ", ("kings birthday",)),
    ("queen", "'s", "birthday"): ("AU", ("queens birthday", "kings birthday")),
    ("mahashivratri",): ("IN", ("maha shivaratri", "mahashivratri")),
    ("maha", "shivaratri"): ("IN", ("maha shivaratri",)),
    ("makar", "sankranti"): ("IN", ("makar sankranti",)), ("pongal",): ("IN", ("pongal",)),
    ("ram", "navami"): ("IN", ("ram navami", "rama navami")),
    ("janmashtami",): ("IN", ("janmashtami",)),
    ("ganesh", "chaturthi"): ("IN", ("ganesh chaturthi",)),
    ("guru", "nanak", "jayanti"): ("IN", ("guru nanaks birthday",)),
    ("eid",): ("AE", ("eid al fitr",)),
    ("russia", "day"): ("RU", ("russia day",)), ("unity", "day"): ("RU", ("unity day",)),
    ("golden", "week"): ("JP", ("constitution memorial day",)),
    ("republic", "day"): ("IN", ("republic day",)),
    ("gandhi", "jayanti"): ("IN", ("mahatma gandhis birthday",)),
}  # fmt: skip

# Tense cues for the clause around an expression.
FUTURE_AUXILIARIES: frozenset[str] = frozenset({
    "will", "shall", "'ll", "would", "may", "might", "must", "should", "can",
    "wo", "won't", "gonna",
})  # fmt: skip
# "is expected to", "is due to": a form of be + one of these + "to" looks ahead.
FUTURE_AFTER_BE: frozenset[str] = frozenset({
    "expected", "due", "set", "scheduled", "slated", "going", "likely", "poised", "about",
    "planned", "forecast", "predicted", "supposed", "bound", "to",
})  # fmt: skip
# Verbs that look ahead when "to" follows: "plans to", "expects to".
FUTURE_BEFORE_TO: frozenset[str] = frozenset({
    "plans", "plan", "intends", "intend", "aims", "aim", "hopes", "hope", "expects",
    "expect", "wants", "want", "promises", "promise", "vows", "vow", "pledges", "pledge",
    "threatens", "threaten", "seeks", "seek", "prepares", "prepare", "needs", "need",
})  # fmt: skip
# Present-tense verbs of expecting: "analysts see a cut on Wednesday", "expects a ruling".
EXPECTING_VERBS: frozenset[str] = frozenset({
    "see", "sees", "expect", "expects", "anticipate", "anticipates", "forecast", "forecasts",
    "predict", "predicts", "eye", "eyes",
})  # fmt: skip
# Present-tense verbs news uses for scheduled events: "the show opens on Friday".
SCHEDULE_VERBS: frozenset[str] = frozenset({
    "begins", "starts", "opens", "closes", "ends", "resumes", "meets", "kicks", "expires",
    "upcoming", "takes", "runs", "returns", "arrives", "departs", "launches", "reopens",
    "goes", "leaves", "sits", "concludes", "reconvenes", "convenes", "publishes", "unveils",
    "testifies", "appears", "speaks", "hears", "plays", "addresses", "faces", "hosts",
    "considers", "weighs", "decides", "announces", "flies", "travels", "play", "face",
    "host", "arrive", "depart", "reopen", "open",
    "close", "start",
    "begin", "resume", "reconvene", "convene", "sit", "conclude", "meet", "return", "apply",
    "applies", "expire",
})  # fmt: skip
PRESENT_BE: frozenset[str] = frozenset({"is", "are", "am", "'s", "'re"})
PERFECT_AUXILIARIES: frozenset[str] = frozenset({"has", "have", "'ve", "had"})
PAST_AUXILIARIES: frozenset[str] = frozenset({"was", "were", "did", "had", "didn't"})
# Irregular past forms news uses often (regular ones end in -ed).
IRREGULAR_PAST: frozenset[str] = frozenset({
    "said", "told", "came", "went", "began", "took", "gave", "made", "met",
    "saw", "left", "held", "won", "lost", "fell", "rose", "hit", "put", "set", "sent",
    "spent", "fled", "led", "fought", "brought", "bought", "thought", "caught", "taught",
    "sold", "struck", "stood", "broke", "spoke", "wrote", "drove", "flew", "grew", "knew",
    "threw", "shot", "ran", "sank", "swam", "got", "found", "heard", "kept", "paid",
    "meant", "became", "felt", "built", "cut", "quit", "shut", "let", "read", "ate",
    "drew", "froze", "chose", "forgot", "hid", "laid", "slid", "sought", "split", "spread",
    "sprang", "swore", "tore", "woke", "wore", "withdrew", "undertook", "overtook",
    "beat", "bet", "bid", "burst", "cast", "cost", "dealt", "dug", "fed", "fit", "forbade",
    "hung", "lent", "lit", "rang", "rode", "shook", "shone", "slept", "stole", "stuck",
    "stung", "swept", "underwent", "wound", "arose", "awoke", "bore", "oversaw",
    "seen", "been", "done", "gone", "taken", "given", "known", "shown", "grown", "flown",
    "begun", "written", "spoken", "broken", "chosen", "driven", "fallen", "risen",
    "stolen", "forgotten", "hidden", "ridden", "shaken", "sworn", "torn", "worn", "drawn",
    "withdrawn", "overseen", "undergone", "beaten", "eaten", "frozen", "woken",
})  # fmt: skip
# Past verbs that arrange something for later: "called a strike for Monday".
ARRANGING_VERBS: frozenset[str] = frozenset({
    "called", "issued", "announced", "adjourned", "remanded", "postponed", "set", "scheduled",
    "extended", "ordered", "threatened", "declared", "imposed", "suspended", "approved",
    "listed", "planned", "booked", "fixed", "moved", "rescheduled", "deferred", "granted",
    "gave", "given", "put", "pushed", "delayed", "proposed", "promised", "pledged", "vowed",
    "warned", "slated", "bailed", "released", "closed", "banned", "restricted", "reserved",
})  # fmt: skip
# Of those, the ones that move a date: "has been postponed until Sunday".
RESCHEDULING_VERBS: frozenset[str] = frozenset({
    "postponed", "moved", "extended", "pushed", "delayed", "rescheduled", "deferred",
    "adjourned", "brought",
})  # fmt: skip
# Verbs before "to" + verb whose infinitive happened: "managed to restore power on Thursday".
IMPLICATIVE_VERBS: frozenset[str] = frozenset({
    "managed", "began", "begun", "started", "failed", "tried", "forced", "able", "continued",
    "helped", "used", "took", "first", "last", "went", "came", "rushed", "moved", "sought",
    "attempted", "refused", "declined", "chose", "dared", "bothered", "hurried",
})  # fmt: skip
# Past verbs whose infinitive complement lies ahead of them: "agreed to meet on Friday",
# "told them to leave by Friday" (a purpose infinitive after other past verbs does not).
COMPLEMENT_VERBS: frozenset[str] = frozenset({
    "agreed", "decided", "planned", "promised", "vowed", "pledged", "threatened", "hoped",
    "wanted", "expected", "intended", "aimed", "sought", "offered", "asked", "told",
    "ordered", "urged", "called", "invited", "prepared", "voted", "arranged", "scheduled",
    "said", "announced", "chose", "requested", "directed", "instructed", "advised",
    "warned", "encouraged", "allowed", "authorized", "authorised", "approved", "moved",
})  # fmt: skip
# Words after "to" that are not verbs: "told it to parliament on Monday".
NOT_INFINITIVES: frozenset[str] = frozenset({
    "parliament", "congress", "court", "police", "me", "him", "her", "them", "us", "date",
    "office", "power", "work", "school", "hospital", "prison", "jail", "trial",
    "market", "life", "death", "war", "peace", "zero",
})  # fmt: skip
# Verbs of saying after "would not": "would not comment on Monday" reports a refusal.
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "comment", "confirm", "disclose", "elaborate", "reveal", "discuss", "respond",
    "specify", "identify", "answer",
})  # fmt: skip
# Conjunctions opening a subordinate clause, which the main clause's tense governs.
SUBORDINATORS: frozenset[str] = frozenset({"if", "unless", "once", "whenever"})
# Of those, the ones whose object always lies ahead, whatever the preposition.
ANTICIPATING_VERBS: frozenset[str] = frozenset({
    "threatened", "planned", "scheduled", "rescheduled", "promised", "pledged", "vowed",
    "proposed", "slated", "warned",
})  # fmt: skip
# Bare verbs news puts after "to" ("ordered to leave by Friday"): an infinitive looks ahead.
BASE_VERBS: frozenset[str] = frozenset({
    "meet", "hold", "lay", "save", "resume", "open", "close", "vote", "announce", "release",
    "begin", "start", "end", "return", "visit", "sign", "decide", "publish", "pay", "file",
    "submit", "attend", "travel", "launch", "take", "make", "stop", "leave", "reach",
    "restore", "raise", "lower", "cut", "hike", "host", "present", "deliver",
    "complete", "finish", "appear", "testify", "rule", "report", "respond", "reply",
    "answer", "arrive", "depart", "fly", "sail", "run", "go", "come", "be", "become",
    "remain", "stay", "expire", "give", "hand", "issue", "introduce", "unveil",
    "debate", "consider", "review", "discuss", "approve", "reject", "pass", "sentence",
    "hear", "try", "charge", "appeal", "evacuate", "withdraw", "surrender", "enter",
    "reopen", "shut", "suspend", "extend", "lift", "impose", "apply", "register", "enrol",
    "enroll", "collect", "receive", "send", "sell", "buy", "offer", "tour", "play",
    "compete", "face", "strike", "walk", "march", "protest", "gather", "rally", "speak",
    "address", "brief", "inform", "notify", "confirm", "stand", "serve", "step", "quit",
    "retire", "replace", "name", "appoint", "elect", "choose", "count", "certify",
    "declare", "peak", "recover", "rise", "fall", "grow", "reduce", "increase",
    "double", "halt", "pause", "postpone", "delay", "cancel", "move", "shift", "switch",
    "join", "form", "build", "repair", "finalize", "finalise", "settle", "sue", "ban",
    "keep", "help", "allow", "ensure", "protect", "prevent", "get", "see", "let", "put",
    "set", "bring", "show", "provide", "support", "continue", "use", "avoid", "fix",
    "fund", "hire", "invest", "air", "broadcast", "stream", "print", "ship", "clear", "ease",
    "tighten", "loosen", "wrap", "conclude", "sit", "wait",
})  # fmt: skip
DETERMINERS: frozenset[str] = frozenset({
    "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "no", "any", "some", "every", "each", "newly", "recently", "'s",
})  # fmt: skip
# Words ending in -ed that are not past verbs in the sense that matters here.
NOT_PAST_ED: frozenset[str] = frozenset({
    "need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "indeed", "breed",
    "bleed", "wed", "fed", "led", "bred", "proceed", "exceed", "succeed", "sacred",
    "scheduled", "expected", "planned", "intended", "slated", "aimed",
    "supposed", "due", "limited", "united",
    "based", "related", "required", "estimated",
    "combined", "mixed", "alleged", "ed", "ted", "ned", "fred", "sled", "bled", "fled", "sped",
    "shred", "embed",
})  # fmt: skip
# "Irish time", "Japanese time": the country whose (single) zone the adjective names.
DEMONYM_COUNTRIES: dict[str, str] = {
    "irish": "Ireland", "british": "United Kingdom", "english": "United Kingdom",
    "scottish": "United Kingdom", "japanese": "Japan", "indian": "India", "german": "Germany",
    "french": "France", "chinese": "China", "korean": "South Korea",
    "south korean": "South Korea", "north korean": "North Korea", "israeli": "Israel",
    "turkish": "Turkey", "ukrainian": "Ukraine", "italian": "Italy", "spanish": "Spain",
    "greek": "Greece", "egyptian": "Egypt", "saudi": "Saudi Arabia", "pakistani": "Pakistan",
    "iranian": "Iran", "thai": "Thailand", "vietnamese": "Vietnam", "philippine": "Philippines",
    "swiss": "Switzerland", "dutch": "Netherlands", "polish": "Poland", "belgian": "Belgium",
    "austrian": "Austria", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "hungarian": "Hungary", "czech": "Czechia", "romanian": "Romania",
    "taiwanese": "Taiwan", "singaporean": "Singapore", "malaysian": "Malaysia",
    "nigerian": "Nigeria", "kenyan": "Kenya", "south african": "South Africa",
    "argentine": "Argentina", "colombian": "Colombia", "peruvian": "Peru",
    "venezuelan": "Venezuela", "cuban": "Cuba", "hawaiian": "Honolulu",
    "emirati": "United Arab Emirates", "qatari": "Qatar",
    "bangladeshi": "Bangladesh", "nepali": "Nepal", "sri lankan": "Sri Lanka",
}  # fmt: skip

# Small words inside place names ("Rio de Janeiro", "Port of Spain").
PLACE_PARTICLES: frozenset[str] = frozenset({
    "de", "da", "del", "la", "au", "es", "el", "of", "do", "dos", "das", "al", "ul", "du",
})  # fmt: skip

# Words that make "the fourth quarter" a period of a game, not of a year.
SPORTS_WORDS: frozenset[str] = frozenset({
    "touchdown", "touchdowns", "quarterback", "interception", "rebounds", "rebound",
    "basket", "baskets", "three-pointer", "scored", "trailed", "nfl", "nba", "wnba", "afl",
    "buzzer", "overtime", "layup", "dunk", "fumble", "yards", "bulls", "lakers", "celtics",
    "knicks", "warriors", "quarterbacks", "field-goal", "possession", "halftime",
})  # fmt: skip

# Generic zone words written in lower case before "time" ("2 p.m. eastern time").
GENERIC_ZONE_WORDS: frozenset[str] = frozenset({
    "eastern", "central", "mountain", "pacific", "atlantic", "alaska", "hawaii",
})  # fmt: skip

# "once a week", "twice a month": how many times per interval, as a word.
TIMES_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}

# Holidays a calendar names in full: a bare "Easter" is Easter Sunday, not Easter Monday.
HOLIDAY_FULL_NAMES: dict[str, str] = {"easter": "easter sunday"}

# "on Saturday mornings": a weekday's part of day, every week.
PLURAL_PARTS_OF_DAY: dict[str, str] = {
    "mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
}  # fmt: skip

# Prepositions before "the summer" that make it a time ("since the summer", "by the summer").
SEASON_PREPOSITIONS: frozenset[str] = frozenset({
    "since", "in", "during", "over", "through", "until", "till", "by", "before", "after",
    "from", "throughout", "of",
})  # fmt: skip

# Words that cannot be the noun after "the <year>" ("the 1975 election" is a year).
FUNCTION_WORDS: frozenset[str] = frozenset({
    "in", "on", "at", "and", "or", "to", "for", "with", "was", "were", "is", "are", "had",
    "has", "have", "of", "by", "from", "who", "which", "that",
})  # fmt: skip

# Periods of a game: "2:41 of overtime" is a game clock, not a time of day.
GAME_PERIODS: frozenset[str] = frozenset({
    "overtime", "ot", "regulation", "period", "quarter", "half", "inning", "extra", "first",
    "second", "third", "fourth", "final", "opening", "stoppage", "injury", "game", "match",
    "frame", "round", "set",
})  # fmt: skip

# Words written with a full stop that does not end the sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col",
    "sgt", "capt", "corp", "inc", "co", "ltd", "no", "vs", "prof", "rev", "ft", "mt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "etc", "approx", "dept", "univ", "ave", "blvd",
})  # fmt: skip

# Words that end a clause for the purpose of finding the verb that governs an expression.
CLAUSE_BREAKS: frozenset[str] = frozenset({
    ";", ":", "that", "which", "who", "while", "whereas", "but", "because",
    "although", "though", "where", "—", "–",
})  # fmt: skip

# Words that may follow "the 30th" when it is a day of the month ("ends on the 30th because").
AFTER_DAY_OF_MONTH: frozenset[str] = frozenset({
    "because", "and", "or", "but", "when", "at", "for", "to", "so", "as", "with", "after",
    "before", "until", "if", "unless", "which", "while", "instead", "rather", "then", "too",
})  # fmt: skip
# Finite forms of "be" and "have" that may follow a date-like subject.
FINITE_BE: frozenset[str] = frozenset({"is", "was", "are", "were", "will", "has", "had", "falls"})
# Words before "from" that make it no bound: "a far cry from February 2021".
# So do comparisons: "down 6 percent from 2023", "up from 4% in February".
FROM_NOT_A_BOUND: frozenset[str] = frozenset({
    "cry", "apart", "away", "different", "aside", "far", "percent", "%", "up", "down",
    "higher", "lower", "points", "cents", "increase", "decrease", "rise", "fall", "drop",
    "jump", "gain", "decline",
})  # fmt: skip

# Words before four digits that make them a number, not a year ("Route 2020", "$2000").
NOT_YEAR_BEFORE = frozenset(
    {
        "$",
        "#",
        "no",
        "number",
        "route",
        "article",
        "version",
        "flight",
        "room",
        "page",
        "model",
        "boeing",
        "airbus",
        "item",
        "code",
    }
)
# "the worst storm in a decade": after these, "in N units" is a span, not a date ahead.
SUPERLATIVES = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "straight",
        "consecutive",
        "best",
        "most",
        "least",
        "only",
        "record",
        "ever",
        "never",
        "last",
        "top",
        "worst",
        "since",
    }
)
# Words ending in -est that are not superlatives.
NOT_SUPERLATIVES = frozenset(
    {
        "west",
        "rest",
        "test",
        "interest",
        "request",
        "protest",
        "arrest",
        "harvest",
        "forest",
        "guest",
        "chest",
        "nest",
        "contest",
        "suggest",
        "invest",
        "digest",
        "manifest",
        "honest",
        "modest",
        "latest",
    }
)
# Lower-case words a holiday name may hold ("Eid al-Fitr", "the early May bank holiday").
HOLIDAY_SMALL_WORDS = frozenset(
    {"of", "al", "the", "early", "spring", "summer", "august", "bank", "holiday"}
)
# "the 1922 Committee": a year before these capitalised words is part of a name.
YEAR_NAMES = frozenset(
    {
        "committee",
        "club",
        "group",
        "foundation",
        "society",
        "party",
        "corps",
        "regiment",
        "brigade",
        "division",
    }
)
# Prepositions before "the 1st" that make it a day of the month.
DAY_OF_MONTH_BEFORE = frozenset(
    {"on", "by", "until", "before", "after", "from", "since", "through", "till"}
)
# Adverbs of frequency -> (RFC 5545 frequency, interval).
SET_WORDS = {
    "daily": ("DAILY", 1),
    "weekly": ("WEEKLY", 1),
    "monthly": ("MONTHLY", 1),
    "annually": ("YEARLY", 1),
    "yearly": ("YEARLY", 1),
    "nightly": ("DAILY", 1),
    "hourly": ("HOURLY", 1),
    "fortnightly": ("WEEKLY", 2),
}
# "every week" -> the RFC 5545 frequency of the unit.
FREQ_OF_UNIT = {
    "day": "DAILY",
    "week": "WEEKLY",
    "month": "MONTHLY",
    "year": "YEARLY",
    "hour": "HOURLY",
    "minute": "MINUTELY",
    "fortnight": "WEEKLY",
}
# Punctuation that ends a sentence.
SENTENCE_END = frozenset({".", "!", "?"})
# Present forms of "be" ("is expected to", "is due").
BE_FORMS = frozenset({"is", "are", "am", "be", "being", "'s", "'re"})
# Relations that bound something ahead ("could be back by Friday").
FORWARD_RELATIONS = frozenset(
    {
        "by",
        "until",
        "through",
        "no later than",
        "starting",
        "from",
        "within",
        "before",
        "after",
        "no earlier than",
    }
)
# Words opening a relative clause set off by commas, skipped when finding the verb.
RELATIVE_PRONOUNS = frozenset({"who", "which", "whose", "whom", "where"})
# Prepositions between an arranged thing and its date ("a strike from March 26").
ARRANGED_FOR = frozenset(
    {"for", "from", "till", "until", "starting", "through", "to", "by", "beginning"}
)
# Relations that look ahead when no verb decides ("by 5 p.m. ET Friday").
DEADLINE_RELATIONS = frozenset(
    {"by", "until", "through", "no later than", "before", "starting", "within", "on or before",
     "on or after", "no earlier than"}
)  # fmt: skip
# Pronouns before "'s" that make it "is" ("it's"), not a possessive.
PRONOUNS = frozenset(
    {"it", "he", "she", "that", "there", "what", "who", "here", "this", "where", "which"}
)
# Words between "has" and a participle ("has already voted"): still a perfect.
PERFECT_ADVERBS = frozenset(
    {
        "not",
        "already",
        "just",
        "also",
        "yet",
        "since",
        "now",
        "long",
        "never",
        "recently",
        "previously",
        "n't",
        "still",
        "jointly",
    }
)
