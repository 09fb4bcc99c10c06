// Switching language must work on a machine with no generated locales but C.UTF-8, started with
// no LANG (as a system service) or LC_ALL=C: gettext ignores LANGUAGE under the "C" locale.
#include "platform/translation.h"

#include "core/i18n.h"

#include <gtest/gtest.h>

#include <clocale>
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

void bind_build_catalogues() {
    ASSERT_EQ(bind_catalogues({"/nonexistent", KIOSK_BUILD_LOCALE_DIR}), KIOSK_BUILD_LOCALE_DIR)
        << "run the build first: the nl catalogue is compiled by the kiosk_catalogues target";
}

TEST(Translation, DutchWithNoLangAtAll) {
    start_like_a_service(nullptr);
    std::string notice;
    const std::string locale = ensure_utf8_locale(notice);
    EXPECT_NE(locale, "C");
    bind_build_catalogues();
    ASSERT_TRUE(set_language("nl"));
    EXPECT_STREQ(tr("New session"), "Nieuwe sessie");
}

TEST(Translation, SwitchesBackAndForthUnderLcAllC) {
    start_like_a_service("C");
    std::string notice;
    ensure_utf8_locale(notice);
    EXPECT_FALSE(notice.empty());  // the fallback is announced
    bind_build_catalogues();
    ASSERT_TRUE(set_language("nl"));
    EXPECT_STREQ(tr("Resume"), "Hervatten");
    ASSERT_TRUE(set_language("en"));
    EXPECT_STREQ(tr("Resume"), "Resume");
    EXPECT_EQ(current_language(), "en");
    ASSERT_TRUE(set_language("nl"));
    EXPECT_STREQ(tr("Resume"), "Hervatten");
}

TEST(Translation, OutputIsUtf8) {
    start_like_a_service("C");
    std::string notice;
    ensure_utf8_locale(notice);
    bind_build_catalogues();
    set_language("nl");
    // "·" is U+00B7: two bytes in UTF-8, never transliterated or turned into '?'.
    EXPECT_STREQ(tr("Exercises: {} · {} · language {}"), "Onderdelen: {} · {} · taal {}");
}

TEST(Translation, RefusesUnknownLanguages) {
    ASSERT_TRUE(set_language("en"));
    EXPECT_FALSE(set_language("de"));
    EXPECT_FALSE(set_language(""));
    EXPECT_EQ(current_language(), "en");
}

TEST(Translation, NoCatalogueDirectoryMeansEmptyResult) {
    EXPECT_EQ(bind_catalogues({"/nonexistent", ""}), "");
}

}  // namespace
}  // namespace kiosk::platform
