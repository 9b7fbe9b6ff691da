"""Case authoring in the admin: drafts with their rows, published versions, edit history."""

from cases.admin.case_admin import CaseAdmin
from cases.admin.versions import CaseEditAdmin, CaseVersionAdmin

__all__ = ["CaseAdmin", "CaseEditAdmin", "CaseVersionAdmin"]
