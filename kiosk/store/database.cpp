#include "store/database.h"

#include "core/i18n.h"
#include "store/paths.h"
#include "store/schema.h"
#include "store/store_error.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <system_error>

namespace kiosk {
namespace fs = std::filesystem;

namespace {

constexpr char kSqliteHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

/// Why the file is not a usable kiosk database, or nothing when it is fine (or absent/empty).
std::optional<std::string> header_problem(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec) || fs::file_size(path, ec) == 0) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() != sizeof header || std::memcmp(header, kSqliteHeader, sizeof header) != 0)
        return std::string(tr("it is not an SQLite database"));
    return std::nullopt;
}

/// The checks that need a connection; nothing when the database is fine.
std::optional<std::string> content_problem(SQLite::Database& db) {
    int app_id = db.execAndGet("PRAGMA application_id").getInt();
    int version = db.execAndGet("PRAGMA user_version").getInt();
    int tables = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
    if (app_id != kApplicationId && (app_id != 0 || tables != 0))
        return std::string(tr("it is an SQLite database of another program"));
    SQLite::Statement check(db, "PRAGMA integrity_check");
    if (check.executeStep()) {
        std::string first = check.getColumn(0).getString();
        if (first != "ok") return fmt::format(fmt::runtime(tr("it is damaged (integrity check: {})")), first);
    }
    return std::nullopt;
}

bool is_damage(const SQLite::Exception& e) {
    int code = e.getErrorCode() & 0xFF;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_FORMAT;
}

std::unique_ptr<SQLite::Database> connect(const std::string& path, Access access, int busy_timeout_ms) {
    int flags = access == Access::Write ? SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE : SQLite::OPEN_READONLY;
    try {
        return std::make_unique<SQLite::Database>(path, flags | SQLITE_OPEN_NOMUTEX, busy_timeout_ms);
    } catch (const SQLite::Exception& e) {
        std::error_code ec;
        if (access == Access::Read && !fs::exists(path, ec))
            throw StoreError(StoreErrorKind::NotFound,
                             fmt::format(fmt::runtime(tr("There is no database at {}.")), path));
        throw store_error(e, fmt::format(fmt::runtime(tr("opening the database {}")), path));
    }
}

/// The problem of the file at `path`, checked through `db`; throws for a problem that is not
/// damage (busy, unreadable), which moving the file aside would not solve.
std::optional<std::string> problem_of(const std::string& path, SQLite::Database& db) {
    try {
        return content_problem(db);
    } catch (const SQLite::Exception& e) {
        if (is_damage(e)) return fmt::format(fmt::runtime(tr("it is damaged ({})")), e.what());
        throw store_error(e, fmt::format(fmt::runtime(tr("checking the database {}")), path));
    }
}

/// Copies an older kiosk's database whole before migrate() changes it, so a step that turns
/// out wrong for some file costs nothing. Returns the copy's path, or "" when the file is new or
/// current. VACUUM INTO cannot run inside a transaction, so this comes before migrate()'s; a
/// second process migrating meanwhile only means the copy is of the older or the same version.
std::string backup_before_migration(SQLite::Database& db, const std::string& path) {
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version == 0 || version >= schema_version()) return {};
    const std::string base = path + ".before-v" + std::to_string(schema_version()) + "-" + file_timestamp();
    std::string target = base;
    std::error_code ec;
    for (int n = 2; fs::exists(target, ec); ++n) target = base + "-" + std::to_string(n);
    SQLite::Statement vacuum(db, "VACUUM INTO ?");
    vacuum.bind(1, target);
    vacuum.exec();
    return target;
}

void configure_for_writing(SQLite::Database& db, const std::string& path, std::string& backup) {
    try {
        std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal")
            throw StoreError(StoreErrorKind::Io,
                             fmt::format(fmt::runtime(tr("The database {} cannot use write-ahead logging.")), path));
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = ON");
        backup = backup_before_migration(db, path);
        migrate(db);
    } catch (const SQLite::Exception& e) {
        throw store_error(e, fmt::format(fmt::runtime(tr("preparing the database {}")), path));
    }
}

}  // namespace

std::string file_timestamp() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &local);
    return buf;
}

StoreError store_error(const SQLite::Exception& e, const std::string& doing) {
    int code = e.getErrorCode() & 0xFF;
    StoreErrorKind kind = StoreErrorKind::Io;
    const char* what = N_("Something went wrong while {}: {}.");
    switch (code) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            kind = StoreErrorKind::Busy;
            what = N_("Another program kept the database busy while {}; it was not released in time ({}).");
            break;
        case SQLITE_FULL:
            kind = StoreErrorKind::Full;
            what = N_("The disk is full while {} ({}). Free some space.");
            break;
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            kind = StoreErrorKind::Unwritable;
            what = N_("The database cannot be written while {} ({}). Is the folder read-only?");
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
        case SQLITE_FORMAT:
            kind = StoreErrorKind::Damaged;
            what = N_("The database is damaged; found while {} ({}).");
            break;
        default:
            break;
    }
    return StoreError(kind, fmt::format(fmt::runtime(tr(what)), doing, e.what()));
}

std::string move_aside(const std::string& path) {
    std::string base = path + ".damaged-" + file_timestamp();
    std::string target = base;
    std::error_code ec;
    for (int n = 2; fs::exists(target, ec); ++n) target = base + "-" + std::to_string(n);
    fs::rename(path, target, ec);
    if (ec)
        throw StoreError(StoreErrorKind::Unwritable,
                         fmt::format(fmt::runtime(tr("The database {} is unusable and cannot be moved aside: {}.")),
                                     path, ec.message()));
    // The companions keep their suffix, so the renamed file still finds its own WAL.
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (fs::exists(path + suffix, ec)) fs::rename(path + suffix, target + suffix, ec);
    return target;
}

/// Throws StoreError(Newer) when `db` was written by a newer kiosk. Such a file is sound, only
/// not ours to read or change: it is neither moved aside nor written (case K25).
void refuse_newer(SQLite::Database& db, const std::string& path) {
    // Closing the last connection to a database in WAL mode checkpoints the WAL into the file and
    // deletes it: a refused file must not be changed that way. Allowed again once it passes.
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    int version = 0;
    try {
        version = db.execAndGet("PRAGMA user_version").getInt();
    } catch (const SQLite::Exception&) {
        sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
        return;  // unreadable: the damage checks that follow say what is wrong
    }
    if (version <= schema_version()) {
        sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
        return;
    }
    throw StoreError(StoreErrorKind::Newer,
                     fmt::format(fmt::runtime(tr("The sessions in {} were made with a newer version of the kiosk "
                                                 "(database version {}; this kiosk knows up to {}). Update the "
                                                 "kiosk to open them. The file has not been changed.")),
                                 path, version, schema_version()));
}

OpenedDatabase open_database(const std::string& path, Access access, int busy_timeout_ms) {
    OpenedDatabase out;
    if (access == Access::Write) create_parent_dirs(path);
    std::optional<std::string> problem = header_problem(path);
    if (!problem) {
        out.db = connect(path, access, busy_timeout_ms);
        refuse_newer(*out.db, path);
        problem = problem_of(path, *out.db);
    }
    if (problem) {
        if (access == Access::Read)
            throw StoreError(StoreErrorKind::Damaged,
                             fmt::format(fmt::runtime(tr("The database {} cannot be used: {}.")), path, *problem));
        out.db.reset();
        out.moved_to = move_aside(path);
        out.notice = fmt::format(fmt::runtime(tr("The database {} could not be used: {}. It was moved aside to {} "
                                                 "(nothing was deleted) and a new, empty database was started.")),
                                 path, *problem, out.moved_to);
        out.db = connect(path, access, busy_timeout_ms);
    }
    if (access == Access::Write) {
        configure_for_writing(*out.db, path, out.backup);
        out.has_schema = true;
        return out;
    }
    int version = out.db->execAndGet("PRAGMA user_version").getInt();
    if (version != 0 && version < schema_version())
        throw StoreError(StoreErrorKind::Damaged,
                         fmt::format(fmt::runtime(tr("The database {} is from an older kiosk; open it once with the "
                                                     "kiosk to bring it up to date.")),
                                     path));
    out.has_schema = version == schema_version();
    return out;
}

}  // namespace kiosk
