// default_database_path(): XDG_DATA_HOME, else ~/.local/share.
#include "store/paths.h"

#include "store/store_error.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace kiosk {
namespace {

struct EnvGuard {
    std::string name;
    std::string old;
    bool had;
    explicit EnvGuard(const char* n) : name(n) {
        const char* v = std::getenv(n);
        had = v != nullptr;
        if (had) old = v;
    }
    ~EnvGuard() {
        if (had) ::setenv(name.c_str(), old.c_str(), 1);
        else ::unsetenv(name.c_str());
    }
};

TEST(Paths, XdgDataHomeWins) {
    EnvGuard xdg("XDG_DATA_HOME");
    ::setenv("XDG_DATA_HOME", "/srv/data", 1);
    EXPECT_EQ(default_database_path(), "/srv/data/kiosk/kiosk.db");
}

TEST(Paths, FallsBackToHomeLocalShare) {
    EnvGuard xdg("XDG_DATA_HOME"), home("HOME");
    ::unsetenv("XDG_DATA_HOME");
    ::setenv("HOME", "/home/anna", 1);
    EXPECT_EQ(default_database_path(), "/home/anna/.local/share/kiosk/kiosk.db");
    ::setenv("XDG_DATA_HOME", "relative/path", 1);  // not absolute: ignored (XDG rules)
    EXPECT_EQ(default_database_path(), "/home/anna/.local/share/kiosk/kiosk.db");
}

TEST(Paths, ParentsAreCreated) {
    testing::TempDir dir;
    std::string file = dir.file("a/b/c/kiosk.db");
    create_parent_dirs(file);
    EXPECT_TRUE(std::filesystem::is_directory(dir.file("a/b/c")));
    std::ofstream(dir.file("blocker")) << "x";
    EXPECT_THROW(create_parent_dirs(dir.file("blocker/sub/kiosk.db")), StoreError);
}

}  // namespace
}  // namespace kiosk
