#!/usr/bin/env bash
# Installs, only when missing, what the browser tests and `npm start` need from
# Debian: its Chromium, its Firefox ESR (never a browser download) and a CJK font
# for readable screenshots. Used by .ci/run (everything) and `npm start`
# (`ensure-browser.sh chromium`: no Firefox needed to show the demo).
#
#   bash scripts/ensure-browser.sh [chromium] [firefox]
#
# Checks never pipe one command into another: under pipefail `fc-list | grep -q`
# fails whenever grep stops reading early (fc-list dies of SIGPIPE, exit 141), and
# an installed font would be reported missing (../shared/TOOLCHAIN.md).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

wanted=("$@")
[ "${#wanted[@]}" -eq 0 ] && wanted=(chromium firefox)

missing=()
for browser in "${wanted[@]}"; do
  case "$browser" in
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    firefox) [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr) ;;
    *) echo "ensure-browser.sh: unknown browser '$browser' (chromium or firefox)" >&2; exit 2 ;;
  esac
done
# Any font that covers Chinese will do (fonts-noto-cjk as well as the small
# fonts-wqy-microhei installed here); `fc-list -q` answers by exit status alone.
if ! command -v fc-list >/dev/null || ! fc-list -q ':lang=zh-cn'; then
  missing+=(fonts-wqy-microhei)
fi

[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<EOF
Missing Debian packages: ${missing[*]}
Installing them needs root. Run once:
  sudo apt-get update && sudo apt-get install -y ${missing[*]}
then run this command again.
EOF
  exit 1
fi

echo "Installing ${missing[*]} (Debian packages, once)"
# Another apt user (unattended-upgrades, a parallel job) may hold the lock: wait for it
# rather than fail.
apt_wait=(-o DPkg::Lock::Timeout=600)
apt-get "${apt_wait[@]}" update
apt-get "${apt_wait[@]}" install -y "${missing[@]}" </dev/null
