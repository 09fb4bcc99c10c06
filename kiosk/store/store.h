// The store: sessions kept as an append-only log of actions in SQLite, plus a summary row per
// session (schema.h). A session is rebuilt by replaying its log through the reducer
// (core/reduce.h), undo and redo stacks included, so the store never needs to know the model's
// shape beyond the few summary fields.
//
// A Store opened for writing holds the single-instance lock (instance_lock.h) for as long as it
// lives; readers do not, and can read while a kiosk writes (WAL).
#pragma once

#include "core/action.h"
#include "core/session.h"
#include "store/database.h"
#include "store/replay.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace SQLite { class Database; class Statement; }

namespace kiosk {

class InstanceLock;

/// The summary row of a session: what a list needs without replaying the log.
struct SessionSummary {
    std::string id, title, date, place, facilitator, plan_id, language;
    std::string status;  // "open" or "closed"
    std::int64_t created_ms = 0, updated_ms = 0;  // wall clock, ms since the Unix epoch
    std::int64_t action_count = 0, note_count = 0;
    std::int64_t vision_count = 0, partner_count = 0, subgoal_count = 0;  // core/holdings.h
    std::string plan_title;
    std::int64_t archived_ms = 0;  // when it was archived away (ms since the Unix epoch); 0: in the list
};

/// A sub-goal whose check date has passed (Store::overdue_subgoals), with the session it
/// belongs to: the latest of its chain of follow-ups.
struct OverdueSubGoal {
    std::string session_id, session_title, session_date;  // the session that holds it
    std::string text;        // the sub-goal as written
    std::string check_date;  // YYYY-MM-DD
};

/// What the archive asks for (issue 13): every condition set narrows the list, SQL does the
/// filtering, and the rows come newest (highest updated_ms) first.
struct ArchiveQuery {
    /// Every word of it found in the title, place, facilitator or plan title, ignoring case and
    /// accents (core/search_fold.h); empty or blank: no condition.
    std::string search;
    enum class Status { Any, InProgress, Finished } status = Status::Any;
    std::string plan_id;             // "" : any plan
    std::string from_date, to_date;  // YYYY-MM-DD, inclusive, on the session's date; "": open end
    enum class Archived { No, Yes, Both } archived = Archived::No;  // No: the default list
};

/// What the archive's filter chips offer, over the sessions in the list or archived away.
struct ArchiveFacets {
    std::vector<std::string> years;  // "2026", … newest first, from the sessions' dates
    struct Plan { std::string id, title; };
    std::vector<Plan> plans;         // by id; the title of its newest session
    std::int64_t archived = 0;       // how many sessions are archived away
};

/// Where Store::delete_session() kept the log of the session it deleted.
struct DeletedSession {
    std::string log_path;       // JSON Lines that `kiosk apply` reads back (README "Action format")
    std::int64_t actions = 0;   // lines written
};

/// The result of Store::check().
struct CheckReport {
    std::vector<std::string> problems;  // translated; empty when everything is fine
    std::int64_t sessions = 0, actions = 0;
    bool ok() const { return problems.empty(); }
};

struct StoreOptions {
    /// How long a write waits for another program's lock (e.g. the sqlite3 shell in a
    /// transaction) before it reports StoreError(Busy). In milliseconds.
    int busy_timeout_ms = 5000;
};

class Store {
public:
    /// Opens (Access::Write: creates, migrates, recovers; see open_database()) the database at
    /// `path`. Write takes the single-instance lock first. Throws StoreError.
    Store(const std::string& path, Access access, StoreOptions options = {});
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::string& path() const { return path_; }
    bool writable() const { return access_ == Access::Write; }
    /// Translated notice from opening (a bad file moved aside), or empty.
    const std::string& notice() const { return opened_.notice; }

    // --- reading (throw StoreError on failure) ---
    /// Every session, newest (highest updated_ms) first, archived ones included.
    std::vector<SessionSummary> list_sessions() const;
    /// The sessions matching `query`, newest first (see ArchiveQuery).
    std::vector<SessionSummary> find_sessions(const ArchiveQuery& query) const;
    /// The years and plans of the stored sessions, for the archive's filters.
    ArchiveFacets archive_facets() const;
    std::optional<SessionSummary> summary(const std::string& id) const;
    /// `id` itself when it exists; "latest" is the session with the highest updated_ms.
    /// Throws StoreError(NotFound) with a translated message.
    std::string resolve(const std::string& id_or_latest) const;
    /// Number of stored actions of a session (0 when there is none).
    std::int64_t action_count(const std::string& id) const;
    /// The stored actions of a session, in log order.
    std::vector<Action> actions_of(const std::string& id) const;
    /// Replays the log of `id` (or "latest"). Throws StoreError(NotFound).
    LoadedSession load_session(const std::string& id_or_latest) const;
    /// The sub-goals overdue on `today` (YYYY-MM-DD; core/followup.h overdue()) of every session
    /// no other session follows (the latest of each chain decides), earliest check date first.
    /// Each sub-goal (by its record id, which a chain keeps) once, as the most recently updated
    /// of those sessions says it: a branched chain lists it once, achieved in one branch ends it,
    /// and it leaves the list when that session is archived away. Read from the table append()
    /// keeps (schema step 4), never by replaying logs.
    std::vector<OverdueSubGoal> overdue_subgoals(const std::string& today) const;

    // --- writing (Access::Write only) ---
    /// In ONE transaction: appends `actions` (already applied in this order, resulting in
    /// `after`) to the log of session `after.id`, and sets its summary row from `after`.
    /// Returns only after COMMIT, i.e. when the actions are on disk (synchronous=FULL).
    /// Throws StoreError (Busy after the busy timeout, Full, Unwritable, Io); nothing of the
    /// transaction is kept then. Throws StoreError(Replaced) when the file at path() is no longer
    /// the one opened (deleted, or another file put in its place), checked before the transaction
    /// and after its commit: a commit into a file that is no longer there is not "on disk" for the
    /// user, so the caller must keep those actions. Once replaced, every later append throws too.
    void append(const Session& after, const std::vector<Action>& actions);
    /// Archives session `id` away (`archived`: out of the default list, archived_ms = `now_ms`) or
    /// brings it back (archived_ms = 0). Nothing of the session changes and no action is written:
    /// it is a property of the list. Throws StoreError(NotFound) for an unknown id.
    void set_archived(const std::string& id, bool archived, std::int64_t now_ms);
    /// Deletes session `id` with its whole log, never silently losing it: the log is first
    /// written as JSON Lines to "<path>.deleted-<id>-YYYYMMDD-HHMMSS.jsonl" next to the database
    /// and fsynced (`kiosk apply` brings the session back from it), then the rows go in one
    /// transaction. Returns where the log went. Throws StoreError (NotFound; Unwritable when the
    /// file cannot be written, and then nothing is deleted).
    DeletedSession delete_session(const std::string& id);
    /// Whether the file at path() is no longer the one this writer opened (see append()).
    bool file_replaced() const;

    // --- what was on screen (the ui_state table; not part of any session) ---
    /// The record stored under `key`, or nullopt (also for a database without the table yet,
    /// opened read-only). Throws StoreError.
    std::optional<std::string> ui_state(const std::string& key) const;
    /// Stores `value` under `key` in one transaction, on disk when it returns; an empty `value`
    /// removes the record. Access::Write only. Throws StoreError.
    void set_ui_state(const std::string& key, const std::string& value);

    // --- maintenance ---
    /// integrity_check, foreign_key_check, application_id and user_version, and for every
    /// session: its log replays without a refusal and its summary row matches the replay.
    CheckReport check() const;
    /// A consistent copy of the database (WAL content included) at `target`, written to a
    /// temporary file next to it, fsynced and renamed over `target`, so an earlier good copy is
    /// never replaced by half a file. Works while a kiosk writes. Throws StoreError.
    void backup(const std::string& target) const;

private:
    std::string path_;
    Access access_;
    std::unique_ptr<InstanceLock> lock_;
    OpenedDatabase opened_;
    unsigned long long device_ = 0, inode_ = 0;  // the opened file's identity (Access::Write)
    void check_same_file() const;
    /// Indexes, once, the sub-goals of sessions stored before the follow-up schema step
    /// (checks_indexed = 0) by replaying their logs. Access::Write only; called when opening.
    void index_followups();
    SQLite::Database& db() const { return *opened_.db; }
};

}  // namespace kiosk
