#include "platform/pointer_parking.h"

#include <gtest/gtest.h>

namespace kiosk::platform {
namespace {

TEST(PointerParking, KeepsTheReleaseFrameThenParks) {
    PointerParking p;
    EXPECT_FALSE(p.update(true, true));    // latched press
    EXPECT_FALSE(p.update(false, false));  // release frame: the click must land here
    EXPECT_TRUE(p.update(false, false));   // then nothing stays hovered
    EXPECT_TRUE(p.update(false, false));
}

TEST(PointerParking, MovingOrPressingAgainUnparks) {
    PointerParking p;
    p.update(true, false);
    p.update(false, false);
    ASSERT_TRUE(p.update(false, false));
    EXPECT_FALSE(p.update(false, true));  // a mouse moved: hover works again
    p.update(true, false);
    p.update(false, false);
    ASSERT_TRUE(p.update(false, false));
    EXPECT_FALSE(p.update(true, false));  // the next tap
}

TEST(PointerParking, AMouseThatOnlyHoversIsNeverParked) {
    PointerParking p;
    for (int i = 0; i < 5; ++i) EXPECT_FALSE(p.update(false, i % 2 == 0));
}

}  // namespace
}  // namespace kiosk::platform
