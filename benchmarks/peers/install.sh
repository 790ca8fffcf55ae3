#!/usr/bin/env bash
# The benchmarks' peers (MindAR, npm mind-ar 1.2.5 with tfjs), at the versions of package-lock.json,
# into benchmarks/peers/node_modules (ignored by git). Benchmark-only: neither the app nor the
# viewer bundle depends on them. benchmarks/image_targets.py --peer mindar runs this when missing.
# --ignore-scripts: mind-ar's dependency `canvas` (for its Node compiler, unused here: the benchmark
# compiles in Chromium) would otherwise build or download a native addon.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
test -f node_modules/mind-ar/dist/mindar-image.prod.js
