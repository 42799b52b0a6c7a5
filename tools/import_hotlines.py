#!/usr/bin/env python3
"""Generate Haven's crisis-line directory from the shared reference data.

How to run (Python 3.11+; needs the `phonenumbers` package from PyPI):

    python3 -m venv /tmp/imp && /tmp/imp/bin/pip install phonenumbers
    /tmp/imp/bin/python tools/import_hotlines.py /path/to/hotlines-reference.json

or, where `phonenumbers` is already installed for the system interpreter:

    python3 tools/import_hotlines.py /path/to/hotlines-reference.json

Options: `--root DIR` writes into another checkout (default: the repository this file is in);
`--countries-ftl` also writes `locales/en/countries.ftl` (see below).

What it writes (and overwrites on every run; the output is sorted, so re-runs are stable):

* `data/hotlines/<CC>.toml` - one file per reference record. Every existing `*.toml` in that folder
  is deleted first.
* `locales/en/countries.ftl` - only with `--countries-ftl`: `country-<CC> = <country_name>` for every
  record. Off by default since commit 390e66f replaced that file with CLDR country names (ICU4X); an
  unused en-only file would show up as 246 missing translations in every other locale.
* `locales/en/hotlines.ftl` - the hand-written `hotline-befrienders-worldwide` message (kept verbatim at
  the top) followed by one generated description per line id. Descriptions are built from templates over
  the line's structured facts (topics, channels, hours, audience); no text of the reference's
  descriptions or notes is copied, and they contain no phone numbers, URLs or braces.
* `locales/{es,fr,de,pt-BR,ar}/hotlines.ftl` - the same message ids in Spanish, French, German,
  Brazilian Portuguese and Arabic. These are machine-generated translations: the same facts rendered
  by per-language phrase tables (`TRANSLATIONS`), not a translation service and not reviewed text.
  Their review status is recorded by hand in each locale's `locale.toml`, which this script never
  writes; nothing else in those folders is touched.

The TOML is written by a small emitter in this file (no `tomli_w`); every file is re-parsed with
`tomllib` and compared with what was meant to be written before the run ends.

Nothing is invented: phone strings, URLs, hours and dates all come from the reference. Where the
reference is unclear an optional field is left out and the reason goes into the maintainer `note`.
The rules are documented next to the code that applies them; see also `hotlines-sources.md`, which
travels with the reference file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

try:
    import phonenumbers
    from phonenumbers import shortnumberinfo
except ImportError:  # pragma: no cover - the docstring says how to install it
    sys.exit("tools/import_hotlines.py needs the `phonenumbers` package: pip install phonenumbers")

# --------------------------------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------------------------------

# Date of each source's content (hotlines-sources.md, "Sources used").
W21_DATE = dt.date(2021, 7, 8)
W26_DATE = dt.date(2026, 8, 8)  # revision 1363635917 (crisis lines) / 1362829639 (emergency list)
FAH_DATE = dt.date(2023, 12, 1)
W26_REVISIONS = ("rev 1363635917", "rev 1362829639")
# The earliest page date among the reference's official/press pages ("2013-2026"). A P page with no
# readable date and no stated introduction date is given this, the oldest plausible reading.
P_EARLIEST = dt.date(2013, 1, 1)
# Lines not confirmed by a source newer than 24 months before 2026-11-25 are kept but not served.
SERVED_SINCE = dt.date(2024, 11, 25)

TOPICS = [
    "suicide", "crisis", "depression", "self-harm", "domestic-violence", "sexual-abuse", "lgbtq",
    "youth", "children", "veterans", "substance-use", "seniors", "emotional-support",
]
ISSUE_TOPICS = ["suicide", "crisis", "depression", "self-harm", "domestic-violence", "sexual-abuse", "substance-use"]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

W26_CRISIS_NAME = "National crisis line (Wikipedia list)"

# Main IANA zone for countries whose lines have explicit opening times. Countries spanning several
# zones (US, CA, AU, BR, RU, MX, ID, ...) are deliberately absent: their weekly hours become `unknown`.
TIMEZONES = {
    "AR": "America/Argentina/Buenos_Aires",
    "EC": "America/Guayaquil",
    "EE": "Europe/Tallinn",
    "GB": "Europe/London",
    "IN": "Asia/Kolkata",
    "IR": "Asia/Tehran",
    "IT": "Europe/Rome",
    "JP": "Asia/Tokyo",
    "LB": "Asia/Beirut",
    "MU": "Indian/Mauritius",
    "MY": "Asia/Kuala_Lumpur",
    "PT": "Europe/Lisbon",
    "RS": "Europe/Belgrade",
    "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
}

# Languages, only where the reference says so explicitly. Each entry names the evidence, which the
# importer checks is really in the line's name or notes (so a changed reference fails loudly).
# (country, line name, phone or None for any, evidence text, BCP 47 tags)
LANGUAGE_EVIDENCE = [
    ("AE", "Mental Support Line (National Programme for Happiness and Wellbeing)", None, "Arabic and English", ["ar", "en"]),
    ("BE", "Community Help Centre Helpline", None, "Helpline in English", ["en"]),
    ("BH", W26_CRISIS_NAME, "3844 7588", "label: English", ["en"]),
    ("BH", W26_CRISIS_NAME, "6671 0901", "label: Arabic", ["ar"]),
    ("CA", "9-8-8: Suicide Crisis Helpline", None, "(English and French)", ["en", "fr"]),
    ("CA", "Kids Help Phone", None, "in both English and French", ["en", "fr"]),
    ("CA", "Crisis Text Line (Kids Help Phone)", None, "HOME (English) or PARLER (French)", ["en", "fr"]),
    ("EE", "Eluliin", "655 5688", "655 5688 Russian", ["ru"]),
    ("FI", "Kriisipuhelin", None, "Finnish-language support", ["fi"]),
    ("FI", "Arabian- ja Englanninkielinen Kriisipuhelin", None, "Arabian- ja Englanninkielinen", ["ar", "en"]),
    ("FI", "Kriisipuhelin - Svenska", None, "Kriisipuhelin - Svenska", ["sv"]),
    ("FI", "Finnish Association for Mental Health", "010 195 202", "010 195 202 Finnish", ["fi"]),
    ("FR", "SOS Help - emotional support in English in France", None, "emotional support in English", ["en"]),
    ("GB", "Samaritans - Welsh Language Line", None, "Welsh Language Line", ["cy"]),
    ("HK", "The Samaritan Befrienders Hong Kong", None, "Cantonese / English", ["yue", "en"]),
    ("HK", "Suicide Prevention Hotline 生命熱綫", None, "Cantonese", ["yue"]),
    ("JP", "TELL Lifeline", None, "English-language Lifeline service", ["en"]),
    ("MU", "Befrienders Mauritius", None, "for English and French speakers", ["en", "fr"]),
    ("TH", "Samaritans of Thailand (English)", None, "for English speakers", ["en"]),
    ("US", "SAMHSA's National Helpline", None, "in English and Spanish", ["en", "es"]),
    ("US", "Su Familia", None, "in Spanish and English", ["es", "en"]),
    ("US", "Nacional de Prevención del Suicidio", None, "Spanish-language line", ["es"]),
]
LANGUAGE_NAMES = {
    "ar": "Arabic", "cy": "Welsh", "en": "English", "es": "Spanish", "fi": "Finnish", "fr": "French",
    "ru": "Russian", "sv": "Swedish", "yue": "Cantonese",
}

# Clearly national suicide/crisis lines named in hotlines-sources.md ("Known changes"), by
# (country, line name). W26's national crisis lines, and lines W26 lists under the same number,
# are national as well; see `is_national`.
NATIONAL_NAMED = {
    ("US", "988 Suicide & Crisis Lifeline"),
    ("CA", "9-8-8: Suicide Crisis Helpline"),
    ("GB", "Samaritans"),
    ("IE", "Samaritans (Ireland)"),
    ("KR", "자살예방 상담전화 (Suicide prevention counselling line)"),
    ("BR", "Centro de Valorização da Vida (CVV)"),
    ("NL", "113 Zelfmoordpreventie"),
    ("ES", "024 – Línea de atención a la conducta suicida"),
    ("FR", "3114 – numéro national de prévention du suicide"),
    ("CL", "Línea de Prevención del Suicidio"),
    ("IN", "Tele-MANAS"),
    ("MY", "Talian HEAL"),
    ("PH", "NCMH Crisis Hotline"),
}

BEFRIENDERS_MESSAGE = (
    "hotline-befrienders-worldwide = Befrienders Worldwide links to emotional support centres around the "
    "world. Use its directory to find a centre near you."
)

GENERATED_HEADER = "Generated by tools/import_hotlines.py from hotlines-reference.json. Do not edit by hand."

# --------------------------------------------------------------------------------------------------
# Sources and dates
# --------------------------------------------------------------------------------------------------


def source_family(source: str) -> str:
    """W21, W26, W26E, FAH or P (hotlines-sources.md, "Sources used")."""
    if "sashabaranov/suicide-hotlines" in source:
        return "W21"
    if "fernando-195/emergency-and-helplines-api" in source:
        if not any(rev in source for rev in W26_REVISIONS):
            raise SystemExit(f"unexpected Wikipedia revision (its date is unknown): {source}")
        return "W26E" if "List_of_emergency_telephone_numbers" in source else "W26"
    if "findahelpline.com" in source:
        return "FAH"
    return "P"


FIXED_DATES = {"W21": W21_DATE, "W26": W26_DATE, "W26E": W26_DATE, "FAH": FAH_DATE}

DATE_RE = r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?"


def read_date(match: re.Match) -> tuple[dt.date, bool]:
    """A date from a match of DATE_RE; the flag says it was partial (read as its first day)."""
    year, month, day = match.group(1), match.group(2), match.group(3)
    date = dt.date(int(year), int(month or 1), int(day or 1))
    return date, not (month and day)


def p_page_date(line: dict) -> tuple[dt.date, str | None]:
    """The content date of an official/press page, and a maintainer remark when it is not exact.

    Order: the page date in `notes`; a date in the `status` text; the date the number was introduced
    ("Opened", "launched", "introduced", "since", "from"); else the oldest plausible reading.
    """
    notes = line.get("notes") or ""
    status = line.get("status") or ""
    match = re.search(r"page date: " + DATE_RE, notes)
    if match is None and status:
        match = re.search(r"\b" + DATE_RE + r"\b", status)
    if match is not None:
        date, partial = read_date(match)
        remark = f"page date {match.group(0).split(': ')[-1]} read as {date} (earliest reading)" if partial else None
        return date, remark
    match = re.search(r"(?:[Oo]pened|[Ll]aunched(?: nationwide)?|introduced|since|from) " + DATE_RE, notes)
    if match is not None:
        date, partial = read_date(match)
        remark = f"no page date in the reference; verified from the date the number was introduced ({date})"
        return date, remark
    remark = (
        f"no page date in the reference; verified set to {P_EARLIEST}, the oldest plausible reading "
        "(the reference's official/press pages date from 2013 to 2026)"
    )
    return P_EARLIEST, remark


def entry_date(source: str, notes: str | None) -> dt.date | None:
    family = source_family(source)
    if family in FIXED_DATES:
        return FIXED_DATES[family]
    match = re.search(r"page date: " + DATE_RE, notes or "")
    return read_date(match)[0] if match else None


# --------------------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------------------


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch in "0123456789")


def written_international(text: str) -> bool:
    """The source wrote the number with a leading + (possibly inside a parenthesis)."""
    return text.lstrip(" (").startswith("+")


def parse_full_number(value: str, cc: str):
    """A phonenumbers object for a full number valid in `cc`, or None.

    Short codes (988, 116 123, 3114, 024, *4141 ...) never qualify: the number must be valid for the
    region, must not be a short number there, and must have at least 7 national digits.
    """
    if cc not in phonenumbers.SUPPORTED_REGIONS or value.strip().startswith(("*", "#")):
        return None
    digits = digits_of(value)
    if len(digits) < 7:
        return None
    attempts = ["+" + digits if written_international(value) else digits]
    code = str(phonenumbers.country_code_for_region(cc))
    if not written_international(value) and digits.startswith(code):
        attempts.append("+" + digits)  # written with the country code but without the plus
    for attempt in attempts:
        try:
            number = phonenumbers.parse(attempt, cc)
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number_for_region(number, cc)
            and not shortnumberinfo.is_valid_short_number_for_region(number, cc)
            and len(phonenumbers.national_significant_number(number)) >= 7
        ):
            return number
    return None


def number_forms(value: str, cc: str) -> set[str]:
    """Comparable forms of a phone string: digits; digits without country prefix and leading zeros;
    and the E.164 form where phonenumbers can read one (valid or not)."""
    digits = digits_of(value)
    forms = {digits}
    code = str(phonenumbers.country_code_for_region(cc)) if cc in phonenumbers.SUPPORTED_REGIONS else ""
    stripped = digits[2:] if digits.startswith("00") else digits
    if code and stripped.startswith(code) and len(stripped) - len(code) >= 6:
        forms.add(stripped[len(code):].lstrip("0"))
    if len(digits.lstrip("0")) >= 6:
        forms.add(digits.lstrip("0"))
    if cc in phonenumbers.SUPPORTED_REGIONS and len(digits) >= 6:
        for attempt in {("+" + digits) if written_international(value) else digits, "+" + stripped}:
            try:
                number = phonenumbers.parse(attempt, cc)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                forms.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return {form for form in forms if form}


def same_number(a: str | None, b: str | None, cc: str) -> bool:
    """Same digits, allowing for the country prefix and a trunk zero (hotlines-sources.md, rule 1).
    The looser "last 8 digits" rule the reference used for grouping is not applied here."""
    if not a or not b:
        return False
    if digits_of(a) == digits_of(b):
        return True
    return bool(number_forms(a, cc) & number_forms(b, cc))


US_STYLE = re.compile(r"^\(\d{3,4}\) \d{2,3}-\d{2,4}$")
NANP_CODE = 1


def display_for(value: str, number, fah: bool) -> str:
    """A tidy display form. Reformatting happens only when phonenumbers has validated the number, the
    written form is untidy (findahelpline's US-style re-format outside the NANP, a bare run of digits,
    or a country code written without the plus) and the new form has exactly the same digits (no
    trunk prefix added or dropped). Otherwise the source's form is kept, with whitespace and dashes
    between digits normalised."""
    tidy = re.sub(r"\s+", " ", value.strip())
    tidy = re.sub(r"(?<=\d)\s*–\s*(?=\d)", "-", tidy)
    if number is None:
        return tidy
    digits = digits_of(value)
    code = str(number.country_code)
    us_style_abroad = fah and bool(US_STYLE.match(tidy)) and number.country_code != NANP_CODE
    bare = tidy.lstrip("+").isdigit() and len(digits) >= 7
    code_without_plus = (
        not written_international(value) and digits.startswith(code) and number.country_code != NANP_CODE
    )
    if not (us_style_abroad or bare or code_without_plus):
        return tidy
    international = written_international(value) or code_without_plus or digits.startswith("00")
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if international else phonenumbers.PhoneNumberFormat.NATIONAL
    formatted = phonenumbers.format_number(number, fmt)
    same_digits = digits_of(formatted) == (digits[2:] if digits.startswith("00") else digits)
    return formatted if same_digits else tidy


def dial_string(value: str, number, number_code: str | None = None) -> str:
    """Digits for a tel:/sms: link: +E.164 for a validated full number; otherwise the digits as written,
    keeping a leading + (the source's international form) or a leading * (part of the number, e.g.
    Chile's *4141: dropping it would dial a different number)."""
    if number is not None:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    stripped = value.strip()
    if number_code is not None and re.match(rf"\(\s*{number_code}\s*\)", stripped):
        return "+" + digits_of(value)  # "(249) 11-555-253": the country code in brackets
    prefix = "+" if written_international(value) else ("*" if stripped.startswith("*") else "")
    return prefix + digits_of(value)


def phone_channel(kind: str, value: str, cc: str, fah: bool) -> dict:
    number = parse_full_number(value, cc)
    display = display_for(value, number, fah)
    code = phonenumbers.country_code_for_region(cc) if cc in phonenumbers.SUPPORTED_REGIONS else 0
    number_code = str(code) if code and code != NANP_CODE else None
    if kind == "sms" and number is None and re.fullmatch(r"\d{3}-\d{2,3}", value.strip()):
        display = value.strip().replace("-", " ")  # short codes such as 741-741 read as "741 741"
    channel = {
        "kind": kind,
        "value": value,
        "display": display,
        "link": ("tel:" if kind == "phone" else "sms:") + dial_string(value, number, number_code),
    }
    if number is not None:
        channel["e164"] = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return channel


def split_phone(raw: str) -> tuple[list[str], str | None]:
    """Numbers in one phone string, and a remark when the string was not split.

    A slash separates two numbers only when the left side is a full number (7+ digits). The split is
    unambiguous only when the right side is a full number too; an abbreviated tail such as
    "03-79568145/8144" keeps the first full number and the raw string goes to the note.
    """
    for separator in ("/", ",", ";"):
        if separator not in raw:
            continue
        parts = [part.strip() for part in raw.split(separator)]
        if len(digits_of(parts[0])) < 7:
            continue  # "0800/1110111": area-code style, one number
        if all(len(digits_of(part)) >= 7 for part in parts):
            return parts, None
        return [parts[0]], f"phone written as '{raw}'; only the first full number is used"
    return [raw], None


SMS_KEYWORD = re.compile(r"^(?:Text\s+)?(?P<keyword>[A-Z]+(?:\s+or\s+[A-Z]+)*)\s+to\s+(?P<number>[\d\s\-]+)$")


def sms_parts(raw: str) -> tuple[str, str | None]:
    match = SMS_KEYWORD.match(raw.strip())
    if match:
        return match.group("number").strip(), match.group("keyword")
    return raw.strip(), None


# --------------------------------------------------------------------------------------------------
# Hours
# --------------------------------------------------------------------------------------------------

ALWAYS = re.compile(r"^(24/7|24 ?hours?\b|24-hour|24h\b|24h/24|24時間|any time)", re.IGNORECASE)
TIME = r"(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*(?:h\b|a\.\s?m\.|p\.\s?m\.|am\b|pm\b)?)"
RANGE = re.compile(rf"({TIME})\s*(?:–|-|to)\s*({TIME})", re.IGNORECASE)
DAY_NAMES = {
    "mon": 0, "monday": 0, "tue": 1, "tuesday": 1, "wed": 2, "wednesday": 2, "thu": 3, "thursday": 3,
    "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
EVERY_DAY = re.compile(r"\b(daily|all days|every ?day|7 days a week|mon\s*[–-]\s*sun)\b", re.IGNORECASE)
DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
DAY_SPEC = re.compile(rf"\b{DAY}(?:\s*[–/-]\s*{DAY})*\b", re.IGNORECASE)


def parse_clock(token: str, closing: bool) -> int | None:
    token = token.strip().lower()
    if token == "midnight":
        return 24 * 60 if closing else 0
    if token == "noon":
        return 12 * 60
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*(h|a\.\s?m\.|p\.\s?m\.|am|pm)?", token)
    if not match:
        return None
    hour, minute, suffix = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").replace(".", "").replace(" ", "")
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif suffix != "h" and match.group(2) is None:
        return None  # a bare "7" is not a time
    if hour > 24 or minute > 59:
        return None
    total = hour * 60 + minute
    if closing and total == 0:
        total = 24 * 60  # "12am" / "00:00" as a closing time is midnight
    return total


def parse_days(text: str) -> list[int] | None:
    if EVERY_DAY.search(text):
        return list(range(7))
    specs = DAY_SPEC.findall(text)
    if not specs:
        return None
    days: list[int] = []
    for spec in specs:
        for chunk in spec.split("/"):
            ends = [part.strip().lower() for part in re.split(r"[–-]", chunk)]
            try:
                indexes = [DAY_NAMES[end] for end in ends]
            except KeyError:
                return None
            if len(indexes) == 1:
                days.append(indexes[0])
            else:
                start, end = indexes[0], indexes[-1]
                span = range(start, end + 1) if start <= end else [*range(start, 7), *range(0, end + 1)]
                days.extend(span)
    return sorted(set(days))


def clock_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


FILLER = re.compile(r"^(free|toll-free|no cost|anonymous|including holidays|365 days)$", re.IGNORECASE)


def parse_weekly(text: str) -> list[dict] | None:
    """Slots from explicit opening times, or None when anything is unclear."""
    pieces = [piece.strip() for piece in re.split(r"[;,]", text) if piece.strip()]
    parsed = []
    for piece in pieces:
        if FILLER.match(piece):
            continue
        ranges = []
        for match in RANGE.finditer(piece):
            open_, close = parse_clock(match.group(1), False), parse_clock(match.group(2), True)
            if open_ is None or close is None or open_ == close % (24 * 60) and open_ != 0:
                return None
            ranges.append((open_, close))
        remainder = RANGE.sub(" ", piece)
        full_day = re.search(r"\b24 ?h\b", remainder, re.IGNORECASE)
        if full_day:
            ranges.append((0, 24 * 60))
            remainder = remainder.replace(full_day.group(0), " ")
        days = parse_days(remainder)
        leftover = DAY_SPEC.sub(" ", EVERY_DAY.sub(" ", remainder))
        if re.sub(r"[\s/&–-]|and", "", leftover, flags=re.IGNORECASE):
            return None  # words we do not understand
        if not ranges and days is None:
            return None
        parsed.append([days, ranges])
    # A piece with days but no times belongs to a neighbour with times but no days.
    for index, piece in enumerate(parsed):
        if piece[1] or piece[0] is None:
            continue
        for other in (index + 1, index - 1):
            if 0 <= other < len(parsed) and parsed[other][1] and parsed[other][0] is None:
                parsed[other][0] = piece[0]
                break
        else:
            return None
    slots = []
    for days, ranges in parsed:
        for open_, close in ranges:
            slots.append({
                "days": [DAYS[day] for day in (days if days is not None else range(7))],
                "open": clock_text(open_),
                "close": clock_text(close),
            })
    return slots or None


def parse_hours(hours: str, line: dict, phone: str | None, cc: str) -> tuple[dict, str | None]:
    """The hours table for a line, and a maintainer remark when the text could not be represented."""
    text = hours.strip()
    notes = line.get("notes") or ""
    if not text:
        return {"kind": "unknown"}, None
    if ALWAYS.match(text):
        if "weekday" in notes.lower():
            return {"kind": "unknown"}, f"hours '{text}' but the source text limits them to weekdays; left unknown"
        return {"kind": "always"}, None
    if FILLER.match(text):
        return {"kind": "unknown"}, None
    if re.search(r"\(per \d{4} report\)", text):
        return {"kind": "unknown"}, f"hours as given: '{text}'; an old report, left unknown"
    # Per-number schedules: "0570: 10:00–22:00 daily; 0120: ..." and "... (green line 800 209 899: 9pm–12am)".
    digits = digits_of(phone or "")
    per_number = re.findall(r"(?:^|;\s*)(\d{3,4}): ([^;]+)", text)
    if per_number:
        chosen = [schedule for prefix, schedule in per_number if digits.startswith(prefix)]
        text_for_line = chosen[0] if len(chosen) == 1 else None
    else:
        text_for_line = text
        green = re.search(r"\((?:[a-z ]+ )?([\d ]{7,}): ([^)]+)\)", text)
        if green:
            text_for_line = green.group(2) if digits_of(green.group(1)) == digits else text[: green.start()].strip()
    if text_for_line is None or re.search(r"each month|holiday", text_for_line, re.IGNORECASE):
        return {"kind": "unknown"}, f"hours as given: '{text}'; not a weekly schedule, left unknown"
    slots = parse_weekly(text_for_line)
    if slots is None:
        return {"kind": "unknown"}, f"hours as given: '{text}'; not read unambiguously, left unknown"
    zone = TIMEZONES.get(cc)
    if zone is None:
        return {"kind": "unknown"}, f"hours as given: '{text}'; no single time zone for {cc}, left unknown"
    return {"kind": "weekly", "timezone": zone, "slots": slots}, None


# --------------------------------------------------------------------------------------------------
# Topics, audience, free, national
# --------------------------------------------------------------------------------------------------

KEYWORDS = {
    "suicide": r"suicid|zelfmoord|selbstmord|självmord|selvmord|自杀|自殺|자살|samobój|самоуб|суицид|vetëvras|itsemurh|sebevra|öngyilk|αυτοκτον|आत्महत्या",
    "crisis": r"\bcrisis|\bcrisi\b|\bkrise|\bkriis|\bkriz|\bcrise\b|кризис|危机|危機|위기",
    "depression": r"depres|dépress|抑郁",
    "self-harm": r"self[- ]?harm|self[- ]?injur|självskad|selvskad",
    "domestic-violence": r"violen|gewalt|geweld|nasil|насил|暴力|smurt|maltrait",
    "sexual-abuse": r"sexual (?:violence|abuse|assault)|violences? sexuel|\brape\b|\bviols?\b|assault",
    "substance-use": r"alcohol|\bdrugs?\b|alcool|\bdrogas?\b|substance",
    "lgbtq": r"lgbt|\btrans\b|rainbow|homophob|queer|hbtq",
    "youth": r"youth|\bteens?\b|jeunes|jugend|jaunimo|nuorten|młodzież|\bmlad|adolesc|\bstudent|estudante|молод|青少年",
    "children": r"child|kinder|enfant|\bniñ|\bbarn\b|dzieci|\bdeti\b|copil|детей|儿童|兒童|vaik|børne|\bkids\b",
    "veterans": r"veteran|military|combat stress|british legion|marine corps",
    "seniors": r"elder|senior|older people|silver line|starsz|長者|长者",
}
FAH_TAGS = {"LGBTQ+": "lgbtq", "Youth": "youth", "Children": "children", "Veterans": "veterans", "Seniors": "seniors"}
AUDIENCE_TOPICS = {"lgbtq", "youth", "children", "veterans", "seniors"}


def fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).lower()


def fah_tags(notes: str) -> list[str]:
    match = re.search(r"topics/audience tags: ([^;]*)", notes)
    return [tag.strip() for tag in match.group(1).split(",")] if match else []


def keyword_topics(text: str) -> set[str]:
    haystack = text.lower() + " " + fold(text)
    return {topic for topic, pattern in KEYWORDS.items() if re.search(pattern, haystack)}


def derive_topics(line: dict, family: str, w26_crisis: bool) -> list[str]:
    """Topics from the fixed vocabulary.

    * W26's "National crisis line": suicide + crisis.
    * Issues (suicide, crisis, depression, ...): keywords in the name and notes, and in the notes
      other sources give for the same number.
    * Audience (lgbtq, youth, children, veterans, seniors): findahelpline's tags and the name for
      findahelpline lines (their truncated descriptions mention audiences loosely); the name and the
      line's own notes for the other sources.
    * No specific issue: emotional-support.
    """
    if w26_crisis:
        return ["suicide", "crisis"]
    notes = line.get("notes") or ""
    other_notes = [
        entry.get("notes") or "" for entry in line.get("also_listed_in", [])
        if entry.get("name") != W26_CRISIS_NAME
    ]
    issues = keyword_topics(" ".join([line["name"], notes, *other_notes])) - AUDIENCE_TOPICS
    if family == "FAH":
        audience = keyword_topics(line["name"]) & AUDIENCE_TOPICS
        audience |= {FAH_TAGS[tag] for tag in fah_tags(notes) if tag in FAH_TAGS}
    else:
        audience = keyword_topics(line["name"] + " " + notes) & AUDIENCE_TOPICS
    found = issues | audience
    if not issues:
        found.add("emotional-support")
    return [topic for topic in TOPICS if topic in found]


FREE_STRICT = re.compile(
    r"toll[- ]?free|freephone|free[- ]to[- ]caller|free[- ]?calls?\b|free to call|calls are free|free of charge|no cost|gratuit",
    re.IGNORECASE,
)


def is_free(line: dict, family: str) -> bool | None:
    """True where the source says the call is free. findahelpline's stock phrase "free and
    confidential support" describes the service, not the call, and does not count. Explicit cost
    ("calls cost") gives False. Otherwise unknown (left out)."""
    notes = line.get("notes") or ""
    own_words = notes
    for marker in ("description (truncated by site):", "source text:"):
        own_words = own_words.split(marker)[0]
    if re.search(r"\bcalls cost\b", notes):
        return False
    if re.search(r"\bfree\b|no cost|toll-free", line.get("hours") or "", re.IGNORECASE):
        return True
    if re.search(r"toll[- ]?free", line["name"], re.IGNORECASE):
        return True
    if family == "P" and re.search(r"\bfree\b|toll-free|freephone|no cost", own_words, re.IGNORECASE):
        return True
    if FREE_STRICT.search(notes):
        return True
    return None


LANGUAGE_EVIDENCE_USED: set[int] = set()


def languages_for(cc: str, line: dict) -> list[str]:
    """Languages from LANGUAGE_EVIDENCE, for a line whose name or notes hold the evidence text.
    (Several lines can share a name; only the one carrying the evidence gets the languages.)"""
    text = line["name"] + " " + (line.get("notes") or "")
    for position, (code, name, phone, evidence, languages) in enumerate(LANGUAGE_EVIDENCE):
        if code == cc and name == line["name"] and (phone is None or phone == line.get("phone")) and evidence in text:
            LANGUAGE_EVIDENCE_USED.add(position)
            return languages
    return []


def check_language_evidence_used() -> None:
    unused = [entry[:2] for position, entry in enumerate(LANGUAGE_EVIDENCE) if position not in LANGUAGE_EVIDENCE_USED]
    if unused:
        raise SystemExit(f"language evidence no longer found in the reference: {unused}")


# --------------------------------------------------------------------------------------------------
# Ids
# --------------------------------------------------------------------------------------------------

CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһјљњќѓѕџ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "a", "g", "q", "n",
     "o", "u", "u", "h", "j", "lj", "nj", "kj", "gj", "dz", "dz"],
))
GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
    ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y",
     "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"],
))
LATIN_SPECIAL = {"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "œ": "oe", "þ": "th", "ð": "d", "ı": "i"}


def ascii_words(text: str, table: dict[str, str] | None = None) -> str:
    out = []
    for ch in text.lower():
        if table and ch in table:
            out.append(table[ch])
            continue
        if ch in LATIN_SPECIAL:
            out.append(LATIN_SPECIAL[ch])
            continue
        decimal = unicodedata.decimal(ch, None)
        if decimal is not None:
            out.append(str(decimal))
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        out.append(base if base.isascii() and base.isalnum() else " ")
    return re.sub(r"[^a-z0-9]+", "-", "".join(out)).strip("-")


def slugify(name: str) -> str:
    slug = ascii_words(name)
    if not re.search(r"[a-z]", slug):
        transliterated = ascii_words(name, {**CYRILLIC, **GREEK})
        if re.search(r"[a-z]", transliterated):
            slug = transliterated
    return slug or "line"


def make_id(cc: str, name: str, used: set[str]) -> str:
    base = f"{cc.lower()}-{slugify(name)}"
    limit = 77  # room for a "-NN" suffix within the 80-character limit
    if len(base) > limit:
        base = base[:limit].rsplit("-", 1)[0]
    candidate, counter = base, 1
    while candidate in used:
        counter += 1
        candidate = f"{base}-{counter}"
    used.add(candidate)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", candidate) and len(candidate) <= 80, candidate
    return candidate


# --------------------------------------------------------------------------------------------------
# Emergency numbers
# --------------------------------------------------------------------------------------------------

SERVICES = ("ambulance", "fire", "police")


def build_emergency(record: dict) -> dict:
    value = record["emergency_number"]
    basis = record["emergency_number_basis"]
    lists = {"general": [], "police": [], "ambulance": [], "fire": []}
    notes: list[str] = []
    if basis.startswith("single/general number stated by:"):
        named = [name.strip() for name in basis.split(":", 1)[1].split(",") if name.strip()]
        numbers = [number.strip() for number in value.split(" / ")]
        confidence = "high" if len(named) >= 2 else "medium"
        if record.get("emergency_conflict"):
            confidence = "medium"  # the naming sources disagree on the number
        covers = [
            source.get("single_number_covers") for source in record["emergency_sources"]
            if source.get("single_number_covers") and "gov.uk/foreign-travel-advice" in source["source"]
        ]
        services = [service for service in SERVICES if covers and service in covers[0]]
        if named == ["FCO"] and services and len(services) < len(SERVICES):
            # FCDO's only statement says the number covers some services, not all: list it there.
            for service in services:
                lists[service] = numbers
            notes.append(f"FCDO travel advice says this number covers {covers[0]} only")
        else:
            lists["general"] = numbers
    elif basis.startswith("no single general number stated"):
        confidence = "medium"
        for part in value.split("; "):
            match = re.fullmatch(r"(.+?) \((ambulance|fire|police|Wikipedia ambulance/unified)\)", part.strip())
            if not match:
                raise SystemExit(f"{record['country']}: cannot read emergency entry {part!r}")
            number, label = match.groups()
            if label == "Wikipedia ambulance/unified":
                notes.append(f"Wikipedia's emergency list gives {number} as the ambulance or unified number")
            else:
                lists[label].append(number)
    elif basis.startswith("only source: Wikipedia emergency list"):
        confidence = "low"
        lists["general"] = [value]
        notes.append(
            "only Wikipedia's list of emergency numbers gives this number (the first number of its "
            "ambulance or unified cell), so it may reach the ambulance service only"
        )
        for source in record["emergency_sources"]:
            if source.get("detail"):
                notes.append(source["detail"])
    else:
        raise SystemExit(f"{record['country']}: unknown emergency basis {basis!r}")
    for key in ("emergency_note", "emergency_conflict", "code_note"):
        if record.get(key):
            notes.append(record[key])
    if not any(lists.values()):
        raise SystemExit(f"{record['country']}: no emergency number")
    emergency = {"general": lists["general"]}
    for service in ("police", "ambulance", "fire"):
        if lists[service]:
            emergency[service] = lists[service]
    emergency["confidence"] = confidence
    emergency["basis"] = basis
    if notes:
        emergency["note"] = "; ".join(notes)
    emergency["sources"] = [f"{source['claim']} — {source['source']}" for source in record["emergency_sources"]]
    if not emergency["sources"]:
        raise SystemExit(f"{record['country']}: no emergency source")
    return emergency


# --------------------------------------------------------------------------------------------------
# Lines
# --------------------------------------------------------------------------------------------------

SUPERSEDED_STATUS = re.compile(r"^(superseded|possibly superseded|legacy|status after \d{4} unknown)\b", re.IGNORECASE)


class Stats:
    def __init__(self) -> None:
        self.skipped_no_channel: list[str] = []
        self.unverified_by_age = 0
        self.superseded = 0
        self.unverified_no_replacement = 0
        self.whatsapp_not_sms: list[str] = []
        self.schemeless_urls: list[str] = []
        self.split_numbers: list[str] = []


def build_channels(cc: str, line: dict, remarks: list[str], stats: Stats, label: str) -> tuple[list[dict], str | None]:
    channels: list[dict] = []
    keyword = None
    fah = source_family(line["source"]) == "FAH"
    if line.get("phone"):
        numbers, remark = split_phone(line["phone"])
        if remark:
            remarks.append(remark)
            stats.split_numbers.append(label)
        for number in numbers:
            channels.append(phone_channel("phone", number, cc, fah))
    if line.get("sms"):
        value, keyword = sms_parts(line["sms"])
        notes = line.get("notes") or ""
        if re.search(r"WhatsApp\s+" + re.escape(value), notes):
            remarks.append(
                f"the reference's sms field '{line['sms']}' is a WhatsApp number per the notes; "
                "not published as an SMS channel"
            )
            stats.whatsapp_not_sms.append(label)
            keyword = None
        else:
            channels.append(phone_channel("sms", value, cc, fah))
            if keyword:
                remarks.append(f"text the keyword {keyword} (sms as given: '{line['sms']}')")
    url = line.get("url")
    if url:
        if re.match(r"https?://", url):
            display = re.sub(r"^https?://", "", url).rstrip("/")
            channels.append({"kind": "web", "value": url, "display": display, "link": url})
        else:
            remarks.append(f"url '{url}' has no scheme in the source; not published as a web channel")
            stats.schemeless_urls.append(label)
    return channels, keyword


def w26_label(notes: str) -> str | None:
    match = re.match(r"label: ([^;]+);", notes)
    return match.group(1).strip() if match else None


def is_national(cc: str, line: dict, family: str) -> bool:
    """W26's national crisis lines, lines W26 lists under the same number, and the named national
    suicide/crisis lines; not a line its page calls a city service."""
    notes = line.get("notes") or ""
    if "city line" in notes:
        return False  # W26 lists it, but the page says it is a city service
    if family == "W26" and line["name"] == W26_CRISIS_NAME:
        return True
    if (cc, line["name"]) in NATIONAL_NAMED:
        return True
    return any(
        source_family(entry["source"]) == "W26" and entry["name"] == W26_CRISIS_NAME
        and same_number(entry["phone"], line.get("phone"), cc)
        for entry in line.get("also_listed_in", [])
    )


def build_lines(record: dict, stats: Stats) -> list[dict]:
    cc = record["country"]
    used_ids: set[str] = set()
    built: list[dict] = []
    for index, line in enumerate(record["lines"]):
        label = f"{cc} {line['name']} {line.get('phone') or line.get('sms') or line.get('url') or ''}".strip()
        family = source_family(line["source"])
        remarks: list[str] = []
        channels, keyword = build_channels(cc, line, remarks, stats, label)
        if not channels:
            stats.skipped_no_channel.append(label)
            continue
        notes = line.get("notes") or ""

        # verified: the newest dated source confirming this number.
        if family == "P":
            verified, remark = p_page_date(line)
        else:
            verified, remark = FIXED_DATES[family], None
        own = verified
        for entry in line.get("also_listed_in", []):
            if not same_number(entry.get("phone"), line.get("phone"), cc):
                continue
            date = entry_date(entry["source"], entry.get("notes"))
            if date and date > verified:
                verified = date
        if remark:
            remarks.append(remark if verified == own else f"{remark}; a newer listing of the same number gives {verified}")
        elif verified != own:
            remarks.append(f"verified {verified} from a newer listing of the same number ({source_family_of_date(verified)})")

        w26_crisis = family == "W26" and line["name"] == W26_CRISIS_NAME
        topics = derive_topics(line, family, w26_crisis)
        hours, hours_remark = parse_hours(line.get("hours") or "", line, line.get("phone"), cc)
        if hours_remark:
            remarks.append(hours_remark)
        built.append({
            "index": index,
            "line": line,
            "family": family,
            "channels": channels,
            "keyword": keyword,
            "verified": verified,
            "topics": topics,
            "hours": hours,
            "remarks": remarks,
            "w26_label": w26_label(notes) if w26_crisis else None,
        })

    # Status: superseded lines point at the current line the status text names.
    for item in built:
        line = item["line"]
        status_text = line.get("status") or ""
        item["status"], item["replaced_by_index"] = "active", None
        if status_text:
            if not SUPERSEDED_STATUS.match(status_text):
                raise SystemExit(f"{cc} {line['name']}: unknown status {status_text!r}")
            named = {digits_of(token) for token in re.findall(r"\d[\d-]*\d|\d", status_text)}
            named = {token for token in named if len(token) != 8 or not token.startswith("20")}  # drop dates
            candidates = [
                other for other in built
                if other is not item and not other["line"].get("status")
                and any(channel["kind"] == "phone" and digits_of(channel["value"]) in named for channel in other["channels"])
            ]
            if candidates:
                item["status"], item["replaced_by_index"] = "superseded", candidates[0]["index"]
                stats.superseded += 1
            else:
                item["status"] = "unverified"
                item["remarks"].append("marked superseded by the reference, but the replacing line is not in this file")
                stats.unverified_no_replacement += 1
        elif item["verified"] < SERVED_SINCE:
            item["status"] = "unverified"
            item["remarks"].append(
                f"status unverified: the newest source confirming this number dates from {item['verified']}, "
                f"before {SERVED_SINCE} (24 months before 2026-11-25)"
            )
            stats.unverified_by_age += 1

    # National: W26 / named lines, and other numbers of the same service on the same page.
    for item in built:
        item["national_own"] = is_national(cc, item["line"], item["family"])
    for item in built:
        siblings = any(
            other["national_own"] and other["line"]["name"] == item["line"]["name"]
            and other["line"]["source"] == item["line"]["source"] and other["family"] == "P"
            for other in built
        )
        item["national"] = item["status"] != "superseded" and (item["national_own"] or siblings)

    # A line W26 lists as the national crisis number, or a named national suicide/crisis line (and the
    # other numbers of that service), is about suicide and crisis (W26's "National crisis line" rule).
    for item in built:
        if item["national"] and not {"suicide", "crisis"} <= set(item["topics"]):
            found = set(item["topics"]) | {"suicide", "crisis"}
            if found & set(ISSUE_TOPICS):
                found.discard("emotional-support")
            item["topics"] = [topic for topic in TOPICS if topic in found]

    # Ids, in reference order.
    for item in built:
        item["id"] = make_id(cc, item["line"]["name"], used_ids)
    by_index = {item["index"]: item for item in built}

    lines_out = []
    for item in built:
        line = item["line"]
        out: dict = {"id": item["id"]}
        # The 2026 Wikipedia parse lost organisation names; leave `name` out rather than
        # serve a made-up one. Haven shows a localized generic label instead.
        if line["name"] != W26_CRISIS_NAME:
            out["name"] = line["name"]
        out["status"] = item["status"]
        if item["status"] == "superseded":
            out["replaced_by"] = by_index[item["replaced_by_index"]]["id"]
        if item["national"]:
            out["national"] = True
        out["topics"] = item["topics"]
        languages = languages_for(cc, line)
        if languages:
            out["languages"] = languages
        free = is_free(line, item["family"])
        if free is not None:
            out["free"] = free
        out["source"] = line["source"]
        also = [f'{entry["source"]} (as "{entry["name"]}", {entry["phone"]})' for entry in line.get("also_listed_in", [])]
        if also:
            out["also_listed_in"] = also
        note_parts = [part for part in (line.get("notes"), line.get("status"), line.get("conflict")) if part]
        note_parts += [f"importer: {remark}" for remark in item["remarks"]]
        if note_parts:
            out["note"] = "; ".join(note_parts)
        out["verified"] = item["verified"].isoformat()
        out["confidence"] = line["confidence"]
        out["hours"] = item["hours"]
        out["channels"] = item["channels"]
        out["_facts"] = description_facts(item, out)
        out["_description"] = describe_en(out["_facts"])
        lines_out.append(out)
    return lines_out


def source_family_of_date(date: dt.date) -> str:
    return {W26_DATE: "Wikipedia 2026", FAH_DATE: "findahelpline 2023", W21_DATE: "Wikipedia 2021"}.get(date, "dated page")


# --------------------------------------------------------------------------------------------------
# Descriptions (our own words, from structured facts only)
# --------------------------------------------------------------------------------------------------
#
# `description_facts` reads what a description may say from a line (who it is for, what it helps with,
# how to reach it, ...); `describe_en` renders those facts in English and `describe_in` in the
# languages of TRANSLATIONS below, so every language states exactly the same facts.

ISSUE_CLAUSE = {
    "domestic-violence": ("affected by violence or abuse", "affected by violence or abuse"),
    "sexual-abuse": ("affected by sexual violence or abuse", "affected by sexual violence or abuse"),
    "self-harm": ("who self-harms", "who self-harm"),
    "depression": ("living with depression", "living with depression"),
    "substance-use": ("affected by alcohol or drug use", "affected by alcohol or drug use"),
}
# What a line helps with, (for "anyone", for a group): one of ISSUE_CLAUSE's topics, or these.
NEED_EN = {
    "suicide-crisis": ("thinking about suicide or going through a crisis",) * 2,
    "suicide": ("thinking about suicide",) * 2,
    "crisis": ("going through a crisis",) * 2,
    "talk": ("who needs someone to talk to", "who need someone to talk to"),
    **ISSUE_CLAUSE,
}
ISSUE_NOUN = {
    "suicide": "thoughts of suicide",
    "crisis": "a crisis",
    "depression": "depression",
    "self-harm": "self-harm",
    "domestic-violence": "violence or abuse",
    "sexual-abuse": "sexual violence",
    "substance-use": "alcohol or drug use",
}
GROUP_EN = {
    "children": "children", "youth": "young people", "seniors": "older people", "veterans": "veterans",
    "armed-forces": "people in the armed forces", "women": "women", "men": "men", "parents": "parents",
    "lgbtq": "LGBTQ+ people",
}
SERVICE_EN = {"line": "line", "text": "text line", "online": "online service"}


def join_words(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def audience_facts(topics: list[str], line: dict, family: str, national: bool) -> dict:
    """Who a line is for, as group keys (GROUP_EN): `mode` is "anyone" (with the groups it names in
    `including`, possibly "lgbtq"), "lgbtq" (LGBTQ+ people) or "groups" (`groups`, and `lgbtq`:
    "named" when the line's name makes them LGBTQ+ groups, "included" when LGBTQ+ people are among them).

    Groups come from the audience topics and, for findahelpline lines that are not national lines,
    its Women / Men / Parents tags. findahelpline's "Everyone" tag makes the line for anyone,
    including those groups. LGBTQ+ qualifies the groups when the name says so, else it is included.
    """
    groups = []
    if "children" in topics:
        groups.append("children")
    if "youth" in topics:
        groups.append("youth")
    if "seniors" in topics:
        groups.append("seniors")
    if "veterans" in topics:
        groups += ["veterans", "armed-forces"]
    notes = line.get("notes") or ""
    tags = set(fah_tags(notes)) if family == "FAH" else set()
    if not national:
        groups += [key for tag, key in (("Women", "women"), ("Men", "men"), ("Parents", "parents")) if tag in tags]
    lgbtq = "lgbtq" in topics
    lgbtq_named = lgbtq and bool(re.search(KEYWORDS["lgbtq"], line["name"].lower()))
    if not groups:
        return {"mode": "lgbtq" if lgbtq else "anyone", "including": [], "groups": [], "lgbtq": None}
    if "Everyone" in tags or national:
        return {"mode": "anyone", "including": groups + (["lgbtq"] if lgbtq else []), "groups": [], "lgbtq": None}
    lgbtq_mode = "named" if lgbtq_named else ("included" if lgbtq else None)
    return {"mode": "groups", "including": [], "groups": groups, "lgbtq": lgbtq_mode}


def audience(facts: dict) -> tuple[str, bool, str]:
    """English for `audience_facts`: (people, singular, "including ..." or "")."""
    if facts["mode"] == "lgbtq":
        return "LGBTQ+ people", False, ""
    if facts["mode"] == "anyone":
        including = facts["including"]
        return "anyone", True, ("including " + join_words([GROUP_EN[key] for key in including]) if including else "")
    groups = join_words([GROUP_EN[key] for key in facts["groups"]])
    if facts["lgbtq"] == "named":
        return "LGBTQ+ " + groups, False, ""
    return groups, False, ("including those who are LGBTQ+" if facts["lgbtq"] == "included" else "")


def description_facts(item: dict, out: dict) -> dict:
    """Everything a description says about a line, language-neutral."""
    topics = out["topics"]
    issues = [topic for topic in ISSUE_TOPICS if topic in topics]
    specific = [topic for topic in issues if topic not in ("suicide", "crisis")]
    if "suicide" in issues:
        need = "suicide-crisis" if "crisis" in issues else "suicide"
        used = {"suicide", "crisis"}
    elif specific:
        need, used = specific[0], {specific[0]}
    elif "crisis" in issues:
        need, used = "crisis", {"crisis"}
    else:
        need, used = "talk", set()
    kinds = {channel["kind"] for channel in out["channels"]}
    label = item.get("w26_label")
    option = re.fullmatch(r"option (\d)", label) if label else None
    return {
        "audience": audience_facts(topics, item["line"], item["family"], bool(out.get("national"))),
        "need": need,
        "also": [topic for topic in issues if topic not in used and topic != "crisis"],
        "also_crisis": "crisis" in issues and "crisis" not in used,
        "service": "line" if "phone" in kinds else ("text" if "sms" in kinds else "online"),
        "free": bool(out.get("free")),
        "national": bool(out.get("national")),
        "hours": out["hours"]["kind"],
        "superseded": out["status"] == "superseded",
        "languages": list(out.get("languages") or []),
        "option": option.group(1) if option else None,
        # "English" / "Arabic" labels are languages, which `languages` already says.
        "network": label if label and not option and label not in ("English", "Arabic") else None,
        "keywords": item["keyword"].split(" or ") if item["keyword"] else [],
        "call_or_text": not item["keyword"] and "phone" in kinds and "sms" in kinds,
    }


def check_description(text: str) -> str:
    """No digit run of 3+ (so no phone number), no URL, no brace, one line."""
    if re.search(r"\d{3}|https?:|www\.|[{}\n]", text):
        raise SystemExit(f"description breaks the rules: {text!r}")
    return text


def describe_en(facts: dict) -> str:
    who, singular, including = audience(facts["audience"])
    need = NEED_EN[facts["need"]][0 if singular else 1]
    noun = SERVICE_EN[facts["service"]]
    adjectives = (["free"] if facts["free"] else []) + (["national"] if facts["national"] else [])
    phrase = " ".join(adjectives + [noun])
    article = "An" if phrase[0] in "aeiou" else "A"
    when = {"always": ", open day and night", "weekly": ", open at set times", "unknown": ""}[facts["hours"]]
    tail = (f", {including}" if including else "") + when

    if facts["superseded"]:
        return check_description(f"An old number of a {noun} for {who} {need}{tail}. It has been replaced by a newer number.")

    clauses = []
    others = [ISSUE_NOUN[topic] for topic in facts["also"]]
    if others:
        clauses.append(f"it can also help with {join_words(others)}")
    if facts["also_crisis"]:
        clauses.append("it can also help in a crisis" if not others else "and in a crisis")
    if clauses[-2:] and clauses[-1] == "and in a crisis":
        clauses[-2:] = [clauses[-2] + " " + clauses[-1]]
    if facts["languages"]:
        clauses.append(f"support is given in {join_words([LANGUAGE_NAMES[code] for code in facts['languages']])}")
    if facts["option"]:
        clauses.append(f"after calling, choose option {facts['option']}")
    elif facts["network"]:
        clauses.append(f"this number is for callers on the {facts['network']} network")
    if facts["keywords"]:
        clauses.append(f"text the word {' or '.join(facts['keywords'])} to start a conversation")
    elif facts["call_or_text"]:
        clauses.append("you can call or send a text")
    text = f"{article} {phrase} for {who} {need}{tail}."
    if clauses:
        second = ", and ".join(clauses) if len(clauses) <= 2 else ", ".join(clauses[:-1]) + ", and " + clauses[-1]
        text += " " + second[0].upper() + second[1:] + "."
    return check_description(text)


def describe(item: dict, out: dict) -> str:
    """The English description of a built line."""
    return describe_en(description_facts(item, out))


# --------------------------------------------------------------------------------------------------
# Translated descriptions: locales/<tag>/hotlines.ftl
# --------------------------------------------------------------------------------------------------
#
# These are machine-generated translations: the same facts as the English descriptions, put into
# each language by the phrase tables below (no translation service is called). Whether a locale's
# texts have been reviewed is recorded in that locale's locale.toml, which is maintained by hand and
# never written here. The descriptions are a little plainer than the English ones where that keeps
# them grammatical: each extra fact is its own short sentence.
#
# One table per language, all with the same keys:
#   befrienders     the hand-written international fallback message (hotline-befrienders-worldwide)
#   and, or         conjunctions as they stand between the last two items of a list
#   services        kind -> (grammatical gender, sentence start with an {adj} slot, the old-number lead);
#                   where these have an {hours} slot the opening hours go there instead of at the end
#   adjectives      gender -> {"free", "national", "both"}: the words filled into {adj}
#   groups          audience group -> plural noun phrase (key "lgbtq": LGBTQ+ people)
#   lgbtq_named     groups that are LGBTQ+ groups by the line's name
#   anyone, for_groups  "for anyone who ..." / "for <groups> who ..." with {need}
#   needs           need -> (after "anyone", after a group)
#   including, including_lgbtq  appended to the audience ("including children", "including LGBTQ+ people")
#   hours           hours kind -> text appended to the audience (a plain string, or one per gender)
#   superseded_end  the sentence after an old number's description
#   also, also_and_crisis, also_crisis  "it can also help with {list} [and in a crisis]" (string or per gender)
#   issues          topic -> noun phrase for {list} in `also`
#   language_names  BCP 47 tag -> language name; language_item wraps each name for the list
#   languages       "support is given in {list}" (string, or by count: 1, 2, "many")
#   option, network, keyword, call_or_text  the remaining sentences ({n}, {label}, {keywords})
# Texts use the same address as the rest of each locale: es "tú", fr "vous", de "du", pt-BR "você";
# Arabic uses the usual masculine-singular imperative of Modern Standard Arabic interfaces.

TRANSLATED_HEADER = "# Generated by tools/import_hotlines.py; do not edit by hand."

TRANSLATIONS: dict[str, dict] = {
    "es": {
        "befrienders": (
            "Befrienders Worldwide reúne centros de apoyo emocional de todo el mundo. "
            "Usa su directorio para encontrar un centro cerca de ti."
        ),
        "and": " y ",
        "or": " o ",
        "services": {
            "line": ("f", "Una línea de ayuda{adj}", "Antiguo número de una línea de ayuda"),
            "text": ("m", "Un servicio de mensajes de texto{adj}", "Antiguo número de un servicio de mensajes de texto"),
            "online": ("m", "Un servicio en línea{adj}", "Antiguo número de un servicio en línea"),
        },
        "adjectives": {
            "f": {"free": "gratuita", "national": "nacional", "both": "nacional y gratuita"},
            "m": {"free": "gratuito", "national": "nacional", "both": "nacional y gratuito"},
        },
        "groups": {
            "children": "niños", "youth": "jóvenes", "seniors": "personas mayores", "veterans": "veteranos",
            "armed-forces": "miembros de las fuerzas armadas", "women": "mujeres", "men": "hombres",
            "parents": "padres", "lgbtq": "personas LGBTQ+",
        },
        "lgbtq_named": "{groups} LGBTQ+",
        "anyone": "para cualquier persona {need}",
        "for_groups": "para {groups} {need}",
        "needs": {
            "suicide-crisis": ("que piense en el suicidio o esté pasando por una crisis",
                               "que piensen en el suicidio o estén pasando por una crisis"),
            "suicide": ("que piense en el suicidio", "que piensen en el suicidio"),
            "domestic-violence": ("que sufra violencia o maltrato", "que sufran violencia o maltrato"),
            "sexual-abuse": ("que haya sufrido violencia sexual", "que hayan sufrido violencia sexual"),
            "self-harm": ("que se autolesione", "que se autolesionen"),
            "depression": ("que viva con depresión", "que vivan con depresión"),
            "substance-use": ("que tenga problemas con el alcohol u otras drogas",
                              "que tengan problemas con el alcohol u otras drogas"),
            "crisis": ("que esté pasando por una crisis", "que estén pasando por una crisis"),
            "talk": ("que necesite hablar con alguien", "que necesiten hablar con alguien"),
        },
        "including": ", también para {list}",
        "including_lgbtq": ", incluidas las personas LGBTQ+",
        "hours": {"always": ", disponible día y noche", "weekly": ", disponible en horarios establecidos"},
        "superseded_end": "Se ha sustituido por un número más reciente.",
        "also": "También puede ayudarte con {list}.",
        "also_and_crisis": "También puede ayudarte con {list} y en momentos de crisis.",
        "also_crisis": "También puede ayudarte en momentos de crisis.",
        "issues": {
            "depression": "la depresión", "self-harm": "las autolesiones",
            "domestic-violence": "la violencia o el maltrato", "sexual-abuse": "la violencia sexual",
            "substance-use": "el consumo de alcohol u otras drogas",
        },
        "language_names": {
            "ar": "árabe", "cy": "galés", "en": "inglés", "es": "español", "fi": "finés", "fr": "francés",
            "ru": "ruso", "sv": "sueco", "yue": "cantonés",
        },
        "language_item": "{name}",
        "languages": "El apoyo se ofrece en {list}.",
        "option": "Al llamar, elige la opción {n}.",
        "network": "Este número es para clientes de la red {label}.",
        "keyword": "Envía la palabra {keywords} por mensaje de texto para empezar a conversar.",
        "call_or_text": "Puedes llamar o enviar un mensaje de texto.",
    },
    "fr": {
        "befrienders": (
            "Befrienders Worldwide relie des centres de soutien émotionnel du monde entier. "
            "Utilisez son annuaire pour trouver un centre près de chez vous."
        ),
        "and": " et ",
        "or": " ou ",
        "services": {
            "line": ("f", "Une ligne d’écoute{adj}", "Ancien numéro d’une ligne d’écoute"),
            "text": ("m", "Un service d’écoute par SMS{adj}", "Ancien numéro d’un service d’écoute par SMS"),
            "online": ("m", "Un service d’écoute en ligne{adj}", "Ancien numéro d’un service d’écoute en ligne"),
        },
        "adjectives": {
            "f": {"free": "gratuite", "national": "nationale", "both": "nationale et gratuite"},
            "m": {"free": "gratuit", "national": "national", "both": "national et gratuit"},
        },
        "groups": {
            "children": "les enfants", "youth": "les jeunes", "seniors": "les personnes âgées",
            "veterans": "les anciens combattants", "armed-forces": "les militaires", "women": "les femmes",
            "men": "les hommes", "parents": "les parents", "lgbtq": "les personnes LGBTQ+",
        },
        "lgbtq_named": "{groups} LGBTQ+",
        "anyone": "pour toute personne {need}",
        "for_groups": "pour {groups} {need}",
        "needs": {
            "suicide-crisis": ("qui pense au suicide ou traverse une crise", "qui pensent au suicide ou traversent une crise"),
            "suicide": ("qui pense au suicide", "qui pensent au suicide"),
            "domestic-violence": ("qui subit des violences ou de la maltraitance",
                                  "qui subissent des violences ou de la maltraitance"),
            "sexual-abuse": ("qui a subi des violences sexuelles", "qui ont subi des violences sexuelles"),
            "self-harm": ("qui se fait du mal", "qui se font du mal"),
            "depression": ("qui traverse une dépression", "qui traversent une dépression"),
            "substance-use": ("qui a des difficultés avec l’alcool ou les drogues",
                              "qui ont des difficultés avec l’alcool ou les drogues"),
            "crisis": ("qui traverse une crise", "qui traversent une crise"),
            "talk": ("qui a besoin de parler à quelqu’un", "qui ont besoin de parler à quelqu’un"),
        },
        "including": ", y compris {list}",
        "including_lgbtq": ", y compris les personnes LGBTQ+",
        "hours": {"always": ", accessible jour et nuit", "weekly": ", accessible à certaines heures"},
        "superseded_end": "Il a été remplacé par un numéro plus récent.",
        "also": "Vous pouvez aussi y trouver de l’aide en cas {list}.",
        "also_and_crisis": "Vous pouvez aussi y trouver de l’aide en cas {list} ou de crise.",
        "also_crisis": "Vous pouvez aussi y trouver de l’aide en cas de crise.",
        "issues": {
            "depression": "de dépression", "self-harm": "d’automutilation",
            "domestic-violence": "de violences ou de maltraitance", "sexual-abuse": "de violences sexuelles",
            "substance-use": "de consommation d’alcool ou de drogues",
        },
        "language_names": {
            "ar": "arabe", "cy": "gallois", "en": "anglais", "es": "espagnol", "fi": "finnois", "fr": "français",
            "ru": "russe", "sv": "suédois", "yue": "cantonais",
        },
        "language_item": "en {name}",
        "languages": "L’écoute est assurée {list}.",
        "option": "Après avoir appelé, choisissez l’option {n}.",
        "network": "Ce numéro est réservé aux abonnés du réseau {label}.",
        "keyword": "Envoyez le mot {keywords} par SMS pour commencer la conversation.",
        "call_or_text": "Vous pouvez appeler ou envoyer un SMS.",
    },
    "de": {
        "befrienders": (
            "Befrienders Worldwide verbindet Zentren für emotionale Unterstützung auf der ganzen Welt. "
            "Nutze das Verzeichnis, um ein Zentrum in deiner Nähe zu finden."
        ),
        "and": " und ",
        "or": " oder ",
        "services": {
            "line": ("n", "Ein{adj} Hilfetelefon", "Frühere Nummer eines Hilfetelefons"),
            "text": ("m", "Ein{adj} SMS-Beratungsdienst", "Frühere Nummer eines SMS-Beratungsdienstes"),
            "online": ("n", "Ein{adj} Online-Beratungsangebot", "Frühere Nummer eines Online-Beratungsangebots"),
        },
        "adjectives": {  # after "ein", nominative
            "n": {"free": "kostenloses", "national": "landesweites", "both": "kostenloses, landesweites"},
            "m": {"free": "kostenloser", "national": "landesweiter", "both": "kostenloser, landesweiter"},
        },
        "groups": {
            "children": "Kinder", "youth": "Jugendliche", "seniors": "ältere Menschen", "veterans": "Veteranen",
            "armed-forces": "Angehörige der Streitkräfte", "women": "Frauen", "men": "Männer", "parents": "Eltern",
            "lgbtq": "LGBTQ+-Personen",
        },
        "lgbtq_named": "{groups} aus der LGBTQ+-Community",
        "anyone": "für alle, {need}",
        "for_groups": "für {groups}, {need}",
        "needs": {  # "alle" is plural too, so both forms are the same
            "suicide-crisis": ("die Suizidgedanken haben oder gerade eine Krise durchmachen",) * 2,
            "suicide": ("die Suizidgedanken haben",) * 2,
            "domestic-violence": ("die Gewalt oder Missbrauch erleben",) * 2,
            "sexual-abuse": ("die sexualisierte Gewalt erlebt haben",) * 2,
            "self-harm": ("die sich selbst verletzen",) * 2,
            "depression": ("die mit Depressionen leben",) * 2,
            "substance-use": ("die Probleme mit Alkohol oder Drogen haben",) * 2,
            "crisis": ("die gerade eine Krise durchmachen",) * 2,
            "talk": ("die jemanden zum Reden brauchen",) * 2,
        },
        "including": ", auch für {list}",
        "including_lgbtq": ", auch für LGBTQ+-Personen",
        "hours": {"always": " – rund um die Uhr erreichbar", "weekly": " – zu festen Zeiten erreichbar"},
        "superseded_end": "Diese Nummer wurde durch eine neuere ersetzt.",
        "also": "Hier bekommst du auch Hilfe bei {list}.",
        "also_and_crisis": "Hier bekommst du auch Hilfe bei {list} und in Krisen.",
        "also_crisis": "Auch in Krisen bekommst du hier Hilfe.",
        "issues": {  # dative, after "bei"
            "depression": "Depressionen", "self-harm": "Selbstverletzung",
            "domestic-violence": "Gewalt oder Missbrauch", "sexual-abuse": "sexualisierter Gewalt",
            "substance-use": "Problemen mit Alkohol oder Drogen",
        },
        "language_names": {
            "ar": "Arabisch", "cy": "Walisisch", "en": "Englisch", "es": "Spanisch", "fi": "Finnisch",
            "fr": "Französisch", "ru": "Russisch", "sv": "Schwedisch", "yue": "Kantonesisch",
        },
        "language_item": "{name}",
        "languages": "Die Gespräche finden auf {list} statt.",
        "option": "Wenn du anrufst, wähle Option {n}.",
        "network": "Diese Nummer ist für Anrufe aus dem Netz von {label}.",
        "keyword": "Schick das Wort {keywords} per SMS, um ein Gespräch zu beginnen.",
        "call_or_text": "Du kannst anrufen oder eine SMS schicken.",
    },
    "pt-BR": {
        "befrienders": (
            "A Befrienders Worldwide reúne centros de apoio emocional do mundo todo. "
            "Use o diretório da organização para encontrar um centro perto de você."
        ),
        "and": " e ",
        "or": " ou ",
        "services": {
            "line": ("f", "Uma linha de apoio{adj}", "Número antigo de uma linha de apoio"),
            "text": ("m", "Um serviço de apoio por SMS{adj}", "Número antigo de um serviço de apoio por SMS"),
            "online": ("m", "Um serviço de apoio on-line{adj}", "Número antigo de um serviço de apoio on-line"),
        },
        "adjectives": {
            "f": {"free": "gratuita", "national": "nacional", "both": "nacional e gratuita"},
            "m": {"free": "gratuito", "national": "nacional", "both": "nacional e gratuito"},
        },
        "groups": {
            "children": "crianças", "youth": "jovens", "seniors": "pessoas idosas", "veterans": "veteranos",
            "armed-forces": "militares", "women": "mulheres", "men": "homens", "parents": "pais",
            "lgbtq": "pessoas LGBTQ+",
        },
        "lgbtq_named": "{groups} LGBTQ+",
        "anyone": "para qualquer pessoa {need}",
        "for_groups": "para {groups} {need}",
        "needs": {
            "suicide-crisis": ("que esteja pensando em suicídio ou passando por uma crise",
                               "que estejam pensando em suicídio ou passando por uma crise"),
            "suicide": ("que esteja pensando em suicídio", "que estejam pensando em suicídio"),
            "domestic-violence": ("que sofra violência ou abuso", "que sofram violência ou abuso"),
            "sexual-abuse": ("que tenha sofrido violência sexual", "que tenham sofrido violência sexual"),
            "self-harm": ("que pratique autolesão", "que pratiquem autolesão"),
            "depression": ("que conviva com a depressão", "que convivam com a depressão"),
            "substance-use": ("que tenha problemas com álcool ou outras drogas",
                              "que tenham problemas com álcool ou outras drogas"),
            "crisis": ("que esteja passando por uma crise", "que estejam passando por uma crise"),
            "talk": ("que precise conversar com alguém", "que precisem conversar com alguém"),
        },
        "including": ", incluindo {list}",
        "including_lgbtq": ", incluindo pessoas LGBTQ+",
        "hours": {"always": ", disponível dia e noite", "weekly": ", disponível em horários definidos"},
        "superseded_end": "Este número foi substituído por um mais recente.",
        "also": "Também oferece apoio em casos de {list}.",
        "also_and_crisis": "Também oferece apoio em casos de {list} e em situações de crise.",
        "also_crisis": "Também oferece apoio em situações de crise.",
        "issues": {
            "depression": "depressão", "self-harm": "autolesão", "domestic-violence": "violência ou abuso",
            "sexual-abuse": "violência sexual", "substance-use": "uso de álcool ou outras drogas",
        },
        "language_names": {
            "ar": "árabe", "cy": "galês", "en": "inglês", "es": "espanhol", "fi": "finlandês", "fr": "francês",
            "ru": "russo", "sv": "sueco", "yue": "cantonês",
        },
        "language_item": "{name}",
        "languages": "O atendimento é feito em {list}.",
        "option": "Ao ligar, escolha a opção {n}.",
        "network": "Este número é para clientes da operadora {label}.",
        "keyword": "Envie a palavra {keywords} por SMS para começar a conversa.",
        "call_or_text": "Você pode ligar ou mandar uma mensagem de texto.",
    },
    "ar": {
        "befrienders": (
            "تربط منظمة Befrienders Worldwide بين مراكز الدعم العاطفي حول العالم. "
            "استخدم دليلها للعثور على مركز قريب منك."
        ),
        "and": " و",  # attaches to every following item: الأطفال والشباب وأولياء الأمور
        "or": " أو ",
        "services": {
            # Opening hours go right after the service ({hours}), where they cannot be read as the caller's.
            "line": ("m", "خط مساعدة{adj}{hours}", "رقم سابق لخط مساعدة{hours}"),
            "text": ("f", "خدمة دعم{adj} عبر الرسائل النصية{hours}", "رقم سابق لخدمة دعم عبر الرسائل النصية{hours}"),
            "online": ("f", "خدمة دعم{adj} عبر الإنترنت{hours}", "رقم سابق لخدمة دعم عبر الإنترنت{hours}"),
        },
        "adjectives": {
            "m": {"free": "مجاني", "national": "وطني", "both": "وطني مجاني"},
            "f": {"free": "مجانية", "national": "وطنية", "both": "وطنية مجانية"},
        },
        # Spelled the same in every case, so they fit after لدعم and after بمن فيهم alike.
        "groups": {
            "children": "الأطفال", "youth": "الشباب", "seniors": "كبار السن", "veterans": "قدامى المحاربين",
            "armed-forces": "أفراد القوات المسلحة", "women": "النساء", "men": "الرجال", "parents": "أولياء الأمور",
            "lgbtq": "أفراد مجتمع الميم",
        },
        "lgbtq_named": "{groups} من مجتمع الميم",
        "anyone": "لكل من {need}",
        # For groups the need is a verbal-noun phrase, so it needs no gender or number agreement.
        "for_groups": "لدعم {groups} {need}",
        "needs": {
            "suicide-crisis": ("يفكر في الانتحار أو يمر بأزمة", "عند التفكير في الانتحار أو المرور بأزمة"),
            "suicide": ("يفكر في الانتحار", "عند التفكير في الانتحار"),
            "domestic-violence": ("يتعرض للعنف أو الإساءة", "في مواجهة العنف أو الإساءة"),
            "sexual-abuse": ("تعرّض للعنف الجنسي", "في مواجهة العنف الجنسي"),
            "self-harm": ("يؤذي نفسه", "في التعامل مع إيذاء النفس"),
            "depression": ("يعاني من الاكتئاب", "في التعامل مع الاكتئاب"),
            "substance-use": ("يعاني من مشكلات مع الكحول أو المخدرات", "في التعامل مع مشكلات الكحول أو المخدرات"),
            "crisis": ("يمر بأزمة", "عند المرور بأزمة"),
            "talk": ("يحتاج إلى من يتحدث إليه", "عند الحاجة إلى التحدث مع أحد"),
        },
        "including": "، بمن فيهم {list}",
        "including_lgbtq": "، ويشمل ذلك أفراد مجتمع الميم",
        "hours": {
            "always": {"m": " يعمل على مدار الساعة", "f": " تعمل على مدار الساعة"},
            "weekly": {"m": " يعمل في أوقات محددة", "f": " تعمل في أوقات محددة"},
        },
        "superseded_end": "وقد حلّ محله رقم أحدث.",
        "also": {"m": "كما يقدّم الدعم في حالات {list}.", "f": "كما تقدّم الدعم في حالات {list}."},
        "also_and_crisis": {
            "m": "كما يقدّم الدعم في حالات {list} وفي الأزمات.",
            "f": "كما تقدّم الدعم في حالات {list} وفي الأزمات.",
        },
        "also_crisis": {"m": "كما يقدّم الدعم في الأزمات.", "f": "كما تقدّم الدعم في الأزمات."},
        "issues": {
            "depression": "الاكتئاب", "self-harm": "إيذاء النفس", "domestic-violence": "العنف أو الإساءة",
            "sexual-abuse": "العنف الجنسي", "substance-use": "تعاطي الكحول أو المخدرات",
        },
        "language_names": {
            "ar": "العربية", "cy": "الويلزية", "en": "الإنجليزية", "es": "الإسبانية", "fi": "الفنلندية",
            "fr": "الفرنسية", "ru": "الروسية", "sv": "السويدية", "yue": "الكانتونية",
        },
        "language_item": "{name}",
        # "in the language", dual "in the two languages", plural "in the languages".
        "languages": {1: "يُقدَّم الدعم باللغة {list}.", 2: "يُقدَّم الدعم باللغتين {list}.", "many": "يُقدَّم الدعم باللغات {list}."},
        "option": "بعد الاتصال، اختر الخيار {n}.",
        "network": "هذا الرقم مخصص لمشتركي شبكة {label}.",
        "keyword": "أرسل كلمة {keywords} في رسالة نصية لبدء المحادثة.",
        "call_or_text": "يمكنك الاتصال أو إرسال رسالة نصية.",
    },
}
TRANSLATED_LOCALES = list(TRANSLATIONS)


def join_in(lang: str, words: list[str], conjunction: str = "and") -> str:
    """A list in `lang`: "a, b and c"; in Arabic "a وb وc" (و is written joined to each item)."""
    table = TRANSLATIONS[lang]
    if len(words) <= 1:
        return "".join(words)
    if lang == "ar":
        return table[conjunction].join(words)
    last = table[conjunction]
    if lang == "es":  # "y" becomes "e" before an /i/ sound, "o" becomes "u" before an /o/ sound
        following = words[-1].lower()
        if last == " y " and re.match(r"h?i(?![aeou])", following):
            last = " e "
        elif last == " o " and re.match(r"h?o", following):
            last = " u "
    return ", ".join(words[:-1]) + last + words[-1]


def by_gender(value, gender: str) -> str:
    """A table entry that is either the same for every gender or a dict by gender."""
    return value[gender] if isinstance(value, dict) else value


def describe_in(lang: str, facts: dict) -> str:
    """The description of `description_facts` in `lang` (a machine-generated translation)."""
    table = TRANSLATIONS[lang]
    gender, start, old_number = table["services"][facts["service"]]
    groups = table["groups"]
    audience_ = facts["audience"]
    if audience_["mode"] == "anyone":
        who = table["anyone"].format(need=table["needs"][facts["need"]][0])
        named = [groups[key] for key in audience_["including"]]
        including = table["including"].format(list=join_in(lang, named)) if named else ""
    else:
        if audience_["mode"] == "lgbtq":
            people = groups["lgbtq"]
        else:
            people = join_in(lang, [groups[key] for key in audience_["groups"]])
            if audience_["lgbtq"] == "named":
                people = table["lgbtq_named"].format(groups=people)
        who = table["for_groups"].format(groups=people, need=table["needs"][facts["need"]][1])
        including = table["including_lgbtq"] if audience_["lgbtq"] == "included" else ""
    hours = by_gender(table["hours"].get(facts["hours"], ""), gender)
    lead = old_number if facts["superseded"] else start
    hours_in_lead = "{hours}" in lead
    adjective = "both" if facts["free"] and facts["national"] else "free" if facts["free"] else "national" if facts["national"] else None
    lead = lead.format(
        adj=" " + table["adjectives"][gender][adjective] if adjective else "",
        hours=hours if hours_in_lead else "",
    )
    first = f"{lead} {who}{including}{'' if hours_in_lead else hours}."
    if facts["superseded"]:
        return check_description(f"{first} {table['superseded_end']}")

    sentences = [first]
    also = [table["issues"][topic] for topic in facts["also"]]
    if also:
        key = "also_and_crisis" if facts["also_crisis"] else "also"
        sentences.append(by_gender(table[key], gender).format(list=join_in(lang, also)))
    elif facts["also_crisis"]:
        sentences.append(by_gender(table["also_crisis"], gender))
    if facts["languages"]:
        names = [table["language_item"].format(name=table["language_names"][code]) for code in facts["languages"]]
        template = table["languages"]
        if isinstance(template, dict):
            template = template.get(len(names), template["many"])
        sentences.append(template.format(list=join_in(lang, names)))
    if facts["option"]:
        sentences.append(table["option"].format(n=facts["option"]))
    elif facts["network"]:
        sentences.append(table["network"].format(label=facts["network"]))
    if facts["keywords"]:
        sentences.append(table["keyword"].format(keywords=join_in(lang, facts["keywords"], "or")))
    elif facts["call_or_text"]:
        sentences.append(table["call_or_text"])
    return check_description(" ".join(sentences))


def write_translated_hotlines(root: Path, lines: list[dict]) -> None:
    """locales/<tag>/hotlines.ftl for every language of TRANSLATIONS: the same message ids as the
    English file. Only that one file is written in each locale folder."""
    for lang in TRANSLATED_LOCALES:
        table = TRANSLATIONS[lang]
        out = [TRANSLATED_HEADER, f"hotline-befrienders-worldwide = {ftl_value(check_description(table['befrienders']))}"]
        messages = sorted((line["id"], describe_in(lang, line["_facts"])) for line in lines)
        out += [f"hotline-{line_id} = {ftl_value(text)}" for line_id, text in messages]
        folder = root / "locales" / lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "hotlines.ftl").write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# TOML emitter
# --------------------------------------------------------------------------------------------------


def toml_string(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items()) + " }"
    raise TypeError(type(value))


def toml_array_block(key: str, values: list[str]) -> list[str]:
    return [f"{key} = ["] + [f"  {toml_string(value)}," for value in values] + ["]"]


def render_country(code: str, emergency: dict, lines: list[dict]) -> str:
    out = [f"# {GENERATED_HEADER}", f"country = {toml_string(code)}", "", "[emergency]"]
    for key, value in emergency.items():
        if key == "sources":
            out += toml_array_block("sources", value)
        else:
            out.append(f"{key} = {toml_value(value)}")
    for line in lines:
        out += ["", "[[lines]]"]
        for key, value in line.items():
            if key == "channels" or key.startswith("_"):
                continue
            if key == "also_listed_in":
                out += toml_array_block(key, value)
            else:
                out.append(f"{key} = {toml_value(value)}")
        for channel in line["channels"]:
            out += ["", "[[lines.channels]]"]
            out += [f"{key} = {toml_value(value)}" for key, value in channel.items()]
    return "\n".join(out) + "\n"


def expected_document(code: str, emergency: dict, lines: list[dict]) -> dict:
    return {
        "country": code,
        "emergency": emergency,
        "lines": [{key: value for key, value in line.items() if not key.startswith("_")} for line in lines],
    } if lines else {"country": code, "emergency": emergency}


# --------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------


def ftl_value(text: str) -> str:
    if "\n" in text or "{" in text or "}" in text:
        raise SystemExit(f"not a single-line Fluent value: {text!r}")
    return text.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="path to hotlines-reference.json")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent, help="repository root")
    parser.add_argument(
        "--countries-ftl", action="store_true",
        help="also write locales/en/countries.ftl from the reference's country names (superseded by CLDR names)",
    )
    args = parser.parse_args()

    records = json.loads(args.reference.read_text(encoding="utf-8"))
    codes = [record["country"] for record in records]
    if len(set(codes)) != len(codes):
        raise SystemExit("duplicate country codes in the reference")
    records.sort(key=lambda record: record["country"])

    stats = Stats()
    countries: dict[str, tuple[dict, dict, list[dict]]] = {}
    for record in records:
        code = record["country"].upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise SystemExit(f"bad country code {code!r}")
        countries[code] = (record, build_emergency(record), build_lines(record, stats))

    check_language_evidence_used()
    all_ids = [line["id"] for _, _, lines in countries.values() for line in lines]
    if len(all_ids) != len(set(all_ids)):
        raise SystemExit("line ids are not unique across files")
    if "befrienders-worldwide" in all_ids:
        raise SystemExit("a generated id collides with the international fallback")

    hotlines_dir = args.root / "data" / "hotlines"
    hotlines_dir.mkdir(parents=True, exist_ok=True)
    for old in sorted(hotlines_dir.glob("*.toml")):
        old.unlink()
    for code, (record, emergency, lines) in countries.items():
        text = render_country(code, emergency, lines)
        path = hotlines_dir / f"{code}.toml"
        path.write_text(text, encoding="utf-8")
        if tomllib.loads(path.read_text(encoding="utf-8")) != expected_document(code, emergency, lines):
            raise SystemExit(f"{path} does not re-parse to what was written")

    locales = args.root / "locales" / "en"
    locales.mkdir(parents=True, exist_ok=True)
    if args.countries_ftl:
        country_lines = [
            f"# {GENERATED_HEADER}",
            "# Names are the `country_name` values of hotlines-reference.json, the shared crisis-line reference data.",
        ]
        country_lines += [f"country-{code} = {ftl_value(record['country_name'])}" for code, (record, _, _) in countries.items()]
        (locales / "countries.ftl").write_text("\n".join(country_lines) + "\n", encoding="utf-8")

    hotline_lines = [
        "# Descriptions of crisis lines, by line id.",
        "# The first message is hand-written (it belongs to the international fallback in data/international.toml).",
        BEFRIENDERS_MESSAGE,
        "",
        f"# {GENERATED_HEADER}",
        "# Each description is composed by templates from the line's topics, channels, hours and audience.",
    ]
    messages = sorted((line["id"], line["_description"]) for _, _, lines in countries.values() for line in lines)
    hotline_lines += [f"hotline-{line_id} = {ftl_value(text)}" for line_id, text in messages]
    (locales / "hotlines.ftl").write_text("\n".join(hotline_lines) + "\n", encoding="utf-8")
    write_translated_hotlines(args.root, [line for _, _, lines in countries.values() for line in lines])

    # Summary for the person running the import.
    lines = [line for _, _, lines in countries.values() for line in lines]
    by_status = {status: sum(1 for line in lines if line["status"] == status) for status in ("active", "superseded", "unverified")}
    with_active = sum(1 for _, _, lines in countries.values() if any(line["status"] == "active" for line in lines))
    print(f"files: {len(countries)}; lines: {len(lines)}; by status: {by_status}")
    print(f"countries with at least one active line: {with_active}")
    print(f"reference lines skipped (no phone, sms or url): {len(stats.skipped_no_channel)}")
    for label in stats.skipped_no_channel:
        print(f"  skipped: {label}")
    print(f"superseded: {stats.superseded}; unverified by age: {stats.unverified_by_age}; "
          f"unverified for lack of a replacement: {stats.unverified_no_replacement}")
    for label in stats.whatsapp_not_sms:
        print(f"  WhatsApp number not published as SMS: {label}")
    for label in stats.schemeless_urls:
        print(f"  URL without scheme not published: {label}")
    for label in stats.split_numbers:
        print(f"  phone string kept as first number only: {label}")


if __name__ == "__main__":
    main()
