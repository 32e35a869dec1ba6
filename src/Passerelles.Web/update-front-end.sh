#!/usr/bin/env bash
# Refreshes the front-end packages the app serves from wwwroot/lib. A developer runs it (it needs npm) after changing
# a version below; the build never runs it. It fetches each pinned package from npm into a temporary folder, copies
# only the files the pages load plus the package's licence, and rewrites wwwroot/lib/README.md with the versions.
set -euo pipefail
cd "$(dirname "$0")"

# package, version, files served (paths inside the package, copied keeping their path below dist/)
packages=(
  "htmx.org 2.0.11 htmx dist/htmx.min.js"
  "leaflet 1.9.4 leaflet dist/leaflet.js dist/leaflet.css dist/images/layers.png dist/images/layers-2x.png dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lib=wwwroot/lib
readme=$(mktemp -p "$work")
cat >"$readme" <<'EOF'
# Front-end packages

The app serves these files as they are, from this folder; nothing is downloaded when it is built or run.
To change a version, edit `update-front-end.sh` beside the project file and run it (it needs npm): it fetches the
packages, copies the files below and rewrites this list. Check the pages that use them before committing.

| Package | Version | Licence | Folder | Files served | Source (npm tarball integrity) |
|---|---|---|---|---|---|
EOF

for entry in "${packages[@]}"; do
  read -r name version folder files <<<"$entry"
  pack=$(cd "$work" && npm pack "$name@$version" --json --silent)
  tarball=$(node -e 'const p = JSON.parse(process.argv[1])[0]; console.log(p.filename)' "$pack")
  integrity=$(node -e 'const p = JSON.parse(process.argv[1])[0]; console.log(p.integrity)' "$pack")
  mkdir -p "$work/$folder"
  tar -xzf "$work/$tarball" -C "$work/$folder" --strip-components=1
  licence=$(node -e 'console.log(require(process.argv[1]).license)' "$work/$folder/package.json")

  rm -rf "${lib:?}/$folder"
  mkdir -p "$lib/$folder"
  cp "$work/$folder/LICENSE" "$lib/$folder/LICENSE"
  served=()
  for file in $files; do
    target="$lib/$folder/${file#dist/}"
    mkdir -p "$(dirname "$target")"
    cp "$work/$folder/$file" "$target"
    served+=("\`${file#dist/}\`")
  done
  printf '| [%s](https://www.npmjs.com/package/%s/v/%s) | %s | %s | `%s/` | %s | `%s` |\n' \
    "$name" "$name" "$version" "$version" "$licence" "$folder" "${served[*]}" "$integrity" >>"$readme"
done

cp "$readme" "$lib/README.md"
echo "Updated $lib; see $lib/README.md"
