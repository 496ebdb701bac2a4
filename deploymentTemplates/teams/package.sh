#!/usr/bin/env bash
# Builds the Teams app package (a zip of manifest.json, en.json and the two icons) with the placeholders filled in.
# Usage: TEAMS_APP_ID=<guid> BOT_ID=<MicrosoftAppId> BOT_HOST=<app>.azurewebsites.net \
#        WEBSITE_URL=https://... PRIVACY_URL=https://... TERMS_OF_USE_URL=https://... ./package.sh [output.zip]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/takeabreak-teams.zip}")"
placeholders=(TEAMS_APP_ID BOT_ID BOT_HOST WEBSITE_URL PRIVACY_URL TERMS_OF_USE_URL)

for name in "${placeholders[@]}"; do
  if [ -z "${!name:-}" ]; then
    echo "error: $name is not set (see deploymentTemplates/README.md, 'Teams app')." >&2
    exit 1
  fi
done
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
for name in TEAMS_APP_ID BOT_ID; do
  if ! [[ "${!name}" =~ $guid ]]; then
    echo "error: $name must be a GUID, got '${!name}'." >&2
    exit 1
  fi
done
if [[ "$BOT_HOST" == *"/"* ]]; then
  echo "error: BOT_HOST is a host name without scheme or path, e.g. app-takeabreak.azurewebsites.net." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
manifest="$(cat "$here/manifest.json")"
for name in "${placeholders[@]}"; do
  manifest="${manifest//"{{$name}}"/${!name}}"
done
printf '%s\n' "$manifest" > "$work/manifest.json"
cp "$here/en.json" "$here/color.png" "$here/outline.png" "$work/"

rm -f "$out"
(cd "$work" && zip -q -X "$out" manifest.json en.json color.png outline.png)
echo "$out"
