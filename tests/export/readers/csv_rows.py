#!/usr/bin/env python3
"""Reads a CSV file with Python's csv module in strict mode and prints the rows as JSON.
Usage: csv_rows.py FILE DELIMITER. A UTF-8 byte-order mark is stripped (utf-8-sig), as the
project's own CSV reading does; {"bom": true|false, "rows": [[...], ...]}."""
import csv, json, sys

raw = open(sys.argv[1], "rb").read()
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f, delimiter=sys.argv[2], quotechar='"', doublequote=True, strict=True))
print(json.dumps({"bom": raw.startswith(b"\xef\xbb\xbf"), "rows": rows}, ensure_ascii=False))
