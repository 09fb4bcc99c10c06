// Start to first frame of the real kiosk binary, as the kiosk itself reports it ("kiosk: first
// frame after N ms", measured from the top of main) and as seen from outside (fork to that line,
// which includes loading the shared libraries). Needs a display: run under
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/bench_startup
#include <benchmark/benchmark.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Starts the kiosk, reads its stderr until the first-frame line, stops it. Returns the reported
// milliseconds, or -1 on failure; `outside_ms` gets the time from fork to that line.
double run_once(double& outside_ms) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl(KIOSK_BINARY, KIOSK_BINARY, "--demo-data", "--db", "/tmp/kiosk-bench/kiosk.db", nullptr);
        _exit(127);
    }
    close(fds[1]);
    FILE* in = fdopen(fds[0], "r");
    char line[512];
    double reported = -1;
    while (in && fgets(line, sizeof line, in)) {
        if (std::sscanf(line, "kiosk: first frame after %lf ms", &reported) == 1) break;
    }
    outside_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    kill(pid, SIGTERM);
    if (in) fclose(in);
    int status = 0;
    waitpid(pid, &status, 0);
    return reported;
}

void BM_StartToFirstFrame(benchmark::State& state) {
    if (!std::getenv("DISPLAY")) {
        state.SkipWithError("needs a display: run under xvfb-run");
        return;
    }
    double reported_sum = 0, outside_sum = 0;
    for (auto _ : state) {
        double outside = 0;
        const double reported = run_once(outside);
        if (reported < 0) {
            state.SkipWithError("the kiosk printed no first-frame line");
            return;
        }
        reported_sum += reported;
        outside_sum += outside;
        state.SetIterationTime(outside / 1000.0);
    }
    state.counters["reported_ms"] = reported_sum / double(state.iterations());
    state.counters["fork_to_frame_ms"] = outside_sum / double(state.iterations());
}
BENCHMARK(BM_StartToFirstFrame)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
