// Session notes as CommonMark (the team reads the raw file as often as a rendered one).
//
// People's text is escaped by context so it never turns into markup — no headings, lists,
// quotes, code, emphasis, links, HTML, entities or extra table cells — while escaping only what
// could be read as markup, so the raw file stays readable. Line breaks inside a text are kept as
// hard breaks (a backslash at the end of the line); spaces at the start or end of a text and
// trailing line breaks, which CommonMark would drop, are written as character references.
// Tables use the pipe-table extension (GitHub, most viewers); a plain CommonMark reader shows
// them as text.
#pragma once

#include "export/document.h"

#include <string>
#include <string_view>

namespace kiosk::exporting {

/// The document as one CommonMark file (UTF-8, LF line ends, ending in a newline).
std::string to_markdown(const Document& doc);

/// Where a piece of text sits, which decides what must be escaped.
enum class MdContext {
    Inline,     // after other text on the same line (no block markers possible)
    LineStart,  // first on a line: also #, >, -, +, 1., = and leading spaces
    Heading,    // ATX heading text: also a trailing run of #
    TableCell,  // a pipe-table cell: also |; line breaks become spaces
};

/// Escapes one line of text (no line breaks) for `context`.
std::string md_escape_line(std::string_view line, MdContext context);

/// Escapes text that may hold line breaks: each line at line start (the first line as
/// `first`), lines joined by hard breaks, continuation lines indented by `indent` spaces.
std::string md_escape_text(std::string_view text, MdContext first, int indent);

}  // namespace kiosk::exporting
