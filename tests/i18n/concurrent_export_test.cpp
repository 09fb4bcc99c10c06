// Issue 10: an export in another language than the screen's flipped process-wide state (the
// exporter set LANGUAGE and bumped gettext's cache counter), so the room's Dutch screen could
// show English while an English session was exported, and the export could come out half Dutch.
// Here an export runs on another thread while this thread keeps translating for the screen.
#include "core/i18n.h"
#include "export/document.h"
#include "export/exporter.h"
#include "export/markdown.h"
#include "headless_ui.h"
#include "sample_plan.h"
#include "ui/frame_text.h"
#include "ui/start_screen.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include <unistd.h>

namespace kiosk {
namespace {
namespace fs = std::filesystem;

std::string read_all(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

struct ExportMeanwhile : ::testing::Test {
    void SetUp() override { ASSERT_TRUE(languages.get("nl").translated()) << "build kiosk_catalogues first"; }

    /// Exports `session` as Markdown `rounds` times on a thread that speaks `thread_language`,
    /// counting the exports that miss `heading` or contain `foreign_heading`.
    std::thread exporter(const Session& session, const std::string& thread_language, const std::string& heading,
                         const std::string& foreign_heading, int rounds, std::atomic<int>& wrong,
                         std::atomic<bool>& done) {
        const std::string test_name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        return std::thread([=, &wrong, &done] {
            const LanguageScope scope(languages.get(thread_language));
            // A folder of this process and test alone: CTest runs each test as its own process,
            // side by side, and a shared folder let one test's clean-up delete the other's files.
            const fs::path folder = fs::temp_directory_path() /
                                    ("kiosk-i18n-export-" + session.plan.language + "-" + std::to_string(::getpid()) +
                                     "-" + test_name);
            fs::remove_all(folder);
            fs::create_directories(folder);
            for (int i = 0; i < rounds; ++i) {
                exporting::ExportRequest request;
                request.formats = {exporting::Format::Markdown};
                request.folder = folder.string();
                const exporting::ExportReport report = exporting::export_session(session, request);
                if (!report.ok || report.written.size() != 1) {
                    ++wrong;
                    continue;
                }
                const std::string text = read_all(report.written[0]);
                if (text.find(heading) == std::string::npos || text.find(foreign_heading) != std::string::npos) ++wrong;
            }
            fs::remove_all(folder);
            done = true;
        });
    }

    Languages languages{{KIOSK_BUILD_LOCALE_DIR}};
};

TEST_F(ExportMeanwhile, AnEnglishExportWhileTheScreenDrawsDutch) {
    Session english = testing::sample_session();
    english.plan.language = "en";
    std::atomic<int> wrong_export{0};
    std::atomic<bool> done{false};
    const LanguageScope screen(languages.get("nl"));  // the room sees Dutch
    std::thread job = exporter(english, "nl", "Planned (min)", "Gepland (min)", 30, wrong_export, done);
    const Session dutch = testing::sample_session();
    int frames = 0, wrong_screen = 0;
    while (!done || frames < 30) {  // "frames" of the Dutch screen, for as long as the export runs
        ++frames;
        if (std::string(tr("Resume")) != "Hervatten") ++wrong_screen;
        const std::string page = exporting::to_markdown(exporting::build_document(dutch, 0));
        if (page.find("Gepland (min)") == std::string::npos || page.find("Planned (min)") != std::string::npos)
            ++wrong_screen;
    }
    job.join();
    EXPECT_EQ(wrong_export, 0) << "English exports that came out (partly) Dutch";
    EXPECT_EQ(wrong_screen, 0) << "of " << frames << " Dutch frames drawn (partly) in English";
}

TEST_F(ExportMeanwhile, ADutchExportWhileTheScreenDrawsEnglish) {
    const Session dutch = testing::sample_session();
    std::atomic<int> wrong_export{0};
    std::atomic<bool> done{false};
    const LanguageScope screen(languages.get("en"));
    std::thread job = exporter(dutch, "en", "Gepland (min)", "Planned (min)", 30, wrong_export, done);
    int frames = 0, wrong_screen = 0;
    while (!done || frames < 30) {
        ++frames;
        if (std::string(tr("Resume")) != "Resume" || std::string(tr("Table {}")) != "Table {}") ++wrong_screen;
    }
    job.join();
    EXPECT_EQ(wrong_export, 0);
    EXPECT_EQ(wrong_screen, 0) << "of " << frames << " English frames";
}

// The same with real ImGui frames: the start screen drawn headlessly in Dutch, read back from
// the draw data, for as long as an English export runs on another thread.
TEST_F(ExportMeanwhile, TheStartScreenStaysDutchDuringAnEnglishExport) {
    test::HeadlessUi ui(1280, 720, 20);
    ui::StartScreenData data;
    ui::StartScreenState state;
    ui.set_draw([&] {
        ui::Redraw redraw;
        ui::draw_start_screen(data, state, ui.ctx(), redraw);
    });
    const LanguageScope screen(languages.get("nl"));
    ui.frames(2);
    ASSERT_TRUE(ui::frame_shows(ui::read_drawn_frame(*ImGui::GetDrawData()), "Nieuwe sessie"));
    Session english = testing::sample_session();
    english.plan.language = "en";
    std::atomic<int> wrong_export{0};
    std::atomic<bool> done{false};
    std::thread job = exporter(english, "nl", "Planned (min)", "Gepland (min)", 30, wrong_export, done);
    int frames = 0, wrong_frames = 0;
    while (!done || frames < 10) {
        ui.frame();
        ++frames;
        const ui::DrawnFrame drawn = ui::read_drawn_frame(*ImGui::GetDrawData());
        if (!ui::frame_shows(drawn, "Nieuwe sessie") || ui::frame_shows(drawn, "New session")) ++wrong_frames;
    }
    job.join();
    EXPECT_EQ(wrong_export, 0);
    EXPECT_EQ(wrong_frames, 0) << "of " << frames << " frames";
}

}  // namespace
}  // namespace kiosk
