// The facilitator PIN keypad (ui/pin_keypad.h, issue 11), headless: keys tapped by their hit
// targets, the PIN shown as dots and never as digits, a new PIN typed twice, and the wait after
// too many wrong PINs shown counting down while digits are ignored.
#include "headless_ui.h"

#include "ui/frame_text.h"
#include "ui/pin_keypad.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

namespace kiosk {
namespace {

using test::HeadlessUi;
using ui::PinKeypad;
using ui::PinKeypadMode;

struct Keypad {
    explicit Keypad(PinKeypadMode mode) : keypad(mode) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            ui::PinKeypadIntent now = keypad.draw(ui.ctx(), wait_seconds, redraw);
            redraw_after = redraw.after_seconds;
            if (!std::holds_alternative<std::monostate>(now)) intent = now;
        });
        ui.frames(2);
    }
    void type(const std::string& digits) {
        for (char d : digits) ui.tap_target(std::string("pin-") + d);
    }
    /// Taps `key`, then draws one more frame: the tap fires on the release frame, drawn before it.
    void press(const std::string& key) {
        ui.tap_target(key);
        ui.frame();
    }
    /// The glyphs the last frame drew (ui/frame_text.h), read back from the draw data.
    std::string drawn_text() {
        ui.make_current();
        return ui::read_drawn_frame(*ImGui::GetDrawData()).text;
    }
    bool shows(const std::string& text) {
        ui.make_current();
        return ui::frame_shows(ui::read_drawn_frame(*ImGui::GetDrawData()), text);
    }
    int vertices() {
        ui.make_current();
        return ImGui::GetDrawData()->TotalVtxCount;
    }
    /// The intent since the last take(), then cleared.
    ui::PinKeypadIntent take() { return std::exchange(intent, ui::PinKeypadIntent{}); }

    HeadlessUi ui;
    PinKeypad keypad;
    double wait_seconds = 0.0;
    double redraw_after = 0.0;
    ui::PinKeypadIntent intent;
};

TEST(PinKeypad, HasEveryKeyAtLeastOneTouchTargetLarge) {
    Keypad k(PinKeypadMode::Enter);
    const float target = k.ui.ctx().metrics.touch_target();
    for (const char* key : {"pin-0", "pin-1", "pin-2", "pin-3", "pin-4", "pin-5", "pin-6", "pin-7", "pin-8", "pin-9",
                            "pin-erase", "pin-ok", "pin-cancel"}) {
        const ui::HitTarget* t = k.ui.window().targets.find(key);
        ASSERT_NE(t, nullptr) << key;
        EXPECT_TRUE(t->visible()) << key;
        EXPECT_GE(t->max.x - t->min.x, target - 0.5f) << key;  // ImGui rounds rectangles to pixels
        EXPECT_GE(t->max.y - t->min.y, target - 0.5f) << key;
    }
    EXPECT_FALSE(k.ui.has_target("pin-skip"));
}

TEST(PinKeypad, ShowsTheTypedPinAsDotsNeverAsDigits) {
    Keypad k(PinKeypadMode::Enter);
    k.ui.park_pointer();
    const std::string before = k.drawn_text();
    const int empty_vertices = k.vertices();
    k.type("2580");
    k.ui.park_pointer();
    EXPECT_EQ(k.keypad.typed_digits(), 4);
    // The same glyphs as before anything was typed: the keys' labels, no digit of the PIN.
    EXPECT_EQ(k.drawn_text(), before);
    EXPECT_FALSE(k.shows("2580"));
    EXPECT_GT(k.vertices(), empty_vertices);  // the four dots
    k.ui.tap_target("pin-erase");
    EXPECT_EQ(k.keypad.typed_digits(), 3);
}

TEST(PinKeypad, EntersThePinOnOkAndTakesAtMostEightDigits) {
    Keypad k(PinKeypadMode::Enter);
    k.type("123");
    k.ui.tap_target("pin-ok");  // disabled below four digits
    EXPECT_TRUE(std::holds_alternative<std::monostate>(k.take()));
    k.type("4567890");
    EXPECT_EQ(k.keypad.typed_digits(), 8);
    k.ui.tap_target("pin-ok");
    ui::PinKeypadIntent got = k.take();
    ASSERT_TRUE(std::holds_alternative<ui::PinEnteredIntent>(got));
    EXPECT_EQ(std::get<ui::PinEnteredIntent>(got).pin, "12345678");
    EXPECT_TRUE(k.keypad.checking());
    k.type("1");  // no digits while the app checks
    EXPECT_EQ(k.keypad.typed_digits(), 0);
}

TEST(PinKeypad, ShowsWrongWhenTheAppSaysSoAndTakesDigitsAgain) {
    Keypad k(PinKeypadMode::Enter);
    k.type("1111");
    k.ui.tap_target("pin-ok");
    ASSERT_TRUE(std::holds_alternative<ui::PinEnteredIntent>(k.take()));
    k.keypad.show_wrong();
    k.ui.frame();
    EXPECT_TRUE(k.shows("Wrong PIN."));
    EXPECT_FALSE(k.keypad.checking());
    k.type("2");
    EXPECT_EQ(k.keypad.typed_digits(), 1);
}

TEST(PinKeypad, ShowsTheAppsNoticeUntilTheNextKey) {
    Keypad k(PinKeypadMode::Set);
    k.type("4826");
    k.press("pin-ok");
    k.type("4826");
    k.press("pin-ok");
    ASSERT_TRUE(std::holds_alternative<ui::NewPinIntent>(k.take()));
    k.keypad.show_notice("Cannot save the facilitator PIN in /data/facilitator-pin: Read-only file system.");
    k.ui.frame();
    EXPECT_TRUE(k.shows("Read-only file system."));
    EXPECT_TRUE(k.shows("4 to 8 digits."));  // back at the first entry, to try again
    k.type("1");
    k.ui.frame();
    EXPECT_FALSE(k.shows("Read-only file system."));
    EXPECT_EQ(k.keypad.typed_digits(), 1);
}

TEST(PinKeypad, CancelGoesBack) {
    Keypad k(PinKeypadMode::Enter);
    k.type("12");
    k.ui.tap_target("pin-cancel");
    EXPECT_TRUE(std::holds_alternative<ui::PinCancelledIntent>(k.take()));
}

TEST(PinKeypad, SetNeedsTheSamePinTwice) {
    Keypad k(PinKeypadMode::Set);
    k.type("4826");
    k.press("pin-ok");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(k.take()));
    EXPECT_TRUE(k.shows("Type the same PIN again.")) << k.drawn_text();
    k.type("4827");
    k.press("pin-ok");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(k.take()));
    EXPECT_TRUE(k.shows("The two PINs differ. Choose the PIN again."));
    // Starts over from the first entry.
    k.type("4826");
    k.ui.tap_target("pin-ok");
    k.type("4826");
    k.ui.tap_target("pin-ok");
    ui::PinKeypadIntent got = k.take();
    ASSERT_TRUE(std::holds_alternative<ui::NewPinIntent>(got));
    EXPECT_EQ(std::get<ui::NewPinIntent>(got).pin, "4826");
}

TEST(PinKeypad, SetCanBeSkipped) {
    Keypad k(PinKeypadMode::Set);
    EXPECT_FALSE(k.ui.has_target("pin-cancel"));
    k.ui.tap_target("pin-skip");
    EXPECT_TRUE(std::holds_alternative<ui::PinSkippedIntent>(k.take()));
}

TEST(PinKeypad, WhileAWaitIsDueItCountsDownAndIgnoresDigits) {
    Keypad k(PinKeypadMode::Enter);
    k.type("12");
    k.wait_seconds = 29.4;
    k.ui.frame();
    EXPECT_TRUE(k.shows("Wait 30 s"));
    EXPECT_EQ(k.keypad.typed_digits(), 0);  // what was typed before the wait is gone
    EXPECT_NEAR(k.redraw_after, 0.405, 1e-6);  // the next frame lands just after "29 s" is due
    k.type("1234");
    EXPECT_EQ(k.keypad.typed_digits(), 0);
    k.ui.tap_target("pin-ok");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(k.take()));
    k.wait_seconds = 28.9;
    k.ui.frame();
    EXPECT_TRUE(k.shows("Wait 29 s"));
    k.ui.tap_target("pin-cancel");  // Cancel still works
    EXPECT_TRUE(std::holds_alternative<ui::PinCancelledIntent>(k.take()));
    k.wait_seconds = 0.0;
    k.ui.frame();
    EXPECT_FALSE(k.shows("Wait"));
    k.type("1234");
    EXPECT_EQ(k.keypad.typed_digits(), 4);
}

TEST(PinKeypad, ItsKeysStayWhereTheyAreWhenAMessageAppears) {
    Keypad k(PinKeypadMode::Enter);
    const ImVec2 before = k.ui.centre_of("pin-5");
    k.keypad.show_wrong();
    k.ui.frame();
    EXPECT_EQ(k.ui.centre_of("pin-5").y, before.y);
    k.wait_seconds = 12;
    k.ui.frame();
    EXPECT_EQ(k.ui.centre_of("pin-5").y, before.y);
}

// On every display size the keypad is whole on screen from its first frame, and its keys are where
// they stay (a tap aimed at the first frame must not miss, as the facilitator console once did).
class PinKeypadSizes : public ::testing::TestWithParam<std::tuple<float, float, PinKeypadMode>> {};

TEST_P(PinKeypadSizes, ItsKeysAreOnScreenAndStillFromTheFirstFrame) {
    const auto [w, h, mode] = GetParam();
    HeadlessUi ui(w, h, h / 40.0f);
    PinKeypad keypad(mode);
    ui.set_draw([&] {
        ui::Redraw redraw;
        keypad.draw(ui.ctx(), 0.0, redraw);
    });
    ui.frame();
    std::vector<ui::HitTarget> first = ui.window().targets.all();
    ASSERT_EQ(first.size(), 13u);
    ui.frames(2);
    for (const ui::HitTarget& t : first) {
        const ui::HitTarget* now = ui.window().targets.find(t.key);
        ASSERT_NE(now, nullptr) << t.key;
        EXPECT_EQ(now->min.x, t.min.x) << t.key;
        EXPECT_EQ(now->min.y, t.min.y) << t.key;
        EXPECT_GE(t.min.x, 0.0f) << t.key;
        EXPECT_GE(t.min.y, 0.0f) << t.key;
        EXPECT_LE(t.max.x, w) << t.key;
        EXPECT_LE(t.max.y, h) << t.key;
        EXPECT_TRUE(now->visible()) << t.key;
    }
}

INSTANTIATE_TEST_SUITE_P(Displays, PinKeypadSizes,
                         ::testing::Values(std::make_tuple(1920.0f, 1080.0f, PinKeypadMode::Enter),
                                           std::make_tuple(1920.0f, 1080.0f, PinKeypadMode::Set),
                                           std::make_tuple(1280.0f, 720.0f, PinKeypadMode::Set),
                                           std::make_tuple(1024.0f, 768.0f, PinKeypadMode::Enter),
                                           std::make_tuple(3840.0f, 2160.0f, PinKeypadMode::Enter)));

}  // namespace
}  // namespace kiosk
