"""narrative_kit: coaching for public-narrative drafts in Arabic, French and English.

    >>> from narrative_kit import analyze
    >>> report = analyze("I was nineteen when ...")   # doctest: +SKIP
    >>> report.model_dump_json()                        # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("narrative-kit")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

from .analysis import analyze  # noqa: E402
from .frameworks import Framework, list_frameworks, load_framework  # noqa: E402
from .models import Ask, Element, Finding, Metrics, Report, Section, Span  # noqa: E402
from .reading import InputError, read_draft  # noqa: E402

__all__ = [
    "Ask", "Element", "Finding", "Framework", "InputError", "Metrics", "Report", "Section",
    "Span", "__version__", "analyze", "list_frameworks", "load_framework", "read_draft",
]
