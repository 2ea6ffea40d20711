#!/usr/bin/env bash
# Runs the whole test suite. Installs what the tests need on a fresh Debian machine (run as root), then prints
# a last line "tests: N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v git >/dev/null 2>&1 || need+=(git)
# `sitegen pdf` prints with Chromium, and its test reads the PDF back with pdftotext (poppler-utils).
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# The tool package test packs the native CLI (Native AOT), which links with the system's C compiler.
command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need+=(clang binutils)
if [[ -d tests/SiteGen.BrowserTests ]]; then
  command -v npm >/dev/null 2>&1 || need+=(npm)
fi
if ((${#need[@]})); then
  echo "Installing ${need[*]} ..."
  if [[ $(id -u) -ne 0 ]]; then echo "test.sh: ${need[*]} missing; run as root or install them" >&2; exit 1; fi
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null || { echo "test.sh: could not install ${need[*]}" >&2; exit 1; }
fi

# The browser tests load axe-core (npm package) into pages to check accessibility.
if [[ -d tests/SiteGen.BrowserTests && ! -f tests/SiteGen.BrowserTests/node_modules/axe-core/axe.min.js ]]; then
  echo "Installing axe-core for the browser tests ..."
  (cd tests/SiteGen.BrowserTests && npm install --no-audit --no-fund) || { echo "test.sh: npm install failed in tests/SiteGen.BrowserTests" >&2; exit 1; }
fi

log=$(mktemp)
report=tests/SiteGen.Tests/bin/Release/net10.0/reliability-report.txt
rm -f "$report"
dotnet test SiteGen.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The hardening tests count the generated and fixed bad inputs they tried and how they were handled.
[[ -f $report ]] && cat "$report"

# Each test assembly ends with "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T"; add them up.
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; echo "test.sh: dotnet test failed before reporting results (exit $status)"; fi
summary="tests: $passed passed, $failed failed"
((skipped > 0)) && summary+=", $skipped skipped"
echo "$summary"
exit $status
