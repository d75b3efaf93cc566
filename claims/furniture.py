"""Page furniture: the lines a scraped or pasted web article carries around its prose.

Bylines ("By Jane Moss, Health Correspondent"), credit trailers ("Reporting by X; Editing
by Y"), time stamps ("Updated 14:32 GMT, 4 May 2026", "3 min read"), photo captions
("... Photo: A. Reed/Valley Courier"), share, newsletter and link lines ("Related: ...",
"Sign up to our newsletter", "Comments (12)"), correction notices and pull quotes say
nothing the outlet reports: read as prose they give a time stamp as a figure, a reporter as
a speaker ("By Jane Moss" as a statement of "Health Correspondent"), a caption's day
as the event's, and a correction's retracted figure against the corrected one.

Each is recognised one line at a time, from the surface alone (no parse), and only when
the whole line has the form: "By 2030, the council said, ..." is no byline and "Photo
evidence was shown to the court" is no caption. Their spans are blanked for the parser
(one character for one, so every offset into the stored text holds) and no claim is kept
inside them.

A correction notice is evidence for a fact-checker, but what it states is the outlet's own
retracted figure ("An earlier version said 260 residents"), and the corrected one is in the
body: its claims are dropped so the old figure is not set against the new one. The notice
stays in the stored text.

A pull quote is a line that is one quotation whose words the article already quotes
elsewhere; the later copy is dropped, so one remark is not two claims.

Limits: a line is the unit, so furniture run into a prose line without a line break (a
caption pasted inside a paragraph) is not seen; headlines are left alone.
"""

from __future__ import annotations

import re

from claims.datelines import dateline_end

_NAME = r"[A-Z][\w.'’\-]*(?: (?:[A-Z][\w.'’\-]*|de|van|von|da|al|bin))*"
_TITLE_WORD = r"(?:[A-Z][\w.'’&\-]*|of|and|for|the|in|at|on|&)"
# "By Jane Moss, Health Correspondent", "By A. Reed and T. Lund", "By Jane Moss | Health Editor"
BYLINE = re.compile(
    rf"^By {_NAME}(?:(?:,| and) {_NAME})*(?:\s*[,|—–\-]\s*{_TITLE_WORD}(?: {_TITLE_WORD})*)?$")
# "Reporting by X; Editing by Y", "Additional reporting by Z", "Writing by X"
_CREDIT = (r"(?:(?:Additional|Further) )?(?i:reporting|writing|editing|reported|written|edited"
           r"|compiled|produced|graphics)(?: and (?i:reporting|writing|editing))? by")
CREDITS = re.compile(rf"^{_CREDIT} {_NAME}(?:(?:,| and) {_NAME})*"
                     rf"(?:\s*[;,.]\s*(?:and )?{_CREDIT} {_NAME}(?:(?:,| and) {_NAME})*)*\.?$")
READ_TIME = re.compile(r"^\d{1,3}[ \u00a0-]?min(?:ute)?s?\.? read$", re.I)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
_STAMP_WORDS = (r"(?:last |first )?(?:updated|published|posted|modified|created|edited)"
                r"(?: on| at)?:?")
# one piece of a time stamp: a date, a time, a zone, a weekday, a stamp word, "at", "on"
_STAMP_PIECE = re.compile(
    rf"^(?:{_STAMP_WORDS}|{_MONTH}|{_WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}"
    rf"(?:\s?[ap]\.?m\.?)?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:]+Z?)?"
    rf"|[ap]\.?m\.?|(?-i:[A-Z]{{2,4}})|last|first|at|on|,)$", re.I)
# captions end in a credit: "... Photo: A. Reed/Valley Courier", "(Photo by Ken Ostrow)"
CAPTION = re.compile(
    r"(?:(?:^|[.!?)]\s+)(?:Photo(?:graph)?s?|Image|Picture|Illustration|Credit|Video)"
    r"(?: credit)?:\s*[^!?]{1,60}$"
    r"|\((?:Photo(?:graph)?|Image|Picture|Credit)s?(?: by|:)\s*[^)]{1,60}\)\s*$"
    r"|^Pictured:\s)")
# link, share and page lines: "Related: ...", "Share this article", "Comments (12)"
PAGE_LINE = re.compile(
    r"^(?:(?:Related|Read more|Read also|See also|More on this story|More from \w+|Topics|Tags"
    r"|Watch|Listen|Also read|Most read|Recommended|Our standards)\s*[:|]"
    r"|(?:Share|Save|Print|Email|Comments?)(?: this (?:article|story|page))?$"
    r"|Share (?:this|on|via) |Sign up (?:to|for) |Subscribe (?:to|for|now)|Follow us "
    r"|Advertisement$|Most (?:read|popular|viewed)$|Comments? \(\d+\)$|©|\(c\) \d{4}"
    r"|Copyright \d{4})", re.I)
BREADCRUMB = re.compile(r"^[^.!?]{1,40}(?: [›»>] [^.!?]{1,40}){2,}$")
# "This article was amended on 5 May to correct ...", "Correction, 15 September: ...",
# "An earlier version of this story said ..."
CORRECTION = re.compile(
    r"^(?:(?:Correction|Clarification)(?:,? (?:on )?[\w ]{0,20}\d[\w ]{0,12})?\s*[:—–\-]"
    r"|This (?:article|story|report|piece)(?: has been| was| is being) (?:amended|corrected"
    r"|updated|changed|edited)\b"
    r"|An earlier version of this (?:article|story|report|piece)\b)")
_OPEN_QUOTES = "\"“'‘"
_CLOSE_QUOTES = "\"”'’"
MIN_PULL_QUOTE_WORDS = 3


# Lines of text above a wire dateline at most: a headline, a standfirst, a byline, a stamp.
HEAD_LINES = 5


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every line of `text` that is page furniture, in order, and of a
    wire dateline that opens the first prose line below a headline and byline."""
    spans = []
    head = 0
    for start, end in _lines(text):
        line = text[start:end].replace("\u00a0", " ").strip()
        if not line:
            continue
        if _is_furniture(line) or _is_pull_quote(text, start, end, line):
            spans.append((start, end))
        elif head is not None:
            head = _after_head_line(text, start, end, head, spans)
    return spans


def _after_head_line(text: str, start: int, end: int, head: int,
                     spans: list[tuple[int, int]]) -> int | None:
    """"Headline / By Jane Moss / LONDON, May 4 (Agency) - The company said ...": the
    dateline is not at the text's start, where `claims.datelines` reads it, but opens the
    first line of prose. Adds its span; None once the head is past (the first prose line,
    or HEAD_LINES lines)."""
    if head == 0 and start == len(text) - len(text.lstrip()):
        return 1  # the text's own first line: claims.datelines reads a dateline there
    dateline = dateline_end(text[start:end])
    if dateline:
        spans.append((start, start + dateline))
        return None
    return head + 1 if head + 1 < HEAD_LINES else None


def without_furniture(text: str) -> str:
    """`text` with its furniture lines blanked to spaces, the same length, for the parser."""
    spans = furniture_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's bounds without its line end ("\\r\\n" or "\\n")."""
    bounds = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        bounds.append((at, end - 1 if line.endswith("\r") else end))
        at = end + 1
    return bounds


def _is_furniture(line: str) -> bool:
    if line[0] in "([" and line[-1] in ")]":
        line = line[1:-1].strip() or line  # "(Reporting by X; Editing by Y)"
    if len(line) <= 120 and (BYLINE.match(line) or READ_TIME.match(line)
                             or _is_time_stamp(line) or PAGE_LINE.match(line)
                             or BREADCRUMB.match(line)):
        return True
    if len(line) <= 200 and (CREDITS.match(line) or CAPTION.search(line)):
        return True
    return bool(CORRECTION.match(line))


def _is_time_stamp(line: str) -> bool:
    """A line of dates, times and stamp words only, pieces joined by "|" or "·" (the others
    may be a read time or a byline): "Published 07:50 BST, 11 April 2026 | Updated 11:05
    BST", "By Jane Moss · 4 May 2026 · 3 min read"."""
    pieces = [p.strip() for p in re.split(r"[|·•]", line) if p.strip()]
    has_stamp = False
    for piece in pieces:
        if READ_TIME.match(piece) or (len(pieces) > 1 and BYLINE.match(piece)):
            continue
        words = re.findall(r"\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
                           r"|\d{1,2}/\d{1,2}/\d{2,4}|[\w.]+|,", piece)
        if not words or not all(_STAMP_PIECE.match(w.rstrip(":")) or w == ":" for w in words):
            return False
        has_stamp = has_stamp or any(ch.isdigit() for ch in piece)
    return has_stamp


def _is_pull_quote(text: str, start: int, end: int, line: str) -> bool:
    """The line is one quotation (a speaker's tag may follow) whose words the article
    quotes earlier: the later copy is the pull quote."""
    if line[0] not in _OPEN_QUOTES:
        return False
    close = max(line.rfind(q) for q in _CLOSE_QUOTES)
    if close <= 1:
        return False
    words = line[1:close].strip(" ,.;:!?")
    if len(words.split()) < MIN_PULL_QUOTE_WORDS:
        return False
    return words in text[:start]
