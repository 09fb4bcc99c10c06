#include "app/export_job.h"

#include "sample_plan.h"

#include "core/i18n.h"

#include "../store/temp_dir.h"  // the store tests' temporary folder

#include <gtest/gtest.h>

#include <filesystem>

using namespace kiosk;
namespace fs = std::filesystem;

TEST(ExportDestinations, SticksFirstThenDocuments) {
    const std::string mounts =
        "/dev/sda1 / ext4 rw 0 0\n"
        "proc /proc proc rw 0 0\n"
        "/dev/sdb1 /media/anna/KINGSTON vfat rw 0 0\n"
        "/dev/sdc1 /run/media/anna/Foto\\040kaart exfat rw 0 0\n"
        "tmpfs /mnt/ramdisk tmpfs rw 0 0\n"
        "/dev/vda /mnt/sandbox/deep/python ext4 rw 0 0\n";
    kiosk::testing::TempDir tmp;  // a folder of this test alone: CTest runs tests side by side
    fs::path home = tmp.path() / "home";
    fs::create_directories(home / "Documenten");
    auto d = app::export_destinations(mounts, home.string());
    ASSERT_EQ(d.size(), 3u);
    EXPECT_EQ(d[0].path, "/media/anna/KINGSTON");
    EXPECT_TRUE(d[0].removable);
    EXPECT_EQ(d[1].path, "/run/media/anna/Foto kaart");  // \040 is a space in /proc/mounts
    EXPECT_EQ(d[2].path, (home / "Documenten").string());
    EXPECT_FALSE(d[2].removable);
    fs::remove_all(home);
}

TEST(ExportJob, WritesOneFormatPerStepIntoAKioskFolder) {
    kiosk::testing::TempDir tmp;
    fs::path dest = tmp.path() / "dest";
    fs::remove_all(dest);
    fs::create_directories(dest);
    app::ExportJob job;
    job.start(kiosk::testing::sample_session(), dest.string(), 2'000'000);
    ASSERT_EQ(job.progress().phase, ui::ExportProgress::Phase::Running);
    int steps = 0;
    while (job.progress().phase == ui::ExportProgress::Phase::Running && steps < 10) {
        job.step();
        ++steps;
    }
    EXPECT_EQ(job.progress().phase, ui::ExportProgress::Phase::Done);
    EXPECT_EQ(steps, job.progress().total);
    const fs::path folder = job.progress().folder;
    EXPECT_EQ(folder.parent_path(), dest);
    EXPECT_TRUE(fs::is_directory(folder));
    EXPECT_GE(job.progress().written.size(), 4u);
    for (const auto& name : job.progress().written) EXPECT_TRUE(fs::exists(folder / name)) << name;
    fs::remove_all(dest);
}

// The folder carries the session's language, as its files do (issue 9: it was English always).
TEST(ExportJob, TheFolderIsNamedInTheSessionsLanguage) {
    const Languages languages({KIOSK_BUILD_LOCALE_DIR});
    ASSERT_TRUE(languages.get("nl").translated());
    const LanguageScope speaking(languages.get("en"));  // the kiosk speaks English; the session is Dutch
    kiosk::testing::TempDir tmp;
    fs::path dest = tmp.path() / "dest";
    fs::remove_all(dest);
    fs::create_directories(dest);
    Session dutch = kiosk::testing::sample_session();
    app::ExportJob job;
    job.start(dutch, dest.string(), 2'000'000);
    EXPECT_EQ(fs::path(job.progress().folder).filename(), "Workshopverslagen");
    Session english = dutch;
    english.plan.language = "en";
    job.start(english, dest.string(), 2'000'000);
    EXPECT_EQ(fs::path(job.progress().folder).filename(), "Workshop notes");
    fs::remove_all(dest);
}

TEST(ExportJob, AFolderThatCannotBeMadeFailsWithAMessage) {
    app::ExportJob job;
    job.start(kiosk::testing::sample_session(), "/proc/kiosk-cannot-write-here", 0);
    EXPECT_EQ(job.progress().phase, ui::ExportProgress::Phase::Failed);
    EXPECT_FALSE(job.progress().error.empty());
}
