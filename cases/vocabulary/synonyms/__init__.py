"""More ways of saying a term: lay, colloquial, abbreviated and clinical wordings, EN and FR.

Data only. Each module maps an id to keywords (``;``-separated, same rules as the entries) that
are added to that term's lexicon, in English then French; the term's own entry keeps its labels
and main lexicon.
"""

from __future__ import annotations

from . import background, everyday, history, requests, systems, wording

EXTRA: dict[str, tuple[str, str]] = {}
for _part in (
    history.EXTRA,
    systems.EXTRA,
    background.EXTRA,
    requests.EXTRA,
    wording.EXTRA,
    everyday.EXTRA,
):
    for _id, (_en, _fr) in _part.items():
        _old_en, _old_fr = EXTRA.get(_id, ("", ""))
        EXTRA[_id] = (f"{_old_en};{_en}", f"{_old_fr};{_fr}")
