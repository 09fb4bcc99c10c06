// What a kiosk that will not start says on screen (issue 14: a second kiosk was refused only in
// the log), by the kind of store error; the screen itself is in tests/ui/refusal_screen_test.cpp.
#include "app/startup_refusal.h"

#include "core/i18n.h"
#include "store/instance_lock.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>

namespace kiosk {
namespace {

TEST(StartupRefusal, ASecondKioskIsToldInDutchThatTheFirstIsOpenAndWhy) {
    const Languages languages({KIOSK_BUILD_LOCALE_DIR});
    const LanguageScope dutch(&languages.get("nl"));
    const auto dir = std::filesystem::temp_directory_path() / ("kiosk-refusal-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string db = (dir / "kiosk.db").string();
    const InstanceLock first(db);
    std::optional<ui::Refusal> r;
    try {
        const InstanceLock second(db);
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreErrorKind::Locked);
        r = app::refusal_for(e);
    }
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(r.has_value()) << "the second lock was not refused";
    EXPECT_EQ(r->title, "Deze kiosk is al open");
    EXPECT_FALSE(r->message.empty());
    EXPECT_EQ(r->advice, "De kiosk die al open is, werkt gewoon door; er is niets veranderd.");
}

TEST(StartupRefusal, OtherKindsSayTheDatabaseCannotBeOpenedAndThatNothingChanged) {
    const LanguageScope english(nullptr);
    for (StoreErrorKind kind : {StoreErrorKind::Unwritable, StoreErrorKind::Full, StoreErrorKind::Damaged,
                                StoreErrorKind::Newer, StoreErrorKind::Io}) {
        const ui::Refusal r = app::refusal_for(StoreError(kind, "the reason"));
        EXPECT_EQ(r.title, "The kiosk cannot open its database");
        EXPECT_EQ(r.message, "the reason");
        EXPECT_NE(r.advice.find("Nothing has been changed"), std::string::npos) << r.advice;
    }
}

}  // namespace
}  // namespace kiosk
