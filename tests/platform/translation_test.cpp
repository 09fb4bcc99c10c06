// The process locale on a machine with no generated locales but C.UTF-8, started with no LANG
// (as a system service) or LC_ALL=C: text input must still be UTF-8 and numbers C notation.
// Which language is spoken is core's business (tests/i18n/languages_test.cpp).
#include "platform/translation.h"

#include <gtest/gtest.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace kiosk::platform {
namespace {

void start_like_a_service(const char* lc_all) {
    ::unsetenv("LANG");
    ::unsetenv("LANGUAGE");
    ::unsetenv("LC_MESSAGES");
    if (lc_all) ::setenv("LC_ALL", lc_all, 1);
    else ::unsetenv("LC_ALL");
}

TEST(Locale, Utf8WithNoLangAtAll) {
    start_like_a_service(nullptr);
    LocaleNotice notice;
    const std::string locale = ensure_utf8_locale(notice);
    EXPECT_NE(locale, "C");
    EXPECT_EQ(notice, LocaleNotice::UsedCUtf8);
}

TEST(Locale, FallsBackToCUtf8UnderLcAllCAndSaysSo) {
    start_like_a_service("C");
    LocaleNotice notice;
    EXPECT_EQ(ensure_utf8_locale(notice), "C.UTF-8");
    EXPECT_EQ(notice, LocaleNotice::UsedCUtf8);  // the fallback is announced
}

TEST(Locale, NumbersStayInCNotation) {
    ::setenv("LC_ALL", "C.UTF-8", 1);
    LocaleNotice notice;
    ensure_utf8_locale(notice);
    EXPECT_EQ(notice, LocaleNotice::None);
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", 1.25);
    EXPECT_STREQ(text, "1.25");
}

}  // namespace
}  // namespace kiosk::platform
