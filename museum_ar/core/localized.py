"""Texts in several languages (German first, English second for the Lübeck houses)."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_LANGUAGES: tuple[str, ...] = ("de", "en")


@dataclass
class LocalizedText:
    """A text per language code, e.g. {"de": "Die Blechtrommel", "en": "The Tin Drum"}."""

    values: dict[str, str] = field(default_factory=dict)

    def get(self, lang: str, fallback: tuple[str, ...] = DEFAULT_LANGUAGES) -> str:
        """The text in `lang`, else the first non-empty one of `fallback`, else ''."""
        if self.values.get(lang):
            return self.values[lang]
        for other in fallback:
            if self.values.get(other):
                return self.values[other]
        return next((v for v in self.values.values() if v), "")

    def with_text(self, lang: str, text: str) -> LocalizedText:
        values = dict(self.values)
        values[lang] = text
        return LocalizedText(values)

    def is_empty(self) -> bool:
        return not any(self.values.values())

    def to_json(self) -> dict[str, str]:
        return dict(self.values)

    @classmethod
    def of(cls, de: str = "", en: str = "") -> LocalizedText:
        return cls({k: v for k, v in (("de", de), ("en", en)) if v})
