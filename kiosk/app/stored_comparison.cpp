#include "app/stored_comparison.h"

#include "store/store.h"

namespace kiosk {

Comparison compare_stored(const Store& store, const std::string& then_id, const std::string& now_id,
                          std::vector<std::string>& problems) {
    LoadedSession then = store.load_session(then_id);
    LoadedSession now = store.load_session(now_id);
    for (const auto* loaded : {&then, &now}) problems.insert(problems.end(), loaded->problems.begin(), loaded->problems.end());
    return compare_sessions(then.session, now.session);
}

bool parse_id_pair(const std::string& text, std::string& first, std::string& second) {
    const std::size_t comma = text.find(',');
    if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos) return false;
    first = text.substr(0, comma);
    second = text.substr(comma + 1);
    return !first.empty() && !second.empty();
}

}  // namespace kiosk
