"""The tense of the clause an expression sits in: "past", "future" or None.

News decides a bare weekday or a year left out by the clause's tense ("said on Sunday"
vs "will meet on Sunday"). The nearest verb group to the left governs; failing that,
the nearest to the right within the sentence ("Earlier on Sunday, the spokesman said").
The preposition can decide alone: "since" looks back, a deadline after an infinitive
("ordered to leave by Friday") looks ahead.
"""

from __future__ import annotations

from timenorm import lexicon as lx
from timenorm.scan import Token

_WINDOW = 32  # words looked at on each side: about a clause
_NEAR_INFINITIVE = 6  # words between "to leave" and the date it governs ("by Friday")
_ASIDE_PREPOSITIONS = frozenset({"in", "on", "at", "by", "with", "from", "last", "earlier"})
_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def clause_tense(
    tokens: list[Token], first: int, last: int, relation: str | None = None
) -> str | None:
    """Tense of the clause around tokens [first, last), given the governing preposition."""
    tense = _clause_tense(tokens, first, last, relation)
    if tense == "past" and _low(tokens, first - 2) == "ahead" and _low(tokens, first - 1) == "of":
        return None  # "stocked up ahead of Diwali": the holiday may be yet to come
    return tense


def _clause_tense(tokens: list[Token], first: int, last: int, relation: str | None) -> str | None:
    if relation == "since":
        return "past"
    left = _scan(tokens, first - 1, -1, relation)
    if left in ("past", "present") and (
        _arranged(tokens, first) or _participle_before_future(tokens, first, last, relation)
    ):
        return "future"
    if left == "present" and _in_subordinate_clause(tokens, first):
        main = _scan(tokens, last, 1, relation, start=last)  # "Once the treaty is ratified
        if main in ("past", "future"):  # on June 1, tariffs will fall"
            return main
    if left not in (None, "break"):
        return None if left == "present" else left
    # To the right, stay in this clause: a comma ends it unless it follows the expression
    # at once ("Earlier on Sunday, the spokesman said"); after "which" to the left, any comma.
    right = _scan(tokens, last, 1, relation, stop_at_comma=left == "break", start=last)
    if right in (None, "present", "break") and relation in lx.DEADLINE_RELATIONS:
        return "future"  # "by 5 p.m. ET Friday" with no verb: a deadline lies ahead
    return None if right in ("present", "break") else right


def _in_subordinate_clause(tokens: list[Token], first: int) -> bool:
    """ "If/once/when ... <date>": the clause before the date opens with a subordinator."""
    for k in range(first - 1, max(first - 12, -1), -1):
        if tokens[k].low in lx.SUBORDINATORS or tokens[k].low == "when":
            return True
        if tokens[k].kind == "punct" and tokens[k].low in (",", ";", ".", "!", "?"):
            return False
    return False


def _arranged(tokens: list[Token], first: int) -> bool:
    """ "called a strike from March 26", "adjourned the hearing till March 15": a past verb
    that arranges something, its object, then the date that thing is for, which lies ahead
    ("announced on Monday" dates the announcement instead)."""
    preposition = _low(tokens, first - 1)
    i = first - 2
    words = 0
    while words < 10:
        if i >= 0 and tokens[i].low == ",":
            opening = _relative_clause_start(tokens, i)
            if opening is not None:
                i = opening - 1  # "gave the department, which has opened ..., until Nov. 10"
                continue
        if i < 0 or (tokens[i].kind == "punct" and tokens[i].low not in ("-", "'")):
            return False
        low = tokens[i].low
        back = first - i
        words += 1
        if low in lx.ARRANGING_VERBS:
            # "has been postponed until Sunday", "moved to Thursday": no object needed
            moved = low in lx.RESCHEDULING_VERBS and preposition in ("to", "until", "till", "for")
            has_object = back > 2 or moved
            forward = preposition in lx.ARRANGED_FOR or low in lx.ANTICIPATING_VERBS
            return has_object and forward
        if verb_group(tokens, i) is not None:
            return False
        i -= 1
    return False


def _sentence_end(tokens: list[Token], i: int) -> bool:
    """A full stop that ends a sentence, not the one in "U.S.", "Mr." or "Jan."."""
    tok = tokens[i]
    if tok.low != ".":
        return tok.low in lx.SENTENCE_END
    before = tokens[i - 1] if i > 0 else None
    if (
        before is not None
        and before.kind == "word"
        and before.end == tok.start
        and (len(before.text) == 1 or before.low in lx.ABBREVIATIONS)
    ):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or not after.text[:1].islower()


def _participle_before_future(
    tokens: list[Token], first: int, last: int, relation: str | None
) -> bool:
    """ "Late payments made on or before 28 January will be treated...": the past form to the
    left is a participle with no auxiliary, and the clause's finite verb, ahead, is future."""
    if relation not in lx.FORWARD_RELATIONS and relation not in lx.DEADLINE_RELATIONS:
        return False  # "the teenager killed on Saturday will be buried": a past day
    verb = next(
        (k for k in range(first - 1, max(first - 8, -1), -1) if verb_group(tokens, k) is not None),
        None,
    )
    if verb is None or not _is_past_form(tokens[verb].low):
        return False
    if _low(tokens, verb - 1) in lx.PERFECT_AUXILIARIES | {"was", "were", "been", "did"}:
        return False
    if _low(tokens, verb - 1) in lx.RELATIVE_PRONOUNS | {"that"}:
        return False  # "a flight that diverted on Saturday will leave": a finite verb
    # the finite verb right after the expression, as in "... 28 January will be treated"
    return _low(tokens, last) in lx.FUTURE_AUXILIARIES


def _scan(
    tokens: list[Token],
    i: int,
    step: int,
    relation: str | None,
    *,
    stop_at_comma: bool = False,
    start: int | None = None,
) -> str | None:
    n = len(tokens)
    origin = i
    for _ in range(_WINDOW):
        if not 0 <= i < n:
            return None
        tok = tokens[i]
        if tok.kind == "punct" and (_sentence_end(tokens, i) or (stop_at_comma and tok.low == ",")):
            return None
        if tok.kind == "punct" and tok.text in _QUOTES:
            return None  # a quotation has its own tense, not the "she said" around it
        if step > 0 and tok.low == "," and start is not None and i > start + 1:
            if _low(tokens, i + 1) in lx.RELATIVE_PRONOUNS:
                closing = _relative_clause_end(tokens, i)
                if closing is not None:
                    i = closing + 1  # "On Sunday, the general, who commanded ..., said"
                    continue
            if _low(tokens, i + 1) in ("and", "but", "or", "so", "while", "when", "which", "who"):
                return None  # a later clause ("..., and the agency has said")
        if step > 0 and tok.low in ("where", "which", "who", "whose", "because"):
            return None
        if step < 0 and tok.low == ",":
            opening = _relative_clause_start(tokens, i)
            if opening is not None:
                i = opening - 1  # ", whose year ended in June, reports": skip the aside
                continue
        if step < 0 and tok.low in lx.CLAUSE_BREAKS:
            return "break"
        if tok.low in lx.SUBORDINATORS and step > 0 and i > (start or 0) + 1:
            return None  # "... on Monday if the talks fail": that clause is another's
        verdict = verb_group(tokens, i)
        if verdict == "future" and tok.low == "to" and step < 0 and origin - i > _NEAR_INFINITIVE:
            verdict = None  # "ordered them to stand trial over the killing ... on Nov. 2"
        if verdict is not None:
            return verdict
        i += step
    return None


def _relative_clause_start(tokens: list[Token], comma: int) -> int | None:
    """The comma that opens ", who/which/whose ... ," or a participle's ", filed in
    Delaware," closed by the comma at `comma`."""
    for k in range(comma - 1, max(comma - 16, -1), -1):
        if tokens[k].low == ",":
            opener = _low(tokens, k + 1)
            aside = opener in lx.RELATIVE_PRONOUNS or (
                _is_past_form(opener) and _low(tokens, k + 2) in _ASIDE_PREPOSITIONS
            )
            return k if aside else None
        if tokens[k].kind == "punct" and _sentence_end(tokens, k):
            return None
    return None


def _relative_clause_end(tokens: list[Token], comma: int) -> int | None:
    """The comma that closes ", who/which ... ," opened by the comma at `comma`."""
    for k in range(comma + 1, min(comma + 20, len(tokens))):
        if tokens[k].low == ",":
            return k
        if tokens[k].kind == "punct" and _sentence_end(tokens, k):
            return None
    return None


def _before_compound(tokens: list[Token], i: int) -> int:
    """The token before the hyphenated compound ending at i ("a [quarter-point] cut")."""
    while i >= 2 and tokens[i - 1].low == "-" and tokens[i - 1].end == tokens[i].start:
        i -= 2
    return (
        i - 1 if i >= 1 and tokens[i - 1].low == "-" else i - (1 if _hyphenated(tokens, i) else 0)
    )


def _hyphenated(tokens: list[Token], i: int) -> bool:
    """Token i is joined to a neighbour by a hyphen with no spaces."""
    before = i >= 1 and tokens[i - 1].low == "-" and tokens[i - 1].end == tokens[i].start
    after = (
        i + 1 < len(tokens) and tokens[i + 1].low == "-" and tokens[i].end == tokens[i + 1].start
    )
    return before or after


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def verb_group(tokens: list[Token], i: int) -> str | None:
    """The tense a verb group at token i shows, judged with up to three words before it;
    None when token i is no verb."""
    tok = tokens[i]
    low = tok.low
    if tok.kind not in ("word", "poss"):
        return None
    if tok.kind == "poss" and _low(tokens, i - 1) not in lx.PRONOUNS:
        return None  # "Florida's", not "it's"
    if tok.is_capitalized and i > 0 and not _sentence_end(tokens, i - 1) and low != "i":
        return None  # a name inside the sentence ("the US Open"), not a verb
    if _hyphenated(tokens, i):
        return None  # "the play-off final", "a well-timed move": part of a compound
    if (
        low in ("would", "wo")
        and _low(tokens, i + 1) in ("not", "n't")
        and _low(tokens, i + 2) in lx.REPORTING_VERBS
    ):
        return "past"  # "would not comment on Monday"
    if low == "could":  # "could resign on Friday" ahead; "could not be reached" behind
        return "past" if _low(tokens, i + 1) in ("not", "n't", "have", "only") else "future"
    if low in lx.FUTURE_AUXILIARIES or low == "'ll":
        if low == "may" and tok.is_capitalized:
            return None
        return "future"
    if low in ("expected", "slated", "scheduled", "poised", "likely"):
        before = {_low(tokens, i - k) for k in (1, 2, 3)}
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        dated = after is not None and (  # "Storm expected Saturday", "expected on Monday"
            after.low in lx.WEEKDAYS
            or after.low in lx.MONTHS
            or after.kind != "word"
            or after.low
            in (
                "on",
                "in",
                "by",
                "to",
                "this",
                "next",
                "tomorrow",
                "tonight",
                "today",
                "later",
                "early",
                "late",
                "for",
                "at",
                "around",
                "before",
                "after",
                "until",
                "from",
                "between",
            )
        )
        if dated and not before & (
            lx.DETERMINERS | lx.BE_FORMS | {"was", "were", "been", "had", "than"}
        ):
            return "future"  # a headline's "Storm expected Saturday"
    if (low in ("going", "about") and _low(tokens, i + 1) == "to") or low == "due":
        return "future"
    if low in lx.FUTURE_BEFORE_TO and "to" in (_low(tokens, i + k) for k in (1, 2, 3)):
        return "future"  # "plans to", "expects demand to pick up"
    if (
        low == "to"
        and _low(tokens, i + 1) in lx.BASE_VERBS
        and not (i + 1 < len(tokens) and tokens[i + 1].is_capitalized)
    ):  # "the 12 months to March" is no infinitive
        # "managed to restore power on Thursday" happened; "agreed to meet on Friday" is ahead
        governing = next(
            (
                k
                for k in (i - 1, i - 2, i - 3)
                if _low(tokens, k) in lx.IMPLICATIVE_VERBS
                # "the first to arrive", but not "the first polls set to close"
                and (k == i - 1 or _low(tokens, k) not in ("first", "last"))
            ),
            None,
        )
        if governing is None:
            return "future"
        ahead = {_low(tokens, governing - 1), _low(tokens, governing - 2)}
        return "future" if ahead & lx.FUTURE_AUXILIARIES else "past"  # "will be able to"
    if (
        low in lx.FUTURE_AFTER_BE
        and low != "to"
        and _low(tokens, i - 1) in lx.BE_FORMS | {"was", "were", "been"}
    ):
        return "future" if _low(tokens, i - 1) in lx.BE_FORMS else "past"
    if low in lx.PRESENT_BE or low in ("was", "were"):
        following = _low(tokens, i + 1)
        if following in lx.FUTURE_AFTER_BE:
            return "future" if low in lx.PRESENT_BE else "past"
        if low in lx.PRESENT_BE and _describes_state(tokens, i):
            return "present"  # "is still a mess after Sunday", "are the first since"
        # "The final is on Sunday": a dated event in the present tense is a scheduled one
        return "future" if low in lx.PRESENT_BE else "past"
    if low in ("has", "have", "'ve"):
        if _low(tokens, i - 1) in ("will", "shall", "'ll"):
            return "future"  # "will have voted by Friday"
        if _low(tokens, i - 1) in lx.FUTURE_AUXILIARIES:
            # "may have intervened on Monday" looks back; "would have Monday off" ahead
            return "past" if _is_past_form(_low(tokens, i + 1)) else "future"
        following = _low(tokens, i + 1)
        if following in lx.PERFECT_ADVERBS or _is_past_form(following) or following == "been":
            return "past"
        return "present"  # possession: "candidates have until Tuesday"
    if low in lx.PAST_AUXILIARIES:
        return "past"
    if low in ("take", "go") and _low(tokens, i + 1) in ("effect", "place", "on", "ahead"):
        return "future" if _low(tokens, i - 1) not in lx.PAST_AUXILIARIES else "past"
    if low in ("come", "comes", "enter", "enters", "go", "goes") and _low(tokens, i + 1) == "into":
        return "future" if _low(tokens, i - 1) not in lx.PAST_AUXILIARIES else "past"
    if low in ("set", "slated", "scheduled") and _low(tokens, i + 1) in ("for", "to"):
        before = {_low(tokens, i - k) for k in (1, 2, 3)}
        if not before & {"was", "were", "had", "been"}:
            return "future"  # a headline's "sentencing set for November"
    if low in lx.COMPLEMENT_VERBS and low != "said" and _infinitive_follows(tokens, i):
        return "future"  # "expected demand to surge on Friday night", "agreed to meet"
    if low in lx.EXPECTING_VERBS and _low(tokens, i - 1) not in lx.DETERMINERS:
        if {_low(tokens, i - k) for k in (1, 2, 3)} & lx.PAST_AUXILIARIES:
            return "past"  # "Did anyone see the suspect on Jan. 2?"
        return "future"  # "traders see a cut on Wednesday", "it expects a ruling on Thursday"
    if low in lx.SCHEDULE_VERBS:
        aux = _low(tokens, i - 1)
        if aux == "to" or aux in lx.DETERMINERS or aux in ("record", "market", "'s"):
            return None  # an infinitive ("managed to open") or a noun ("the close")
        if aux in lx.PAST_AUXILIARIES or (
            aux in ("not", "n't") and _low(tokens, i - 2) in (lx.PAST_AUXILIARIES)
        ):
            return "past"  # "did not open"
        return "future"
    if _third_person_present(tokens, i):
        return "present"  # "before Rachel Reeves presents her budget on Nov. 26"
    if _is_past_form(low) and not (i > 0 and tokens[i - 1].end == tok.start):
        if _low(tokens, _before_compound(tokens, i - 1)) in lx.DETERMINERS:
            return None  # "a narrated summary", "a quarter-point cut": a noun phrase
        if _low(tokens, i - 1) in lx.BASE_VERBS and _low(tokens, i - 2) == "to":
            return None  # "to publish audited results": an adjective on the object
        for back in (1, 2, 3):
            aux = _low(tokens, i - back)
            # "to" marks an infinitive only right before it ("to be signed"), not in "the
            # three months to September rose"
            infinitive = aux == "to" and (back == 1 or _low(tokens, i - 1) == "be")
            if aux in lx.FUTURE_AUXILIARIES or infinitive:
                return "future"
            modal = _low(tokens, i - back - 1)
            if aux in lx.PERFECT_AUXILIARIES and modal in lx.FUTURE_AUXILIARIES:
                # "will have voted by Friday" ahead; "may have intervened on Monday" behind
                return "future" if modal in ("will", "shall", "'ll") else "past"
            if aux in lx.PERFECT_AUXILIARIES or aux in ("was", "were", "been"):
                return "past"
            if aux == "being":  # "is being held on Friday", "was being held"
                ruling = _low(tokens, i - back - 1)
                if ruling in ("was", "were"):
                    return "past"
                if ruling in lx.BE_FORMS:
                    return "future"
                return None  # "filmed the motorcycle being stopped": the governing verb decides
            if aux == "be":  # "is expected to be signed": what governs "be" decides
                ruling = _low(tokens, i - back - 1)
                if ruling in lx.FUTURE_AUXILIARIES or ruling == "to":
                    return "future"
                return None
            if aux in ("is", "are", "am"):
                return "present"
            if aux in lx.CLAUSE_BREAKS or not aux.isalpha():
                break
        return "past"
    return None


def _third_person_present(tokens: list[Token], i: int) -> bool:
    """A name, a verb in -s, then its object: "Reeves presents her budget"."""
    low = tokens[i].low
    if len(low) < 5 or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s")):
        return False
    before = tokens[i - 1] if i > 0 else None
    return (
        before is not None
        and before.kind == "word"
        and before.is_capitalized
        and before.low not in lx.MONTHS
        and before.low not in lx.WEEKDAYS
        and _low(tokens, i + 1) in lx.DETERMINERS
    )


def _infinitive_follows(tokens: list[Token], i: int) -> bool:
    """ "expected demand to surge", "agreed to meet": "to" and a verb within three words
    (not "to reporters", "to the court", "to him")."""
    for k in (i + 1, i + 2, i + 3):
        between = tokens[k] if k < len(tokens) else None
        if between is None or between.kind != "word" or between.is_capitalized:
            return False  # "voted on Tuesday to strike": the date is the voting's
        if between.low in ("on", "in", "at", "yesterday", "today", "last", "this", "next"):
            return False
        if _low(tokens, k) == "to":
            verb = tokens[k + 1] if k + 1 < len(tokens) else None
            return (
                verb is not None
                and verb.kind == "word"
                and not verb.is_capitalized
                and (verb.low in lx.BASE_VERBS or not verb.low.endswith("s"))
                and verb.low not in lx.DETERMINERS | lx.PRONOUNS | lx.NOT_INFINITIVES
            )
    return False


def _describes_state(tokens: list[Token], i: int) -> bool:
    """ "is" or "are" followed by a noun phrase ("are the first since", "is still a mess")
    describes a state; "is on Sunday", "is Tuesday", "is not until May" schedule."""
    if i == 0 or _sentence_end(tokens, i - 1):
        return False  # "Are the talks still on for Friday?": a question, not a state
    k = i + 1
    if _low(tokens, k) in ("still", "already", "also"):
        k += 1
    return _low(tokens, k) in lx.DETERMINERS


def _is_past_form(low: str) -> bool:
    if low in lx.IRREGULAR_PAST:
        return True
    return len(low) >= 4 and low.endswith("ed") and low not in lx.NOT_PAST_ED
