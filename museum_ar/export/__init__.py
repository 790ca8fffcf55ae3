"""Exhibit bundles: writer, reader, verifier; packs the tablet viewer."""
