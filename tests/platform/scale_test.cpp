#include "platform/scale.h"

#include <gtest/gtest.h>

namespace kiosk::platform {
namespace {

TEST(Scale, BodyTextIsAFortiethOfTheHeight) {
    const ScreenScale s = compute_scale({1920, 1080, 527, 296}, 1080);
    EXPECT_FLOAT_EQ(s.body_px, 27.0f);
    EXPECT_TRUE(s.physical_size_trusted);
    EXPECT_NEAR(s.px_per_mm, 1080.0f / 296.0f, 1e-4);
}

TEST(Scale, FourKTableUsesItsRealDensity) {
    const ScreenScale s = compute_scale({3840, 2160, 1210, 680}, 2160);  // 55"
    EXPECT_FLOAT_EQ(s.body_px, 54.0f);
    EXPECT_NEAR(s.px_per_mm, 2160.0f / 680.0f, 1e-4);
}

TEST(Scale, BogusPhysicalSizesFallBackTo96Dpi) {
    for (MonitorGeometry m : {MonitorGeometry{1024, 768, 0, 0}, MonitorGeometry{1024, 768, 1, 1},
                              MonitorGeometry{1920, 1080, 10000, 5625},  // absurdly large
                              MonitorGeometry{1920, 1080, 500, 500}}) {  // wrong aspect ratio
        const ScreenScale s = compute_scale(m, m.height_px);
        EXPECT_FALSE(s.physical_size_trusted) << m.width_mm << "x" << m.height_mm;
        EXPECT_FLOAT_EQ(s.px_per_mm, kFallbackPxPerMm);
    }
}

TEST(Scale, WindowedModeFollowsTheWindowHeight) {
    const ScreenScale s = compute_scale({1920, 1080, 527, 296}, 768);
    EXPECT_FLOAT_EQ(s.body_px, 19.0f);  // 768 / 40 = 19.2, rounded to whole pixels
}

TEST(Scale, UserFactorMultipliesAndIsClamped) {
    const MonitorGeometry m{1920, 1080, 0, 0};
    EXPECT_FLOAT_EQ(compute_scale(m, 1080, 1.5f).body_px, 41.0f);   // 40.5 rounds up
    EXPECT_FLOAT_EQ(compute_scale(m, 1080, 100.0f).body_px, 108.0f); // clamped to 4
    EXPECT_FLOAT_EQ(compute_scale(m, 1080, -1.0f).body_px, 27.0f);   // nonsense → automatic
    EXPECT_FLOAT_EQ(compute_scale(m, 100, 0.25f).body_px, 12.0f);    // never below 12 px
}

}  // namespace
}  // namespace kiosk::platform
