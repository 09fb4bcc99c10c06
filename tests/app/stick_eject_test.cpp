// Ejecting the stick after an export (issue 14): sync, then the desktop's unmount service found
// in PATH at run time, each with a timeout, off the UI thread. The services are fake commands
// (scripts in a PATH of the test's own) over a folder standing for the stick; the sync and a real
// unmount on a FAT image are in tests/export/fat_stick.sh.
#include "app/stick_eject.h"

#include "core/i18n.h"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using app::EjectOutcome;
using Kind = EjectOutcome::Kind;

struct StickEjectTest : ::testing::Test {
    StickEjectTest() {
        root = fs::temp_directory_path() /
               ("kiosk-eject-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root);
        fs::create_directories(root / "bin");
        fs::create_directories(root / "media" / "bieb" / "KINGSTON" / "Workshopverslagen");
        stick = (root / "media" / "bieb" / "KINGSTON").string();
        mounts = "/dev/sda2 / ext4 rw 0 0\n/dev/sdb1 " + stick + " vfat rw,nosuid 0 0\n";
        options.path_env = (root / "bin").string();
        options.timeout_seconds = 2.0;
    }
    ~StickEjectTest() override { fs::remove_all(root); }
    /// A fake command `name` in the test's PATH running `body` (sh), its arguments noted in
    /// root/NAME.args.
    void fake(const std::string& name, const std::string& body) {
        const fs::path p = root / "bin" / name;
        std::ofstream(p) << "#!/bin/sh\necho \"$@\" > '" << (root / (name + ".args")).string() << "'\n" << body << "\n";
        fs::permissions(p, fs::perms::owner_all);
    }
    std::string args_of(const std::string& name) {
        std::ifstream in(root / (name + ".args"));
        std::string line;
        std::getline(in, line);
        return line;
    }
    EjectOutcome eject() { return app::eject_stick(stick + "/Workshopverslagen", mounts, options); }

    const LanguageScope english{nullptr};
    fs::path root;
    std::string stick, mounts;
    app::EjectOptions options;
};

TEST_F(StickEjectTest, UdisksUnmountsTheSticksDeviceAndItCanBePulled) {
    fake("udisksctl", "echo 'Unmounted /dev/sdb1.'; exit 0");
    fake("gio", "exit 0");
    const EjectOutcome o = eject();
    EXPECT_EQ(o.kind, Kind::Pullable) << o.log;
    EXPECT_EQ(o.message, "You can pull the stick out now.");
    EXPECT_EQ(args_of("udisksctl"), "unmount -b /dev/sdb1");
    EXPECT_EQ(args_of("gio"), "") << "the first service found is the one used";
}

TEST_F(StickEjectTest, WithoutUdisksGioUnmountsTheMountPoint) {
    fake("gio", "exit 0");
    const EjectOutcome o = eject();
    EXPECT_EQ(o.kind, Kind::Pullable) << o.log;
    EXPECT_EQ(args_of("gio"), "mount -u " + stick);
}

TEST_F(StickEjectTest, AFuseMountHasNoDeviceForUdisksSoGioIsAsked) {
    mounts = "fusefat " + stick + " fuse.fusefat rw 0 0\n";
    fake("udisksctl", "exit 0");
    fake("gio", "exit 0");
    EXPECT_EQ(eject().kind, Kind::Pullable);
    EXPECT_EQ(args_of("udisksctl"), "");
    EXPECT_EQ(args_of("gio"), "mount -u " + stick);
}

TEST_F(StickEjectTest, ABusyStickIsNotToBePulledAndTheToolsReasonIsShown) {
    fake("udisksctl", "echo 'Error unmounting /dev/sdb1: target is busy' >&2; exit 1");
    const EjectOutcome o = eject();
    EXPECT_EQ(o.kind, Kind::NotEjected);
    EXPECT_NE(o.message.find("target is busy"), std::string::npos) << o.message;
    EXPECT_NE(o.message.find("written and synced"), std::string::npos) << o.message;
    EXPECT_NE(o.log.find("status 1"), std::string::npos) << o.log;
}

TEST_F(StickEjectTest, AServiceThatNeverAnswersIsKilledAfterTheTimeout) {
    fake("udisksctl", "exec sleep 60");
    options.timeout_seconds = 0.5;
    const auto start = std::chrono::steady_clock::now();
    const EjectOutcome o = eject();
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(o.kind, Kind::NotEjected);
    EXPECT_NE(o.message.find("did not answer within 1 s"), std::string::npos) << o.message;
    EXPECT_GE(took, 0.45);
    EXPECT_LT(took, 2.0);
}

TEST_F(StickEjectTest, NoServiceAtAllSaysSyncedAndToUseTheDesktopsEject) {
    const EjectOutcome o = eject();
    EXPECT_EQ(o.kind, Kind::SyncedOnly) << o.log;
    EXPECT_NE(o.message.find("written and synced"), std::string::npos) << o.message;
}

TEST_F(StickEjectTest, AFolderOnTheSystemDiskIsNothingToEject) {
    fake("udisksctl", "exit 0");
    const EjectOutcome o = app::eject_stick((root / "bin").string(), mounts, options);
    EXPECT_EQ(o.kind, Kind::NotEjected);
    EXPECT_EQ(args_of("udisksctl"), "") << "the system disk is never unmounted";
}

TEST_F(StickEjectTest, TheJobRunsOffTheCallersThreadAndSpeaksItsLanguage) {
    fake("udisksctl", "sleep 0.3; exit 0");
    const Languages languages({KIOSK_BUILD_LOCALE_DIR});
    const LanguageScope dutch(&languages.get("nl"));
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    app::EjectJob job([&] {
        std::lock_guard l(m);
        done = true;
        cv.notify_all();
    });
    const auto start = std::chrono::steady_clock::now();
    job.start(stick, mounts, options);
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 0.1);
    EXPECT_TRUE(job.busy());
    EXPECT_FALSE(job.take().has_value());
    {
        std::unique_lock l(m);
        ASSERT_TRUE(cv.wait_for(l, std::chrono::seconds(5), [&] { return done; }));
    }
    const auto o = job.take();
    ASSERT_TRUE(o.has_value());
    EXPECT_EQ(o->kind, Kind::Pullable);
    EXPECT_EQ(o->message, "Je kunt de stick nu uittrekken.");
}

TEST(ShowEject, OfferedOnlyAfterADoneExportToAStickThenRunningThenTheOutcome) {
    using Eject = ui::ExportProgress::Eject;
    ui::ExportProgress p;
    p.phase = ui::ExportProgress::Phase::Running;
    app::show_eject(p, true, false, std::nullopt);
    EXPECT_EQ(p.eject, Eject::NotOffered);
    p.phase = ui::ExportProgress::Phase::Done;
    app::show_eject(p, false, false, std::nullopt);
    EXPECT_EQ(p.eject, Eject::NotOffered) << "a folder on the computer";
    app::show_eject(p, true, false, std::nullopt);
    EXPECT_EQ(p.eject, Eject::Offered);
    app::show_eject(p, true, true, std::nullopt);
    EXPECT_EQ(p.eject, Eject::Running);
    app::show_eject(p, true, false, EjectOutcome{Kind::NotEjected, "bezet", ""});
    EXPECT_EQ(p.eject, Eject::NotEjected);
    EXPECT_EQ(p.eject_message, "bezet");
    app::show_eject(p, true, false, EjectOutcome{Kind::SyncedOnly, "zelf uitwerpen", ""});
    EXPECT_EQ(p.eject, Eject::SyncedOnly);
    app::show_eject(p, true, false, EjectOutcome{Kind::Pullable, "uittrekken", ""});
    EXPECT_EQ(p.eject, Eject::Ejected);
    p.phase = ui::ExportProgress::Phase::Failed;
    app::show_eject(p, true, false, EjectOutcome{Kind::Pullable, "uittrekken", ""});
    EXPECT_EQ(p.eject, Eject::NotOffered);
    EXPECT_EQ(p.eject_message, "");
}

TEST(MountOf, TheLongestWholeComponentPrefixWinsAndEscapesAreRead) {
    const std::string mounts =
        "/dev/sda2 / ext4 rw 0 0\n/dev/sdb1 /media/bieb/MIJN\\040STICK vfat rw 0 0\n/dev/sdc1 /media/bieb/MIJN vfat rw 0 0\n";
    const auto m = app::mount_of("/media/bieb/MIJN STICK/Workshopverslagen", mounts);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->device, "/dev/sdb1");
    EXPECT_EQ(m->mount_point, "/media/bieb/MIJN STICK");
    EXPECT_EQ(app::mount_of("/media/bieb/MIJNE/x", mounts)->mount_point, "/");  // not /media/bieb/MIJN
    EXPECT_FALSE(app::mount_of("/x", "").has_value());
}

}  // namespace
}  // namespace kiosk
