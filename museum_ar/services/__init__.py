"""Workflows the CLI and the app share, written once (issue #18): attaching files to a marker
(`services.attach`) and exporting a bundle from the exhibit as it is in memory (`services.export`).

Sits above core, content, markers and export and below the front ends (qt, cli); imports no Qt.
Heavy packages (trimesh, cv2, usd-core) are imported inside the functions, so importing a service
costs nothing until it runs.
"""
