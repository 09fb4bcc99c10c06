// The join QR code through the real GL path (issue 12): draw_qr into a window under Xvfb, read
// back, and every module's centre pixel is the code's module (the three finder squares dark and
// light where they must be, the quiet zone white), with no grey pixel inside the code (modules
// on whole pixels). With KIOSK_PHONE_SHOTS=DIR it also writes the console, the table's join
// panel and the projector with phones on to DIR/*.png, to be looked at.
#include "bootcamp_session.h"
#include "test_window.h"

#include "core/action_sink.h"
#include "core/i18n.h"
#include "platform/backend.h"
#include "ui/facilitator_screen.h"
#include "ui/projector_view.h"
#include "ui/qr_code.h"
#include "ui/session_view.h"
#include "ui/touch.h"
#include "ui/window_state.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <stb/stb_image_write.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <string>

namespace kiosk {
namespace {

using platform::FrameImage;

bool dark(FrameImage::Rgb8 p) { return p.r + p.g + p.b < 3 * 40; }
bool light(FrameImage::Rgb8 p) { return p.r + p.g + p.b > 3 * 215; }

ui::PhonesInfo phones_on() {
    ui::PhonesInfo p;
    p.on = true;
    p.url = "http://192.168.1.20:8080/j/483920";
    p.code = "483920";
    p.qr = ui::make_qr_code(p.url);
    p.connected = 12;
    return p;
}

class PhonesPixels : public ::testing::Test {
protected:
    void open(int w, int h) {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "needs an X display (ctest runs this under Xvfb)";
        std::string error;
        backend_ = platform::Backend::create(platform::test_window_options(w, h), error);
        ASSERT_TRUE(backend_) << error;
        ui::bind_window_state(window_, backend_->imgui_context());
    }
    void TearDown() override {
        if (backend_) ui::unbind_window_state(backend_->imgui_context());
    }
    /// A frame with the kiosk's fonts and theme that runs `draw`.
    platform::FrameFn frame(std::function<void()> draw) {
        return [this, draw](const platform::FrameInfo& info) {
            ctx_.metrics.em = info.scale.body_px;
            ctx_.metrics.px_per_mm = info.scale.px_per_mm;
            ctx_.fonts = {info.fonts->body, info.fonts->heading, info.fonts->display, info.fonts->icons};
            ui::apply_theme(ImGui::GetStyle(), ctx_.metrics);
            ui::hit_targets().clear();
            ImGui::GetBackgroundDrawList()->AddRectFilledMultiColor(
                ImVec2(0, 0), ImGui::GetIO().DisplaySize, ui::palette::kPaperTop, ui::palette::kPaperTop,
                ui::palette::kPaperBottom, ui::palette::kPaperBottom);
            draw();
            return platform::FrameRequest{};
        };
    }
    std::unique_ptr<platform::Backend> backend_;
    ui::WindowState window_;
    ui::Context ctx_;
};

TEST_F(PhonesPixels, EveryModuleReadBackIsTheCodesAndTheFindersAreWhereTheyMustBe) {
    open(640, 480);
    const ui::QrCode qr = ui::make_qr_code("http://192.168.1.20:8080/j/483920");
    ASSERT_FALSE(qr.empty());
    ui::QrPlacement at;
    // An odd position and side: draw_qr must still put the modules on whole pixels.
    const ImVec2 pos(40.4f, 30.6f);
    const float side = 401.3f;
    FrameImage image;
    backend_->capture(frame([&] { at = ui::draw_qr(ImGui::GetForegroundDrawList(), qr, pos, side); }), image, 2);
    ASSERT_EQ(image.width, 640);
    ASSERT_GE(at.module_px, 3.0f);
    EXPECT_EQ(at.module_px, std::floor(at.module_px)) << "whole-pixel modules";
    auto pixel = [&](int mx, int my) {
        return image.at(int(at.origin.x + (float(mx) + 0.5f) * at.module_px), int(at.origin.y + (float(my) + 0.5f) * at.module_px));
    };
    int mismatched = 0;
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x) mismatched += qr.dark(x, y) ? !dark(pixel(x, y)) : !light(pixel(x, y));
    EXPECT_EQ(mismatched, 0) << "modules read back otherwise than the code has them";
    // The three finder squares: dark ring, light ring, dark centre; the fourth corner has none.
    for (auto [fx, fy] : {std::pair{0, 0}, std::pair{qr.size - 7, 0}, std::pair{0, qr.size - 7}}) {
        EXPECT_TRUE(dark(pixel(fx, fy))) << fx << "," << fy;
        EXPECT_TRUE(light(pixel(fx + 1, fy + 1))) << fx << "," << fy;
        EXPECT_TRUE(dark(pixel(fx + 3, fy + 3))) << fx << "," << fy;
        EXPECT_TRUE(light(pixel(fx + 5, fy + 5))) << fx << "," << fy;
        EXPECT_TRUE(dark(pixel(fx + 6, fy + 6))) << fx << "," << fy;
    }
    EXPECT_FALSE(dark(pixel(qr.size - 6, qr.size - 6)) && light(pixel(qr.size - 6, qr.size - 5)) &&
                 dark(pixel(qr.size - 4, qr.size - 4)) && light(pixel(qr.size - 2, qr.size - 2)) && dark(pixel(qr.size - 1, qr.size - 1)))
        << "a finder square in the fourth corner";
    // The quiet zone: four modules of white all round.
    for (int i = -4; i < qr.size + 4; ++i)
        for (int q : {-4, -1, qr.size, qr.size + 3}) {
            EXPECT_TRUE(light(pixel(i, q))) << i << "," << q;
            EXPECT_TRUE(light(pixel(q, i))) << q << "," << i;
        }
    // Sharp edges: no pixel of the code is between black and white.
    int grey = 0;
    for (int y = int(at.origin.y); y < int(at.origin.y + at.module_px * float(qr.size)); ++y)
        for (int x = int(at.origin.x); x < int(at.origin.x + at.module_px * float(qr.size)); ++x)
            grey += !dark(image.at(x, y)) && !light(image.at(x, y));
    EXPECT_EQ(grey, 0) << "grey pixels: module edges not on whole pixels";
}

class PhonesShots : public PhonesPixels {
protected:
    void shot(const platform::FrameFn& fn, const std::string& name) {
        FrameImage image;
        backend_->capture(fn, image, 3);
        const std::string path = std::string(dir_) + "/" + name + ".png";
        EXPECT_TRUE(stbi_write_png(path.c_str(), image.width, image.height, 3, image.rgb.data(), image.width * 3)) << path;
    }
    const char* dir_ = std::getenv("KIOSK_PHONE_SHOTS");
};

Session moderated_board() {
    Session s = testing::bootcamp_session("nl");
    MemorySession sink(s);
    sink.set_source(Source::Facilitator);
    EXPECT_TRUE(sink.submit("agenda.goto", {{"exercise", "choose"}}).ok());
    s = sink.session();
    const Exercise& choose = *s.plan.find("choose");
    const char* texts[] = {"Leesclub in het buurthuis", "Taalcafé op zaterdag", "Huiswerkklas met vrijwilligers",
                           "Repair café in de bieb", "Iets wat niet op het bord hoort"};
    const Moderation states[] = {Moderation::Shown, Moderation::Waiting, Moderation::Waiting, Moderation::Shown,
                                 Moderation::Hidden};
    for (int i = 0; i < 5; ++i) {
        Note n;
        n.id = "n-" + std::to_string(i);
        n.exercise = "choose";
        n.column = choose.columns[std::size_t(i) % choose.columns.size()].id;
        n.text = texts[i];
        n.moderation = states[i];
        s.notes.push_back(n);
    }
    return s;
}

TEST_F(PhonesShots, ScreensForTheEye) {
    if (!dir_) GTEST_SKIP() << "set KIOSK_PHONE_SHOTS=DIR to write the phones' screenshots";
    Languages languages{{KIOSK_BUILD_LOCALE_DIR}};
    const LanguageScope speaking(languages.get("nl"));
    MemorySession table(moderated_board());
    SourcedSink facilitator(table, Source::Facilitator);
    const ui::PhonesInfo phones = phones_on();
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1024, 768}}) {
        backend_.reset();
        open(w, h);
        const std::string size = std::to_string(w) + "x" + std::to_string(h);
        ui::CountdownView countdown;
        ui::TouchScroll scroll;
        ui::Redraw redraw;
        shot(frame([&] {
                 ui::ConsoleData data;
                 data.facilitator = &facilitator;
                 data.countdown = &countdown;
                 data.language = "nl";
                 data.projector_available = true;
                 data.phones = phones;
                 data.scroll = &scroll;
                 data.redraw = &redraw;
                 ui::draw_facilitator_screen(data, ctx_);
             }),
             "console-phones-" + size);
        ui::SessionView view;
        view.set_phones(phones);
        shot(frame([&] { view.draw_exercise(table, ctx_, redraw); }), "table-phones-" + size);
        ASSERT_TRUE(window_.targets.find("phones-join"));
        const ImVec2 c = window_.targets.find("phones-join")->centre();
        backend_->script_pointer(platform::ScriptedPointer{c.x, c.y, true});
        FrameImage image;
        backend_->capture(frame([&] { view.draw_exercise(table, ctx_, redraw); }), image, 2);
        backend_->script_pointer(platform::ScriptedPointer{c.x, c.y, false});
        backend_->capture(frame([&] { view.draw_exercise(table, ctx_, redraw); }), image, 2);
        backend_->script_pointer(std::nullopt);
        EXPECT_TRUE(view.join_open());
        shot(frame([&] { view.draw_exercise(table, ctx_, redraw); }), "table-join-" + size);
        ui::ProjectorView projector;
        ui::ProjectorShow show;
        show.phones = phones;
        shot(frame([&] { projector.draw(table.session(), show, ctx_, redraw); }), "projector-board-" + size);
        show.pause_screen = true;
        shot(frame([&] { projector.draw(table.session(), show, ctx_, redraw); }), "projector-join-" + size);
        show.pause_screen = false;
        show.agenda = true;
        shot(frame([&] { projector.draw(table.session(), show, ctx_, redraw); }), "projector-agenda-" + size);
    }
}

}  // namespace
}  // namespace kiosk
