"""Texts brought as files, put in the right language: a file per language ("Trommel_de.txt" and
"Trommel_en.txt", or two files whose words say which is which) becomes one text item with both; a
file holding both languages ("[de]" / "[en]" or "Deutsch:" / "English:" headings, or two blocks
separated by a line of dashes) is split. Part of attaching (services.attach): the CLI sorts without
asking (an unclear text goes into German), the app asks."""

from __future__ import annotations

import re
from pathlib import Path

from ..core.exhibit import Item, ItemKind
from ..core.localized import LocalizedText

_WORDS = {
    "de": set(["der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "ein", "eine", "einer", "im", "auf", "für", "sich", "dem", "des", "auch", "als", "wird", "wurde", "sind", "war", "aus", "bei", "nach", "über"]),
    "en": set(["the", "and", "is", "of", "to", "in", "it", "with", "was", "for", "on", "as", "are", "by", "this", "that", "from", "his", "her", "which", "were", "at", "be", "an", "has", "had", "not"]),
}
_NAME_LANG = re.compile(r"(?:^|[_\-. ])(de|en|deutsch|english|german|englisch)$", re.I)
_HEADING = re.compile(r"^\s*(?:\[(de|en)\]|(deutsch|german|english|englisch)\s*:)\s*$", re.I | re.M)
_LANG_OF = {"de": "de", "en": "en", "deutsch": "de", "german": "de", "english": "en", "englisch": "en"}


def detect_language(text: str) -> str | None:
    """'de' or 'en' by their commonest short words; None when the text does not say clearly."""
    words = re.findall(r"[a-zäöüß]+", text.lower())
    score = {lang: sum(w in common for w in words) for lang, common in _WORDS.items()}
    (best, a), (_, b) = sorted(score.items(), key=lambda kv: -kv[1])
    return best if a >= 2 and a >= 2 * b else None


def language_from_name(name: str) -> str | None:
    m = _NAME_LANG.search(Path(name).stem)
    return _LANG_OF[m.group(1).lower()] if m else None


def split_bilingual(text: str) -> dict[str, str] | None:
    """{'de': …, 'en': …} when the text holds both languages, else None."""
    parts = _HEADING.split(text)
    if len(parts) >= 5:  # before, (lang, name), body, (lang, name), body …
        out = {}
        for i in range(1, len(parts) - 2, 3):
            lang = _LANG_OF[(parts[i] or parts[i + 1]).lower()]
            out[lang] = parts[i + 2].strip()
        if set(out) == {"de", "en"}:
            return out
    blocks = [b.strip() for b in re.split(r"^\s*-{3,}\s*$", text, flags=re.M) if b.strip()]
    if len(blocks) == 2:
        first, second = (detect_language(b) for b in blocks)
        if first is not None and second is not None and {first, second} == {"de", "en"}:
            return {first: blocks[0], second: blocks[1]}
    return None


def sort_text_languages(items: list[Item], ask_language=None) -> tuple[list[Item], list[str]]:
    """Put each imported text in its language, and join a German and an English file into one
    item. When neither the name nor the words tell, `ask_language(file name, text)` is asked
    ('de', 'en' or None). Returns the items to add and the names of files whose language had to be
    assumed (German) because nobody answered."""
    texts = [it for it in items if it.kind is ItemKind.TEXT]
    assumed: list[str] = []
    langs: dict[str, str | None] = {}
    for it in texts:
        body = it.description.values.get("de") or next(iter(it.description.values.values()), "")
        both = split_bilingual(body)
        if both:
            it.description = LocalizedText(both)
            langs[it.id] = "both"
            continue
        lang = language_from_name(it.source_name) or detect_language(body)
        if lang is None and ask_language is not None:
            lang = ask_language(it.source_name, body)
        if lang is None:
            lang = "de"
            assumed.append(it.source_name)
        it.description = LocalizedText({lang: body})
        langs[it.id] = lang
    singles = {lang: [it for it in texts if langs[it.id] == lang] for lang in ("de", "en")}
    joined: set[str] = set()
    for de_item, en_item in zip(singles["de"], singles["en"]):  # one German and one English file: one item
        de_item.description = LocalizedText({"de": de_item.description.values["de"], "en": en_item.description.values["en"]})
        stem = re.sub(_NAME_LANG, "", Path(de_item.source_name).stem) or Path(de_item.source_name).stem
        de_item.title = LocalizedText({"de": stem, "en": re.sub(_NAME_LANG, "", Path(en_item.source_name).stem) or stem})
        joined.add(en_item.id)
    return [it for it in items if it.id not in joined], assumed
