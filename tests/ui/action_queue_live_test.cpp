// The submission queue with the real store: 4 threads send 10,000 actions into a LiveSession on
// an SQLite file while a headless ImGui draws frames on this thread and drains between them.
#include "core/action_queue.h"
#include "headless_ui.h"
#include "sample_plan.h"
#include "store/live_session.h"
#include "store/store.h"
#include "../store/temp_dir.h"

#include <gtest/gtest.h>

#include <imgui.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {
namespace {

std::vector<std::string> texts(const Session& session) {
    std::vector<std::string> out;
    for (const Note& note : session.notes) out.push_back(note.id + "=" + note.text);
    return out;
}

TEST(ActionQueueLive, TenThousandActionsFromFourThreadsBetweenFrames) {
    testing::TempDir folder;
    const std::string db = folder.file("kiosk.db");
    Store store(db, Access::Write);
    LiveSession live(store);
    ASSERT_TRUE(live.submit(testing::create_sample_session()).ok());
    ActionQueue queue;
    QueuedSink screens(live, queue);

    constexpr int kThreads = 4, kEach = 2500;
    std::atomic<int> refused{0};
    std::vector<std::thread> senders;
    for (int t = 0; t < kThreads; ++t)
        senders.emplace_back([&screens, &refused, t] {
            // A network thread would build the same typed action; QueuedSink touches no model.
            for (int i = 0; i < kEach; ++i) {
                const std::string tag = std::to_string(t) + ":" + std::to_string(i);
                const SubmitResult r = screens.submit(make_action(
                    "note.add", "s-test", 2'000'000,
                    {{"id", "n-" + tag}, {"exercise", "matrix"}, {"column", "of"}, {"text", tag}}));
                if (r.state != SaveState::Queued) ++refused;
            }
        });

    test::HeadlessUi ui(640, 480, 16);
    std::size_t seen_at_start = 0, changed_mid_frame = 0, frames = 0;
    ui.set_draw([&] {
        seen_at_start = live.session().notes.size();
        ImGui::Begin("count");
        ImGui::Text("%zu notes", seen_at_start);
        ImGui::End();
        std::this_thread::sleep_for(std::chrono::microseconds(200));  // room for a change under us
        if (live.session().notes.size() != seen_at_start) ++changed_mid_frame;
        ++frames;
    });
    std::size_t applied = 0;
    while (applied < std::size_t(kThreads * kEach) && refused == 0) {
        ui.frame();
        applied += queue.drain(live, 256);  // between frames, as the app does
    }
    for (auto& s : senders) s.join();
    ui.frame();

    EXPECT_EQ(refused.load(), 0);
    EXPECT_EQ(applied, std::size_t(kThreads * kEach));
    EXPECT_EQ(changed_mid_frame, 0u) << "of " << frames << " frames";
    EXPECT_GT(frames, 1u);
    ASSERT_EQ(live.session().notes.size(), std::size_t(kThreads * kEach));
    EXPECT_EQ(live.pending(), 0u);
    std::vector<int> next(kThreads, 0);
    for (const Note& note : live.session().notes) {
        const int t = std::stoi(note.text.substr(0, note.text.find(':')));
        EXPECT_EQ(std::stoi(note.text.substr(note.text.find(':') + 1)), next[t]) << "thread " << t;
        ++next[t];
    }

    Store reopened(db, Access::Read);
    const LiveSession replayed = LiveSession::open(reopened, "s-test");
    EXPECT_TRUE(replayed.replay_problems().empty());
    EXPECT_EQ(texts(replayed.session()), texts(live.session()));
}

}  // namespace
}  // namespace kiosk
