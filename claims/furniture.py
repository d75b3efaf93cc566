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
_NAMES = rf"{_NAME}(?:(?:,| and) {_NAME})*(?: in {_NAME}(?:(?:,| and) {_NAME})*)?"
CREDITS = re.compile(rf"^{_CREDIT} {_NAMES}(?:\s*[;,.]\s*(?:and )?{_CREDIT} {_NAMES})*\.?$")
# "The Agency contributed to this report.", "Jo Amadi contributed reporting from Paris."
CONTRIBUTED = re.compile(
    rf"^{_NAMES} contributed (?:reporting|to this (?:report|story|article))(?: from {_NAMES})?\.?$")
READ_TIME = re.compile(r"^(?:\d{1,3}[ \u00a0-]?min(?:ute)?s?\.? (?:read|listen)"
                       r"|(?:Est(?:imated|\.)? )?reading time:? \d{1,3} min(?:ute)?s?)$", re.I)
# "2 hours ago", "Updated 3 days ago": a stamp relative to the page's reading
_RELATIVE_STAMP = re.compile(
    r"\b\d{1,3} (?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month)s? ago\b", re.I)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
_STAMP_WORDS = (r"(?:last |first )?(?:updated|published|posted|modified|created|edited)"
                r"(?: on| at)?:?")
# one piece of a time stamp: a date, a time, a zone, a weekday, a stamp word, "at", "on"
_STAMP_PIECE = re.compile(
    rf"^(?:{_STAMP_WORDS}|{_MONTH}|{_WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}"
    rf"(?:\s?[ap]\.?m\.?)?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:]+Z?)?"
    rf"|[ap]\.?m\.?|(?-i:[A-Z]{{0,3}}S?T|UTC)|last|first|at|on|,)$", re.I)
# captions end in a credit: "... Photo: A. Reed/Valley Courier", "(Photo by Ken Ostrow)"
CAPTION = re.compile(
    r"(?:(?:^|[.!?)]\s+)(?:Photo(?:graph)?s?|Image|Picture|Illustration|Credit|Video)"
    r"(?: credit)?:\s*[^!?]{1,60}$"
    r"|\((?:Photo(?:graph)?|Image|Picture|Credit)s?(?: by|:)\s*[^)]{1,60}\)\s*$"
    r"|^Pictured:\s|^(?:Image|Media|Video) (?:caption|source),\s)")
# a photo credit alone on a line: "Agency via Picture Desk Images", "Picture Desk Images"
PHOTO_CREDIT = re.compile(r"^(?:[A-Z][\w.&'’/\-]*(?: [A-Z][\w.&'’/\-]*){0,3} via )?"
                          r"[A-Z][\w.&'’/\-]*(?: [A-Z][\w.&'’/\-]*){0,3} Images$")
# a gallery's counter: "Image 1 of 12", "3 of 12", "1/12"
GALLERY = re.compile(r"^(?:(?:Image|Photo|Picture|Slide) )?\d{1,3}(?: of |/)\d{1,3}$", re.I)
# link, share and page lines: "Related: ...", "Share this article", "Comments (12)"
PAGE_LINE = re.compile(
    r"^(?:(?:Related|Read more|Read also|See also|More on this story|More from \w+|Topics|Tags"
    r"|Watch|Listen|Also read|Most read|Recommended|Our standards)\s*[:|]"
    r"|(?:Share|Save|Print|Email|Comments?)(?: this (?:article|story|page))?$"
    r"|Listen to this (?:article|story)|(?:Story|Article) continues below"
    r"|Continue reading(?: the main story)?$|Skip (?:advertisement|to main content)$"
    r"|(?:Show|Hide|Toggle) caption$|Enlarge this image$|Copy link$"
    r"|Advertisement$|Most (?:read|popular|viewed)$|Comments? \(\d+\)$|©"
    r"|\(c\) \d{4}(?! (?-i:[a-z]))|Copyright (?:©\s?|\(c\) )?\d{4})", re.I)
# a link's label before another story's headline: "READ MORE | Union votes to strike with
# 97% in favour" is the outlet's own headline, a claim like any other; the label is not
LINK_LABEL = re.compile(r"^(?:Related|Read more|Read also|See also|More on this story|Also read"
                        r"|Recommended)\s*[:|]\s*(?=\S+(?: \S+){3})", re.I)
# a call to the reader: "Share this article", "Sign up for our newsletter", "Follow us on X";
# "Share this with your neighbours, the fire chief urged" is a quotation of one
CALL_LINE = re.compile(r"^(?:Share (?:this|on|via) |Sign up (?:to|for) |Subscribe (?:to|for|now)"
                       r"|Follow us )", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|tells|urged|urges|added|adds|warned|warns"
                        r"|according to)\b", re.I)
BREADCRUMB = re.compile(r"^[^.!?]{1,40}(?: [›»>] [^.!?]{1,40}){2,}$")
# "This article was amended on 5 May to correct ...", "Correction, 15 September: ...",
# "An earlier version of this story said ..."
CORRECTION = re.compile(
    r"^(?:(?i:correction|clarification|editor['’]s note)(?:,? (?:on )?[\w ]{0,20}\d[\w ]{0,12})?"
    r"\s*[:—–\-]"
    r"|This (?:article|story|report|piece)(?: has been| was| is being) (?:amended|corrected"
    r"|updated|changed|edited)\b(?! by\b)"
    r"|An earlier version of this (?:article|story|report|piece)\b)")
_OPEN_QUOTES = "\"“'‘"
_CLOSE_QUOTES = "\"”'’"
MIN_PULL_QUOTE_WORDS = 3
# After a pull quote at most a speaker's tag: "said Jane Moss, the team's leader".
MAX_PULL_QUOTE_TAG_WORDS = 8


# Lines of text above a wire dateline at most: a headline, a standfirst, a byline, a stamp.
HEAD_LINES = 5
# Below the text's first line a dateline needs its place in capitals or an agency in brackets
# ("LONDON, May 4 (Agency) - ", "DUNMERE - "): "In March, the Watchdog - the schools
# inspectorate - rated ..." opens a sentence whose subject the "Town, Region - " form would
# blank. A place in capitals alone, with no agency, is no dateline below a reported sentence
# ("... officials said. / TREATY - not its members - will decide").
_WIRE_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.'’\-]+\b|.*[(/])")
_AGENCY_DATELINE = re.compile(r".*[(/]")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every line of `text` that is page furniture, in order, and of a
    wire dateline that opens the first prose line below a headline and byline."""
    spans = []
    head = 0
    reported = False  # a head line above is a reported sentence
    for start, end in _lines(text):
        line = text[start:end].replace("\u00a0", " ").strip()
        if not line:
            continue
        link = LINK_LABEL.match(line)
        if link:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            spans.append((start, start + lead + link.end()))
        elif _is_furniture(line) or _is_pull_quote(text, start, end, line):
            spans.append((start, end))
        elif head is not None:
            head = _after_head_line(text, start, end, head, spans, reported)
            reported = reported or bool(_REPORTING.search(line)) and line[-1] in ".!?\"”"
    return spans


def _after_head_line(text: str, start: int, end: int, head: int,
                     spans: list[tuple[int, int]], reported: bool) -> int | None:
    """"Headline / By Jane Moss / LONDON, May 4 (Agency) - The company said ...": the
    dateline is not at the text's start, where `claims.datelines` reads it, but opens the
    first line of prose. Adds its span; None once the head is past (the first prose line,
    or HEAD_LINES lines)."""
    if head == 0 and start == len(text) - len(text.lstrip()):
        return 1  # the text's own first line: claims.datelines reads a dateline there
    line = text[start:end]
    dateline = dateline_end(line)
    if dateline and _WIRE_DATELINE.match(line[:dateline]) and (
            not reported or _AGENCY_DATELINE.match(line[:dateline])):
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
                             or BREADCRUMB.match(line) or PHOTO_CREDIT.match(line)
                             or GALLERY.match(line)
                             or (CALL_LINE.match(line) and not _REPORTING.search(line))):
        return True
    if len(line) <= 200 and (CREDITS.match(line) or CONTRIBUTED.match(line)
                             or CAPTION.search(line)):
        return True
    return bool(CORRECTION.match(line))


def _is_time_stamp(line: str) -> bool:
    """A line of dates, times and stamp words only, pieces joined by "|" or "·" (the others
    may be a read time or a byline): "Published 07:50 BST, 11 April 2026 | Updated 11:05
    BST", "By Jane Moss · 4 May 2026 · 3 min read"."""
    relative = _RELATIVE_STAMP.sub(" ", line)
    pieces = [p.strip() for p in re.split(r"[|·•]", relative) if p.strip()]
    has_stamp = relative != line
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
    if len(re.findall(r"\w+", line[close + 1:])) > MAX_PULL_QUOTE_TAG_WORDS:
        return False  # '"We will rebuild," he said, adding that 60 staff ...' goes on
    return words in text[:start]
