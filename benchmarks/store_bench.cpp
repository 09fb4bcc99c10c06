// Store yardsticks: how long an action takes to be durable (p50/p99 of submit → COMMIT with
// fsync, on this disk), directly and through the action queue the screens use, and how long a
// 10,000-note session takes to open (replay of its log).
#include "core/action_queue.h"
#include "core/plan_json.h"
#include "core/reduce.h"
#include "store/live_session.h"
#include "store/store.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using namespace kiosk;
namespace fs = std::filesystem;

Plan board_plan() {
    Plan p;
    p.id = "bench";
    p.language = "nl";
    p.title = "Bench";
    Exercise matrix;
    matrix.id = "matrix";
    matrix.kind = ExerciseKind::Board;
    matrix.title = "OF/BY/FOR";
    matrix.minutes = 30;
    matrix.votes_per_person = 3;
    matrix.columns = {{"of", "OF", "", ""}, {"by", "BY", "", ""}, {"for", "FOR", "", ""}};
    p.agenda = {matrix};
    return p;
}

Action create_action(const std::string& id) {
    Action a = make_action("session.create", id, 1'000'000, {{"title", "Bench"}, {"plan", plan_to_json(board_plan())}});
    return a;
}

Action note(const std::string& session, int i) {
    static const char* columns[] = {"of", "by", "for"};
    Action a = make_action("note.add", session, 0,
                           {{"id", "n-" + std::to_string(1'000'000 + i)}, {"exercise", "matrix"}, {"column", columns[i % 3]},
                            {"text", "Ideeën voor de één-op-één gesprekken in het café, nummer " + std::to_string(i)}});
    a.data.erase("at");
    return a;
}

std::string fresh_dir(const char* name) {
    fs::path dir = fs::temp_directory_path() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

void report_percentiles(benchmark::State& state, std::vector<double>& us) {
    std::sort(us.begin(), us.end());
    if (us.empty()) return;
    state.counters["p50_us"] = us[us.size() / 2];
    state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
    state.counters["max_us"] = us.back();
}

// One note.add through LiveSession: clean, validate, INSERT + summary UPDATE, COMMIT (fsync).
void BM_SubmitDurable(benchmark::State& state) {
    std::string dir = fresh_dir("kiosk-bench-submit");
    Store store(dir + "/kiosk.db", Access::Write);
    LiveSession live(store);
    live.submit(create_action("s-bench"));
    int n = 0;
    for (int i = 0; i < state.range(0); ++i) live.submit(note("s-bench", n++));  // a board of this size
    std::vector<double> us;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        SubmitResult r = live.submit(note("s-bench", n++));
        us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        if (r.state != SaveState::Saved) state.SkipWithError(r.message.c_str());
    }
    report_percentiles(state, us);
}
BENCHMARK(BM_SubmitDurable)->Arg(0)->Arg(1000)->Iterations(500)->Unit(benchmark::kMicrosecond);

// The screens' way (issue 10): QueuedSink::submit (clean, validate, enqueue) and the drain
// between frames (LiveSession::submit as above), timed from submit until the action is durable.
// Compare with BM_SubmitDurable: the difference is the queue.
void BM_SubmitQueued(benchmark::State& state) {
    std::string dir = fresh_dir("kiosk-bench-queued");
    Store store(dir + "/kiosk.db", Access::Write);
    LiveSession live(store);
    live.submit(create_action("s-bench"));
    ActionQueue queue;
    QueuedSink screens(live, queue);
    int n = 0;
    for (int i = 0; i < state.range(0); ++i) live.submit(note("s-bench", n++));
    std::vector<double> us;
    SubmitResult applied;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        screens.submit(note("s-bench", n++), [&applied](const SubmitResult& r) { applied = r; });
        queue.drain(live, 256);
        us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        if (applied.state != SaveState::Saved) state.SkipWithError(applied.message.c_str());
    }
    report_percentiles(state, us);
}
BENCHMARK(BM_SubmitQueued)->Arg(0)->Arg(1000)->Iterations(500)->Unit(benchmark::kMicrosecond);

// The queue hop alone, in memory (no disk): a MemorySession submit directly (range 0) or
// through QueuedSink and a drain (range 1), on a board that grows by one note per iteration.
void BM_QueueHopInMemory(benchmark::State& state) {
    Session created;
    apply(created, create_action("s-bench"));
    MemorySession memory(created);
    ActionQueue queue;
    QueuedSink screens(memory, queue);
    const bool queued = state.range(0) == 1;
    int n = 0;
    for (auto _ : state) {
        if (queued) {
            screens.submit(note("s-bench", n++));
            queue.drain(memory, 256);
        } else {
            memory.submit(note("s-bench", n++));
        }
    }
    state.SetLabel(queued ? "queued" : "direct");
}
BENCHMARK(BM_QueueHopInMemory)->Arg(0)->Arg(1)->Iterations(2000)->Unit(benchmark::kMicrosecond);

/// A database holding one session of `notes` notes (written in one transaction, fast).
std::string session_with_notes(int notes) {
    std::string dir = fresh_dir(("kiosk-bench-open-" + std::to_string(notes)).c_str());
    std::string path = dir + "/kiosk.db";
    Store store(path, Access::Write);
    Session s;
    std::vector<Action> log{create_action("s-big")};
    apply(s, log[0]);
    for (int i = 0; i < notes; ++i) {
        Action a = note("s-big", i);
        a.data["at"] = 2'000'000 + i;
        apply(s, a);
        log.push_back(std::move(a));
    }
    store.append(s, log);
    return path;
}

// Resume: LiveSession::open replays the whole log (read rows, parse JSON, reduce).
void BM_OpenSession(benchmark::State& state) {
    std::string path = session_with_notes(static_cast<int>(state.range(0)));
    Store store(path, Access::Write);
    for (auto _ : state) {
        LiveSession live = LiveSession::open(store, "s-big");
        benchmark::DoNotOptimize(live.session().notes.size());
    }
}
BENCHMARK(BM_OpenSession)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// Opening the database file itself: lock, header check, integrity_check, migrations.
void BM_OpenDatabase(benchmark::State& state) {
    std::string path = session_with_notes(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        Store store(path, Access::Write);
        benchmark::DoNotOptimize(store.writable());
    }
}
BENCHMARK(BM_OpenDatabase)->Arg(10000)->Unit(benchmark::kMillisecond);

// The parts of a replay without SQLite: parse the stored lines, and reduce them.
void BM_ReplayInMemory(benchmark::State& state) {
    std::vector<std::string> lines{create_action("s-big").to_line()};
    for (int i = 0; i < state.range(0); ++i) {
        Action a = note("s-big", i);
        a.data["at"] = 2'000'000 + i;
        lines.push_back(a.to_line());
    }
    for (auto _ : state) {
        Session s;
        for (const auto& l : lines) apply(s, Action{Json::parse(l)});
        benchmark::DoNotOptimize(s.notes.size());
    }
}
BENCHMARK(BM_ReplayInMemory)->Arg(10000)->Unit(benchmark::kMillisecond);

// Only the JSON parsing of BM_ReplayInMemory: the rest of it is the reducer.
void BM_ParseOnly(benchmark::State& state) {
    std::vector<std::string> lines;
    for (int i = 0; i < state.range(0); ++i) lines.push_back(note("s-big", i).to_line());
    for (auto _ : state)
        for (const auto& l : lines) benchmark::DoNotOptimize(Json::parse(l));
}
BENCHMARK(BM_ParseOnly)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
