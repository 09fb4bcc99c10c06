#include "app/export_job.h"

#include "app/mount_field.h"
#include "core/i18n.h"
#include "export/exporter.h"
#include "export/several_sessions.h"

#include <fmt/format.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace kiosk::app {
namespace fs = std::filesystem;
namespace {

/// True for the mount point of removable media as desktops mount them: /media/NAME,
/// /media/USER/NAME, /run/media/USER/NAME or /mnt/NAME (nothing deeper: those are not sticks).
bool removable_mount_point(const std::string& path) {
    auto depth_after = [&](const std::string& prefix) -> int {
        if (path.rfind(prefix, 0) != 0 || path.size() == prefix.size()) return -1;
        int parts = 1;
        for (std::size_t i = prefix.size(); i < path.size(); ++i) parts += path[i] == '/';
        return parts;
    };
    const int media = depth_after("/media/"), run_media = depth_after("/run/media/"), mnt = depth_after("/mnt/");
    return media == 1 || media == 2 || run_media == 2 || mnt == 1;
}

/// File systems that are never a stick or a card (pseudo and container file systems).
bool pseudo_file_system(const std::string& type) {
    for (const char* t : {"tmpfs", "overlay", "proc", "sysfs", "autofs", "squashfs", "nsfs", "cgroup", "cgroup2",
                          "devtmpfs", "devpts", "mqueue", "bind", "fuse.portal", "9p", "virtiofs"})
        if (type == t) return true;
    return false;
}

const char* format_label(exporting::Format f) {
    switch (f) {
        case exporting::Format::Markdown: return "Markdown";
        case exporting::Format::Html: return "HTML";
        case exporting::Format::Csv: return "CSV";
        case exporting::Format::Pdf: return "PDF";
        case exporting::Format::Png: return "PNG";
        case exporting::Format::Svg: return "SVG";
    }
    return "";
}

}  // namespace

std::vector<ui::ExportDestination> export_destinations(const std::string& mounts, const std::string& home) {
    std::vector<ui::ExportDestination> out;
    std::istringstream lines(mounts);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream fields(line);
        std::string device, mount_point, type;
        fields >> device >> mount_point >> type;
        const std::string path = unescape_mount_field(mount_point);
        if (!removable_mount_point(path) || pseudo_file_system(type)) continue;
        const std::string name = fs::path(path).filename().string();
        out.push_back({fmt::format(fmt::runtime(tr("USB stick or card: {}")), name), path, true});
    }
    for (const char* documents : {"Documenten", "Documents"}) {
        const fs::path candidate = fs::path(home) / documents;
        std::error_code ec;
        if (!home.empty() && fs::is_directory(candidate, ec)) {
            out.push_back({tr("Documents on this computer"), candidate.string(), false});
            return out;
        }
    }
    if (!home.empty()) out.push_back({tr("Home folder on this computer"), home, false});
    return out;
}

std::vector<ui::ExportDestination> find_export_destinations() {
    std::ifstream in("/proc/self/mounts");
    std::stringstream mounts;
    mounts << in.rdbuf();
    const char* home = std::getenv("HOME");
    return export_destinations(mounts.str(), home ? home : "");
}

struct ExportJob::State {
    mutable std::mutex mutex;
    mutable std::condition_variable changed;
    ui::ExportProgress progress;
};

ExportJob::ExportJob(ExportSeams seams) : seams_(std::move(seams)), state_(std::make_shared<State>()) {}

ExportJob::~ExportJob() {
    if (!worker_.joinable()) return;
    if (wait(0.0)) worker_.join();
    else worker_.detach();  // it holds its own State and seams: nothing of this object
}

ui::ExportProgress ExportJob::progress() const {
    std::lock_guard lock(state_->mutex);
    return state_->progress;
}

void ExportJob::reset() {
    std::lock_guard lock(state_->mutex);
    if (state_->progress.phase != ui::ExportProgress::Phase::Running) state_->progress = {};
}

bool ExportJob::wait(double seconds) const {
    std::unique_lock lock(state_->mutex);
    return state_->changed.wait_for(lock, std::chrono::duration<double>(seconds), [&] {
        return state_->progress.phase != ui::ExportProgress::Phase::Running;
    });
}

namespace {

/// The worker's part: the folder, each format, the sync. `update` changes the shared progress
/// under its lock and tells the UI.
/// `write` writes the formats of one request: one session's (ExportSeams::write) or several
/// sessions' (exporting::export_sessions).
using WriteFn = std::function<exporting::ExportReport(const exporting::ExportRequest&)>;

void run_export(const WriteFn& write, const std::string& folder, std::int64_t now_ms, const ExportSeams& seams,
                const std::function<void(const std::function<void(ui::ExportProgress&)>&)>& update) {
    using Phase = ui::ExportProgress::Phase;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec || ::access(folder.c_str(), W_OK) != 0) {
        const std::string why = ec ? ec.message() : std::string(tr("no permission"));
        update([&](ui::ExportProgress& p) {
            p.phase = Phase::Failed;
            p.error = fmt::format(fmt::runtime(tr("Cannot write to {}: {}. Is the stick write-protected or full?")), folder, why);
        });
        return;
    }
    const std::vector<exporting::Format> formats = {exporting::Format::Markdown, exporting::Format::Html,
                                                    exporting::Format::Csv, exporting::Format::Pdf,
                                                    exporting::Format::Png};
    for (std::size_t i = 0; i < formats.size(); ++i) {
        update([&](ui::ExportProgress& p) { p.current = format_label(formats[i]); });
        exporting::ExportRequest request;
        request.formats = {formats[i]};
        request.folder = folder;
        request.now_ms = now_ms;
        const exporting::ExportReport report = write(request);
        bool failed = false;
        update([&](ui::ExportProgress& p) {
            for (const auto& path : report.written) p.written.push_back(fs::path(path).filename().string());
            if (!report.ok) {
                p.phase = Phase::Failed;
                p.error = report.error;
                failed = true;
            } else {
                ++p.done;
            }
        });
        if (failed) return;
    }
    // The files are complete on the stick's file system (each one fsynced where the stick allows
    // it, export/atomic_file.h); now the whole file system, with a limit.
    update([&](ui::ExportProgress& p) { p.current.clear(); });  // every format done: the screen says it waits for the stick
    const SyncOutcome synced = sync_with_timeout(folder, seams.sync_timeout_seconds, seams.sync);
    update([&](ui::ExportProgress& p) {
        p.phase = Phase::Done;
        if (synced.kind == SyncOutcome::Kind::TimedOut)
            p.warning = fmt::format(fmt::runtime(tr("The files are written, but the stick did not confirm them within {} "
                                                    "seconds. Leave it in for a while, then remove it safely before pulling it out.")),
                                    int(seams.sync_timeout_seconds));
        if (synced.kind == SyncOutcome::Kind::Failed)
            p.warning = fmt::format(fmt::runtime(tr("The files are written, but the stick reported a problem while "
                                                    "confirming them ({}). Remove it safely, then check the files.")),
                                    std::strerror(synced.error));
    });
}

}  // namespace

void ExportJob::start(const Session& session, const std::string& destination, std::int64_t now_ms) {
    launch(session.plan.language, destination, now_ms,
           [write = seams_.write, session](const exporting::ExportRequest& request) { return write(session, request); });
}

void ExportJob::start(std::vector<Session> sessions, const std::string& destination, std::int64_t now_ms) {
    if (sessions.empty()) return;
    const std::string language = sessions.front().plan.language;  // the one CSV's (several_sessions.h)
    launch(language, destination, now_ms,
           [sessions = std::make_shared<const std::vector<Session>>(std::move(sessions))](
               const exporting::ExportRequest& request) {
               std::vector<const Session*> list;
               for (const Session& one : *sessions) list.push_back(&one);
               return exporting::export_sessions(list, request);
           });
}

void ExportJob::launch(const std::string& language_code, const std::string& destination, std::int64_t now_ms,
                       std::function<exporting::ExportReport(const exporting::ExportRequest&)> write) {
    {
        std::lock_guard lock(state_->mutex);
        if (state_->progress.phase == ui::ExportProgress::Phase::Running) return;
    }
    if (worker_.joinable()) worker_.join();  // the last one has finished
    std::string folder;
    {
        // The folder is named in the sessions' language, like the files in it.
        const LanguageScope language(language_for(language_code));
        folder = (fs::path(destination) / tr("Workshop notes")).string();
    }
    {
        std::lock_guard lock(state_->mutex);
        state_->progress = {};
        state_->progress.total = 5;
        state_->progress.folder = folder;
        state_->progress.phase = ui::ExportProgress::Phase::Running;
        state_->progress.current = format_label(exporting::Format::Markdown);
    }
    const Language* speaking = current_language();
    // The worker holds its own copies (the sessions, the seams, the state): it may outlive this job.
    worker_ = std::thread([state = state_, seams = seams_, write = std::move(write), folder, now_ms, speaking] {
        const LanguageScope language(speaking);
        auto update = [&](const std::function<void(ui::ExportProgress&)>& change) {
            {
                std::lock_guard lock(state->mutex);
                change(state->progress);
            }
            state->changed.notify_all();
            if (seams.wake) seams.wake();
        };
        run_export(write, folder, now_ms, seams, update);
    });
}

}  // namespace kiosk::app
