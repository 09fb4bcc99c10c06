// ClipboardReader under Xvfb against clipboard owners written here with Xlib: one that answers
// in UTF-8, one that only speaks Latin-1, and one that never answers (issue 14: the paste that
// froze the kiosk). The reader must give up after its timeout and never make its caller wait.
#include "platform/clipboard.h"

#include <gtest/gtest.h>

#include "clipboard_owner.h"  // after gtest: Xlib defines None, Bool and Status as macros

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>

namespace {

using kiosk::test::Owner;
using kiosk::platform::ClipboardAnswer;
using kiosk::platform::ClipboardReader;
using kiosk::platform::read_clipboard_blocking;
using Outcome = ClipboardAnswer::Outcome;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

/// Waits (without sleeping a fixed time) until the reader has an answer or `limit` passed.
std::optional<ClipboardAnswer> await(ClipboardReader& reader, std::mutex& m, std::condition_variable& cv,
                                     bool& called, double limit) {
    std::unique_lock lock(m);
    cv.wait_for(lock, std::chrono::duration<double>(limit), [&] { return called; });
    return reader.take();
}

TEST(Clipboard, AnOwnerThatAnswersGivesItsUtf8Text) {
    const Owner owner(Owner::Mode::Utf8, "ideeën voor de reünie – ĳs");
    ASSERT_TRUE(owner.owns());
    const ClipboardAnswer a = read_clipboard_blocking(2.0);
    EXPECT_EQ(a.outcome, Outcome::Text);
    EXPECT_EQ(a.text, "ideeën voor de reünie – ĳs");
}

TEST(Clipboard, AnOwnerWithOnlyLatin1IsConvertedToUtf8) {
    const Owner owner(Owner::Mode::Latin1Only, "re\xFCnie");  // "reünie" in Latin-1
    ASSERT_TRUE(owner.owns());
    const ClipboardAnswer a = read_clipboard_blocking(2.0);
    EXPECT_EQ(a.outcome, Outcome::Text);
    EXPECT_EQ(a.text, "re\xC3\xBCnie");
}

TEST(Clipboard, AnOwnerThatNeverAnswersIsGivenUpAfterTheTimeout) {
    const Owner owner(Owner::Mode::Silent, "");
    ASSERT_TRUE(owner.owns());
    const auto start = Clock::now();
    const ClipboardAnswer a = read_clipboard_blocking(0.5);
    const double took = seconds_since(start);
    EXPECT_EQ(a.outcome, Outcome::NoAnswer);
    EXPECT_GE(took, 0.45);
    EXPECT_LT(took, 1.5);
    EXPECT_GE(owner.requests_seen(), 1);  // it was asked, and kept silent
}

TEST(Clipboard, TheReaderReturnsAtOnceAndAnswersLaterEvenWhenTheOwnerIsSilent) {
    const Owner owner(Owner::Mode::Silent, "");
    ASSERT_TRUE(owner.owns());
    std::mutex m;
    std::condition_variable cv;
    bool called = false;
    ClipboardReader reader([&] {
        std::lock_guard lock(m);
        called = true;
        cv.notify_all();
    }, 0.5);
    const auto start = Clock::now();
    reader.request();
    reader.request();  // a second Ctrl+V while waiting joins the first
    EXPECT_LT(seconds_since(start), 0.1);  // the UI thread never waits for the owner
    EXPECT_TRUE(reader.busy());
    EXPECT_FALSE(reader.take().has_value());
    const auto a = await(reader, m, cv, called, 5.0);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->outcome, Outcome::NoAnswer);
    EXPECT_FALSE(reader.busy());
    EXPECT_FALSE(reader.take().has_value());  // one answer per request
}

TEST(Clipboard, TheReaderDeliversAnAnsweringOwnersTextAndCanAskAgain) {
    std::mutex m;
    std::condition_variable cv;
    bool called = false;
    ClipboardReader reader([&] {
        std::lock_guard lock(m);
        called = true;
        cv.notify_all();
    });
    {
        const Owner owner(Owner::Mode::Utf8, "eerste");
    ASSERT_TRUE(owner.owns());
        reader.request();
        const auto a = await(reader, m, cv, called, 5.0);
        ASSERT_TRUE(a.has_value());
        EXPECT_EQ(a->text, "eerste");
    }
    called = false;
    const Owner owner(Owner::Mode::Utf8, "tweede");
    ASSERT_TRUE(owner.owns());
    reader.request();
    const auto b = await(reader, m, cv, called, 5.0);
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->text, "tweede");
}

TEST(Clipboard, NoOwnerIsAnEmptyClipboard) {
    const ClipboardAnswer a = read_clipboard_blocking(0.5);
    EXPECT_EQ(a.outcome, Outcome::Empty);
}

}  // namespace
