// The comparison of two stored sessions (issue 13): the entry point for the archive's
// CompareSessionsIntent{then_id, now_id}, `kiosk sessions compare` and `kiosk --screenshot
// --compare`. Loads both sessions from the store and hands them to core/compare.h.
#pragma once

#include "core/compare.h"

#include <string>
#include <vector>

namespace kiosk {

class Store;

/// The comparison of sessions `then_id` and `now_id` (each an id or `latest`), labels in the
/// calling thread's language. Problems met while replaying either log (translated) are added to
/// `problems`. Throws StoreError (NotFound with a translated message naming the id).
Comparison compare_stored(const Store& store, const std::string& then_id, const std::string& now_id,
                          std::vector<std::string>& problems);

/// Splits "ID1,ID2" (the --compare option) into its two ids; false unless there are exactly two
/// non-empty ones.
bool parse_id_pair(const std::string& text, std::string& first, std::string& second);

}  // namespace kiosk
