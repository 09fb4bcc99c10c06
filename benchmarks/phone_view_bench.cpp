// The phones' view (issue 12, core/phone_view.h): built on the UI thread after every change, so it
// must stay far below a frame. A board of 200 notes written by 60 phones, each with its dots.
#include "core/phone_view.h"
#include "core/reduce.h"
#include "sample_plan.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

namespace {

using namespace kiosk;

std::string device(int i) {
    char id[16];
    std::snprintf(id, sizeof id, "p-%010x", i + 1);
    return id;
}

/// The sample session on its matrix board: `notes` notes from `phones` phones, each phone with
/// its three dots placed.
Session room(int notes, int phones) {
    Session s = testing::sample_session();
    std::int64_t at = 1'100'000;
    auto act = [&](const std::string& type, Json fields) {
        Action a = make_action(type, s.id, at += 10, std::move(fields));
        clean_action(a, s, at);
        if (!apply(s, a)) std::abort();
    };
    act("agenda.goto", {{"exercise", "matrix"}});
    const char* columns[] = {"of", "by", "for"};
    for (int n = 0; n < notes; ++n)
        act("note.add", {{"id", "n-" + std::to_string(n)}, {"exercise", "matrix"}, {"column", columns[n % 3]},
                         {"text", "Leesclub in het café, idee " + std::to_string(n)}, {"seat", device(n % phones)},
                         {"author", "Deelnemer " + std::to_string(n % phones)}});
    for (int p = 0; p < phones; ++p)
        for (int d = 0; d < 3; ++d) act("vote.add", {{"note", "n-" + std::to_string((p * 7 + d * 13) % notes)}, {"voter", device(p)}});
    return s;
}

void BM_PhoneView(benchmark::State& state) {
    const Session s = room(int(state.range(0)), int(state.range(1)));
    for (auto _ : state) {
        PhoneView v = phone_view(&s, ClockReading{2'000'000, 50'000, "r-bench"});
        benchmark::DoNotOptimize(v);
    }
}
BENCHMARK(BM_PhoneView)->Args({200, 60})->Unit(benchmark::kMicrosecond);

/// With the dump the server sends: ROOM once, ME for every device.
void BM_PhoneViewDumped(benchmark::State& state) {
    const Session s = room(int(state.range(0)), int(state.range(1)));
    for (auto _ : state) {
        PhoneView v = phone_view(&s, ClockReading{2'000'000, 50'000, "r-bench"});
        std::size_t bytes = v.room.dump().size();
        for (const auto& [id, me] : v.devices) bytes += me.dump().size();
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(BM_PhoneViewDumped)->Args({200, 60})->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
