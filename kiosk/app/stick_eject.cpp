#include "app/stick_eject.h"

#include "app/mount_field.h"
#include "app/stick_sync.h"
#include "core/i18n.h"

#include <fmt/format.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

extern char** environ;

namespace kiosk::app {
namespace {

bool under(const std::string& folder, const std::string& mount_point) {
    if (mount_point == "/") return true;
    if (folder.rfind(mount_point, 0) != 0) return false;
    return folder.size() == mount_point.size() || folder[mount_point.size()] == '/';
}

struct Run {
    bool started = false, timed_out = false;
    int status = -1;     // the exit status when it ended normally
    std::string output;  // stdout and stderr together
};

/// Runs `argv` (argv[0] a full path) with stdin from /dev/null, waits at most `timeout_seconds`
/// (then kills it), and keeps what it writes.
Run run_command(const std::vector<std::string>& argv, double timeout_seconds) {
    Run r;
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return r;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 2);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[1]);
    if (spawned != 0) {
        ::close(pipe_fds[0]);
        r.output = std::strerror(spawned);
        return r;
    }
    r.started = true;
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(long(timeout_seconds * 1000));
    char buffer[4096];
    for (bool open = true; open;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            r.timed_out = true;
            break;
        }
        pollfd fd{pipe_fds[0], POLLIN, 0};
        if (::poll(&fd, 1, int(std::min<long long>(left, 200))) <= 0) continue;
        const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
        if (n > 0 && r.output.size() < 16384) r.output.append(buffer, std::size_t(n));
        open = n > 0 || (n < 0 && errno == EINTR);
    }
    ::close(pipe_fds[0]);
    int status = 0;
    if (r.timed_out) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return r;
    }
    // Its output closed: it has ended or is about to; wait for it within what is left.
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (Clock::now() >= deadline) {
            r.timed_out = true;
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return r;
        }
        ::usleep(10000);
    }
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return r;
}

std::string first_line(const std::string& text) {
    std::string line = text.substr(0, text.find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    return line;
}

std::string read_mounts() {
    std::ifstream in("/proc/self/mounts");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

std::optional<MountEntry> mount_of(const std::string& folder, const std::string& mounts) {
    std::optional<MountEntry> best;
    std::istringstream lines(mounts);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream fields(line);
        MountEntry m;
        fields >> m.device >> m.mount_point >> m.type;
        m.device = unescape_mount_field(m.device);
        m.mount_point = unescape_mount_field(m.mount_point);
        if (m.mount_point.empty() || !under(folder, m.mount_point)) continue;
        if (!best || m.mount_point.size() >= best->mount_point.size()) best = m;  // the last one wins a tie
    }
    return best;
}

std::string find_program(const std::string& name, const std::string& path_env) {
    std::size_t begin = 0;
    while (begin <= path_env.size()) {
        std::size_t end = path_env.find(':', begin);
        if (end == std::string::npos) end = path_env.size();
        const std::string dir = path_env.substr(begin, end - begin);
        if (!dir.empty()) {
            const std::string candidate = dir + "/" + name;
            if (::access(candidate.c_str(), X_OK) == 0) return candidate;
        }
        begin = end + 1;
    }
    return "";
}

EjectOutcome eject_stick(const std::string& folder, const std::string& mounts, const EjectOptions& options) {
    using Kind = EjectOutcome::Kind;
    EjectOutcome out;
    const std::optional<MountEntry> mount = mount_of(folder, mounts);
    if (!mount || mount->mount_point == "/") {
        out.message = tr("This folder is not on a stick of its own, so there is nothing to eject.");
        out.log = "eject: no mount of its own for " + folder;
        return out;
    }
    // First the files: whatever happens next, what was exported is on the stick.
    // With a limit (stick_sync.h): a stick that never confirms must not keep the screen waiting.
    const SyncOutcome synced = sync_with_timeout(mount->mount_point, options.timeout_seconds);
    if (synced.kind != SyncOutcome::Kind::Synced) {
        const std::string why = synced.kind == SyncOutcome::Kind::TimedOut
                                    ? fmt::format(fmt::runtime(tr("no answer within {} seconds")), int(options.timeout_seconds))
                                    : std::string(std::strerror(synced.error));
        out.message = fmt::format(fmt::runtime(tr("The files could not be written through to the stick ({}). "
                                                  "Do not pull it out yet; try again.")),
                                  why);
        out.log = "eject: sync of " + mount->mount_point + " failed: " + why;
        return out;
    }

    std::vector<std::string> command;
    if (mount->device.rfind("/dev/", 0) == 0) {
        if (std::string udisks = find_program("udisksctl", options.path_env); !udisks.empty())
            command = {udisks, "unmount", "-b", mount->device};
    }
    if (command.empty()) {
        if (std::string gio = find_program("gio", options.path_env); !gio.empty())
            command = {gio, "mount", "-u", mount->mount_point};
    }
    if (command.empty()) {
        out.kind = Kind::SyncedOnly;
        out.message = tr("The files are written and synced to the stick. Eject it the desktop's usual way, then pull it out.");
        out.log = "eject: synced " + mount->mount_point + "; neither udisksctl nor gio found";
        return out;
    }
    std::string shown;
    for (const std::string& a : command) shown += (shown.empty() ? "" : " ") + a;
    const Run r = run_command(command, options.timeout_seconds);
    if (r.started && !r.timed_out && r.status == 0) {
        out.kind = Kind::Pullable;
        out.message = tr("You can pull the stick out now.");
        out.log = "eject: " + shown + ": done";
        return out;
    }
    std::string why;
    if (r.timed_out)
        why = fmt::format(fmt::runtime(tr("the desktop did not answer within {} s")), int(options.timeout_seconds + 0.5));
    else if (!first_line(r.output).empty())
        why = first_line(r.output);
    else
        why = fmt::format(fmt::runtime(tr("the desktop refused (status {})")), r.status);
    out.message = fmt::format(fmt::runtime(tr("The stick was not ejected: {}. The files are written and synced; "
                                              "close anything else that uses the stick and try again.")),
                              why);
    out.log = "eject: " + shown + ": " + (r.timed_out ? "timed out" : "status " + std::to_string(r.status)) +
              (r.output.empty() ? "" : ": " + first_line(r.output));
    return out;
}

void show_eject(ui::ExportProgress& progress, bool removable, bool busy, const std::optional<EjectOutcome>& outcome) {
    using Eject = ui::ExportProgress::Eject;
    progress.eject = Eject::NotOffered;
    progress.eject_message.clear();
    if (progress.phase != ui::ExportProgress::Phase::Done || !removable) return;
    if (busy) {
        progress.eject = Eject::Running;
        return;
    }
    if (!outcome) {
        progress.eject = Eject::Offered;
        return;
    }
    switch (outcome->kind) {
    case EjectOutcome::Kind::Pullable: progress.eject = Eject::Ejected; break;
    case EjectOutcome::Kind::SyncedOnly: progress.eject = Eject::SyncedOnly; break;
    case EjectOutcome::Kind::NotEjected: progress.eject = Eject::NotEjected; break;
    }
    progress.eject_message = outcome->message;
}

EjectJob::~EjectJob() {
    if (worker_.joinable()) worker_.join();
}

void EjectJob::start(const std::string& folder, std::optional<std::string> mounts, std::optional<EjectOptions> options) {
    std::lock_guard lock(mutex_);
    if (busy_) return;
    busy_ = true;
    outcome_.reset();
    if (worker_.joinable()) worker_.join();  // the last one has finished
    const Language* language = current_language();
    worker_ = std::thread([this, folder, mounts, options, language] {
        const LanguageScope speaking(language);
        EjectOptions o;
        if (options) o = *options;
        else if (const char* path = std::getenv("PATH")) o.path_env = path;
        EjectOutcome result = eject_stick(folder, mounts ? *mounts : read_mounts(), o);
        {
            std::lock_guard lock(mutex_);
            outcome_ = std::move(result);
            busy_ = false;
        }
        if (done_) done_();
    });
}

bool EjectJob::busy() const {
    std::lock_guard lock(mutex_);
    return busy_;
}

std::optional<EjectOutcome> EjectJob::take() {
    std::lock_guard lock(mutex_);
    std::optional<EjectOutcome> out = std::move(outcome_);
    outcome_.reset();
    return out;
}

}  // namespace kiosk::app
