#include "export/markdown.h"

#include "core/i18n.h"

#include <cctype>
#include <vector>

namespace kiosk::exporting {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// The code point that starts at byte `i` (or 0 past the end); malformed bytes count as letters,
// which only means one escape fewer for text that clean_text() never lets through anyway.
char32_t code_point_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

// The code point that ends just before byte `i` (or 0 at the start).
char32_t code_point_before(std::string_view s, std::size_t i) {
    if (i == 0) return 0;
    std::size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return code_point_at(s, start);
}

// Letters and digits around an underscore keep it from opening or closing emphasis (CommonMark
// "intraword"). ASCII and the Latin letters Dutch uses; anything else is treated as punctuation,
// which only costs an extra backslash.
bool is_word_char(char32_t cp) {
    if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
    return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

// "&name;" or "&#123;" or "&#x1F;" — would be read as a character reference.
bool looks_like_entity(std::string_view s, std::size_t amp) {
    std::size_t i = amp + 1;
    if (i < s.size() && s[i] == '#') ++i;
    std::size_t start = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    return i > start && i < s.size() && s[i] == ';';
}

// A run of = (with optional trailing spaces) under a paragraph line makes it a setext heading.
bool is_setext_line(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] == '=') ++i;
    if (i == 0) return false;
    while (i < s.size() && is_space(s[i])) ++i;
    return i == s.size();
}

// "1." or "12)" followed by a space or the end: an ordered-list marker. Returns the index of the
// delimiter, or npos.
std::size_t ordered_marker(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && i < 10 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == 0 || i > 9 || i >= s.size() || (s[i] != '.' && s[i] != ')')) return std::string_view::npos;
    if (i + 1 < s.size() && !is_space(s[i + 1])) return std::string_view::npos;
    return i;
}

std::string space_reference(char c) { return c == '\t' ? "&#9;" : "&#32;"; }

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (true) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) { lines.push_back(text.substr(start)); break; }
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

}  // namespace

std::string md_escape_line(std::string_view line, MdContext context) {
    std::string out;
    out.reserve(line.size() + 8);
    std::size_t i = 0;
    std::size_t trailing_hash = line.size();  // start of a final run of # (headings)
    if (context == MdContext::Heading) {
        while (trailing_hash > 0 && line[trailing_hash - 1] == '#') --trailing_hash;
        // A closing run of # only counts after a blank (or as the whole text): "C#" is fine.
        if (trailing_hash > 0 && !is_space(line[trailing_hash - 1])) trailing_hash = line.size();
    }
    // Inside an ATX heading the text is inline: only its end can be mistaken for markup.
    bool line_start = context == MdContext::LineStart;
    if (line_start && !line.empty()) {
        std::size_t marker = ordered_marker(line);
        if (is_space(line[0])) {
            // CommonMark strips leading blanks (and four would start a code block).
            out += space_reference(line[0]);
            i = 1;
        } else if (marker != std::string_view::npos) {
            out.append(line.substr(0, marker));
            out += '\\';
            out += line[marker];
            i = marker + 1;
        } else if (line[0] == '#' || line[0] == '>' || line[0] == '-' || line[0] == '+' ||
                   (line[0] == '=' && is_setext_line(line))) {
            out += '\\';
            out += line[0];
            i = 1;
        }
    }
    for (; i < line.size(); ++i) {
        char c = line[i];
        switch (c) {
            case '\\': case '`': case '*': case '[': case ']': case '<': case '~':
                out += '\\';
                out += c;
                break;
            case '_':
                if (!(is_word_char(code_point_before(line, i)) && is_word_char(code_point_at(line, i + 1))))
                    out += '\\';
                out += c;
                break;
            case '&':
                if (looks_like_entity(line, i)) out += '\\';
                out += c;
                break;
            case '|':
                if (context == MdContext::TableCell) out += '\\';
                out += c;
                break;
            case '#':
                if (i == trailing_hash && context == MdContext::Heading) out += '\\';
                out += c;
                break;
            case '\n':
                out += ' ';
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string md_escape_text(std::string_view text, MdContext first, int indent) {
    // Trailing line breaks would vanish at the end of the paragraph; keep them as references.
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] == '\n') --end;
    std::string tail;
    for (std::size_t k = end; k < text.size(); ++k) tail += "&#10;";
    std::vector<std::string_view> lines = split_lines(text.substr(0, end));
    std::string pad(static_cast<std::size_t>(indent), ' ');
    std::string out;
    for (std::size_t n = 0; n < lines.size(); ++n) {
        std::string_view line = lines[n];
        bool last = n + 1 == lines.size();
        // Blanks at the very end of the paragraph are dropped by readers; before a hard break
        // they are kept.
        std::string end_ref;
        if (last && !line.empty() && is_space(line.back()) && !(line.size() == 1 && (n > 0 || first != MdContext::Inline))) {
            end_ref = space_reference(line.back());
            line.remove_suffix(1);
        }
        if (n > 0) out += pad;
        out += md_escape_line(line, n == 0 ? first : MdContext::LineStart);
        out += end_ref;
        if (!last) out += "\\\n";
    }
    return out + tail;
}

namespace {

struct MdWriter {
    const Document& doc;
    std::string out;

    void blank() {
        if (!out.empty() && out.compare(out.size() - 2, 2, "\n\n") != 0) out += '\n';
    }
    void heading(const Block& b) {
        blank();
        out += std::string(static_cast<std::size_t>(b.level), '#') + ' ';
        std::string text = b.text;
        for (char& c : text) if (c == '\n') c = ' ';
        out += md_escape_line(text, MdContext::Heading) + "\n";
    }
    void paragraph(const Block& b) {
        blank();
        std::string body = md_escape_text(b.text, MdContext::LineStart, 0);
        out += b.emphasis ? "*" + body + "*\n" : body + "\n";
    }
    void entries(const Block& b) {
        blank();
        bool loose = false;
        for (const auto& e : b.entries) loose = loose || !e.detail.empty() || !e.meta.empty();
        for (const auto& e : b.entries) {
            out += "- ";
            if (!e.label.empty()) out += "**" + md_escape_line(lead_in(e.label), MdContext::Inline) + "** ";
            std::string text = md_escape_text(e.text, e.label.empty() ? MdContext::LineStart : MdContext::Inline, 2);
            out += e.empty ? "*" + text + "*" : text;
            out += '\n';
            if (!e.detail.empty()) out += "\n  " + md_escape_text(e.detail, MdContext::LineStart, 2) + "\n";
            if (!e.meta.empty()) out += "\n  *" + md_escape_line(e.meta, MdContext::Inline) + "*\n";
            if (loose) out += '\n';
        }
    }
    void table(const Block& b) {
        blank();
        const Table& t = b.table;
        auto row = [&](const std::vector<std::string>& cells) {
            out += '|';
            for (const auto& c : cells) out += ' ' + md_escape_line(c, MdContext::TableCell) + " |";
            out += '\n';
        };
        row(t.header);
        out += '|';
        for (std::size_t k = 0; k < t.header.size(); ++k)
            out += k < t.numeric.size() && t.numeric[k] ? " ---: |" : " --- |";
        out += '\n';
        for (const auto& r : t.rows) row(r);
    }
    void board(const Block& b) {
        auto it = doc.board_files.find(b.board.exercise);
        if (it == doc.board_files.end()) return;
        blank();
        out += "![" + md_escape_line(b.board.heading, MdContext::Inline) + "](<" + it->second + ">)\n";
    }

    void write() {
        for (const auto& b : doc.blocks) {
            switch (b.kind) {
                case Block::Kind::Heading: heading(b); break;
                case Block::Kind::Paragraph: paragraph(b); break;
                case Block::Kind::Entries: entries(b); break;
                case Block::Kind::Table: table(b); break;
                case Block::Kind::Board: board(b); break;
            }
        }
        while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
    }
};

}  // namespace

std::string to_markdown(const Document& doc) {
    MdWriter w{doc, {}};
    w.write();
    return w.out;
}

}  // namespace kiosk::exporting
