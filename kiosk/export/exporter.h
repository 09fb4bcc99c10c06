// Exporting a session: the formats the facilitator can choose, their file names, and writing
// them all into one folder (each file atomically, see atomic_file.h).
#pragma once

#include "core/session.h"
#include "export/csv.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::exporting {

enum class Format { Markdown, Html, Csv, Pdf, Png, Svg };

/// "md", "html", "csv", "pdf", "png" (one PNG per board), "svg" (one SVG per board).
const char* to_string(Format format);
/// Parses a comma-separated list such as "md,html,csv,pdf,png" (also "all"); duplicates are
/// dropped. Returns false with a translated message naming the unknown word.
bool parse_formats(const std::string& list, std::vector<Format>& out, std::string& error);

struct ExportRequest {
    std::vector<Format> formats;
    std::string folder;                // must exist; files are written directly into it
    std::optional<CsvOptions> csv;     // default: csv_profile_for(the plan's language)
    std::int64_t now_ms = 0;           // counts the running exercise visit in actual minutes
    /// The start of every file name, before cleaning (file_name.h); "" = "<date> <title>".
    /// Set by export_sessions() (several_sessions.h) so two sessions with one title never clash.
    std::string name;
};

struct ExportReport {
    bool ok = true;
    std::vector<std::string> written;  // full paths, in the order written
    std::string error;                 // translated; set when !ok
};

/// "<date> <title>" (a translated "session" for an empty title; no date when it is empty): what
/// every file of a session's export is named after, before cleaning.
std::string session_file_base(const Session& session);
/// The file name (no folder) of the session notes in `format` (Markdown, HTML, CSV, PDF):
/// "<base>.<ext>", cleaned by clean_file_name(); `base` "" = session_file_base(session).
std::string notes_file_name(const Session& session, Format format, const std::string& base = "");
/// The file name of the picture of one board exercise: "<base> - <n> <exercise>.<ext>".
std::string board_file_name(const Session& session, std::size_t exercise_index, Format format,
                            const std::string& base = "");

/// Writes the requested formats into request.folder, in the session's language: tr() answers in
/// language_for(the plan's language) (core/i18n.h) while it writes, on the calling thread only, so
/// any thread may export while another draws in another language; a thread with no language
/// scope writes English. Stops at the first failure; files written before it stay.
ExportReport export_session(const Session& session, const ExportRequest& request);

}  // namespace kiosk::exporting
