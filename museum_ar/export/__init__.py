"""Exhibit bundles: writer, reader, verifier and the packed tablet viewer.

    export_bundle(project_dir, out)   -> a folder or .zip that plays offline
    export_exhibit(exhibit, root, out) -> the same from an exhibit in memory (unsaved edits too)
    verify_bundle(path)               -> VerifyReport, or BundleError naming the problem
    serve_bundle(path, host, port)    -> a local HTTP(S) server for the viewer
"""

from .bundle_files import BundleFiles, open_bundle_files  # noqa: F401
from .manifest import MANIFEST_FILE, SIGNATURE_FILE, build_manifest, validate_manifest  # noqa: F401
from .safe_zip import extract_bundle_zip  # noqa: F401
from .signing import generate_signing_key, load_signing_key  # noqa: F401
from .verify import VerifyReport, verify_bundle  # noqa: F401
from .writer import check_exportable, export_bundle, export_exhibit  # noqa: F401
