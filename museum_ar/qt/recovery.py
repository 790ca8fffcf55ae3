"""What an autosave brings back, in words: "2 markers added, 1 item moved, exhibit texts changed".
Compares the recovered exhibit with the last saved one; no widgets here."""

from __future__ import annotations

from ..core.exhibit import Exhibit
from .i18n import plural, tr


def _items(ex: Exhibit) -> dict:
    return {it.id: (m.id, it) for m in ex.markers for it in m.items}


def describe_changes(saved: Exhibit, recovered: Exhibit) -> list[str]:
    """One phrase per kind of change, in the UI language (empty when nothing differs)."""
    out = []
    old_m = {m.id: m for m in saved.markers}
    new_m = {m.id: m for m in recovered.markers}
    added = [i for i in new_m if i not in old_m]
    removed = [i for i in old_m if i not in new_m]
    changed = [i for i in new_m if i in old_m and (new_m[i].size_mm, new_m[i].label, new_m[i].mount) != (old_m[i].size_mm, old_m[i].label, old_m[i].mount)]
    if added:
        out.append(plural(len(added), "{n} marker added ({ids})", "{n} markers added ({ids})", ids=", ".join(added)))
    if removed:
        out.append(plural(len(removed), "{n} marker removed ({ids})", "{n} markers removed ({ids})", ids=", ".join(removed)))
    if changed:
        out.append(plural(len(changed), "{n} marker changed ({ids})", "{n} markers changed ({ids})", ids=", ".join(changed)))
    old_i, new_i = _items(saved), _items(recovered)
    i_added = [i for i in new_i if i not in old_i]
    i_removed = [i for i in old_i if i not in new_i]
    moved = [i for i in new_i if i in old_i and new_i[i][1].transform != old_i[i][1].transform]
    edited = [i for i in new_i if i in old_i and i not in moved and new_i[i] != old_i[i]]
    for ids, one, many in (
        (i_added, "{n} item added", "{n} items added"),
        (i_removed, "{n} item removed", "{n} items removed"),
        (moved, "{n} item placed anew", "{n} items placed anew"),
        (edited, "{n} item edited", "{n} items edited"),
    ):
        if ids:
            out.append(plural(len(ids), one, many))
    if (saved.title, saved.description) != (recovered.title, recovered.description):
        out.append(tr("exhibit texts changed"))
    if saved.publish_url != recovered.publish_url:
        out.append(tr("publish address changed"))
    return out
