#!/usr/bin/env python3
"""Generate the ISO 3166-1 country codelist: crates/core/codelists/countries.json.

What it does
    Reads Debian's iso-codes data -- /usr/share/iso-codes/json/iso_3166-1.json
    for the codes and English names, and the gettext catalogues
    /usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo for the fr, es, de and
    ar names -- and writes crates/core/codelists/countries.json. No country
    name is typed by hand here; the only hand-written data are the codelist
    titles and the non-ISO entries in NON_ISO below.

    English label: `common_name` when iso-codes has one ("Bolivia"), else
    `name`. Each other language translates that same msgid; if the catalogue
    lacks a translation of `common_name` it uses the translation of `name`;
    if that is missing too it falls back to the English label, and such
    fallbacks are counted and printed.

    Output is reproducible (same input, byte-identical output): ISO entries
    sorted by alpha-2, then the non-ISO entries (attributes.non_iso = true)
    in a separate block at the end; UTF-8, ensure_ascii=False, indent=1,
    trailing newline.

How to run (from the repository root; standard library only)
    apt-get install iso-codes && python3 scripts/codelists/countries.py

Committed file produced from iso-codes 4.15.0-1
    (dpkg-query -W -f='${Version}' iso-codes)
"""

import gettext
import json
import subprocess
import sys
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALE_DIR = Path("/usr/share/locale")
DOMAIN = "iso_3166-1"
LANGS = ["en", "fr", "es", "de", "ar"]  # label order in the output
OUT = Path(__file__).resolve().parents[2] / "crates" / "core" / "codelists" / "countries.json"

TITLE = {
    "en": "Countries (ISO 3166-1)",
    "fr": "Pays (ISO 3166-1)",
    "es": "Países (ISO 3166-1)",
    "de": "Staaten (ISO 3166-1)",
    "ar": "البلدان (ISO 3166-1)",
}

# Codes that law-enforcement data uses but ISO 3166-1 does not assign.
# Kept deliberately short: add nothing here without a documented need.
# XK / XKX: user-assigned code used by the European Union and in ICAO
# travel documents for Kosovo. iso-codes has no such entry, so its labels
# are given here; they match the CLDR territory name for "XK" in each
# language (Debian package unicode-cldr-core 41, common/main/<lang>.xml).
NON_ISO = [
    {
        "code": "XK",
        "alpha3": "XKX",
        "labels": {
            "en": "Kosovo",
            "fr": "Kosovo",
            "es": "Kosovo",
            "de": "Kosovo",
            "ar": "كوسوفو",
        },
    },
]


class _Missing(gettext.NullTranslations):
    """Fallback catalogue that marks a msgid as untranslated (returns None)."""

    def gettext(self, message):
        return None


def iso_codes_version():
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
        check=True, capture_output=True, text=True,
    )
    version = out.stdout.strip()
    if not version:
        sys.exit("countries.py: cannot determine the iso-codes version")
    return version


def load_catalogue(lang):
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with open(path, "rb") as fp:
        cat = gettext.GNUTranslations(fp)
    cat.add_fallback(_Missing())
    return cat


def translate(cat, msgid):
    """Translation of msgid, or None when the catalogue has none."""
    text = cat.gettext(msgid)
    if text is None or not text.strip():
        return None
    return text.strip()


def main():
    version = iso_codes_version()
    with open(ISO_JSON, encoding="utf-8") as fp:
        countries = json.load(fp)["3166-1"]

    catalogues = {lang: load_catalogue(lang) for lang in LANGS if lang != "en"}
    english_fallbacks = {lang: [] for lang in catalogues}
    name_fallbacks = {lang: [] for lang in catalogues}

    entries = []
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        code = c["alpha_2"]
        msgid = c.get("common_name") or c["name"]
        labels = {"en": msgid}
        for lang, cat in catalogues.items():
            text = translate(cat, msgid)
            if text is None and msgid != c["name"]:
                text = translate(cat, c["name"])
                if text is not None:
                    name_fallbacks[lang].append(code)
            if text is None:
                text = msgid
                english_fallbacks[lang].append(code)
            labels[lang] = text
        numeric = c["numeric"]
        if len(numeric) != 3 or not numeric.isdigit():
            sys.exit(f"countries.py: unexpected numeric code {numeric!r} for {code}")
        entries.append({
            "code": code,
            "parent": None,
            "labels": {lang: labels[lang] for lang in LANGS},
            "attributes": {"alpha3": c["alpha_3"], "numeric": numeric},
        })

    iso_codes = {e["code"] for e in entries}
    for extra in sorted(NON_ISO, key=lambda e: e["code"]):
        if extra["code"] in iso_codes:
            sys.exit(f"countries.py: {extra['code']} is now in ISO 3166-1; drop it from NON_ISO")
        entries.append({
            "code": extra["code"],
            "parent": None,
            "labels": {lang: extra["labels"][lang] for lang in LANGS},
            "attributes": {"alpha3": extra["alpha3"], "numeric": None, "non_iso": True},
        })

    doc = {
        "name": "countries",
        "title": TITLE,
        "source": f"ISO 3166-1 via Debian iso-codes {version}; names and translations from iso-codes",
        "entries": entries,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fp:
        fp.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")

    print(f"iso-codes {version}: {len(countries)} ISO entries + {len(NON_ISO)} non-ISO -> {OUT}")
    for lang in catalogues:
        print(f"  {lang}: {len(english_fallbacks[lang])} English fallback(s) {english_fallbacks[lang]}; "
              f"{len(name_fallbacks[lang])} common_name->name fallback(s) {name_fallbacks[lang]}")


if __name__ == "__main__":
    main()
