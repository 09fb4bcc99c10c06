#include "export/html.h"

#include "core/palette.h"
#include "export/board_image.h"

#include <fmt/format.h>

namespace kiosk::exporting {
namespace {

constexpr const char* kStyle = R"(
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Inter", system-ui, sans-serif; color: #111; background: #fff;
       max-width: 52em; margin: 2em auto; padding: 0 1.2em; line-height: 1.45; }
h1 { font-size: 1.9em; margin-bottom: .3em; }
h2 { font-size: 1.45em; margin-top: 1.6em; border-bottom: 2px solid #ddd; padding-bottom: .15em; }
h3 { font-size: 1.15em; margin-top: 1.2em; }
.t { white-space: pre-wrap; overflow-wrap: anywhere; }
.quiet { color: #555; font-style: italic; }
table { border-collapse: collapse; margin: .6em 0; }
th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
ul.entries { list-style: none; padding: 0; }
ul.entries > li { margin: .45em 0; padding: .45em .7em; border-left: .5em solid #ddd; background: #fafafa;
                  break-inside: avoid; }
ul.entries > li.note { border-radius: .3em; }
.detail { margin-top: .3em; }
.meta { color: #444; font-size: .85em; margin-top: .25em; }
img.board { display: block; max-width: 100%; height: auto; margin: .8em 0; border: 1px solid #ddd; }
/* On a phone a board keeps its note text readable (about 12 px) and scrolls sideways. */
div.board { overflow-x: auto; }
@media screen and (max-width: 40em) { img.board { max-width: none; width: calc(var(--board-width) * 0.8); } }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  img.board { max-height: 24cm; object-fit: contain; }
}
)";

std::string hex(Rgb c) { return fmt::format("#{:02X}{:02X}{:02X}", c.r, c.g, c.b); }

struct HtmlWriter {
    const Document& doc;
    BoardPictures& pictures;
    std::string out;
    bool in_section = false;

    void heading(const Block& b) {
        if (b.section) {
            if (in_section) out += "</section>\n";
            out += "<section class=\"exercise\">\n";
            in_section = true;
        }
        out += fmt::format("<h{0} class=\"t\">{1}</h{0}>\n", b.level, html_escape(b.text));
    }
    void paragraph(const Block& b) {
        out += fmt::format("<p class=\"t{}\">{}</p>\n", b.emphasis ? " quiet" : "", html_escape(b.text));
    }
    void entries(const Block& b) {
        out += "<ul class=\"entries\">\n";
        for (const auto& e : b.entries) {
            std::string cls = e.colour >= 0 ? "note" : "";
            out += "<li";
            if (!cls.empty()) out += " class=\"" + cls + "\"";
            if (e.colour >= 0) out += " style=\"border-left-color:" + hex(note_colour(e.colour).fill) + "\"";
            out += ">";
            if (!e.label.empty()) out += "<strong class=\"t\">" + html_escape(lead_in(e.label)) + "</strong> ";
            out += fmt::format("<span class=\"t{}\">{}</span>", e.empty ? " quiet" : "", html_escape(e.text));
            if (!e.detail.empty()) out += "<div class=\"detail t\">" + html_escape(e.detail) + "</div>";
            if (!e.meta.empty()) out += "<div class=\"meta t\">" + html_escape(e.meta) + "</div>";
            out += "</li>\n";
        }
        out += "</ul>\n";
    }
    void table(const Block& b) {
        const Table& t = b.table;
        auto cell = [&](const char* tag, std::size_t k, const std::string& text) {
            bool num = k < t.numeric.size() && t.numeric[k];
            out += fmt::format("<{0}{1}>{2}</{0}>", tag, num ? " class=\"n\"" : "", html_escape(text));
        };
        out += "<table>\n<thead><tr>";
        for (std::size_t k = 0; k < t.header.size(); ++k) cell("th", k, t.header[k]);
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& r : t.rows) {
            out += "<tr>";
            for (std::size_t k = 0; k < r.size(); ++k) cell("td", k, r[k]);
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
    }
    void board(const Block& b) {
        // A data URI keeps each picture's internal ids (glyphs, clips) apart from the others'.
        const double width = pictures.picture(b.board).width();
        out += fmt::format("<div class=\"board\"><img class=\"board\" style=\"--board-width:{:.0f}px\" alt=\"", width) +
               html_escape(b.board.heading) + "\" src=\"data:image/svg+xml;base64," + base64(pictures.svg(b.board)) +
               "\"></div>\n";
    }

    void write() {
        out += "<!DOCTYPE html>\n<html lang=\"" + html_escape(doc.language.empty() ? "nl" : doc.language) +
               "\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out += "<title>" + html_escape(doc.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
        for (const auto& b : doc.blocks) {
            switch (b.kind) {
                case Block::Kind::Heading: heading(b); break;
                case Block::Kind::Paragraph: paragraph(b); break;
                case Block::Kind::Entries: entries(b); break;
                case Block::Kind::Table: table(b); break;
                case Block::Kind::Board: board(b); break;
            }
        }
        if (in_section) out += "</section>\n";
        out += "</body>\n</html>\n";
    }
};

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string base64(std::string_view bytes) {
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                     static_cast<unsigned char>(bytes[i + 2]);
        out += kDigits[(v >> 18) & 63]; out += kDigits[(v >> 12) & 63];
        out += kDigits[(v >> 6) & 63]; out += kDigits[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kDigits[(v >> 18) & 63]; out += kDigits[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? kDigits[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::string to_html(const Document& doc, BoardPictures& pictures) {
    HtmlWriter w{doc, pictures, {}};
    w.write();
    return w.out;
}

}  // namespace kiosk::exporting
