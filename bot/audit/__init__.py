"""Consistency audit: every loaded disclosure checked the way a human reviewer checks it.

One family of checks a module — words against figures (`words`), the same figure everywhere
(`same`), sums at every level (`sums`), names and codes (`names`), years and dates (`years`),
template leftovers (`leftovers`), structure (`structure`), across years (`across`) — and one
report (`report`). Nothing here knows a particular document's numbers or names.
"""

from bot.audit.model import CHECK_LABEL, SEVERITIES, SEVERITY_LABEL, Finding
from bot.audit.report import render
from bot.audit.run import audit, audit_db, audit_files, main

__all__ = ["CHECK_LABEL", "SEVERITIES", "SEVERITY_LABEL", "Finding", "audit", "audit_db",
           "audit_files", "main", "render"]
