// The way into the facilitator console (issue 11): the keypad after the long-press, a right PIN
// opens the console, wrong ones wait, a first PIN is chosen or skipped, the grace time after the
// console, and a damaged PIN file that keeps it closed. The PIN file and Argon2id hashing are
// real (store/facilitator_pin.h); the keypad is tapped on a headless ImGui.
#include "app/facilitator_gate.h"

#include "headless_ui.h"
#include "../store/temp_dir.h"  // the store tests' temporary folder

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

namespace kiosk {
namespace {

using app::FacilitatorGate;

struct GateTest : ::testing::Test {
    GateTest() : pin_path((dir.path() / "facilitator-pin").string()), gate(pin_path) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            if (gate.asking()) {
                const FacilitatorGate::Outcome o = gate.draw(ui.ctx(), now, redraw);
                if (o != FacilitatorGate::Outcome::None) outcome = o;
            }
        });
    }
    void tap(const std::string& key) {
        ui.tap_target(key);
        ui.frame();
    }
    void type_pin(const std::string& digits) {
        ui.frames(2);
        for (char d : digits) tap(std::string("pin-") + d);
        tap("pin-ok");
    }
    /// Frames until the PIN typed last was checked off the UI thread (at most 5 s).
    void answered() {
        for (int i = 0; i < 1000 && gate.checking(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            ui.frame();
        }
        ui.frame();
    }

    testing::TempDir dir;
    std::string pin_path;
    FacilitatorGate gate;
    test::HeadlessUi ui;
    double now = 1000.0;
    FacilitatorGate::Outcome outcome = FacilitatorGate::Outcome::None;
};

TEST_F(GateTest, WithoutAPinTheKeypadOffersOneAndSkippingOpensTheConsole) {
    EXPECT_FALSE(gate.request(now));
    ASSERT_TRUE(gate.asking());
    ui.frames(2);
    tap("pin-skip");
    EXPECT_EQ(outcome, FacilitatorGate::Outcome::OpenConsole);
    EXPECT_FALSE(gate.asking());
    EXPECT_FALSE(gate.pin_set());
    EXPECT_FALSE(gate.request(now + 1)) << "skipped: asked again the next time";
}

TEST_F(GateTest, AFirstPinTypedTwiceIsStoredAsArgon2idAndOpensTheConsole) {
    EXPECT_FALSE(gate.request(now));
    type_pin("2468");
    type_pin("2468");
    EXPECT_EQ(outcome, FacilitatorGate::Outcome::OpenConsole);
    EXPECT_TRUE(gate.pin_set());
    std::ifstream in(pin_path);
    std::string hash;
    in >> hash;
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
    EXPECT_EQ(hash.find("2468"), std::string::npos);
}

TEST_F(GateTest, ARightPinOpensTheConsoleAndTheGraceTimeSkipsTheKeypadAfterwards) {
    ASSERT_TRUE(FacilitatorPin(pin_path).set("1357"));
    EXPECT_FALSE(gate.request(now));
    type_pin("1357");
    answered();
    ASSERT_EQ(outcome, FacilitatorGate::Outcome::OpenConsole);
    gate.left_console(now);
    EXPECT_TRUE(gate.request(now + FacilitatorGate::kGraceSeconds - 1)) << "within the grace time";
    EXPECT_FALSE(gate.request(now + FacilitatorGate::kGraceSeconds + 1)) << "after it the PIN again";
}

TEST_F(GateTest, FiveWrongPinsMakeTheNextTryWaitAndTheConsoleStaysClosed) {
    ASSERT_TRUE(FacilitatorPin(pin_path).set("1357"));
    EXPECT_FALSE(gate.request(now));
    for (int i = 0; i < 5; ++i) {
        type_pin("0000");
        answered();
    }
    EXPECT_NE(outcome, FacilitatorGate::Outcome::OpenConsole);
    EXPECT_TRUE(gate.asking());
    // Waiting now: the right PIN typed at once is not even checked.
    type_pin("1357");
    EXPECT_FALSE(gate.checking());
    answered();
    EXPECT_NE(outcome, FacilitatorGate::Outcome::OpenConsole);
    // 30 s later it is.
    now += 31.0;
    ui.frames(2);
    type_pin("1357");
    answered();
    EXPECT_EQ(outcome, FacilitatorGate::Outcome::OpenConsole);
}

TEST_F(GateTest, ARightPinCancelledWhileItIsCheckedDoesNotOpenTheConsole) {
    ASSERT_TRUE(FacilitatorPin(pin_path).set("1357"));
    EXPECT_FALSE(gate.request(now));
    type_pin("1357");
    ASSERT_TRUE(gate.checking());
    tap("pin-cancel");
    answered();
    EXPECT_EQ(outcome, FacilitatorGate::Outcome::Cancelled);
    EXPECT_FALSE(gate.asking());
}

TEST_F(GateTest, ADamagedPinFileKeepsTheConsoleClosed) {
    { std::ofstream(pin_path) << "not a hash"; }
    EXPECT_FALSE(gate.request(now));
    type_pin("1234");
    answered();
    EXPECT_NE(outcome, FacilitatorGate::Outcome::OpenConsole);
    tap("pin-cancel");
    EXPECT_EQ(outcome, FacilitatorGate::Outcome::Cancelled);
}

TEST(FacilitatorGateWithoutAFile, OpensAtOnce) {
    FacilitatorGate gate("");
    EXPECT_TRUE(gate.request(0.0));
    EXPECT_FALSE(gate.asking());
}

}  // namespace
}  // namespace kiosk
