// Rebuilding a session from its stored log: what Store::load_session() does, and what a
// migration does when a new summary column needs a value only the replayed session knows.
#pragma once

#include "core/action.h"
#include "core/session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace SQLite { class Database; class Statement; }

namespace kiosk {

/// A session rebuilt from its log.
struct LoadedSession {
    Session session;
    std::int64_t action_count = 0;       // actions in the log (replayed or not)
    std::vector<std::string> problems;   // translated; one per stored action the reducer refused
};

/// The stored actions of session `id`, in log order (a line that is not JSON comes back
/// discarded). Throws SQLite::Exception.
std::vector<Action> read_log(SQLite::Database& db, const std::string& id);

/// Replays the log of `id` through the reducer (core/reduce.h); an unknown id gives an empty
/// session. Throws SQLite::Exception.
LoadedSession replay_log(SQLite::Database& db, const std::string& id);

/// What the summary row (schema.h, step 3) keeps of a session besides its details: the folded
/// search key of its title, place, facilitator and plan title (core/search_fold.h), joined by
/// line breaks so no search runs across two of them.
std::string search_key_of(const Session& session);

/// Binds step 3's columns of `session` to parameters `first`..`first`+4 of `q`, in this order:
/// vision_count, partner_count, subgoal_count (core/holdings.h), plan_title, search_key. The
/// one place that says what they hold, for the migration and for every append.
void bind_archive_columns(SQLite::Statement& q, int first, const Session& session);

}  // namespace kiosk
