#!/usr/bin/env python3
"""Reads an HTML file with Python's html.parser and prints, as JSON, the text of every element
with class "t" (people's text), the <title>, the number of <script> elements, whether there is a
<meta charset="utf-8">, and the src of every <img>."""
import json, sys
from html.parser import HTMLParser

class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.texts, self.title, self.scripts, self.charset, self.images = [], [], None, 0, False, []
        self.in_title = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("charset") or "").lower() == "utf-8":
            self.charset = True
        if tag == "script":
            self.scripts += 1
        if tag == "img":
            self.images.append(a.get("src", ""))
        if tag == "title":
            self.in_title = True
            self.title = ""
        if tag in ("meta", "img", "br", "link"):
            return
        is_t = "t" in (a.get("class") or "").split()
        self.stack.append((tag, is_t, []))
    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        while self.stack:
            t, is_t, parts = self.stack.pop()
            if is_t:
                self.texts.append("".join(parts))
            if t == tag:
                break
    def handle_data(self, data):
        if self.in_title:
            self.title += data
        for _, is_t, parts in self.stack:
            if is_t:
                parts.append(data)

r = Reader()
r.feed(open(sys.argv[1], encoding="utf-8").read())
r.close()
print(json.dumps({"texts": r.texts, "title": r.title, "scripts": r.scripts, "charset": r.charset,
                  "images": r.images}, ensure_ascii=False))
