#include "ui/gesture.h"

#include <gtest/gtest.h>

using namespace kiosk::ui;

TEST(Gesture, JitteryTapIsATapNotADrag) {
    // K11: 8–10 px of finger movement on a note opens it; it does not move it.
    GestureTracker g;
    EXPECT_EQ(g.update(true, 100, 100, 0), Gesture::Pressed);
    EXPECT_EQ(g.update(true, 108, 104, 16), Gesture::None);
    EXPECT_EQ(g.update(true, 93, 97, 32), Gesture::None);
    EXPECT_FALSE(g.dragging());
    EXPECT_EQ(g.update(false, 95, 99, 48), Gesture::Tap);
}

TEST(Gesture, QuickPressAndReleaseInTwoFramesIsOneTap) {
    GestureTracker g;
    int taps = 0;
    for (int i = 0; i < 50; ++i) {  // K10: 50 quick taps, each down for one frame only
        g.update(true, 10, 10, i * 32);
        if (g.update(false, 10, 10, i * 32 + 16) == Gesture::Tap) ++taps;
    }
    EXPECT_EQ(taps, 50);
}

TEST(Gesture, MovingPastTheThresholdStartsADragAndDrops) {
    GestureTracker g(GestureSettings{24.0f, 500});
    g.update(true, 100, 100, 0);
    EXPECT_EQ(g.update(true, 130, 100, 16), Gesture::DragStart);
    EXPECT_EQ(g.update(true, 200, 150, 32), Gesture::DragMove);
    EXPECT_FLOAT_EQ(g.dx(), 100.0f);
    EXPECT_EQ(g.update(false, 210, 150, 48), Gesture::Drop);
    EXPECT_FALSE(g.dragging());
}

TEST(Gesture, HoldingStillIsALongPressThatNeverDrags) {
    GestureTracker g(GestureSettings{24.0f, 500});
    g.update(true, 50, 50, 0);
    EXPECT_EQ(g.update(true, 52, 51, 499), Gesture::None);
    EXPECT_EQ(g.update(true, 52, 51, 500), Gesture::LongPress);
    EXPECT_EQ(g.update(true, 300, 51, 600), Gesture::None);
    EXPECT_EQ(g.update(false, 300, 51, 700), Gesture::Cancelled);
}

TEST(PointerGate, AModalOwnsTheTouchUntilAFrameWithTheFingerUp) {
    PointerGate gate;
    EXPECT_TRUE(gate.admit(false, false));
    EXPECT_TRUE(gate.admit(false, true));   // a touch on the layer itself
    EXPECT_FALSE(gate.admit(true, true));   // a modal opened: the layer sees nothing
    EXPECT_FALSE(gate.admit(true, false));
    EXPECT_FALSE(gate.admit(false, false)) << "the release that closed the modal is the modal's";
    EXPECT_TRUE(gate.admit(false, false));
    EXPECT_TRUE(gate.admit(false, true));
    // A modal that closes while the finger is still down: the rest of that touch is not the layer's.
    EXPECT_FALSE(gate.admit(true, true));
    EXPECT_FALSE(gate.admit(false, true));
    EXPECT_FALSE(gate.admit(false, true));
    EXPECT_FALSE(gate.admit(false, false));
    EXPECT_TRUE(gate.admit(false, true)) << "the next touch is the layer's again";
}
