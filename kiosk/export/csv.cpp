#include "export/csv.h"

#include "core/i18n.h"
#include "core/privacy.h"
#include "export/document.h"

#include <fmt/format.h>

#include <ctime>
#include <vector>

namespace kiosk::exporting {
namespace {

struct Row {
    std::string exercise, kind, where, text, colour, group, votes, author, time;
    std::string moderation;  // a note's: shown, waiting or hidden (Note::moderation); else ""
};

Row row(std::string exercise, std::string kind, std::string where, std::string text) {
    Row r;
    r.exercise = std::move(exercise);
    r.kind = std::move(kind);
    r.where = std::move(where);
    r.text = std::move(text);
    return r;
}

void checklist_rows(std::vector<Row>& rows, const Session& s, const Exercise& e) {
    const auto& answers = s.state_of(e.id).answers;
    for (const auto& q : e.questions) {
        auto it = answers.find(q.id);
        Row r = row(e.title, tr("answer"), q.text, answer_label(it == answers.end() ? Answer::None : it->second.answer));
        rows.push_back(r);
        if (it != answers.end() && !it->second.remark.empty()) {
            r.kind = tr("remark");
            r.text = it->second.remark;
            rows.push_back(r);
        }
    }
}

void writing_rows(std::vector<Row>& rows, const Session& s, const Exercise& e) {
    for (const auto& v : s.visions) {
        if (v.exercise != e.id) continue;
        Row r = row(e.title, tr("vision"), "", v.text);
        r.author = v.author;
        rows.push_back(r);
    }
    const std::string& shared = s.state_of(e.id).shared_text;
    if (!shared.empty()) rows.push_back(row(e.title, tr("shared vision"), "", shared));
}

void form_rows(std::vector<Row>& rows, const Session& s, const Exercise& e) {
    int number = 0;
    for (const auto& record : s.forms) {
        if (record.exercise != e.id) continue;
        ++number;
        for (const auto& f : e.fields) {
            auto it = record.values.find(f.id);
            if (it == record.values.end() || it->second.empty()) continue;
            Row r = row(e.title, tr("form value"), f.label, display_value(f, it->second));
            if (e.repeatable) r.group = fmt::format(fmt::runtime(tr("Record {}")), number);
            rows.push_back(r);
        }
    }
}

void board_rows(std::vector<Row>& rows, const Session& s, const Exercise& e) {
    for (const auto& c : e.columns) {
        // The room's notes, then those the facilitator moderated (kept, marked as what they are).
        std::vector<const Note*> notes = room_notes(s, e.id, c.id);
        for (const Note* n : moderated_notes(s, e.id, c.id)) notes.push_back(n);
        for (const Note* n : notes) {
            Row r = row(e.title, tr("note"), c.title, n->text);
            r.colour = colour_name(n->colour);
            if (const NoteGroup* g = n->group.empty() ? nullptr : s.find_group(n->group)) r.group = g->name;
            r.votes = std::to_string(s.votes_on(n->id));
            r.author = room_author(s, *n);
            if (n->created_ms > 0) r.time = iso_time(n->created_ms);
            r.moderation = to_string(n->moderation);
            rows.push_back(r);
        }
    }
    if (const int withheld = withheld_notes(s, e.id); withheld > 0)  // counted, never their text
        rows.push_back(row(e.title, tr("private notes not revealed"), "", std::to_string(withheld)));
}

}  // namespace

CsvOptions csv_profile_for(const std::string& language) {
    return language == "nl" ? CsvOptions{';', true} : CsvOptions{',', false};
}

bool parse_csv_profile(const std::string& name, CsvOptions& out) {
    if (name == "nl" || name == "semicolon") { out = {';', true}; return true; }
    if (name == "en" || name == "comma") { out = {',', false}; return true; }
    return false;
}

std::string neutralise_formula(std::string_view text) {
    if (!text.empty()) {
        switch (text.front()) {
            case '=': case '+': case '-': case '@': case '\t': case '\r':
                return "'" + std::string(text);
            default: break;
        }
    }
    return std::string(text);
}

std::string csv_field(std::string_view text, char delimiter) {
    std::string cell = neutralise_formula(text);
    if (cell.find_first_of(std::string{delimiter, '"', '\r', '\n'}) == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string iso_time(std::int64_t ms) {
    std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char buf[40];
    std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string out(buf, n);
    if (out.size() >= 5) out.insert(out.size() - 2, ":");  // +0100 → +01:00 (ISO 8601 extended)
    return out;
}

namespace {

std::vector<Row> rows_of(const Session& session) {
    std::vector<Row> rows;
    for (const auto& e : session.plan.agenda) {
        switch (e.kind) {
            case ExerciseKind::Checklist: checklist_rows(rows, session, e); break;
            case ExerciseKind::Writing: writing_rows(rows, session, e); break;
            case ExerciseKind::Form: form_rows(rows, session, e); break;
            case ExerciseKind::Board: board_rows(rows, session, e); break;
            case ExerciseKind::Info: break;
        }
    }
    return rows;
}

// Writes records of cells: neutralised and quoted, delimited, ended by CR LF.
class CsvWriter {
public:
    explicit CsvWriter(const CsvOptions& options) : d_(options.delimiter) {
        if (options.bom) out_ = "\xEF\xBB\xBF";
    }
    void record(std::initializer_list<std::string_view> cells) {
        bool first = true;
        for (std::string_view c : cells) {
            if (!first) out_ += d_;
            out_ += csv_field(c, d_);
            first = false;
        }
        out_ += "\r\n";
    }
    std::string take() { return std::move(out_); }

private:
    char d_;
    std::string out_;
};

}  // namespace

std::string to_csv(const Session& session, const CsvOptions& options) {
    CsvWriter csv(options);
    csv.record({tr("Session"), tr("Exercise"), tr("Kind"), tr("Column or field"), tr("Text"), tr("Colour"),
                tr("Group"), tr("Votes"), tr("Author"), tr("Time"), tr("Moderation")});
    for (const auto& r : rows_of(session))
        csv.record({session.title, r.exercise, r.kind, r.where, r.text, r.colour, r.group, r.votes, r.author, r.time,
                    r.moderation});
    return csv.take();
}

std::string to_csv(const std::vector<const Session*>& sessions, const CsvOptions& options) {
    CsvWriter csv(options);
    csv.record({tr("Session id"), tr("Date"), tr("Session"), tr("Place"), tr("Exercise"), tr("Kind"),
                tr("Column or field"), tr("Text"), tr("Colour"), tr("Group"), tr("Votes"), tr("Author"), tr("Time"),
                tr("Moderation")});
    for (const Session* s : sessions)
        for (const auto& r : rows_of(*s))
            csv.record({s->id, s->date, s->title, s->place, r.exercise, r.kind, r.where, r.text, r.colour, r.group,
                        r.votes, r.author, r.time, r.moderation});
    return csv.take();
}

}  // namespace kiosk::exporting
