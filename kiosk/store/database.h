// Opening a kiosk database safely: the checks, the pragmas and the recovery of a bad file.
#pragma once

#include <memory>
#include <string>

namespace SQLite { class Database; class Exception; }

namespace kiosk {

class StoreError;

enum class Access {
    Write,  // the kiosk or `kiosk apply`: creates, migrates, moves a bad file aside
    Read,   // CLI readers: never changes the file; a bad file is an error
};

struct OpenedDatabase {
    std::unique_ptr<SQLite::Database> db;
    bool has_schema = false;  // false for a Read of a file no kiosk has written yet
    std::string notice;       // translated; set when a bad file was moved aside
    std::string moved_to;     // where the bad file went, when it was moved
    std::string backup;       // the copy made before an older kiosk's database was migrated
};

/// Opens the database at `path`.
///
/// A file whose user_version is newer than schema_version() was written by a newer kiosk: it is
/// refused with StoreError(Newer) for reading and for writing, and never moved aside or changed.
///
/// Then checks, in order: the file starts with the SQLite header; application_id is ours (or the
/// file is empty); PRAGMA integrity_check says ok.
/// With Access::Write a file failing any check is renamed (with its -wal/-shm/-journal files) to
/// "<path>.damaged-YYYYMMDD-HHMMSS", a fresh database is created in its place and `notice` says
/// so — never a silent reset, never a deletion. With Access::Read the failure is thrown as
/// StoreError(Damaged).
///
/// Write connections use WAL, synchronous=FULL (a commit returns only after the WAL is fsynced,
/// so an acknowledged action survives a power cut; NORMAL would only sync at checkpoints),
/// foreign_keys=ON, and wait up to `busy_timeout_ms` for another program's lock.
/// A file of an older kiosk (0 < user_version < schema_version()) is first copied whole to
/// "<path>.before-vN-YYYYMMDD-HHMMSS" (N: the version it is brought to; `backup` names it), then
/// migrated in one transaction: a step that fails leaves the file as it was (issue 14).
/// Throws StoreError (Busy, Unwritable, Full, Io, NotFound, Damaged, Newer) with a translated message.
OpenedDatabase open_database(const std::string& path, Access access, int busy_timeout_ms);

/// Renames `path` and its companion files aside as "<path>.damaged-YYYYMMDD-HHMMSS" (local time;
/// a suffix "-2", "-3"… when taken). Returns the new path. Throws StoreError(Unwritable).
std::string move_aside(const std::string& path);

/// The local time now as YYYYMMDD-HHMMSS, the suffix of the files the store keeps next to a
/// database (a damaged file moved aside, a copy before a migration, a deleted session's log).
std::string file_timestamp();

/// A StoreError of the right kind for a failed SQLite call, its message saying what we were
/// doing (`doing` is already translated).
StoreError store_error(const SQLite::Exception& e, const std::string& doing);

}  // namespace kiosk
