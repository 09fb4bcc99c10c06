// Session notes as one self-contained HTML page: UTF-8, inline CSS, board pictures embedded as
// SVG data URIs (no files next to it, no network), print styles that start each exercise on a
// new A4 page. Every text is escaped exactly once (& < > " '); people's text keeps its line
// breaks and spaces (white-space: pre-wrap) and carries class "t".
#pragma once

#include "export/document.h"
#include "export/board_image.h"

#include <string>
#include <string_view>

namespace kiosk::exporting {

/// The document as an HTML5 page, with the board pictures from `pictures`.
std::string to_html(const Document& doc, BoardPictures& pictures);

/// `text` with & < > " ' replaced by character references (safe in content and attributes).
std::string html_escape(std::string_view text);

/// Standard base64 (RFC 4648, with padding).
std::string base64(std::string_view bytes);

}  // namespace kiosk::exporting
