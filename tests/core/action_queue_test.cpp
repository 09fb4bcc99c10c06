// ActionQueue and QueuedSink: arrival order across threads, results and replies on the draining
// thread, the bound, sources, and a session that changes only when the queue is drained.
#include "core/action_queue.h"
#include "core/actions.h"

#include "sample_plan.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {
namespace {

Action note_add(const std::string& id, const std::string& text = "x") {
    return make_action("note.add", "s-test", 2'000'000,
                       {{"id", id}, {"exercise", "matrix"}, {"column", "of"}, {"text", text}});
}

std::vector<std::string> note_texts(const Session& session) {
    std::vector<std::string> texts;
    for (const Note& note : session.notes) texts.push_back(note.text);
    return texts;
}

TEST(ActionQueue, AppliesInArrivalOrderAcrossThreads) {
    MemorySession sink(testing::sample_session());
    ActionQueue queue;
    constexpr int kThreads = 4, kEach = 200;
    std::vector<std::thread> senders;
    for (int t = 0; t < kThreads; ++t)
        senders.emplace_back([&queue, t] {
            for (int i = 0; i < kEach; ++i) {
                const std::string tag = std::to_string(t) + ":" + std::to_string(i);
                queue.enqueue(note_add("n-" + tag, tag), Source::Table);
            }
        });
    std::size_t applied = 0;
    while (applied < kThreads * kEach) applied += queue.drain(sink, 16);  // drains while they send
    for (auto& s : senders) s.join();
    EXPECT_EQ(applied, std::size_t(kThreads * kEach));
    ASSERT_EQ(sink.session().notes.size(), std::size_t(kThreads * kEach));
    std::vector<int> next(kThreads, 0);
    for (const std::string& text : note_texts(sink.session())) {
        const int t = std::stoi(text.substr(0, text.find(':')));
        const int i = std::stoi(text.substr(text.find(':') + 1));
        EXPECT_EQ(i, next[t]) << "thread " << t << " out of order";
        next[t] = i + 1;
    }
}

TEST(ActionQueue, DrainAppliesAtMostMaxAndKeepsTheRest) {
    MemorySession sink(testing::sample_session());
    ActionQueue queue;
    for (int i = 0; i < 5; ++i) queue.enqueue(note_add("n-" + std::to_string(i)), Source::Table);
    EXPECT_EQ(queue.drain(sink, 3), 3u);
    EXPECT_EQ(sink.session().notes.size(), 3u);
    EXPECT_EQ(queue.size(), 2u);
    EXPECT_EQ(queue.drain(sink, 256), 2u);
    EXPECT_EQ(queue.drain(sink, 256), 0u);
}

TEST(ActionQueue, RefusalReasonReachesTheFuture) {
    MemorySession sink(testing::sample_session());
    ActionQueue queue;
    auto first = queue.enqueue(note_add("n-1"), Source::Table);
    auto twice = queue.enqueue(note_add("n-1"), Source::Table);  // the id is taken by then
    EXPECT_EQ(twice.wait_for(std::chrono::seconds(0)), std::future_status::timeout);
    queue.drain(sink, 256);
    EXPECT_EQ(first.get().state, SaveState::Saved);
    const SubmitResult refused = twice.get();
    EXPECT_EQ(refused.state, SaveState::Rejected);
    EXPECT_FALSE(refused.message.empty());
}

TEST(ActionQueue, ReplyRunsOnTheDrainingThread) {
    MemorySession sink(testing::sample_session());
    ActionQueue queue;
    std::thread::id replied_on;
    SaveState replied_state = SaveState::Rejected;
    std::thread sender([&] {
        queue.enqueue(note_add("n-1"), Source::Table, [&](const SubmitResult& r) {
            replied_on = std::this_thread::get_id();
            replied_state = r.state;
        });
    });
    sender.join();
    EXPECT_EQ(replied_on, std::thread::id());  // not yet: nothing drained
    queue.drain(sink, 256);
    EXPECT_EQ(replied_on, std::this_thread::get_id());
    EXPECT_EQ(replied_state, SaveState::Saved);
}

TEST(ActionQueue, RefusesPastItsCapacityWithAReason) {
    ActionQueue queue(3);
    for (int i = 0; i < 3; ++i) queue.enqueue(note_add("n-" + std::to_string(i)), Source::Table);
    bool replied = false;
    auto refused = queue.enqueue(note_add("n-3"), Source::Table, [&](const SubmitResult&) { replied = true; });
    ASSERT_EQ(refused.wait_for(std::chrono::seconds(0)), std::future_status::ready);
    const SubmitResult r = refused.get();
    EXPECT_EQ(r.state, SaveState::Rejected);
    EXPECT_NE(r.message.find("3"), std::string::npos) << r.message;  // says how many wait
    EXPECT_EQ(queue.size(), 3u);
    MemorySession sink(testing::sample_session());
    queue.drain(sink, 256);
    EXPECT_FALSE(replied);
    EXPECT_EQ(sink.session().notes.size(), 3u);
    EXPECT_EQ(queue.enqueue(note_add("n-4"), Source::Table).wait_for(std::chrono::seconds(0)),
              std::future_status::timeout);  // room again
}

TEST(ActionQueue, ValidatesEachActionForItsOwnSourceAndRestoresTheSinks) {
    MemorySession sink(testing::sample_session());
    ActionQueue queue;
    ASSERT_TRUE(sink.submit(actions::AgendaGoto{"matrix"}).ok());
    // A phone may add notes but not delete them (the catalogue's sources).
    Action add = note_add("n-1");
    add.data.update({{"seat", "p-0123456789"}, {"device", "p-0123456789"}, {"request", "r-1"}});
    queue.enqueue(add, Source::Phone);
    auto deleted = queue.enqueue(make_action("note.delete", "s-test", 2'000'000,
                                             {{"id", "n-1"}, {"device", "p-0123456789"}, {"request", "r-2"}}),
                                 Source::Phone);
    queue.drain(sink, 256);
    EXPECT_EQ(sink.session().notes.size(), 1u);
    EXPECT_EQ(deleted.get().state, SaveState::Rejected);
    EXPECT_EQ(sink.source(), Source::Table);
}

TEST(ActionQueue, WakesAfterEachEnqueue) {
    ActionQueue queue;
    std::atomic<int> wakes{0};
    queue.set_wake([&] { ++wakes; });
    queue.enqueue(note_add("n-1"), Source::Table);
    queue.enqueue_all({note_add("n-2"), note_add("n-3")}, Source::Table);
    EXPECT_EQ(wakes.load(), 2);
    queue.set_wake({});
    queue.enqueue(note_add("n-4"), Source::Table);
    EXPECT_EQ(wakes.load(), 2);
}

TEST(QueuedSink, ReturnsQueuedAndTheSessionChangesOnlyAfterTheDrain) {
    MemorySession applied(testing::sample_session());
    ActionQueue queue;
    QueuedSink sink(applied, queue);
    const SubmitResult r = sink.submit("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "a"}});
    EXPECT_EQ(r.state, SaveState::Queued);
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(sink.session().notes.empty());
    EXPECT_EQ(queue.drain(applied, 256), 1u);
    ASSERT_EQ(sink.session().notes.size(), 1u);
    EXPECT_EQ(sink.session().notes[0].text, "a");
}

TEST(QueuedSink, RefusesAtOnceWhatTheCatalogueRefuses) {
    MemorySession applied(testing::sample_session());
    ActionQueue queue;
    QueuedSink sink(applied, queue);
    const SubmitResult r = sink.submit("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}});
    EXPECT_EQ(r.state, SaveState::Rejected);
    EXPECT_NE(r.message.find("text"), std::string::npos) << r.message;
    EXPECT_EQ(queue.size(), 0u);
}

TEST(QueuedSink, CleansAtOnceAndTellsTheReplyTheFinalResult) {
    MemorySession applied(testing::sample_session());
    ActionQueue queue;
    QueuedSink sink(applied, queue);
    SubmitResult final_result{SaveState::Queued, {}, {}};
    const SubmitResult r = sink.submit(actions::NoteDelete{"n-missing"},
                                       [&](const SubmitResult& done) { final_result = done; });
    EXPECT_EQ(r.state, SaveState::Queued);
    queue.drain(applied, 256);
    EXPECT_EQ(final_result.state, SaveState::Rejected);  // no such note: the reducer says so later
    EXPECT_FALSE(final_result.message.empty());
}

TEST(QueuedSink, ABatchIsAppliedAllOrNone) {
    MemorySession applied(testing::sample_session());
    ActionQueue queue;
    QueuedSink sink(applied, queue);
    EXPECT_EQ(sink.submit_all({note_add("n-1"), note_add("n-2")}).state, SaveState::Queued);
    EXPECT_EQ(sink.submit_all({note_add("n-3"), note_add("n-1")}).state, SaveState::Queued);  // n-1 twice
    EXPECT_EQ(queue.drain(applied, 256), 4u);
    EXPECT_EQ(note_texts(applied.session()).size(), 2u);
    EXPECT_NE(applied.session().find_note("n-2"), nullptr);
    EXPECT_EQ(applied.session().find_note("n-3"), nullptr);
}

}  // namespace
}  // namespace kiosk
