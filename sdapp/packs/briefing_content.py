"""What goes into a briefing: the request (the composer's choices) and the content read for it.

Reading is separate from rendering so the composer can check the classification rule and
count pages before anything is drawn, and so one reading serves every addressee's copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sdapp.core.classification import highest_level
from sdapp.core.errors import DomainError
from sdapp.core.model import ActionOption, Assessment, Dependency
from sdapp.core.reference import ClassificationLevel, ReferenceData
from sdapp.core.risk import RiskMatrix
from sdapp.packs.matrix_figure import MatrixItem
from sdapp.vault.vault import Vault

SECTIONS = ("cover", "summary", "matrix", "dependencies", "annex")


class BriefingError(DomainError):
    """The composer's choices cannot make a briefing (the message says which and why)."""


@dataclass(frozen=True)
class BriefingRequest:
    title: str
    dependency_ids: tuple[str, ...]
    classification: str  # level slug; never lower than the content's highest level
    classifying_official: str
    review_date: dt.date | None = None
    language: str = "nl"
    sections: frozenset[str] = frozenset(SECTIONS)
    ministry: str = ""


@dataclass(frozen=True)
class DependencyContent:
    dependency: Dependency
    assessment: Assessment | None
    options: list[ActionOption]


@dataclass(frozen=True)
class BriefingContent:
    request: BriefingRequest
    ref: ReferenceData
    level: ClassificationLevel
    content_level: ClassificationLevel  # the highest level among the records
    items: list[DependencyContent]
    matrix: RiskMatrix
    matrix_items: list[MatrixItem] = field(default_factory=list)
    author: str = ""
    department: str = ""


def required_level(vault: Vault, dependency_ids: tuple[str, ...]) -> ClassificationLevel:
    """The least level a pack of these records may carry."""
    rows = {r.id: r for r in vault.dependencies.rows()}
    return highest_level((rows[d].classification for d in dependency_ids if d in rows), vault.ref)


def check_request(vault: Vault, request: BriefingRequest) -> None:
    """Refuse what no briefing may be: nothing chosen, unknown records, a level too low."""
    if not request.title.strip():
        raise BriefingError("the briefing needs a title")
    if not request.dependency_ids:
        raise BriefingError("choose at least one dependency")
    if request.language not in ("nl", "en"):
        raise BriefingError(f"unknown language {request.language!r}: choose nl or en")
    unknown = set(request.sections) - set(SECTIONS)
    if unknown:
        raise BriefingError(f"unknown section(s): {', '.join(sorted(unknown))}")
    if not request.classifying_official.strip():
        raise BriefingError("name the classifying official (vaststeller)")
    if request.classification not in vault.ref.level_slugs:
        raise BriefingError(f"unknown classification level {request.classification!r}")
    known = {r.id for r in vault.dependencies.rows()}
    missing = [d for d in request.dependency_ids if d not in known]
    if missing:
        raise BriefingError(f"no dependency with id {missing[0]} in the register")
    needed = required_level(vault, request.dependency_ids)
    chosen = vault.ref.level(request.classification)
    if chosen.rank < needed.rank:
        raise BriefingError(
            f"the briefing cannot be marked {chosen.marking}: it contains records marked {needed.marking}"
            " (a document carries the highest level of what it contains)")


def read_content(vault: Vault, request: BriefingRequest) -> BriefingContent:
    """Everything the renderer needs, in the register's order of the request."""
    check_request(vault, request)
    latest = vault.assessments.latest_all()
    previous = vault.assessments.previous_all()
    options: dict[str, list[ActionOption]] = {}
    for option in vault.options.all():
        options.setdefault(option.dependency_id, []).append(option)
    items: list[DependencyContent] = []
    matrix_items: list[MatrixItem] = []
    for dep_id in dict.fromkeys(request.dependency_ids):
        dep = vault.dependencies.get(dep_id)
        assessment = latest.get(dep_id)
        items.append(DependencyContent(dep, assessment, sorted(options.get(dep_id, []),
                                                               key=lambda o: (o.rung, o.title))))
        if assessment is not None and assessment.current is not None:
            before = None
            prev = previous.get(dep_id)
            if prev is not None and prev.current is not None:
                before = (prev.current.likelihood, prev.current.impact)
            matrix_items.append(MatrixItem(dep.id, dep.name, assessment.current.likelihood,
                                           assessment.current.impact, before))
    content_level = highest_level((i.dependency.classification for i in items), vault.ref)
    return BriefingContent(request, vault.ref, vault.ref.level(request.classification), content_level, items,
                           vault.assessments.matrix(), matrix_items, vault.actor.user, vault.actor.department)
