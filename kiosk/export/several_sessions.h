// Exporting several sessions at once (issue 13: "a branch or a regional service can put a year
// of sessions in one spreadsheet"): one CSV for all of them, and each session's own documents
// (Markdown, HTML, PDF, board pictures) beside it, as export_session() writes them for one.
// Called by `kiosk export ID ID…|all` (app/cli_export.h) and by the app for the archive's
// ExportSessionsIntent.
#pragma once

#include "core/session.h"
#include "export/exporter.h"

#include <string>
#include <vector>

namespace kiosk::exporting {

/// The start of each session's file names (ExportRequest::name), in the order of `sessions`:
/// session_file_base() in the session's own language, and where that names a file another
/// session of the list has already (compared as the file systems of a USB stick do, without
/// regard to case), " (2)", " (3)"… after it. The title is cut to 150 bytes first so the number
/// always survives clean_file_name()'s shortening.
std::vector<std::string> distinct_file_bases(const std::vector<const Session*>& sessions);

/// The name of the CSV of several sessions: "Sessies 2026-01-10 tot 2026-11-29.csv" (in the
/// thread's language) over the earliest and latest date, "Sessies 2026-01-10.csv" for one date.
std::string sessions_csv_file_name(const std::vector<const Session*>& sessions);

/// Writes `request.formats` for `sessions` into request.folder (which must exist):
///  - Format::Csv: ONE file, sessions_csv_file_name(), made by to_csv(sessions, …) (csv.h), in
///    the language of the first session's plan and with request.csv or that language's profile;
///  - every other format: per session, as export_session() does, each in its session's language,
///    named by distinct_file_bases() (request.name is ignored).
/// An empty `sessions` writes nothing and is not an error. Stops at the first failure (the
/// report's error names it); files written before it stay, each whole (atomic_file.h). Callers
/// resolve every id before they call this, so an unknown one writes nothing at all.
ExportReport export_sessions(const std::vector<const Session*>& sessions, const ExportRequest& request);

}  // namespace kiosk::exporting
