#include "export/several_sessions.h"

#include "core/i18n.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "export/file_name.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace kiosk::exporting {
namespace {

// Titles are cut to this many bytes before a number is put after a clashing name, so that
// "<date> <title> (n)" stays well under kMaxFileNameBytes with any extension.
constexpr std::size_t kTitleBytes = 150;

}  // namespace

std::vector<std::string> distinct_file_bases(const std::vector<const Session*>& sessions) {
    std::vector<std::string> bases;
    std::set<std::string> taken;  // cleaned names with case folded, as a FAT, exFAT or NTFS stick compares
    for (const Session* s : sessions) {
        const LanguageScope language(language_for(s->plan.language));
        std::string base = session_file_base(*s);
        auto key = [](const std::string& b) { return fold_case(clean_file_name(b, "")); };
        if (taken.count(key(base))) {
            std::string title(clamp_to_graphemes(s->title.empty() ? std::string(tr("session")) : s->title, kTitleBytes));
            std::string start = s->date.empty() ? title : s->date + " " + title;
            for (int n = 2; taken.count(key(base)); ++n) base = fmt::format("{} ({})", start, n);
        }
        taken.insert(key(base));
        bases.push_back(base);
    }
    return bases;
}

std::string sessions_csv_file_name(const std::vector<const Session*>& sessions) {
    std::string first, last;
    for (const Session* s : sessions) {
        if (s->date.empty()) continue;
        if (first.empty() || s->date < first) first = s->date;
        if (last.empty() || s->date > last) last = s->date;
    }
    std::string name = first == last ? fmt::format(fmt::runtime(tr("Sessions {}")), first)
                                     : fmt::format(fmt::runtime(tr("Sessions {} to {}")), first, last);
    return clean_file_name(name, to_string(Format::Csv));
}

ExportReport export_sessions(const std::vector<const Session*>& sessions, const ExportRequest& request) {
    ExportReport report;
    if (sessions.empty()) return report;
    std::vector<Format> documents;
    bool csv = false;
    for (Format f : request.formats) {
        if (f == Format::Csv) csv = true;
        else documents.push_back(f);
    }
    if (csv) {
        const std::string& language = sessions.front()->plan.language;
        const LanguageScope scope(language_for(language));
        const std::string name = sessions_csv_file_name(sessions);
        WriteResult r = write_file_atomic(request.folder, name,
                                          to_csv(sessions, request.csv ? *request.csv : csv_profile_for(language)));
        if (!r) return {false, {}, r.error};
        report.written.push_back(request.folder + "/" + name);
    }
    if (documents.empty()) return report;
    const std::vector<std::string> bases = distinct_file_bases(sessions);
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        ExportRequest one = request;
        one.formats = documents;
        one.name = bases[i];
        ExportReport part = export_session(*sessions[i], one);
        report.written.insert(report.written.end(), part.written.begin(), part.written.end());
        if (!part.ok) {
            report.ok = false;
            report.error = part.error;
            break;
        }
    }
    return report;
}

}  // namespace kiosk::exporting
