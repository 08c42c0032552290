#!/usr/bin/env python3
"""Checks a FollowTheMoney export against the FtM schema, using the
`followthemoney` package itself: every entity's schema exists, every property
belongs to it and holds a valid value, required properties are present, and
every entity reference points to an entity in the file.

Usage: validate.py EXPORT.jsonl [...]   (exit status 1 on any problem)
"""
import json
import sys

from followthemoney import model
from followthemoney.exc import InvalidData

problems = 0
entities = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            data = json.loads(line)
            where = f"{path}:{n} ({data.get('schema')} {data.get('id')})"
            schema = model.get(data.get("schema"))
            if schema is None:
                print(f"{where}: unknown schema"); problems += 1; continue
            for prop, values in data.get("properties", {}).items():
                p = schema.get(prop)
                if p is None:
                    print(f"{where}: {schema.name} has no property {prop}"); problems += 1; continue
                for v in values:
                    if p.type.clean(v, proxy=None) is None:
                        print(f"{where}: {prop} = {v!r} is not a valid {p.type.name}"); problems += 1
            try:
                proxy = model.get_proxy(data, cleaned=False)
            except InvalidData as e:
                print(f"{where}: {e}"); problems += 1; continue
            for req in schema.required:
                if not proxy.get(req):
                    print(f"{where}: required property {req} is missing"); problems += 1
            entities[proxy.id] = proxy

for proxy in entities.values():
    for prop, value in proxy.itervalues():
        if prop.type.name == "entity" and value not in entities:
            print(f"{proxy.schema.name} {proxy.id}: {prop.name} refers to {value}, which is not in the export"); problems += 1

print(f"{len(entities)} entities checked, {problems} problem(s)")
sys.exit(1 if problems else 0)
