// Exporting several sessions at once (issue 13 "figures": the export time of 20 sessions): 20
// copies of the shipped demo session (61 notes, answers, visions, forms) with one CSV for all
// and every document of each (Markdown, HTML, PDF, PNG and SVG per board), and the CSV alone.
#include "app/demo_session.h"
#include "export/several_sessions.h"

#include "bench_folder.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

using namespace kiosk;
using namespace kiosk::exporting;

namespace {

// The demo session 20 times, each with its own id and date; titles repeat every five, so the
// names are kept apart as two sessions with one title are (several_sessions.h).
const std::vector<Session>& twenty_sessions() {
    static const std::vector<Session> sessions = [] {
        const std::string plans = std::string(KIOSK_SOURCE_DIR) + "/sessions";
        std::string error;
        app::DemoSession demo = app::load_demo_session(plans, app::demo_script_path(plans, "nl"), "nl", error);
        if (!demo.session) throw std::runtime_error(error);
        std::vector<Session> out;
        for (int i = 0; i < 20; ++i) {
            Session s = demo.session->session();
            s.id = "s-" + std::to_string(i);
            s.date = "2026-" + std::string(i < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-15";
            s.title += " " + std::to_string(i % 5);
            out.push_back(std::move(s));
        }
        return out;
    }();
    return sessions;
}

std::vector<const Session*> pointers() {
    std::vector<const Session*> out;
    for (const auto& s : twenty_sessions()) out.push_back(&s);
    return out;
}

using bench::Folder;

void export_twenty(benchmark::State& state, const char* formats) {
    const std::vector<const Session*> sessions = pointers();
    Folder folder;
    ExportRequest request;
    std::string error;
    parse_formats(formats, request.formats, error);
    request.folder = folder.path;
    for (auto _ : state) {
        ExportReport r = export_sessions(sessions, request);
        if (!r.ok) state.SkipWithError(r.error.c_str());
        state.counters["files"] = static_cast<double>(r.written.size());
        benchmark::DoNotOptimize(r);
    }
}

void BM_TwentySessionsEveryFormat(benchmark::State& state) { export_twenty(state, "all"); }
void BM_TwentySessionsOneCsv(benchmark::State& state) { export_twenty(state, "csv"); }

}  // namespace

BENCHMARK(BM_TwentySessionsEveryFormat)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_TwentySessionsOneCsv)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
