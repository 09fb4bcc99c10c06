#include "store/schema.h"

#include "store/replay.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <vector>

namespace kiosk {
namespace {

/// Step 3's values for the rows already there: only a replay of each log knows how many visions,
/// partners and sub-goals a session holds, and the plan's title for the search key.
void fill_archive_columns(SQLite::Database& db) {
    std::vector<std::string> ids;
    SQLite::Statement all(db, "SELECT id FROM sessions");
    while (all.executeStep()) ids.push_back(all.getColumn(0).getString());
    SQLite::Statement up(db, "UPDATE sessions SET vision_count = ?, partner_count = ?, subgoal_count = ?, "
                             "plan_title = ?, search_key = ? WHERE id = ?");
    for (const std::string& id : ids) {
        bind_archive_columns(up, 1, replay_log(db, id).session);
        up.bind(6, id);
        up.exec();
        up.reset();
    }
}

/// A migration step: SQL, then (optionally) code that fills what SQL alone cannot.
struct Step {
    const char* sql;
    void (*fill)(SQLite::Database&) = nullptr;
};

// Migration i takes user_version from i to i+1. Never edit a step that has shipped: add one.
const std::vector<Step>& migrations() {
    static const std::vector<Step> steps = {
        {// 1: the action log and the session summaries.
        R"sql(
        CREATE TABLE sessions (
            id           TEXT PRIMARY KEY NOT NULL,
            title        TEXT NOT NULL DEFAULT '',
            date         TEXT NOT NULL DEFAULT '',
            place        TEXT NOT NULL DEFAULT '',
            facilitator  TEXT NOT NULL DEFAULT '',
            plan_id      TEXT NOT NULL DEFAULT '',
            language     TEXT NOT NULL DEFAULT '',
            status       TEXT NOT NULL DEFAULT 'open',
            created_ms   INTEGER NOT NULL DEFAULT 0,
            updated_ms   INTEGER NOT NULL DEFAULT 0,
            action_count INTEGER NOT NULL DEFAULT 0,
            note_count   INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sessions_by_update ON sessions(updated_ms);
        CREATE TABLE actions (
            seq     INTEGER PRIMARY KEY,
            session TEXT NOT NULL REFERENCES sessions(id),
            at      INTEGER NOT NULL,
            type    TEXT NOT NULL,
            data    TEXT NOT NULL CHECK (json_valid(data))
        );
        CREATE INDEX actions_by_session ON actions(session, seq);
        )sql"},
        {// 2: small records of what was on screen (the open session, a seat, a note being
        // written), so the kiosk comes back as it was after a crash. Not part of any session.
        R"sql(
        CREATE TABLE ui_state (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        )sql"},
        {// 3: what the archive lists and searches without replaying logs (issue 13): the counts
         // of visions, partners and sub-goals, the plan's title, a folded search key
         // (store/replay.h search_key_of), and when the session was archived away (0: it is in
         // the list; archived sessions are kept whole and can come back).
         R"sql(
        ALTER TABLE sessions ADD COLUMN vision_count  INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN partner_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN subgoal_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN plan_title    TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN search_key    TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN archived_ms   INTEGER NOT NULL DEFAULT 0;
        )sql",
         fill_archive_columns},
        {// 4 (follow-ups, issue 13):
        // which session each one follows, and every session's sub-goals with their check dates
        // (core/followup.h subgoal_checks), so the start screen lists overdue sub-goals without
        // replaying every log. A session written before this step has checks_indexed = 0 until
        // a writer indexes it once (Store::index_followups).
        R"sql(
        ALTER TABLE sessions ADD COLUMN follows TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN checks_indexed INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX sessions_by_follows ON sessions(follows);
        CREATE TABLE subgoal_checks (
            session    TEXT NOT NULL REFERENCES sessions(id),
            position   INTEGER NOT NULL,
            subgoal    TEXT NOT NULL,
            text       TEXT NOT NULL,
            check_date TEXT NOT NULL,
            status     TEXT NOT NULL,
            PRIMARY KEY (session, position)
        );
        )sql"},
    };
    return steps;
}

}  // namespace

int schema_version() { return static_cast<int>(migrations().size()); }

void migrate(SQLite::Database& db) {
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Read inside the transaction: another process may have migrated meanwhile.
    int version = db.execAndGet("PRAGMA user_version").getInt();
    const auto& steps = migrations();
    if (version >= schema_version()) return;  // the destructor rolls back the empty transaction
    for (int i = version; i < schema_version(); ++i) {
        const Step& step = steps[static_cast<std::size_t>(i)];
        db.exec(step.sql);
        if (step.fill) step.fill(db);
    }
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(schema_version()));
    transaction.commit();
}

}  // namespace kiosk
