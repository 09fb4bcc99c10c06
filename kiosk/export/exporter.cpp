#include "export/exporter.h"

#include "core/i18n.h"
#include "export/atomic_file.h"
#include "export/board_image.h"
#include "export/document.h"
#include "export/file_name.h"
#include "export/html.h"
#include "export/markdown.h"
#include "export/pdf.h"

#include <fmt/format.h>

#include <algorithm>
#include <exception>

namespace kiosk::exporting {
namespace {

struct FormatName { Format format; const char* word; };
constexpr FormatName kFormats[] = {{Format::Markdown, "md"}, {Format::Html, "html"}, {Format::Csv, "csv"},
                                   {Format::Pdf, "pdf"},      {Format::Png, "png"},   {Format::Svg, "svg"}};

}  // namespace

std::string session_file_base(const Session& session) {
    std::string title = session.title.empty() ? std::string(tr("session")) : session.title;
    return session.date.empty() ? title : session.date + " " + title;
}

const char* to_string(Format format) {
    for (const auto& f : kFormats) if (f.format == format) return f.word;
    return "";
}

bool parse_formats(const std::string& list, std::vector<Format>& out, std::string& error) {
    std::vector<Format> formats;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = std::min(list.find(',', start), list.size());
        std::string word = list.substr(start, comma - start);
        word.erase(0, word.find_first_not_of(' '));
        word.erase(word.find_last_not_of(' ') + 1);
        start = comma + 1;
        if (word.empty()) continue;
        if (word == "all") {
            for (const auto& f : kFormats) formats.push_back(f.format);
            continue;
        }
        auto it = std::find_if(std::begin(kFormats), std::end(kFormats), [&](const FormatName& f) { return word == f.word; });
        if (it == std::end(kFormats)) {
            error = fmt::format(fmt::runtime(tr("Unknown export format \"{}\". Choose from md, html, csv, pdf, png, svg.")), word);
            return false;
        }
        formats.push_back(it->format);
    }
    if (formats.empty()) {
        error = tr("Choose at least one export format: md, html, csv, pdf, png, svg.");
        return false;
    }
    out.clear();
    for (Format f : formats)
        if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
    return true;
}

std::string notes_file_name(const Session& session, Format format, const std::string& base) {
    return clean_file_name(base.empty() ? session_file_base(session) : base, to_string(format));
}

std::string board_file_name(const Session& session, std::size_t exercise_index, Format format,
                            const std::string& base) {
    const Exercise& e = session.plan.agenda.at(exercise_index);
    return clean_file_name(
        fmt::format("{} - {} {}", base.empty() ? session_file_base(session) : base, exercise_index + 1, e.title),
        to_string(format));
}

ExportReport export_session(const Session& session, const ExportRequest& request) {
    const LanguageScope language(language_for(session.plan.language));
    ExportReport report;
    auto wants = [&](Format f) {
        return std::find(request.formats.begin(), request.formats.end(), f) != request.formats.end();
    };
    auto write = [&](const std::string& name, const std::string& bytes) {
        if (!report.ok) return;
        WriteResult r = write_file_atomic(request.folder, name, bytes);
        if (!r) {
            report.ok = false;
            report.error = r.error;
            return;
        }
        report.written.push_back(request.folder + "/" + name);
    };
    try {
        TextShaper shaper;
        BoardPictures pictures(shaper);
        Document doc = build_document(session, request.now_ms);
        // Boards first, so the Markdown can link the pictures it sits next to.
        for (const auto& block : doc.blocks) {
            if (block.kind != Block::Kind::Board) continue;
            std::size_t index = 0;
            while (session.plan.agenda[index].id != block.board.exercise) ++index;
            if (wants(Format::Png)) {
                std::string name = board_file_name(session, index, Format::Png, request.name);
                write(name, board_png(pictures.picture(block.board)));
                doc.board_files[block.board.exercise] = name;
            }
            if (wants(Format::Svg)) write(board_file_name(session, index, Format::Svg, request.name), pictures.svg(block.board));
        }
        if (wants(Format::Markdown)) write(notes_file_name(session, Format::Markdown, request.name), to_markdown(doc));
        if (wants(Format::Html)) write(notes_file_name(session, Format::Html, request.name), to_html(doc, pictures));
        if (wants(Format::Csv))
            write(notes_file_name(session, Format::Csv, request.name),
                  to_csv(session, request.csv ? *request.csv : csv_profile_for(session.plan.language)));
        if (wants(Format::Pdf)) write(notes_file_name(session, Format::Pdf, request.name), to_pdf(doc, shaper, pictures));
    } catch (const std::exception& e) {
        report.ok = false;
        report.error = fmt::format(fmt::runtime(tr("The export failed: {}")), e.what());
    }
    return report;
}

}  // namespace kiosk::exporting
