#include "app/export_job.h"

#include "sample_plan.h"

#include "core/i18n.h"
#include "bootcamp_session.h"
#include "headless_ui.h"
#include "ui/export_screen.h"

#include "../store/temp_dir.h"  // the store tests' temporary folder

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>
#include <algorithm>
#include <cstdio>

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

TEST(ExportJob, WritesEveryFormatIntoAKioskFolderOnItsWorker) {
    kiosk::testing::TempDir tmp;
    fs::path dest = tmp.path() / "dest";
    fs::remove_all(dest);
    fs::create_directories(dest);
    app::ExportJob job;
    job.start(kiosk::testing::sample_session(), dest.string(), 2'000'000);
    ASSERT_TRUE(job.wait(60.0));
    const ui::ExportProgress p = job.progress();
    ASSERT_EQ(p.phase, ui::ExportProgress::Phase::Done) << p.error;
    EXPECT_EQ(p.done, p.total);
    EXPECT_TRUE(p.warning.empty()) << p.warning;
    const fs::path folder = p.folder;
    EXPECT_EQ(folder.parent_path(), dest);
    EXPECT_TRUE(fs::is_directory(folder));
    EXPECT_GE(p.written.size(), 4u);
    for (const auto& name : p.written) EXPECT_TRUE(fs::exists(folder / name)) << name;
    fs::remove_all(dest);
}

// The archive's "Export these N" (issue 13): one CSV for all of them, every session's documents.
TEST(ExportJob, SeveralSessionsWriteOneCsvAndEachSessionsDocumentsOnItsWorker) {
    kiosk::testing::TempDir tmp;
    const fs::path dest = tmp.path() / "several";
    fs::remove_all(dest);
    fs::create_directories(dest);
    Session first = kiosk::testing::sample_session();
    Session second = first;
    second.id = "s-second";
    second.title = "Tweede bijeenkomst";
    second.date = "2026-12-01";
    app::ExportJob job;
    job.start(std::vector<Session>{first, second}, dest.string(), 2'000'000);
    ASSERT_TRUE(job.wait(60.0));
    const ui::ExportProgress p = job.progress();
    ASSERT_EQ(p.phase, ui::ExportProgress::Phase::Done) << p.error;
    int csv = 0, markdown = 0;
    for (const auto& name : p.written) {
        EXPECT_TRUE(fs::exists(fs::path(p.folder) / name)) << name;
        csv += fs::path(name).extension() == ".csv";
        markdown += fs::path(name).extension() == ".md";
    }
    EXPECT_EQ(csv, 1) << "one spreadsheet for all of them";
    EXPECT_EQ(markdown, 2) << "a document per session";
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
    ASSERT_TRUE(job.wait(60.0));
    Session english = dutch;
    english.plan.language = "en";
    job.start(english, dest.string(), 2'000'000);
    EXPECT_EQ(fs::path(job.progress().folder).filename(), "Workshop notes");
    ASSERT_TRUE(job.wait(60.0));
    fs::remove_all(dest);
}

TEST(ExportJob, AFolderThatCannotBeMadeFailsWithAMessage) {
    app::ExportJob job;
    job.start(kiosk::testing::sample_session(), "/proc/kiosk-cannot-write-here", 0);
    ASSERT_TRUE(job.wait(10.0));
    EXPECT_EQ(job.progress().phase, ui::ExportProgress::Phase::Failed);
    EXPECT_FALSE(job.progress().error.empty());
}

namespace {

/// A gate a seam waits at until the test opens it (a stick that writes slowly, or hangs).
struct Gate {
    std::mutex mutex;
    std::condition_variable cv;
    bool open = false;
    int waiting = 0;
    void pass() {
        std::unique_lock lock(mutex);
        ++waiting;
        cv.notify_all();
        cv.wait(lock, [&] { return open; });
    }
    void release() {
        std::lock_guard lock(mutex);
        open = true;
        cv.notify_all();
    }
    bool reached(double seconds) {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, std::chrono::duration<double>(seconds), [&] { return waiting > 0; });
    }
};

/// The export screen on a headless 1024x768 display, showing `job`'s progress each frame, as the
/// kiosk draws it while an export runs.
struct ExportScreen {
    ExportScreen(app::ExportJob& job, const std::string& folder) {
        data.session_title = "Proef";
        data.destinations = {{"Documenten", folder, false}};
        ui.set_draw([this, &job] {
            ui::Redraw redraw;
            ui::draw_export_screen(data, state, job.progress(), ui.ctx(), redraw);
        });
    }
    test::HeadlessUi ui{1024, 768, 19};
    ui::ExportScreenData data;
    ui::ExportScreenState state;
};

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

// Issue 14: the export writes off the UI thread. A writer that blocks (a stick that hangs) leaves
// the export screen's frames as quick as ever, showing the export running; once it goes on, the
// export ends. On main the first format was written inside the frame that asked for it.
TEST(ExportJob, TheExportScreensFramesGoOnWhileTheWriterBlocks) {
    auto gate = std::make_shared<Gate>();
    app::ExportSeams seams;
    seams.write = [gate](const Session& s, const exporting::ExportRequest& r) {
        gate->pass();
        return exporting::export_session(s, r);
    };
    seams.sync = [](const std::string&) { return 0; };
    kiosk::testing::TempDir tmp;
    app::ExportJob job(seams);
    ExportScreen screen(job, tmp.path().string());
    test::HeadlessUi& ui = screen.ui;
    ui.frames(2);
    const auto t0 = std::chrono::steady_clock::now();
    job.start(kiosk::testing::sample_session(), tmp.path().string(), 2'000'000);
    EXPECT_LT(seconds_since(t0), 0.5) << "start() returns at once";
    ASSERT_TRUE(gate->reached(10.0)) << "the worker writes";
    double slowest = 0;
    for (int i = 0; i < 30; ++i) {
        const auto f = std::chrono::steady_clock::now();
        ui.frame();
        slowest = std::max(slowest, seconds_since(f));
    }
    EXPECT_LT(slowest, 0.25) << "a frame waited on the writer";
    EXPECT_EQ(job.progress().phase, ui::ExportProgress::Phase::Running);
    EXPECT_EQ(job.progress().done, 0);
    gate->release();
    ASSERT_TRUE(job.wait(60.0));
    EXPECT_EQ(job.progress().phase, ui::ExportProgress::Phase::Done) << job.progress().error;
    EXPECT_EQ(job.progress().done, 5);
}

// The demo session exported for real (every format) while the export screen is drawn frame after
// frame, as the kiosk does: no frame waits on the writing. Prints the figures (total time, frame
// times); run with TMPDIR on a stick's mount to measure a stick.
TEST(ExportJob, TheDemoSessionExportsWhileTheScreensFramesStayQuick) {
    kiosk::testing::TempDir tmp;
    app::ExportJob job;
    ExportScreen screen(job, tmp.path().string());
    test::HeadlessUi& ui = screen.ui;
    Session demo = kiosk::testing::bootcamp_session("nl", true);
    // File names in ASCII: fusefat (a FAT stick mounted through FUSE, to measure one) refuses
    // others, where the kernel's vfat takes them (tests/export/fat_stick.sh).
    demo.title = "Bootcamp Zwolle";
    demo.place = "Zaal 2";
    const auto t0 = std::chrono::steady_clock::now();
    job.start(demo, tmp.path().string(), 2'000'000);
    std::vector<double> frames;
    while (job.progress().phase == ui::ExportProgress::Phase::Running && seconds_since(t0) < 60.0) {
        const auto f = std::chrono::steady_clock::now();
        ui.frame();
        frames.push_back(seconds_since(f));
        std::this_thread::sleep_for(std::chrono::milliseconds(16));  // a 60 Hz frame loop
    }
    const double total = seconds_since(t0);
    ASSERT_TRUE(job.wait(1.0));
    EXPECT_EQ(job.progress().phase, ui::ExportProgress::Phase::Done) << job.progress().error;
    ASSERT_FALSE(frames.empty());
    std::sort(frames.begin(), frames.end());
    const double slowest = frames.back(), median = frames[frames.size() / 2];
    std::printf("export of the demo session to %s: %.0f ms; %zu frames during it, median %.2f ms, slowest %.2f ms\n",
                tmp.path().c_str(), total * 1000.0, frames.size(), median * 1000.0, slowest * 1000.0);
    EXPECT_LT(slowest, 0.1) << "a frame waited on the export";
}

// A stick that never confirms its writes: the export ends after the limit with a clear message,
// and the files written are all there (the sync goes on in the background).
TEST(ExportJob, ASyncThatNeverAnswersEndsWithAMessageAfterTheLimit) {
    auto gate = std::make_shared<Gate>();
    app::ExportSeams seams;
    seams.sync = [gate](const std::string&) {
        gate->pass();
        return 0;
    };
    seams.sync_timeout_seconds = 0.3;
    kiosk::testing::TempDir tmp;
    app::ExportJob job(seams);
    const auto t0 = std::chrono::steady_clock::now();
    job.start(kiosk::testing::sample_session(), tmp.path().string(), 2'000'000);
    ASSERT_TRUE(job.wait(60.0));
    const ui::ExportProgress p = job.progress();
    EXPECT_EQ(p.phase, ui::ExportProgress::Phase::Done) << p.error;
    EXPECT_NE(p.warning.find("did not confirm"), std::string::npos) << p.warning;
    EXPECT_GE(p.written.size(), 4u);  // md, html, csv, pdf; a picture of each board the room came to
    for (const auto& name : p.written) EXPECT_TRUE(fs::exists(fs::path(p.folder) / name)) << name;
    EXPECT_LT(seconds_since(t0), 30.0);
    gate->release();  // the background sync ends, before the test's folder goes
}

TEST(StickSync, AnswersWithinTheLimitOrSaysItTimedOut) {
    kiosk::testing::TempDir tmp;
    EXPECT_EQ(app::sync_with_timeout(tmp.path().string(), 20.0).kind, app::SyncOutcome::Kind::Synced);
    const app::SyncOutcome missing = app::sync_with_timeout((tmp.path() / "gone").string(), 20.0);
    EXPECT_EQ(missing.kind, app::SyncOutcome::Kind::Failed);
    EXPECT_EQ(missing.error, ENOENT);
    auto gate = std::make_shared<Gate>();
    const auto t0 = std::chrono::steady_clock::now();
    const app::SyncOutcome hung = app::sync_with_timeout(tmp.path().string(), 0.2, [gate](const std::string&) {
        gate->pass();
        return 0;
    });
    EXPECT_EQ(hung.kind, app::SyncOutcome::Kind::TimedOut);
    EXPECT_LT(seconds_since(t0), 2.0);
    gate->release();
}
