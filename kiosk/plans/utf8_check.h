// Internal to kiosk_plans: finding invalid UTF-8 in a plan file before the TOML parser sees it,
// so the facilitator gets every bad spot with its line and column, not one parser error.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "plans/plan_problem.h"

namespace kiosk::plans_detail {

struct Utf8Error {
    SourcePosition at;        // 1-based line and column (in characters) of the first bad byte
    unsigned char byte = 0;   // the first byte of the invalid sequence
};

/// Every invalid UTF-8 sequence in `text` (overlong forms, surrogates, code points above
/// U+10FFFF, stray or missing continuation bytes), at most `limit` of them. A leading byte-order
/// mark is valid and does not count as a column.
std::vector<Utf8Error> find_invalid_utf8(std::string_view text, std::size_t limit);

}  // namespace kiosk::plans_detail
