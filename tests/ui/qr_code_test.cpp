// The join QR code (issue 12) without a camera: no decoder is available offline, so the code is
// checked for the structure every reader looks for first (ISO/IEC 18004): the three finder
// patterns in three corners and none in the fourth, the timing patterns between them, and the
// size of the smallest version that holds the URL at level M. The pixels are checked through the
// real GL path in tests/platform/qr_pixels_test.cpp.
#include "ui/qr_code.h"

#include <gtest/gtest.h>

#include <string>

namespace kiosk::ui {
namespace {

/// Whether a 7 × 7 finder pattern (dark ring, light ring, dark 3 × 3 centre) has its top left at (x0, y0).
bool finder_at(const QrCode& qr, int x0, int y0) {
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const int ring = std::min(std::min(x, y), std::min(6 - x, 6 - y));  // 0 outer … 3 centre
            const bool want_dark = ring != 1;
            if (qr.dark(x0 + x, y0 + y) != want_dark) return false;
        }
    return true;
}

TEST(QrCode, AJoinUrlHasTheThreeFinderPatternsAndNoFourth) {
    const QrCode qr = make_qr_code("http://192.168.1.20:8080/j/123456");
    ASSERT_FALSE(qr.empty());
    EXPECT_TRUE(finder_at(qr, 0, 0));
    EXPECT_TRUE(finder_at(qr, qr.size - 7, 0));
    EXPECT_TRUE(finder_at(qr, 0, qr.size - 7));
    EXPECT_FALSE(finder_at(qr, qr.size - 7, qr.size - 7));
    // The light separator round each finder pattern.
    for (int i = 0; i < 8; ++i) {
        EXPECT_FALSE(qr.dark(7, i)) << i;
        EXPECT_FALSE(qr.dark(i, 7)) << i;
        EXPECT_FALSE(qr.dark(qr.size - 8, i)) << i;
        EXPECT_FALSE(qr.dark(i, qr.size - 8)) << i;
    }
}

TEST(QrCode, TimingPatternsAlternateBetweenTheFinders) {
    const QrCode qr = make_qr_code("http://10.0.0.7:8080/j/654321");
    ASSERT_FALSE(qr.empty());
    for (int i = 8; i < qr.size - 8; ++i) {
        EXPECT_EQ(qr.dark(i, 6), i % 2 == 0) << "row 6, module " << i;
        EXPECT_EQ(qr.dark(6, i), i % 2 == 0) << "column 6, module " << i;
    }
}

TEST(QrCode, SizeIsTheSmallestVersionThatHoldsTheUrlAtLevelM) {
    // Byte-mode capacity at level M: version 2 holds 26 bytes, version 3 holds 42, version 4 62.
    const QrCode v2 = make_qr_code(std::string(26, 'a'));
    const QrCode v3 = make_qr_code("http://192.168.1.20:8080/j/123456");  // 33 bytes
    const QrCode v4 = make_qr_code("http://192.168.100.200:65535/j/123456?lang=nl&x=12345");  // 53 bytes
    EXPECT_EQ(v2.size, 25);
    EXPECT_EQ(v2.version(), 2);
    EXPECT_EQ(v3.size, 29);
    EXPECT_EQ(v3.version(), 3);
    EXPECT_EQ(v4.size, 33);
    EXPECT_EQ(v3.modules.size(), std::size_t(29 * 29));
}

TEST(QrCode, DifferentCodesGiveDifferentModules) {
    const QrCode a = make_qr_code("http://192.168.1.20:8080/j/123456");
    const QrCode b = make_qr_code("http://192.168.1.20:8080/j/123457");
    ASSERT_EQ(a.size, b.size);
    EXPECT_NE(a.modules, b.modules);
    EXPECT_EQ(make_qr_code("http://192.168.1.20:8080/j/123456").modules, a.modules);  // deterministic
}

TEST(QrCode, TooLongATextGivesAnEmptyCodeAndSaysWhy) {
    std::string error;
    const QrCode qr = make_qr_code(std::string(3000, 'x'), &error);
    EXPECT_TRUE(qr.empty());
    EXPECT_EQ(qr.version(), 0);
    EXPECT_FALSE(error.empty());
    EXPECT_FALSE(qr.dark(0, 0));
}

}  // namespace
}  // namespace kiosk::ui
