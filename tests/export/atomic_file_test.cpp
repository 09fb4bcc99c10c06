#include "export/atomic_file.h"

#include "export_fixture.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>

using namespace kiosk::exporting;
using namespace kiosk::testing;

TEST(AtomicFile, WritesAndReplaces) {
    TempDir dir;
    ASSERT_TRUE(write_file_atomic(dir.path(), "notes.md", "eerste"));
    EXPECT_EQ(read_file(dir.file("notes.md")), "eerste");
    ASSERT_TRUE(write_file_atomic(dir.path(), "notes.md", "tweede"));
    EXPECT_EQ(read_file(dir.file("notes.md")), "tweede");
    EXPECT_EQ(dir.list(), std::vector<std::string>{"notes.md"});
}

// K13: a write that fails half-way (here: the file-size limit, as a full disk would) leaves the
// earlier good file as it was and no temporary file behind.
TEST(AtomicFile, FailureMidWriteKeepsTheOldFile) {
    TempDir dir;
    ASSERT_TRUE(write_file_atomic(dir.path(), "notes.pdf", "goede oude versie"));
    std::string big(1 << 20, 'x');
    rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    WriteResult r = write_file_atomic(dir.path(), "notes.pdf", big);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, old_handler);
    EXPECT_FALSE(r);
    EXPECT_EQ(r.error_number, EFBIG);
    EXPECT_NE(r.error.find("notes.pdf"), std::string::npos) << r.error;
    EXPECT_EQ(read_file(dir.file("notes.pdf")), "goede oude versie");
    EXPECT_EQ(dir.list(), std::vector<std::string>{"notes.pdf"});
}

TEST(AtomicFile, MissingFolderAndNotAFolderGiveClearMessages) {
    TempDir dir;
    WriteResult r = write_file_atomic(dir.file("weg"), "notes.md", "x");
    EXPECT_FALSE(r);
    EXPECT_EQ(r.error_number, ENOENT);
    EXPECT_NE(r.error.find("does not exist"), std::string::npos) << r.error;
    write_file(dir.file("bestand"), "x");
    r = write_file_atomic(dir.file("bestand"), "notes.md", "x");
    EXPECT_FALSE(r);
    EXPECT_EQ(r.error_number, ENOTDIR);
}

TEST(AtomicFile, MessagesNameTheProblem) {
    EXPECT_NE(describe_write_error(EROFS, "/media/stick/a.pdf").find("read-only"), std::string::npos);
    EXPECT_NE(describe_write_error(EACCES, "/media/stick/a.pdf").find("read-only"), std::string::npos);
    EXPECT_NE(describe_write_error(ENOSPC, "/media/stick/a.pdf").find("full"), std::string::npos);
    EXPECT_NE(describe_write_error(ENOSPC, "/media/stick/a.pdf").find("/media/stick/a.pdf"), std::string::npos);
}
