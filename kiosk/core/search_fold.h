// Folding text for search: what the archive compares a search against (issue 13 "Archive").
// "Zoë" is found by "zoe" and "Bibliotheek" by "BIBLIO": case and accents do not count.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

/// `text` (UTF-8; invalid bytes become U+FFFD first) decomposed (NFKD), with combining marks
/// removed and case folded (utf8proc: UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD), then composed
/// again; runs of white space become one space and the ends are trimmed. The same text always
/// folds to the same bytes, so a folded search is found in a folded key by a plain substring test.
/// "Zoë Ĳssel" → "zoe ijssel". Always succeeds.
std::string fold_for_search(std::string_view text);

}  // namespace kiosk
