#include "app/session_text.h"

#include "core/i18n.h"
#include "core/privacy.h"
#include "export/document.h"

#include <fmt/format.h>

#include <ctime>
#include <ostream>
#include <sstream>

namespace kiosk {
namespace {

/// Indents every line after the first of a multi-line text.
std::string indented(const std::string& text, const std::string& indent) {
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

void checklist(const Session& s, const Exercise& e, std::ostream& out) {
    const auto& answers = s.state_of(e.id).answers;
    for (const Question& q : e.questions) {
        auto it = answers.find(q.id);
        Answer a = it == answers.end() ? Answer::None : it->second.answer;
        out << "  [" << answer_label(a) << "] " << q.text << '\n';
        if (it != answers.end() && !it->second.remark.empty())
            out << "      " << indented(it->second.remark, "      ") << '\n';
    }
    Session::Tally t = s.tally(e.id);
    out << "  " << fmt::format(fmt::runtime(tr("Tally: {} yes, {} not yet, {} no, {} open")), t.yes, t.not_yet, t.no, t.open)
        << '\n';
}

void writing(const Session& s, const Exercise& e, std::ostream& out) {
    for (const Vision& v : s.visions) {
        if (v.exercise != e.id) continue;
        out << "  - " << (v.author.empty() ? std::string(tr("(no name)")) : v.author) << ":\n      "
            << indented(v.text, "      ") << '\n';
    }
    const std::string& shared = s.state_of(e.id).shared_text;
    if (!shared.empty()) out << "  " << tr("Shared text:") << "\n      " << indented(shared, "      ") << '\n';
}

void board(const Session& s, const Exercise& e, std::ostream& out) {
    std::string subject = s.board_subject(e);
    if (!subject.empty()) out << "  " << subject << '\n';
    for (const Column& c : e.columns) {
        auto notes = room_notes(s, e.id, c.id);
        out << "  -- " << c.title << " (" << notes.size() << ")\n";
        for (const Note* n : notes) {
            out << "     * " << indented(n->text, "       ");
            std::vector<std::string> extra;
            if (const std::string author = room_author(s, *n); !author.empty()) extra.push_back(author);
            if (int v = s.votes_on(n->id)) extra.push_back(fmt::format(fmt::runtime(tr("{} votes")), v));
            if (const NoteGroup* g = n->group.empty() ? nullptr : s.find_group(n->group))
                extra.push_back(fmt::format(fmt::runtime(tr("group: {}")), g->name));
            for (std::size_t i = 0; i < extra.size(); ++i) out << (i == 0 ? "  [" : ", ") << extra[i];
            out << (extra.empty() ? "" : "]") << '\n';
        }
    }
    if (const int withheld = withheld_notes(s, e.id); withheld > 0)
        out << "  " << fmt::format(fmt::runtime(tr("({} private notes not revealed yet: not shown)")), withheld) << '\n';
}

void form(const Session& s, const Exercise& e, std::ostream& out) {
    int n = 0;
    for (const FormRecord& f : s.forms) {
        if (f.exercise != e.id) continue;
        if (e.repeatable) out << "  #" << ++n << '\n';
        for (const Field& field : e.fields) {
            auto it = f.values.find(field.id);
            if (it == f.values.end() || it->second.empty()) continue;
            // Choices by their labels in the plan's language, as the exports show them, never the ids.
            out << "    " << field.label << ": " << indented(exporting::display_value(field, it->second), "      ") << '\n';
        }
    }
}

}  // namespace

std::string local_time_text(std::int64_t ms) {
    if (ms == 0) return "-";
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &local);
    return buf;
}

void write_session_text(const Session& s, std::int64_t action_count, std::ostream& out) {
    out << s.title << "  (" << s.id << ")\n";
    out << fmt::format(fmt::runtime(tr("Date: {}  Place: {}  Facilitator: {}")), s.date, s.place, s.facilitator) << '\n';
    out << fmt::format(fmt::runtime(tr("Plan: {} ({}, {})  Status: {}")), s.plan.title, s.plan.id, s.plan.language,
                       s.status == SessionStatus::Closed ? tr("closed") : tr("open"))
        << '\n';
    const Exercise* here = s.current_exercise();
    out << fmt::format(fmt::runtime(tr("Created: {}  Last change: {}  Actions: {}  Now at: {}")),
                       local_time_text(s.created_ms), local_time_text(s.updated_ms), action_count,
                       here ? here->title : std::string("-"))
        << '\n';
    if (s.timer.started)
        out << fmt::format(fmt::runtime(tr("Timer: {} of {} left at the last change ({})")),
                           format_countdown(s.timer.remaining_ms), format_countdown(s.timer.duration_ms),
                           s.timer.running ? tr("running") : tr("paused"))
            << '\n';
    int number = 0;
    for (const Exercise& e : s.plan.agenda) {
        std::int64_t spent_min = s.actual_ms(e.id, s.updated_ms) / 60000;
        out << '\n'
            << ++number << ". " << e.title << "  "
            << fmt::format(fmt::runtime(tr("({}, planned {} min, spent {} min)")), to_string(e.kind), e.minutes,
                           spent_min)
            << '\n';
        switch (e.kind) {
            case ExerciseKind::Checklist: checklist(s, e, out); break;
            case ExerciseKind::Writing: writing(s, e, out); break;
            case ExerciseKind::Board: board(s, e, out); break;
            case ExerciseKind::Form: form(s, e, out); break;
            case ExerciseKind::Info: break;
        }
    }
}

}  // namespace kiosk
