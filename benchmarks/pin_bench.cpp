// The facilitator PIN's cost (store/facilitator_pin.h): Argon2id with libsodium's INTERACTIVE
// limits, for setting a PIN (hash and atomic write) and checking one (read and verify), and the
// state check the kiosk makes before showing the keypad. The header quotes these figures.
#include "store/facilitator_pin.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace {

namespace fs = std::filesystem;
using namespace kiosk;

/// A PIN file in a fresh folder, removed afterwards.
struct PinFolder {
    PinFolder() {
        std::string pattern = (fs::temp_directory_path() / "kiosk-pin-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir = pattern;
    }
    ~PinFolder() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    fs::path dir;
};

void BM_PinSet(benchmark::State& state) {
    PinFolder folder;
    FacilitatorPin pin((folder.dir / "facilitator-pin").string());
    for (auto _ : state) benchmark::DoNotOptimize(pin.set("482916").ok);
}
BENCHMARK(BM_PinSet)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PinVerify(benchmark::State& state) {
    PinFolder folder;
    FacilitatorPin pin((folder.dir / "facilitator-pin").string());
    if (!pin.set("482916")) state.SkipWithError("cannot set the PIN");
    bool right = state.range(0) != 0;
    for (auto _ : state) benchmark::DoNotOptimize(pin.verify(right ? "482916" : "482917"));
}
BENCHMARK(BM_PinVerify)->Arg(1)->Arg(0)->ArgName("right")->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PinState(benchmark::State& state) {
    PinFolder folder;
    FacilitatorPin pin((folder.dir / "facilitator-pin").string());
    if (!pin.set("482916")) state.SkipWithError("cannot set the PIN");
    for (auto _ : state) benchmark::DoNotOptimize(pin.state());
}
BENCHMARK(BM_PinState)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
