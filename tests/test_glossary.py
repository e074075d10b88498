# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The Vietnamese of every party addon follows ../shared/GLOSSARY.md.

The glossary is the one list: its "Never" column is parsed here. A never-word
with a note in brackets, e.g. "Cảnh báo (that is an alert)", is right in its
own sense, so every never-word is checked where the English source (msgid)
names the concept of its row. Party terms of the glossary that contain a
never-word ("Cảnh báo sớm", "Tổ chức đảng", "Thư ký cuộc họp") are allowed, also
with up to two words inside ("tổ chức cơ sở đảng"), and so is a never-word after a
number, which is then a unit ("30 phút").
"""

import re
import unicodedata
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
# The glossary the party staff keep; a copy in the repository wins.
GLOSSARY_PLACES = (
    ROOT / "docs" / "GLOSSARY.md",
    ROOT / "GLOSSARY.md",
    ROOT.parent / "shared" / "GLOSSARY.md",
)
GLOSSARY = next((p for p in GLOSSARY_PLACES if p.exists()), None)
ADDONS = sorted(p.parent.parent.name for p in (ROOT / "addons").glob("*/i18n/vi.po"))
# English words too general to say which concept a source string is about.
STOP_WORDS = {
    "party",
    "from",
    "post",
    "with",
    "official",
    "temporary",
    "body",
    "elected",
}


def _nfc(text):
    return unicodedata.normalize("NFC", text)


def _strip_brackets(text):
    return re.sub(r"\([^)]*\)", " ", text)


def _phrases(cell):
    """Vietnamese phrases of a cell: "Khiển trách / **cảnh cáo** / ..." → list."""
    cell = cell.replace("*", "").replace("(", "/").replace(")", "/")
    return [p.strip() for p in re.split(r"[/;,]", cell) if p.strip()]


def glossary_rules():
    """(never-word, English keywords, allowed party phrases) for each "Never" cell."""
    if GLOSSARY is None:
        pytest.skip("GLOSSARY.md not found in docs/, the root or ../shared/")
    rows = []
    for line in _nfc(GLOSSARY.read_text()).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if (
            len(cells) != 3
            or set(cells[0]) <= set("-: ")
            or cells[0] == "English in code"
        ):
            continue
        rows.append(cells)
    party_phrases = [p for _en, vi, _never in rows for p in _phrases(vi)]
    rules = []
    for english, _vi, never in rows:
        word = _strip_brackets(never).strip()
        if not word:
            continue
        keywords = {
            w
            for w in re.findall(r"[a-z][a-z-]{3,}", _strip_brackets(english).lower())
            if w not in STOP_WORDS
        }
        allowed = sorted(
            (
                p
                for p in party_phrases
                if word.lower() in p.lower() and p.lower() != word.lower()
            ),
            key=len,
            reverse=True,
        )
        rules.append((word, keywords, allowed))
    return rules


def _phrase_pattern(phrase, word):
    """An allowed phrase; one that starts with the never-word may take two words inside."""
    if phrase.lower().startswith(word.lower() + " "):
        rest = phrase[len(word) :].strip()
        return rf"{re.escape(word)}(?:\s+\w+){{0,2}}\s+{re.escape(rest)}(?!\w)"
    return re.escape(phrase)


def never_word_hits(msgid, msgstr, rules):
    """The never-words used in msgstr for a concept the msgid names."""
    source = msgid.lower().replace("organization", "organisation")
    hits = []
    for word, keywords, allowed in rules:
        if not any(re.search(rf"\b{re.escape(k)}", source) for k in keywords):
            continue
        text = _nfc(msgstr)
        for phrase in allowed:
            text = re.sub(_phrase_pattern(phrase, word), " ", text, flags=re.IGNORECASE)
        if re.search(
            rf"(?<!\d )(?<!\w){re.escape(word)}(?!\w)", text, flags=re.IGNORECASE
        ):
            hits.append(word)
    return hits


def test_glossary_is_parsed():
    """GLOSSARY.md yields its never-words (e.g. Cảnh báo, Chấm công, Tóm tắt)."""
    words = {word for word, _k, _a in glossary_rules()}
    assert {
        "Cảnh báo",
        "Chấm công",
        "Tóm tắt",
        "Chi nhánh",
        "Thành viên",
        "Phút",
    } <= words
    rule = next(r for r in glossary_rules() if r[0] == "Cảnh báo")
    assert "warning" in rule[1] and "Cảnh báo sớm" in rule[2]


def test_never_word_detection():
    """A discipline warning as "Cảnh báo" is caught; an early warning is not."""
    rules = glossary_rules()
    assert never_word_hits("Warning", "Cảnh báo", rules) == ["Cảnh báo"]
    assert never_word_hits("Early Warnings", "Cảnh báo sớm", rules) == []
    assert never_word_hits("Members", "Thành viên", rules) == ["Thành viên"]
    assert never_word_hits("Meeting Secretary", "Thư ký cuộc họp", rules) == []
    assert never_word_hits("Minutes", "Phút", rules) == ["Phút"]
    assert never_word_hits("opens 30 minutes before", "mở trước 30 phút", rules) == []
    assert never_word_hits("Parent Organisation", "Tổ chức cấp trên", rules) == [
        "Tổ chức"
    ]
    assert never_word_hits("grassroots organisation", "tổ chức cơ sở đảng", rules) == []


@pytest.mark.parametrize("addon", ADDONS)
def test_vi_po_avoids_never_words(addon):
    """No vi.po msgstr uses a word GLOSSARY.md marks "never" for its concept."""
    rules = glossary_rules()
    bad = [
        f"{e.msgid!r} → {e.msgstr!r} ({', '.join(hits)})"
        for e in polib.pofile(str(ROOT / "addons" / addon / "i18n" / "vi.po"))
        if not e.obsolete and (hits := never_word_hits(e.msgid, e.msgstr, rules))
    ]
    assert not bad, f"{addon}: {len(bad)} msgstr against GLOSSARY.md:\n" + "\n".join(
        bad
    )
