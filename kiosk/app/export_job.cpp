#include "app/export_job.h"

#include "app/mount_field.h"
#include "core/i18n.h"
#include "export/exporter.h"

#include <fmt/format.h>

#include <cstdlib>
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

void ExportJob::start(const Session& session, const std::string& destination, std::int64_t now_ms) {
    session_ = session;
    now_ms_ = now_ms;
    remaining_ = {exporting::Format::Markdown, exporting::Format::Html, exporting::Format::Csv,
                  exporting::Format::Pdf, exporting::Format::Png};
    progress_ = {};
    progress_.total = int(remaining_.size());
    {
        // The folder is named in the session's language, like the files in it.
        const LanguageScope language(language_for(session.plan.language));
        progress_.folder = (fs::path(destination) / tr("Workshop notes")).string();
    }
    std::error_code ec;
    fs::create_directories(progress_.folder, ec);
    if (ec || ::access(progress_.folder.c_str(), W_OK) != 0) {
        progress_.phase = ui::ExportProgress::Phase::Failed;
        progress_.error = fmt::format(fmt::runtime(tr("Cannot write to {}: {}. Is the stick write-protected or full?")),
                                      progress_.folder, ec ? ec.message() : std::string(tr("no permission")));
        return;
    }
    progress_.phase = ui::ExportProgress::Phase::Running;
    progress_.current = format_label(remaining_.front());
}

void ExportJob::step() {
    if (progress_.phase != ui::ExportProgress::Phase::Running || remaining_.empty()) return;
    exporting::ExportRequest request;
    request.formats = {remaining_.front()};
    request.folder = progress_.folder;
    request.now_ms = now_ms_;
    const exporting::ExportReport report = exporting::export_session(session_, request);
    for (const auto& path : report.written) progress_.written.push_back(fs::path(path).filename().string());
    if (!report.ok) {
        progress_.phase = ui::ExportProgress::Phase::Failed;
        progress_.error = report.error;
        return;
    }
    remaining_.erase(remaining_.begin());
    ++progress_.done;
    if (remaining_.empty()) progress_.phase = ui::ExportProgress::Phase::Done;
    else progress_.current = format_label(remaining_.front());
}

}  // namespace kiosk::app
