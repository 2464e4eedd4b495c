"""Frameworks as data: the parts, elements, coaching prompts, time budget and rule settings.

Built-in frameworks live in ``narrative_kit/data/frameworks/*.toml``; a trainer can
copy one, adapt it and pass its path wherever a framework id is accepted. Files are
validated strictly: an unknown key is an error, not a silent no-op.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .models import Language, Severity

LANGUAGES: tuple[Language, ...] = ("en", "fr", "ar")


class FrameworkError(ValueError):
    """A framework file is missing, unreadable or invalid."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(_Strict):
    """The same text in every supported language: none may be missing."""

    en: str = Field(min_length=1)
    fr: str = Field(min_length=1)
    ar: str = Field(min_length=1)

    def get(self, language: str) -> str:
        return getattr(self, language if language in LANGUAGES else "en")


class FrameworkElement(_Strict):
    id: str = Field(pattern=r"^[a-z]+\.[a-z_]+$")
    name: LocalizedText
    prompt: LocalizedText
    missing_rule: str | None = Field(default=None, pattern=r"^[a-z]+\.[a-z0-9-]+$")


class FrameworkPart(_Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    name: LocalizedText
    description: LocalizedText
    budget_seconds: float | None = Field(default=None, gt=0)
    elements: tuple[FrameworkElement, ...] = ()

    @model_validator(mode="after")
    def _elements_belong_to_part(self) -> FrameworkPart:
        for element in self.elements:
            if not element.id.startswith(self.id + "."):
                raise ValueError(f"element {element.id!r} must start with {self.id + '.'!r}")
        return self


class RuleSettings(_Strict):
    enabled: bool = True
    severity: Severity | None = None
    params: dict[str, Any] = Field(default_factory=dict)


class Framework(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: LocalizedText
    description: LocalizedText
    budget_seconds: float | None = Field(default=None, gt=0)
    speaking_rates_wpm: dict[Language, float] = Field(default_factory=dict)
    parts: tuple[FrameworkPart, ...] = Field(min_length=1)
    rules: dict[str, RuleSettings] = Field(default_factory=dict)

    @field_validator("speaking_rates_wpm")
    @classmethod
    def _positive_rates(cls, rates: dict[str, float]) -> dict[str, float]:
        for language, rate in rates.items():
            if rate <= 0:
                raise ValueError(f"speaking rate for {language} must be positive")
        return rates

    @model_validator(mode="after")
    def _unique_ids(self) -> Framework:
        part_ids = [p.id for p in self.parts]
        if len(part_ids) != len(set(part_ids)):
            raise ValueError("part ids must be unique")
        element_ids = self.element_ids()
        if len(element_ids) != len(set(element_ids)):
            raise ValueError("element ids must be unique")
        return self

    def element_ids(self) -> list[str]:
        return [e.id for p in self.parts for e in p.elements]

    def part(self, part_id: str) -> FrameworkPart | None:
        return next((p for p in self.parts if p.id == part_id), None)

    def element(self, element_id: str) -> FrameworkElement | None:
        return next((e for p in self.parts for e in p.elements if e.id == element_id), None)

    def rule_settings(self, rule_id: str) -> RuleSettings:
        return self.rules.get(rule_id, RuleSettings())


def _builtin_dir() -> Path:
    return Path(str(resources.files("narrative_kit") / "data" / "frameworks"))


def list_frameworks() -> list[str]:
    """Ids of the built-in frameworks."""
    return sorted(p.stem for p in _builtin_dir().glob("*.toml"))


def parse_framework(data: dict[str, Any], origin: str = "<data>") -> Framework:
    """Validate framework data; raise FrameworkError naming the origin on any problem."""
    try:
        framework = Framework.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in err['loc']) or '<root>'}: {err['msg']}"
            for err in exc.errors()
        )
        raise FrameworkError(f"{origin}: invalid framework: {problems}") from None
    # Imported here: checks.py imports this module for the Framework type.
    from .checks import validate_rule_settings

    try:
        validate_rule_settings(framework)
    except ValueError as exc:
        raise FrameworkError(f"{origin}: {exc}") from None
    return framework


def load_framework_file(path: str | Path) -> Framework:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FrameworkError(f"{path}: framework file not found") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FrameworkError(f"{path}: cannot read framework file: {exc}") from None
    return parse_framework(data, str(path))


@cache
def _load_builtin(framework_id: str) -> Framework:
    return load_framework_file(_builtin_dir() / f"{framework_id}.toml")


def load_framework(framework: str | Path | Framework) -> Framework:
    """A framework by built-in id, by path to a .toml file, or passed through as is."""
    if isinstance(framework, Framework):
        return framework
    name = str(framework)
    if name in list_frameworks():
        return _load_builtin(name)
    if name.endswith(".toml") or Path(name).is_file():
        return load_framework_file(name)
    known = ", ".join(list_frameworks())
    raise FrameworkError(f"unknown framework {name!r}; built-in frameworks: {known}")
