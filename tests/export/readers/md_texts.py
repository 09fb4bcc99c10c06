#!/usr/bin/env python3
"""Reads a Markdown file with Debian's cmark (CommonMark reference parser) and prints, as JSON,
what a reader sees: {"paragraphs": [...], "headings": [...], "items": [...], "html": n,
"code": n, "links": n, "emph_texts": [...]}. A paragraph's text joins its inline text with hard
and soft breaks as "\n"; "items" holds the first paragraph of every list item."""
import json, subprocess, sys
import xml.etree.ElementTree as ET

NS = "{http://commonmark.org/xml/1.0}"
xml = subprocess.run(["cmark", "--to", "xml", sys.argv[1]], check=True, capture_output=True).stdout
root = ET.fromstring(xml)

def text_of(node):
    out = []
    for child in node:
        tag = child.tag.replace(NS, "")
        if tag in ("text", "code"):
            out.append(child.text or "")
        elif tag in ("linebreak", "softbreak"):
            out.append("\n")
        else:
            out.append(text_of(child))
    return "".join(out)

result = {"paragraphs": [], "headings": [], "items": [], "html": 0, "code": 0, "links": 0,
          "block_quotes": 0, "emph_texts": []}
for node in root.iter():
    tag = node.tag.replace(NS, "")
    if tag == "paragraph":
        result["paragraphs"].append(text_of(node))
    elif tag == "heading":
        result["headings"].append(text_of(node))
    elif tag == "item":
        first = next((c for c in node if c.tag == NS + "paragraph"), None)
        result["items"].append(text_of(first) if first is not None else "")
    elif tag in ("html_inline", "html_block"):
        result["html"] += 1
    elif tag in ("code", "code_block"):
        result["code"] += 1
    elif tag in ("link", "image"):
        result["links"] += 1
    elif tag == "block_quote":
        result["block_quotes"] += 1
    elif tag in ("emph", "strong"):
        result["emph_texts"].append(text_of(node))
print(json.dumps(result, ensure_ascii=False))
