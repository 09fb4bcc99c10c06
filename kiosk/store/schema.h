// The database schema and its migrations.
//
// The session is the fold of its actions, so the store is an append-only log of actions plus one
// summary row per session (for lists, without replaying every session):
//   sessions(id, title, date, place, facilitator, plan_id, language, status, created_ms,
//            updated_ms, action_count, note_count, vision_count, partner_count, subgoal_count,
//            plan_title, search_key, archived_ms)  — the last six since step 3 (the archive)
//   actions(seq INTEGER PRIMARY KEY, session → sessions.id, at, type, data)  — data is the whole
//            action as one JSON line (core/action.h); seq gives the replay order.
// PRAGMA user_version is the number of migrations applied; PRAGMA application_id marks the file
// as ours, so a foreign SQLite file is never mistaken for a kiosk database.
#pragma once

#include <cstdint>

namespace SQLite { class Database; }

namespace kiosk {

/// "KIOS" in ASCII: PRAGMA application_id of every kiosk database.
inline constexpr std::int32_t kApplicationId = 0x4B494F53;

/// The number of migrations this build knows; a database with a higher user_version was written
/// by a newer kiosk and is not opened.
int schema_version();

/// Brings `db` from its user_version up to schema_version(), all steps in one IMMEDIATE
/// transaction (so a crash leaves either the old or the new schema), and sets application_id.
/// Throws SQLite::Exception on failure.
void migrate(SQLite::Database& db);

}  // namespace kiosk
