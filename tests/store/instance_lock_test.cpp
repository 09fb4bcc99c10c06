// InstanceLock: a second kiosk on the same database is refused; a dead one leaves no lock.
#include "store/instance_lock.h"

#include "store/store.h"
#include "store/store_error.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace kiosk {
namespace {

using testing::TempDir;

TEST(InstanceLock, ASecondKioskIsRefusedWithAClearMessage) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    Store first(path, Access::Write);
    try {
        Store second(path, Access::Write);
        FAIL() << "two writers on one database";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreErrorKind::Locked);
        std::string message = e.what();
        EXPECT_NE(message.find(std::to_string(::getpid())), std::string::npos) << message;
        EXPECT_NE(message.find(path), std::string::npos) << message;
    }
    // Readers keep working while the kiosk runs.
    Store reader(path, Access::Read);
    EXPECT_TRUE(reader.list_sessions().empty());
    EXPECT_TRUE(reader.check().ok());
}

TEST(InstanceLock, ReleasedWhenTheHolderCloses) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    { InstanceLock lock(path); }
    InstanceLock again(path);
    EXPECT_EQ(again.path(), path + ".lock");
}

TEST(InstanceLock, AKilledHolderLeavesNoStaleLock) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        InstanceLock lock(path);
        char c = 'x';
        if (::write(ready[1], &c, 1) != 1) ::_exit(2);
        ::pause();
        ::_exit(0);
    }
    char c;
    ASSERT_EQ(::read(ready[0], &c, 1), 1);
    EXPECT_THROW(InstanceLock second(path), StoreError);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_NO_THROW(InstanceLock after(path));  // the lock file is still there, but free
    ::close(ready[0]);
    ::close(ready[1]);
}

}  // namespace
}  // namespace kiosk
