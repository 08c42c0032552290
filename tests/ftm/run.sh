#!/usr/bin/env bash
# Imports the sample data into a fresh node, exports every kind as
# FollowTheMoney, and checks the export with the `followthemoney` package
# (installed from PyPI into target/ftm-venv when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${LIAISON_BIN:-target/debug/liaison}"
venv=target/ftm-venv
if ! "$venv/bin/python" -c "import followthemoney" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check followthemoney
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" init --data-dir "$work/node" --name de-bka --country DE >/dev/null
for pair in person:persons.csv document:documents.csv vehicle:vehicles.jsonl account:accounts.csv \
            phone:phones.csv organisation:organisations.csv event:events.csv relation:relations.csv; do
  "$bin" import --data-dir "$work/node" --kind "${pair%%:*}" "tests/data/${pair#*:}" \
    --handling-code h2 --purpose "sample" --case "SAMPLE-1" --evaluation B2 \
    --review-after 2027-01-01 --delete-after 2030-01-01 >/dev/null
done
for kind in person document vehicle account organisation event; do
  "$bin" export --data-dir "$work/node" --kind "$kind" --format ftm --out "$work/$kind.ftm.jsonl" 2>/dev/null
done
"$venv/bin/python" tests/ftm/validate.py "$work"/*.ftm.jsonl
