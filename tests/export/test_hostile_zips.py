"""Hostile zips, built by hand: each is refused with a BundleError that says what is wrong, and
nothing is written outside (or, on refusal, inside) the target folder."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from museum_ar.core.errors import BundleError
from museum_ar.export import extract_bundle_zip, verify_bundle


def make_zip(path: Path, members: list[tuple], *, compression=zipfile.ZIP_DEFLATED) -> Path:
    """members: (name, bytes) or (name, bytes, unix_mode)."""
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for m in members:
            name, data = m[0], m[1]
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = compression
            info.create_system = 3
            info.external_attr = (m[2] if len(m) > 2 else stat.S_IFREG | 0o644) << 16
            zf.writestr(info, data)
    return path


def snapshot(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


HOSTILE = {
    "traversal": ([("manifest.json", b"{}"), ("../evil.txt", b"x")], "outside the bundle"),
    "deep-traversal": ([("assets/../../evil.txt", b"x")], "outside the bundle"),
    "absolute": ([("/tmp/evil.txt", b"x")], "absolute path"),
    "windows-drive": ([("C:/evil.txt", b"x")], "absolute path"),
    "backslash": ([("..\\evil.txt", b"x")], "backslashes"),
    "symlink": ([("manifest.json", b"{}"), ("link", b"/etc/passwd", stat.S_IFLNK | 0o777)], "symbolic link"),
    "fifo": ([("pipe", b"", stat.S_IFIFO | 0o644)], "device, pipe or socket"),
    "duplicate": ([("manifest.json", b"{}"), ("manifest.json", b"{}")], "appears twice"),
    "case-duplicate": ([("Index.html", b"a"), ("index.html", b"b")], "appears twice"),
    "file-and-folder": ([("assets", b"x"), ("assets/a.png", b"y")], "both a file and the folder"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_member_names_are_refused(tmp_path: Path, case: str):
    members, message = HOSTILE[case]
    with pytest.warns(UserWarning) if case == "duplicate" else _nothing():
        z = make_zip(tmp_path / f"{case}.zip", members)
    before = snapshot(tmp_path)
    target = tmp_path / "out"
    with pytest.raises(BundleError, match=message) as e:
        extract_bundle_zip(z, target)
    assert str(z) in str(e.value)
    with pytest.raises(BundleError, match=message):
        verify_bundle(z)
    assert snapshot(tmp_path) == before  # nothing written anywhere, not even the target folder
    assert not Path("/tmp/evil.txt").exists() or Path("/tmp/evil.txt").stat().st_mtime < z.stat().st_mtime


@pytest.mark.slow
def test_zip_bomb_by_ratio_is_refused_before_inflating(tmp_path: Path):
    z = make_zip(tmp_path / "bomb.zip", [("manifest.json", b"{}"), ("assets/zeros.bin", b"\0" * (64 * 1024 * 1024))])
    assert z.stat().st_size < 1024 * 1024
    with pytest.raises(BundleError, match="zip bomb"):
        extract_bundle_zip(z, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_zip_bomb_by_total_size_is_refused(tmp_path: Path):
    from museum_ar.export.safe_zip import ZipLimits

    data = bytes(range(256)) * 4096  # 1 MiB that does not compress much below the ratio limit
    z = make_zip(tmp_path / "many.zip", [(f"f{i}.bin", data) for i in range(5)], compression=zipfile.ZIP_STORED)
    with pytest.raises(BundleError, match="zip bomb"):
        extract_bundle_zip(z, tmp_path / "out", ZipLimits(max_total_bytes=3 * 1024 * 1024))


def test_lying_size_header_is_caught(tmp_path: Path):
    # Declare a small size but store more: the reader must stop at the declared size.
    z = make_zip(tmp_path / "liar.zip", [("a.txt", b"A" * 1000)], compression=zipfile.ZIP_STORED)
    raw = bytearray(z.read_bytes())
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (10).to_bytes(4, "little")  # uncompressed size in the central directory
    z.write_bytes(bytes(raw))
    with pytest.raises(BundleError):
        extract_bundle_zip(z, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_truncated_zip_is_refused(exhibit_dir: Path, tmp_path: Path):
    from museum_ar.export import export_bundle

    z = export_bundle(exhibit_dir, tmp_path / "ok.zip")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(z.read_bytes()[: z.stat().st_size // 2])
    with pytest.raises(BundleError, match="not a readable zip|neither|truncated|damaged"):
        verify_bundle(cut)
    with pytest.raises(BundleError):
        extract_bundle_zip(cut, tmp_path / "out")


@pytest.mark.slow
def test_good_bundle_extracts_into_a_folder_with_umlauts(exhibit_dir: Path, odd_dir: Path):
    from museum_ar.export import export_bundle

    z = export_bundle(exhibit_dir, odd_dir / "Ausstellung – Grüße.zip")
    target = extract_bundle_zip(z, odd_dir / "entpackt")
    assert verify_bundle(target).files == verify_bundle(z).files
    with pytest.raises(BundleError, match="not empty"):
        extract_bundle_zip(z, target)


def test_folder_bundle_with_a_symlink_is_refused(exported_bundle: Path, tmp_path: Path):
    import shutil

    b = tmp_path / "b"
    shutil.copytree(exported_bundle, b)
    (b / "assets" / "passwd").symlink_to("/etc/passwd")
    with pytest.raises(BundleError, match="symbolic link"):
        verify_bundle(b)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
