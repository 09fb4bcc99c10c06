#include "store/store.h"

#include "core/followup.h"
#include "core/i18n.h"
#include "core/reduce.h"
#include "store/instance_lock.h"
#include "store/paths.h"
#include "store/schema.h"
#include "store/store_error.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
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
    return s;
}

constexpr const char* kSummaryColumns =
    "id, title, date, place, facilitator, plan_id, language, status, created_ms, updated_ms, action_count, "
    "note_count";

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
        SQLite::Statement q(db(),
                            "SELECT s.id, s.title, s.date, c.text, c.check_date FROM subgoal_checks c "
                            "JOIN sessions s ON s.id = c.session "
                            "WHERE c.check_date <> '' AND c.check_date < ? AND c.status NOT IN (?, ?) "
                            "AND NOT EXISTS (SELECT 1 FROM sessions f WHERE f.follows = c.session) "
                            "ORDER BY c.check_date, s.updated_ms DESC, c.position");
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
    return guarded(N_("reading the actions of a session"), [&] {
        std::vector<Action> out;
        SQLite::Statement q(db(), "SELECT data FROM actions WHERE session = ? ORDER BY seq");
        q.bind(1, id);
        while (q.executeStep()) {
            const char* text = q.getColumn(0).getText();
            out.push_back(Action{Json::parse(text, nullptr, /*allow_exceptions=*/false)});
        }
        return out;
    });
}

LoadedSession Store::load_session(const std::string& id_or_latest) const {
    std::string id = resolve(id_or_latest);
    LoadedSession out;
    std::vector<Action> actions = actions_of(id);
    out.action_count = static_cast<std::int64_t>(actions.size());
    std::int64_t n = 0;
    for (const Action& a : actions) {
        ++n;
        ApplyResult r = a.data.is_discarded() ? ApplyResult{false, tr("The stored action is not valid JSON.")}
                                              : apply(out.session, a);
        if (!r)
            out.problems.push_back(fmt::format(fmt::runtime(tr("Session {}, action {} ({}): {}")), id, n,
                                               a.data.is_object() ? a.type() : std::string("?"), r.error));
    }
    return out;
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
                             "created_ms, updated_ms, action_count, note_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                             "ON CONFLICT(id) DO UPDATE SET title=excluded.title, date=excluded.date, "
                             "place=excluded.place, facilitator=excluded.facilitator, plan_id=excluded.plan_id, "
                             "language=excluded.language, status=excluded.status, updated_ms=excluded.updated_ms, "
                             "action_count=sessions.action_count+excluded.action_count, "
                             "note_count=excluded.note_count");
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
                    row.updated_ms == s.updated_ms && row.note_count == static_cast<std::int64_t>(s.notes.size());
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
