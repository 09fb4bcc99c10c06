// Catalogues per language and a language per thread (core/i18n.h): Dutch and English side by
// side with no process-wide switch, a missing catalogue falling back to English.
#include "core/i18n.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>

namespace kiosk {
namespace {

struct LanguagesTest : ::testing::Test {
    void SetUp() override {
        ASSERT_TRUE(languages.get("nl").translated())
            << "run the build first: the nl catalogue is compiled by the kiosk_catalogues target";
    }
    Languages languages{{"/nonexistent", KIOSK_BUILD_LOCALE_DIR}};
};

TEST_F(LanguagesTest, DutchComesFromTheFirstFolderWithACatalogue) {
    EXPECT_EQ(languages.folder(), KIOSK_BUILD_LOCALE_DIR);
    EXPECT_STREQ(tr(languages.get("nl"), "New session"), "Nieuwe sessie");
    EXPECT_STREQ(tr(languages.get("en"), "New session"), "New session");
    EXPECT_FALSE(languages.get("en").translated());  // the message ids are the English
}

TEST_F(LanguagesTest, TranslationsAreUtf8) {
    // "·" is U+00B7: two bytes in UTF-8, never transliterated or turned into '?'.
    EXPECT_STREQ(tr(languages.get("nl"), "Exercises: {} · {} · language {}"), "Onderdelen: {} · {} · taal {}");
}

TEST_F(LanguagesTest, AnUnknownMessageOrLanguageIsTheEnglishMessageId) {
    EXPECT_STREQ(tr(languages.get("nl"), "No such message, anywhere"), "No such message, anywhere");
    EXPECT_EQ(languages.get("de").code(), "en");
    EXPECT_EQ(languages.get("").code(), "en");
}

TEST_F(LanguagesTest, AThreadWithoutAScopeGetsEnglish) {
    EXPECT_EQ(current_language(), nullptr);
    EXPECT_EQ(language_for("nl"), nullptr);
    EXPECT_STREQ(tr("Resume"), "Resume");
}

TEST_F(LanguagesTest, ScopesNestAndRestoreTheOuterLanguage) {
    {
        const LanguageScope dutch(languages.get("nl"));
        EXPECT_STREQ(tr("Resume"), "Hervatten");
        {
            const LanguageScope english(language_for("en"));  // a sibling of the current one
            EXPECT_EQ(current_language(), &languages.get("en"));
            EXPECT_STREQ(tr("Resume"), "Resume");
        }
        EXPECT_STREQ(tr("Resume"), "Hervatten");
        EXPECT_EQ(language_for("nl"), &languages.get("nl"));
    }
    EXPECT_EQ(current_language(), nullptr);
    EXPECT_STREQ(tr("Resume"), "Resume");
}

TEST_F(LanguagesTest, SpeakingALanguageChangesNoProcessWideState) {
    ::unsetenv("LANGUAGE");
    const LanguageScope dutch(languages.get("nl"));
    EXPECT_STREQ(tr("Resume"), "Hervatten");
    EXPECT_EQ(std::getenv("LANGUAGE"), nullptr);
}

// A missing catalogue is English, never a failure (a kiosk installed without its locale files).
TEST(Languages, AMissingCatalogueFallsBackToEnglish) {
    const Languages none({"/nonexistent", ""});
    EXPECT_EQ(none.folder(), "");
    EXPECT_FALSE(none.get("nl").translated());
    EXPECT_EQ(none.get("nl").code(), "nl");
    const LanguageScope dutch(none.get("nl"));
    EXPECT_STREQ(tr("Resume"), "Resume");
    EXPECT_STREQ(tr("Table {}"), "Table {}");
}

// The screen draws Dutch on one thread while another thread works in English: each sees only
// its own language, every time (also run under -fsanitize=thread, see the report in git log).
TEST_F(LanguagesTest, EachThreadSpeaksItsOwnLanguageAtTheSameTime) {
    std::atomic<int> wrong_english{0}, wrong_dutch{0};
    std::atomic<bool> started{false};
    std::thread english([&] {
        const LanguageScope scope(languages.get("en"));
        started = true;
        for (int i = 0; i < 20000; ++i)
            if (std::string(tr("Resume")) != "Resume" || std::string(tr("Table {}")) != "Table {}") ++wrong_english;
    });
    const LanguageScope dutch(languages.get("nl"));
    while (!started) std::this_thread::yield();
    for (int i = 0; i < 20000; ++i)
        if (std::string(tr("Resume")) != "Hervatten" || std::string(tr("Table {}")) != "Tafel {}") ++wrong_dutch;
    english.join();
    EXPECT_EQ(wrong_english, 0);
    EXPECT_EQ(wrong_dutch, 0);
}

}  // namespace
}  // namespace kiosk
