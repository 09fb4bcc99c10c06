// The archive's yardstick (issue 13): with 500 stored sessions (40 notes, visions and forms each,
// written through the real Store), opening the list and searching it, each including what the
// screen needs (the rows and the filter chips), in ≤ 300 ms.
#include "archive_db.h"
#include "store/store.h"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace {

using namespace kiosk;
namespace fs = std::filesystem;

const std::string& archive_path() {
    static const std::string path = [] {
        fs::path dir = fs::temp_directory_path() / "kiosk-archive-bench";
        fs::remove_all(dir);
        fs::create_directories(dir);
        const std::string db = (dir / "kiosk.db").string();
        testing::generate_archive(db, 500, 40);
        return db;
    }();
    return path;
}

/// What the archive screen asks of the store when it opens or the search changes: a reader of
/// its own (as the CLI), the rows and the chips.
void archive_frame_data(const ArchiveQuery& query, benchmark::State& state) {
    const std::string& db = archive_path();
    std::size_t rows = 0;
    for (auto _ : state) {
        Store store(db, Access::Read);
        auto found = store.find_sessions(query);
        auto facets = store.archive_facets();
        benchmark::DoNotOptimize(facets);
        rows = found.size();
    }
    state.counters["rows"] = double(rows);
}

void BM_ArchiveList500(benchmark::State& state) { archive_frame_data({}, state); }
BENCHMARK(BM_ArchiveList500)->Unit(benchmark::kMillisecond);

void BM_ArchiveSearch500(benchmark::State& state) {
    ArchiveQuery q;
    q.search = "ZOE biblio";
    q.status = ArchiveQuery::Status::Finished;
    archive_frame_data(q, state);
}
BENCHMARK(BM_ArchiveSearch500)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
