// Opening a session read-only (issue 13): browse every exercise, export it, close — the database
// file and its -wal/-shm are byte-identical afterwards, and nothing sent to it is kept.
#include "archive_db.h"
#include "core/actions.h"
#include "core/read_only_session.h"
#include "export/exporter.h"
#include "store/store.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using namespace exporting;

/// A hash of the bytes of every file of the database (the file, -wal, -shm, -journal), by suffix.
std::map<std::string, std::size_t> database_files(const std::string& db) {
    std::map<std::string, std::size_t> out;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::ifstream in(db + suffix, std::ios::binary);
        if (!in) continue;
        std::ostringstream bytes;
        bytes << in.rdbuf();
        out[std::string("db") + suffix] = std::hash<std::string>{}(bytes.str());
    }
    return out;
}

TEST(ReadOnlyOpen, BrowsingAndExportingLeaveTheDatabaseByteIdentical) {
    testing::TempDir dir;
    const std::string db = dir.file("kiosk.db");
    testing::generate_archive(db, 3, 12);
    // As in the kiosk: its own writer holds the database (and its -wal and -shm) open meanwhile.
    Store kiosk(db, Access::Write);
    const auto before = database_files(db);
    ASSERT_EQ(before.count("db"), 1u);
    {
        Store store(db, Access::Read);
        ASSERT_FALSE(store.writable());
        ReadOnlySession shown(store.load_session("s-gen-0001").session);
        const std::size_t notes = shown.session().notes.size();
        for (const Exercise& ex : shown.session().plan.agenda) {
            ASSERT_TRUE(shown.submit(actions::AgendaGoto{ex.id}).ok()) << ex.id;
            EXPECT_EQ(shown.session().current_exercise()->id, ex.id);
            const SubmitResult refused = shown.submit(actions::NoteAdd{"n-x", "matrix", "of", "nieuw", {}, "", ""});
            EXPECT_FALSE(refused.ok());
            EXPECT_EQ(refused.message, read_only_message());
        }
        EXPECT_EQ(shown.session().notes.size(), notes);
        const std::string out = dir.file("export");
        fs::create_directories(out);
        ExportRequest request;
        request.formats = {Format::Markdown, Format::Csv};
        request.folder = out;
        const ExportReport report = export_session(shown.session(), request);
        ASSERT_TRUE(report.ok) << report.error;
        EXPECT_EQ(report.written.size(), 2u);
    }
    const auto after = database_files(db);
    for (const auto& [file, hash] : after) EXPECT_EQ(before.count(file), 1u) << file << " appeared";
    for (const auto& [file, hash] : before) {
        ASSERT_EQ(after.count(file), 1u) << file << " went";
        EXPECT_EQ(after.at(file), hash) << file << " changed";
    }
}

}  // namespace
}  // namespace kiosk
