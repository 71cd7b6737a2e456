"""The processing register (resources/processing_register.json): per data category its purposes, legal bases,
retention, recipients and source — the policy as data, so the record view and the extract say what the policy
says and the company can change it without code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..i18n.codes import with_periods
from ..paths import asset


@dataclass(frozen=True)
class CategoryInfo:
    code: str
    name: str
    purposes: list[str]
    legal_bases: list[str]                  # each once, in the order of the purposes
    purpose_bases: list[tuple[str, str]]    # each purpose with its own legal basis (art. 13(1)(c), 15(1)(a))
    retention: str
    retention_rule: str
    recipients: list[str]
    source: str
    policy_clauses: list[str]


class ProcessingRegister:
    def __init__(self, data: dict) -> None:
        self._data = data
        self._categories = {c["code"]: c for c in data["categories"]}
        self._desk = {c["code"]: c for c in data.get("desk_records", [])}

    @property
    def controller(self) -> dict:
        return self._data["controller"]

    def codes(self) -> list[str]:
        return list(self._categories)

    def desk_record_codes(self) -> list[str]:
        return list(self._desk)

    def category(self, code: str, lang: str = "sv") -> CategoryInfo:
        entry = self._categories.get(code) or self._desk[code]
        bases = self._data["legal_bases"]
        roles = self._data["recipient_roles"]
        purposes = entry.get("purposes", [])
        return CategoryInfo(
            code=code,
            name=entry["name"][lang],
            purposes=[p[lang] for p in purposes],
            legal_bases=[bases[b][lang] for b in dict.fromkeys(p["basis"] for p in purposes)],
            purpose_bases=[(p[lang], bases[p["basis"]][lang]) for p in purposes],
            retention=with_periods(entry["retention"][lang], lang),  # the period from domain/retention
            retention_rule=entry["retention"]["rule"],
            recipients=[roles[r][lang] for r in entry.get("recipients", [])],
            source=entry.get("source", {}).get(lang, ""),
            policy_clauses=list(entry.get("policy_clauses", [])),
        )

    def automated_decisions(self, lang: str = "sv") -> str:
        return self._data["automated_decisions"][lang]


def load_register(path: Path | None = None) -> ProcessingRegister:
    return _load(str(path or asset("resources", "processing_register.json")))


@lru_cache(maxsize=4)
def _load(path: str) -> ProcessingRegister:
    return ProcessingRegister(json.loads(Path(path).read_text(encoding="utf-8")))
