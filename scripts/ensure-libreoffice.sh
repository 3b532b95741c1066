#!/usr/bin/env bash
# Installs what the Word-export test needs to open .docx files the way a user's
# office suite does: Debian's LibreOffice Writer without GUI (soffice, 7.4) and
# poppler-utils (pdftotext, pdftoppm), only when missing. Used by .ci/run; the
# test itself fails under CI=true when they are absent, and skips otherwise.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]}"
apt-get update
apt-get install -y "${missing[@]}" </dev/null
