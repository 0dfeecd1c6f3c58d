#!/usr/bin/env bash
# Installs the system packages caseaudit's PDF output and tests need, only when missing:
# Debian's Chromium (puppeteer cannot download its own browser here) and poppler-utils
# (pdftotext, used by the tests to read the PDF back). Safe to run again.
set -euo pipefail
need=()
have_browser=""
for b in "${PUPPETEER_EXECUTABLE_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -n "$b" ] && [ -x "$b" ]; then have_browser="$b"; break; fi
done
[ -n "$have_browser" ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${#need[@]}" -gt 0 ]; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  echo "setup: installing ${need[*]} with apt-get" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
