// Exporting a 1,000-note session to every format (DESIGN.md yardstick: under 1 s), and each
// format alone to see where the time goes.
#include "core/reduce.h"
#include "export/board_image.h"
#include "export/csv.h"
#include "export/exporter.h"
#include "export/html.h"
#include "export/markdown.h"
#include "export/pdf.h"
#include "sample_plan.h"

#include "bench_folder.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <stdexcept>
#include <stdlib.h>
#include <string>
#include <unistd.h>

using namespace kiosk;
using namespace kiosk::exporting;

namespace {

// 1,000 notes of one or two sentences over the three columns of the matrix board, with
// colours, authors, groups and votes, plus a filled checklist, visions and forms.
const Session& big_session() {
    static const Session session = [] {
        Session s = testing::sample_session();
        std::int64_t now = 2'000'000;
        auto act = [&](const std::string& type, Json fields) {
            Action a = make_action(type, s.id, now += 1000, std::move(fields));
            clean_action(a, s, now);
            if (!apply(s, a)) throw std::runtime_error("refused: " + type);
        };
        const char* columns[] = {"of", "by", "for"};
        for (int i = 0; i < 1000; ++i) {
            std::string text = "Idee " + std::to_string(i) + ": een leesclub in het café voor nieuwe Nederlanders";
            if (i % 3 == 0) text += ", met koffie en thee – „goed” geregeld…";
            act("note.add", {{"id", "n" + std::to_string(i)}, {"exercise", "matrix"}, {"column", columns[i % 3]},
                             {"text", text}, {"colour", i % 6}, {"author", "Deelnemer " + std::to_string(i % 12)}});
        }
        for (int v = 0; v < 30; ++v)
            act("vote.add", {{"note", "n" + std::to_string(v * 7)}, {"voter", "p" + std::to_string(v % 10)}});
        act("group.create", {{"id", "g1"}, {"exercise", "matrix"}, {"column", "of"}, {"name", "Koffie"},
                             {"notes", {"n0", "n3", "n6"}}});
        act("checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}});
        act("vision.add", {{"id", "v1"}, {"exercise", "visie"}, {"author", "Anna"},
                           {"text", std::string(3000, 'a') + " ideeën"}});
        act("form.add", {{"id", "f1"}, {"exercise", "kaart"}});
        act("form.set", {{"id", "f1"}, {"field", "naam"}, {"value", "Buurtbewoners"}});
        return s;
    }();
    return session;
}

using bench::Folder;

void BM_ExportEveryFormat(benchmark::State& state) {
    const Session& s = big_session();
    Folder folder;
    ExportRequest request;
    std::string error;
    parse_formats("all", request.formats, error);
    request.folder = folder.path;
    for (auto _ : state) {
        ExportReport r = export_session(s, request);
        if (!r.ok) state.SkipWithError(r.error.c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ExportEveryFormat)->Unit(benchmark::kMillisecond);

void BM_Markdown(benchmark::State& state) {
    const Session& s = big_session();
    for (auto _ : state) benchmark::DoNotOptimize(to_markdown(build_document(s, 3'000'000)));
}
BENCHMARK(BM_Markdown)->Unit(benchmark::kMillisecond);

void BM_Csv(benchmark::State& state) {
    const Session& s = big_session();
    for (auto _ : state) benchmark::DoNotOptimize(to_csv(s, {';', true}));
}
BENCHMARK(BM_Csv)->Unit(benchmark::kMillisecond);

void BM_Html(benchmark::State& state) {
    const Session& s = big_session();
    TextShaper shaper;
    for (auto _ : state) {
        BoardPictures pictures{shaper};
        benchmark::DoNotOptimize(to_html(build_document(s, 3'000'000), pictures));
    }
}
BENCHMARK(BM_Html)->Unit(benchmark::kMillisecond);

void BM_Pdf(benchmark::State& state) {
    const Session& s = big_session();
    TextShaper shaper;
    for (auto _ : state) {
        BoardPictures pictures{shaper};
        benchmark::DoNotOptimize(to_pdf(build_document(s, 3'000'000), shaper, pictures));
    }
}
BENCHMARK(BM_Pdf)->Unit(benchmark::kMillisecond);

void BM_BoardPng(benchmark::State& state) {
    const Session& s = big_session();
    TextShaper shaper;
    BoardPictures pictures{shaper};
    Board board = build_board(s, *s.plan.find("matrix"));
    for (auto _ : state) benchmark::DoNotOptimize(board_png(board, shaper));
}
BENCHMARK(BM_BoardPng)->Unit(benchmark::kMillisecond);

void BM_BoardSvg(benchmark::State& state) {
    const Session& s = big_session();
    TextShaper shaper;
    BoardPictures pictures{shaper};
    Board board = build_board(s, *s.plan.find("matrix"));
    for (auto _ : state) benchmark::DoNotOptimize(board_svg(board, shaper));
}
BENCHMARK(BM_BoardSvg)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
