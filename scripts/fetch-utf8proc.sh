#!/usr/bin/env bash
# Unpacks utf8proc's Debian source package into $1 (a build cache folder).
# apt-get source needs deb-src entries; rather than touch /etc/apt, derive a private
# sources list from the machine's own apt sources and point apt at it.
set -euo pipefail
cache=$1
mkdir -p "$cache"
if compgen -G "$cache/utf8proc-*/utf8proc.c" > /dev/null; then
  exit 0
fi
apt_dir="$cache/apt"
mkdir -p "$apt_dir/sources" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
rm -f "$apt_dir/sources/"*
n=0
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  sed -E 's/^Types:.*/Types: deb-src/' "$f" > "$apt_dir/sources/$n.sources"
done
if [ -f /etc/apt/sources.list ]; then
  grep -E '^deb ' /etc/apt/sources.list | sed -E 's/^deb /deb-src /' > "$apt_dir/sources/legacy.list" || true
fi
opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/sources"
      -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
      -o APT::Sandbox::User=root -o Debug::NoLocking=1)
apt-get "${opts[@]}" update -qq
(cd "$cache" && apt-get "${opts[@]}" source -qq utf8proc)
compgen -G "$cache/utf8proc-*/utf8proc.c" > /dev/null || { echo "utf8proc source not unpacked" >&2; exit 1; }
