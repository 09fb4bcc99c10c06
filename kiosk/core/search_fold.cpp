#include "core/search_fold.h"

#include "core/text.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kiosk {

std::string fold_for_search(std::string_view text) {
    const std::string valid = repair_utf8(text);
    utf8proc_uint8_t* mapped = nullptr;
    // COMPAT turns the ligature-like Ĳ into I J, so "ijssel" finds "Ĳssel"; STRIPMARK needs a
    // decomposition to find the marks, COMPOSE puts what is left back together.
    const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                            static_cast<utf8proc_ssize_t>(valid.size()), &mapped,
                                            utf8proc_option_t(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK |
                                                              UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
    std::string folded = n >= 0 ? std::string(reinterpret_cast<const char*>(mapped), std::size_t(n)) : valid;
    std::free(mapped);
    std::string out;
    out.reserve(folded.size());
    bool space = false;
    for (char c : folded) {
        const bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (is_space) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace kiosk
