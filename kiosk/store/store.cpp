#include "store/store.h"

#include "core/followup.h"
#include "core/holdings.h"
#include "core/i18n.h"
#include "core/search_fold.h"
#include "store/instance_lock.h"
#include "store/paths.h"
#include "store/schema.h"
#include "store/store_error.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <cerrno>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk {
namespace fs = std::filesystem;

namespace {

const char* status_word(SessionStatus status) { return status == SessionStatus::Closed ? "closed" : "open"; }

SessionSummary summary_from(SQLite::Statement& q) {
    SessionSummary s;
    s.id = q.getColumn(0).getString();
    s.title = q.getColumn(1).getString();
    s.date = q.getColumn(2).getString();
    s.place = q.getColumn(3).getString();
    s.facilitator = q.getColumn(4).getString();
    s.plan_id = q.getColumn(5).getString();
    s.language = q.getColumn(6).getString();
    s.status = q.getColumn(7).getString();
    s.created_ms = q.getColumn(8).getInt64();
    s.updated_ms = q.getColumn(9).getInt64();
    s.action_count = q.getColumn(10).getInt64();
    s.note_count = q.getColumn(11).getInt64();
    s.vision_count = q.getColumn(12).getInt64();
    s.partner_count = q.getColumn(13).getInt64();
    s.subgoal_count = q.getColumn(14).getInt64();
    s.plan_title = q.getColumn(15).getString();
    s.archived_ms = q.getColumn(16).getInt64();
    return s;
}

constexpr const char* kSummaryColumns =
    "id, title, date, place, facilitator, plan_id, language, status, created_ms, updated_ms, action_count, "
    "note_count, vision_count, partner_count, subgoal_count, plan_title, archived_ms";

bool holds_same(const SessionSummary& row, const Holdings& h) {
    return row.vision_count == h.visions && row.partner_count == h.partners && row.subgoal_count == h.subgoals;
}

/// The WHERE clause of an ArchiveQuery and its parameters, in order.
struct Where {
    std::string sql;
    std::vector<std::string> params;
    void add(const char* condition) { sql += (sql.empty() ? " WHERE " : " AND ") + std::string(condition); }
    void add(const char* condition, std::string param) {
        add(condition);
        params.push_back(std::move(param));
    }
};

Where where_of(const ArchiveQuery& query) {
    Where w;
    // Every word on its own, so "Zoë bibliotheek" finds "Zoë in de Bibliotheek".
    std::istringstream words(fold_for_search(query.search));
    for (std::string word; words >> word;) w.add("instr(search_key, ?) > 0", word);
    if (query.status == ArchiveQuery::Status::InProgress) w.add("status = 'open'");
    if (query.status == ArchiveQuery::Status::Finished) w.add("status = 'closed'");
    if (!query.plan_id.empty()) w.add("plan_id = ?", query.plan_id);
    if (!query.from_date.empty()) w.add("date >= ?", query.from_date);
    if (!query.to_date.empty()) w.add("date <= ?", query.to_date);
    if (query.archived == ArchiveQuery::Archived::No) w.add("archived_ms = 0");
    if (query.archived == ArchiveQuery::Archived::Yes) w.add("archived_ms <> 0");
    return w;
}

/// Writes `lines` (each a JSON line) to `path` and fsyncs it, or throws StoreError(Unwritable).
void write_lines_durably(const std::string& path, const std::vector<std::string>& lines) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    bool ok = fd >= 0;
    for (std::size_t i = 0; ok && i < lines.size(); ++i) {
        const std::string line = lines[i] + "\n";
        ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    }
    const int why = errno;
    if (fd >= 0) ok = ::fsync(fd) == 0 && ok, ::close(fd);
    if (!ok) {
        std::error_code ec;
        fs::remove(path, ec);
        throw StoreError(StoreErrorKind::Unwritable,
                         fmt::format(fmt::runtime(tr("Cannot write the session's log to {} ({}); nothing was deleted.")),
                                     path, std::strerror(why)));
    }
}

/// Runs `body`, turning SQLite failures into a StoreError that says what we were doing.
template <typename F>
auto guarded(const char* doing_msgid, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const SQLite::Exception& e) {
        throw store_error(e, tr(doing_msgid));
    }
}

/// Rewrites the sub-goal checks of `session` (core/followup.h) inside the caller's transaction.
void write_subgoal_checks(SQLite::Database& db, const Session& session) {
    SQLite::Statement del(db, "DELETE FROM subgoal_checks WHERE session = ?");
    del.bind(1, session.id);
    del.exec();
    SQLite::Statement ins(db, "INSERT INTO subgoal_checks (session, position, subgoal, text, check_date, status) "
                              "VALUES (?,?,?,?,?,?)");
    int position = 0;
    for (const SubGoalCheck& c : subgoal_checks(session)) {
        ins.bind(1, session.id);
        ins.bind(2, position++);
        ins.bind(3, c.id);
        ins.bind(4, c.text);
        ins.bind(5, c.check_date);
        ins.bind(6, c.status);
        ins.exec();
        ins.reset();
    }
    SQLite::Statement mark(db, "UPDATE sessions SET follows = ?, checks_indexed = 1 WHERE id = ?");
    mark.bind(1, session.follows);
    mark.bind(2, session.id);
    mark.exec();
}

void fsync_path(const std::string& path, int flags) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

Store::Store(const std::string& path, Access access, StoreOptions options) : path_(path), access_(access) {
    if (access == Access::Write) {
        create_parent_dirs(path);
        lock_ = std::make_unique<InstanceLock>(path);
    }
    opened_ = open_database(path, access, options.busy_timeout_ms);
    struct stat st{};
    if (access == Access::Write && ::stat(path.c_str(), &st) == 0) {
        device_ = st.st_dev;
        inode_ = st.st_ino;
    }
    if (access == Access::Write) index_followups();
}

void Store::index_followups() {
    std::vector<std::string> ids = guarded(N_("reading the list of sessions"), [&] {
        std::vector<std::string> out;
        SQLite::Statement q(db(), "SELECT id FROM sessions WHERE checks_indexed = 0");
        while (q.executeStep()) out.push_back(q.getColumn(0).getString());
        return out;
    });
    for (const std::string& id : ids) {
        LoadedSession loaded = load_session(id);
        guarded(N_("saving an action"), [&] {
            SQLite::Transaction transaction(db(), SQLite::TransactionBehavior::IMMEDIATE);
            write_subgoal_checks(db(), loaded.session);
            transaction.commit();
            return 0;
        });
    }
}

std::vector<OverdueSubGoal> Store::overdue_subgoals(const std::string& today) const {
    if (!opened_.has_schema) return {};
    return guarded(N_("reading the list of sessions"), [&] {
        std::vector<OverdueSubGoal> out;
        // The statuses that end a sub-goal are core/followup.h's kStatusAchieved and kStatusStopped.
        // A sub-goal once, as the latest session it is in says it: two follow-ups of one session
        // (a chain that branched) carry the same sub-goal id, and a sub-goal achieved in one ends
        // it. A sub-goal whose latest session was archived away leaves the list with it.
        SQLite::Statement q(db(),
                            "SELECT id, title, date, text, check_date FROM ("
                            " SELECT s.id, s.title, s.date, s.updated_ms, s.archived_ms, c.text, c.check_date, c.status,"
                            "  c.position,"
                            "  ROW_NUMBER() OVER (PARTITION BY c.subgoal ORDER BY s.updated_ms DESC, s.rowid DESC) AS latest"
                            " FROM subgoal_checks c JOIN sessions s ON s.id = c.session"
                            " WHERE NOT EXISTS (SELECT 1 FROM sessions f WHERE f.follows = c.session))"
                            " WHERE latest = 1 AND archived_ms = 0 AND check_date <> '' AND check_date < ? AND status NOT IN (?, ?)"
                            " ORDER BY check_date, updated_ms DESC, position");
        q.bind(1, today);
        q.bind(2, kStatusAchieved);
        q.bind(3, kStatusStopped);
        while (q.executeStep())
            out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                           q.getColumn(3).getString(), q.getColumn(4).getString()});
        return out;
    });
}

bool Store::file_replaced() const {
    if (access_ != Access::Write) return false;
    struct stat st{};
    return ::stat(path_.c_str(), &st) != 0 || st.st_dev != device_ || st.st_ino != inode_;
}

void Store::check_same_file() const {
    if (!file_replaced()) return;
    struct stat st{};
    const bool there = ::stat(path_.c_str(), &st) == 0;
    const char* what = there ? N_("The database file {} was replaced by another file while the kiosk was running.")
                             : N_("The database file {} was deleted while the kiosk was running.");
    throw StoreError(StoreErrorKind::Replaced, fmt::format(fmt::runtime(tr(what)), path_));
}

Store::~Store() = default;

std::vector<SessionSummary> Store::list_sessions() const {
    if (!opened_.has_schema) return {};
    return guarded(N_("reading the list of sessions"), [&] {
        std::vector<SessionSummary> out;
        SQLite::Statement q(db(), fmt::format("SELECT {} FROM sessions ORDER BY updated_ms DESC, rowid DESC", kSummaryColumns));
        while (q.executeStep()) out.push_back(summary_from(q));
        return out;
    });
}

std::vector<SessionSummary> Store::find_sessions(const ArchiveQuery& query) const {
    if (!opened_.has_schema) return {};
    return guarded(N_("searching the sessions"), [&] {
        const Where where = where_of(query);
        SQLite::Statement q(db(), fmt::format("SELECT {} FROM sessions{} ORDER BY updated_ms DESC, rowid DESC",
                                              kSummaryColumns, where.sql));
        for (std::size_t i = 0; i < where.params.size(); ++i) q.bind(int(i) + 1, where.params[i]);
        std::vector<SessionSummary> out;
        while (q.executeStep()) out.push_back(summary_from(q));
        return out;
    });
}

ArchiveFacets Store::archive_facets() const {
    ArchiveFacets out;
    if (!opened_.has_schema) return out;
    return guarded(N_("searching the sessions"), [&] {
        SQLite::Statement years(db(), "SELECT DISTINCT substr(date, 1, 4) AS y FROM sessions "
                                      "WHERE length(date) >= 4 ORDER BY y DESC");
        while (years.executeStep()) out.years.push_back(years.getColumn(0).getString());
        // The plan's title as its newest session knows it (a plan file may have been retitled).
        SQLite::Statement plans(db(), "SELECT plan_id, plan_title FROM sessions s WHERE plan_id <> '' AND rowid = "
                                      "(SELECT rowid FROM sessions t WHERE t.plan_id = s.plan_id "
                                      "ORDER BY updated_ms DESC, rowid DESC LIMIT 1) ORDER BY plan_id");
        while (plans.executeStep())
            out.plans.push_back({plans.getColumn(0).getString(), plans.getColumn(1).getString()});
        out.archived = db().execAndGet("SELECT count(*) FROM sessions WHERE archived_ms <> 0").getInt64();
        return out;
    });
}

void Store::set_archived(const std::string& id, bool archived, std::int64_t now_ms) {
    if (access_ != Access::Write) throw std::logic_error("Store::set_archived on a read-only store");
    check_same_file();
    const int changed = guarded(N_("archiving a session"), [&] {
        SQLite::Statement q(db(), "UPDATE sessions SET archived_ms = ? WHERE id = ?");
        q.bind(1, archived ? std::max<std::int64_t>(now_ms, 1) : std::int64_t(0));
        q.bind(2, id);
        return q.exec();
    });
    if (changed == 0)
        throw StoreError(StoreErrorKind::NotFound, fmt::format(fmt::runtime(tr("There is no session \"{}\".")), id));
}

DeletedSession Store::delete_session(const std::string& id) {
    if (access_ != Access::Write) throw std::logic_error("Store::delete_session on a read-only store");
    check_same_file();
    resolve(id);  // NotFound before any file is written
    DeletedSession out;
    std::vector<std::string> lines;
    for (const Action& a : actions_of(id)) lines.push_back(a.to_line());
    out.actions = static_cast<std::int64_t>(lines.size());
    // The id as part of a file name: only the characters the kiosk's own ids are made of.
    std::string name = id;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') c = '_';
    const std::string base = path_ + ".deleted-" + name + "-" + file_timestamp();
    out.log_path = base + ".jsonl";
    std::error_code ec;
    for (int n = 2; fs::exists(out.log_path, ec); ++n) out.log_path = base + "-" + std::to_string(n) + ".jsonl";
    write_lines_durably(out.log_path, lines);
    const std::string dir = fs::path(out.log_path).parent_path().string();
    fsync_path(dir.empty() ? "." : dir, O_RDONLY | O_DIRECTORY);
    guarded(N_("deleting a session"), [&] {
        SQLite::Transaction transaction(db(), SQLite::TransactionBehavior::IMMEDIATE);
        // Everything that refers to the session's row goes with it (schema.cpp: the log, and
        // step 4's sub-goal checks, which the start screen's overdue list reads).
        for (const char* sql : {"DELETE FROM actions WHERE session = ?", "DELETE FROM subgoal_checks WHERE session = ?"}) {
            SQLite::Statement refs(db(), sql);
            refs.bind(1, id);
            refs.exec();
        }
        SQLite::Statement row(db(), "DELETE FROM sessions WHERE id = ?");
        row.bind(1, id);
        row.exec();
        transaction.commit();
        return 0;
    });
    return out;
}

std::optional<SessionSummary> Store::summary(const std::string& id) const {
    if (!opened_.has_schema) return std::nullopt;
    return guarded(N_("reading a session"), [&]() -> std::optional<SessionSummary> {
        SQLite::Statement q(db(), fmt::format("SELECT {} FROM sessions WHERE id = ?", kSummaryColumns));
        q.bind(1, id);
        if (!q.executeStep()) return std::nullopt;
        return summary_from(q);
    });
}

std::string Store::resolve(const std::string& id_or_latest) const {
    if (id_or_latest == "latest") {
        auto all = list_sessions();
        if (all.empty()) throw StoreError(StoreErrorKind::NotFound, tr("There are no sessions yet."));
        return all.front().id;
    }
    if (!summary(id_or_latest))
        throw StoreError(StoreErrorKind::NotFound,
                         fmt::format(fmt::runtime(tr("There is no session \"{}\".")), id_or_latest));
    return id_or_latest;
}

std::int64_t Store::action_count(const std::string& id) const {
    auto s = summary(id);
    return s ? s->action_count : 0;
}

std::vector<Action> Store::actions_of(const std::string& id) const {
    if (!opened_.has_schema) return {};
    return guarded(N_("reading the actions of a session"), [&] { return read_log(db(), id); });
}

LoadedSession Store::load_session(const std::string& id_or_latest) const {
    std::string id = resolve(id_or_latest);
    return guarded(N_("reading the actions of a session"), [&] { return replay_log(db(), id); });
}

std::optional<std::string> Store::ui_state(const std::string& key) const {
    if (!opened_.has_schema) return std::nullopt;
    return guarded(N_("reading what was on screen"), [&]() -> std::optional<std::string> {
        SQLite::Statement q(db(), "SELECT value FROM ui_state WHERE key = ?");
        q.bind(1, key);
        if (!q.executeStep()) return std::nullopt;
        return q.getColumn(0).getString();
    });
}

void Store::set_ui_state(const std::string& key, const std::string& value) {
    if (access_ != Access::Write) throw std::logic_error("Store::set_ui_state on a read-only store");
    guarded(N_("saving what is on screen"), [&] {
        SQLite::Statement q(db(), value.empty() ? "DELETE FROM ui_state WHERE key = ?"
                                                : "INSERT INTO ui_state (key, value) VALUES (?, ?) "
                                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        q.bind(1, key);
        if (!value.empty()) q.bind(2, value);
        q.exec();
    });
}

void Store::append(const Session& after, const std::vector<Action>& actions) {
    if (access_ != Access::Write) throw std::logic_error("Store::append on a read-only store");
    if (actions.empty()) return;
    check_same_file();
    guarded(N_("saving an action"), [&] {
        SQLite::Transaction transaction(db(), SQLite::TransactionBehavior::IMMEDIATE);
        // The summary row first: the actions refer to it (foreign key).
        SQLite::Statement up(db(),
                             "INSERT INTO sessions (id, title, date, place, facilitator, plan_id, language, status, "
                             "created_ms, updated_ms, action_count, note_count, vision_count, partner_count, "
                             "subgoal_count, plan_title, search_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                             "ON CONFLICT(id) DO UPDATE SET title=excluded.title, date=excluded.date, "
                             "place=excluded.place, facilitator=excluded.facilitator, plan_id=excluded.plan_id, "
                             "language=excluded.language, status=excluded.status, updated_ms=excluded.updated_ms, "
                             "action_count=sessions.action_count+excluded.action_count, "
                             "note_count=excluded.note_count, vision_count=excluded.vision_count, "
                             "partner_count=excluded.partner_count, subgoal_count=excluded.subgoal_count, "
                             "plan_title=excluded.plan_title, search_key=excluded.search_key");
        up.bind(1, after.id);
        up.bind(2, after.title);
        up.bind(3, after.date);
        up.bind(4, after.place);
        up.bind(5, after.facilitator);
        up.bind(6, after.plan.id);
        up.bind(7, after.plan.language);
        up.bind(8, status_word(after.status));
        up.bind(9, static_cast<std::int64_t>(after.created_ms));
        up.bind(10, static_cast<std::int64_t>(after.updated_ms));
        up.bind(11, static_cast<std::int64_t>(actions.size()));
        up.bind(12, static_cast<std::int64_t>(after.notes.size()));
        bind_archive_columns(up, 13, after);
        up.exec();
        SQLite::Statement ins(db(), "INSERT INTO actions (session, at, type, data) VALUES (?,?,?,?)");
        for (const Action& a : actions) {
            ins.bind(1, after.id);
            ins.bind(2, static_cast<std::int64_t>(a.at()));
            ins.bind(3, a.type());
            ins.bind(4, a.to_line());
            ins.exec();
            ins.reset();
        }
        write_subgoal_checks(db(), after);
        transaction.commit();
        return 0;
    });
    check_same_file();  // replaced during the commit: it went to a file nobody will open
}

CheckReport Store::check() const {
    CheckReport report;
    guarded(N_("checking the database"), [&] {
        SQLite::Statement integrity(db(), "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            std::string line = integrity.getColumn(0).getString();
            if (line != "ok") report.problems.push_back(fmt::format(fmt::runtime(tr("Integrity check: {}")), line));
        }
        if (!opened_.has_schema) return 0;
        SQLite::Statement fk(db(), "PRAGMA foreign_key_check");
        while (fk.executeStep())
            report.problems.push_back(fmt::format(fmt::runtime(tr("Row {} of table {} refers to a missing session.")),
                                                  fk.getColumn(1).getInt64(), fk.getColumn(0).getString()));
        if (db().execAndGet("PRAGMA application_id").getInt() != kApplicationId)
            report.problems.push_back(tr("The database is not marked as a kiosk database (application_id)."));
        report.actions = db().execAndGet("SELECT count(*) FROM actions").getInt64();
        return 0;
    });
    if (!opened_.has_schema) return report;
    for (const SessionSummary& row : list_sessions()) {
        ++report.sessions;
        LoadedSession loaded = load_session(row.id);
        for (auto& p : loaded.problems) report.problems.push_back(std::move(p));
        const Session& s = loaded.session;
        bool same = row.action_count == loaded.action_count && row.title == s.title && row.status == status_word(s.status) &&
                    row.updated_ms == s.updated_ms && row.note_count == static_cast<std::int64_t>(s.notes.size()) &&
                    holds_same(row, holdings_of(s));
        if (!same)
            report.problems.push_back(fmt::format(
                fmt::runtime(tr("Session {}: the summary row does not match its actions (stored {} actions, {} notes; "
                                "replayed {} actions, {} notes).")),
                row.id, row.action_count, row.note_count, loaded.action_count, s.notes.size()));
    }
    return report;
}

void Store::backup(const std::string& target) const {
    std::string partial = target + ".partial-" + std::to_string(::getpid());
    std::error_code ec;
    fs::remove(partial, ec);
    try {
        guarded(N_("making a backup"), [&] {
            SQLite::Statement vacuum(db(), "VACUUM INTO ?");
            vacuum.bind(1, partial);
            vacuum.exec();
            return 0;
        });
    } catch (const StoreError&) {
        fs::remove(partial, ec);
        throw;
    }
    fsync_path(partial, O_RDONLY);
    fs::rename(partial, target, ec);
    if (ec) {
        std::string why = ec.message();
        fs::remove(partial, ec);
        throw StoreError(StoreErrorKind::Unwritable,
                         fmt::format(fmt::runtime(tr("Cannot write the backup {}: {}.")), target, why));
    }
    std::string dir = fs::path(target).parent_path().string();
    fsync_path(dir.empty() ? "." : dir, O_RDONLY | O_DIRECTORY);
}

}  // namespace kiosk
