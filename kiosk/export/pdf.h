// Session notes as an A4 PDF drawn with cairo + Pango: real text (fonts embedded as subsets
// through fontconfig, so pdftotext and screen readers get every character back), a header with
// the title, date and place and a footer with "page n of m" on every page, each exercise on a
// new page, text split only between lines (never a line cut across pages, an entry kept whole
// when it fits on a page), and board pictures as vectors.
#pragma once

#include "export/document.h"
#include "export/board_image.h"
#include "export/pango_text.h"

#include <string>

namespace kiosk::exporting {

/// The document as PDF bytes. Throws std::runtime_error when cairo fails (out of memory).
/// Board pictures come from `pictures`, text is laid out with `shaper`.
std::string to_pdf(const Document& doc, const TextShaper& shaper, BoardPictures& pictures);

}  // namespace kiosk::exporting
