#include "export/document.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "core/privacy.h"

#include <fmt/format.h>

namespace kiosk::exporting {
namespace {

template <typename... Args>
std::string trf(const char* msgid, const Args&... args) {
    return fmt::format(fmt::runtime(tr(msgid)), args...);
}

Block heading(int level, std::string text, bool new_page = false) {
    Block b;
    b.kind = Block::Kind::Heading;
    b.level = level;
    b.text = std::move(text);
    b.new_page = new_page;
    return b;
}

Block paragraph(std::string text, bool emphasis = false) {
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.text = std::move(text);
    b.emphasis = emphasis;
    return b;
}

Block entries(std::vector<Entry> list) {
    Block b;
    b.kind = Block::Kind::Entries;
    b.entries = std::move(list);
    return b;
}

Entry field_entry(std::string label, std::string value) {
    Entry e;
    e.label = std::move(label);
    if (value.empty()) {
        e.text = tr("not filled in");
        e.empty = true;
    } else {
        e.text = std::move(value);
    }
    return e;
}

std::string exercise_heading(const Session& session, const Exercise& e, std::size_t index) {
    std::string title = e.title;
    if (e.kind == ExerciseKind::Board) {
        std::string subject = session.board_subject(e);
        if (!subject.empty()) title = trf("{} — {}", title, subject);
    }
    return trf("{}. {}", index + 1, title);
}

Block agenda_table(const Session& session, std::int64_t now_ms) {
    Block b;
    b.kind = Block::Kind::Table;
    b.table.header = {tr("#"), tr("Exercise"), tr("Planned (min)"), tr("Actual (min)"), tr("Overrun (min)")};
    b.table.numeric = {true, false, true, true, true};
    int planned_total = 0, actual_total = 0;
    for (std::size_t i = 0; i < session.plan.agenda.size(); ++i) {
        const Exercise& e = session.plan.agenda[i];
        int actual = whole_minutes(session.actual_ms(e.id, now_ms));
        int over = actual - e.minutes;
        planned_total += e.minutes;
        actual_total += actual;
        b.table.rows.push_back({std::to_string(i + 1), e.title, std::to_string(e.minutes),
                                std::to_string(actual), over > 0 ? "+" + std::to_string(over) : ""});
    }
    int over = actual_total - planned_total;
    b.table.rows.push_back({"", tr("Total"), std::to_string(planned_total), std::to_string(actual_total),
                            over > 0 ? "+" + std::to_string(over) : ""});
    return b;
}

void add_checklist(std::vector<Block>& out, const Session& session, const Exercise& e) {
    const auto& answers = session.state_of(e.id).answers;
    std::vector<Entry> list;
    for (const auto& q : e.questions) {
        Entry entry;
        entry.label = q.text;
        auto it = answers.find(q.id);
        Answer a = it == answers.end() ? Answer::None : it->second.answer;
        entry.text = answer_label(a);
        entry.empty = true;  // a translated word, not user text
        if (it != answers.end()) entry.detail = it->second.remark;
        list.push_back(std::move(entry));
    }
    out.push_back(entries(std::move(list)));
    Session::Tally t = session.tally(e.id);
    out.push_back(paragraph(trf(N_("Yes: {} · Not yet: {} · No: {} · Not answered: {}"), t.yes, t.not_yet, t.no, t.open)));
    // The readiness check's rule (METHOD.md step 1): enough "yes" answers, then go on.
    out.push_back(paragraph(t.yes >= e.pass_count
                                ? trf(N_("Verdict: go ahead ({} of the {} \"yes\" answers needed)."), t.yes, e.pass_count)
                                : trf(N_("Verdict: not ready yet ({} of the {} \"yes\" answers needed)."), t.yes, e.pass_count)));
}

void add_writing(std::vector<Block>& out, const Session& session, const Exercise& e) {
    out.push_back(heading(3, tr("Visions")));
    std::vector<Entry> list;
    for (const auto& v : session.visions) {
        if (v.exercise != e.id) continue;
        Entry entry = field_entry(v.author.empty() ? trf(N_("Vision {}"), list.size() + 1) : v.author, v.text);
        if (entry.empty) entry.text = tr("nothing written");
        list.push_back(std::move(entry));
    }
    if (list.empty()) out.push_back(paragraph(tr("No visions written."), true));
    else out.push_back(entries(std::move(list)));
    out.push_back(heading(3, tr("Shared vision")));
    const std::string& shared = session.state_of(e.id).shared_text;
    out.push_back(shared.empty() ? paragraph(tr("Not written yet."), true) : paragraph(shared));
}

void add_form(std::vector<Block>& out, const Session& session, const Exercise& e) {
    int number = 0;
    for (const auto& record : session.forms) {
        if (record.exercise != e.id) continue;
        ++number;
        if (e.repeatable) out.push_back(heading(3, trf(N_("Record {}"), number)));
        std::vector<Entry> list;
        for (const auto& f : e.fields) {
            auto it = record.values.find(f.id);
            list.push_back(field_entry(f.label, it == record.values.end() ? "" : display_value(f, it->second)));
        }
        out.push_back(entries(std::move(list)));
    }
    if (number == 0) out.push_back(paragraph(tr("Nothing filled in."), true));
}

std::string note_meta(const BoardNote& n) {
    std::string meta = colour_name(n.colour);
    if (!n.group.empty()) meta += trf(N_(" · group: {}"), n.group);
    if (n.votes > 0) meta += n.votes == 1 ? trf(N_(" · {} vote"), n.votes) : trf(N_(" · {} votes"), n.votes);
    if (!n.author.empty()) meta += trf(" · {}", n.author);
    if (n.moderation == Moderation::Hidden) meta += trf(" · {}", tr("(hidden by the facilitator)"));
    if (n.moderation == Moderation::Waiting) meta += trf(" · {}", tr("(waiting for the facilitator's approval)"));
    return meta;
}

void add_board(std::vector<Block>& out, const Session& session, const Exercise& e) {
    if (session.state_of(e.id).anonymous)
        out.push_back(paragraph(tr("Anonymous board: authors are not exported."), true));
    // The picture first: it is what the room saw; then every note as text.
    Block picture;
    picture.kind = Block::Kind::Board;
    picture.board = build_board(session, e);
    out.push_back(picture);
    if (const std::string line = withheld_line(picture.board); !line.empty()) out.push_back(paragraph(line, true));
    for (const auto& column : picture.board.columns) {
        out.push_back(heading(3, column.title));
        std::vector<Entry> list;
        std::vector<const BoardNote*> notes;
        for (const auto& n : column.notes) notes.push_back(&n);
        for (const auto& n : column.moderated) notes.push_back(&n);  // after the room's, marked
        for (const BoardNote* note : notes) {
            const BoardNote& n = *note;
            Entry entry;
            entry.text = n.text;
            entry.meta = note_meta(n);
            entry.colour = n.colour;
            list.push_back(std::move(entry));
        }
        if (list.empty()) out.push_back(paragraph(tr("No notes."), true));
        else out.push_back(entries(std::move(list)));
    }
}

}  // namespace

int whole_minutes(std::int64_t ms) { return static_cast<int>((ms + 30'000) / 60'000); }

std::string lead_in(const std::string& label) {
    if (!label.empty() && std::string("?!:.").find(label.back()) != std::string::npos) return label;
    return label + ":";
}

std::string colour_name(int colour) { return tr(note_colour(colour).name); }

std::string display_value(const Field& field, const std::string& value) {
    if (field.kind != FieldKind::Choice && field.kind != FieldKind::MultiChoice && field.kind != FieldKind::Scale)
        return value;
    auto label_of = [&](const std::string& id) {
        for (const auto& c : field.choices) if (c.id == id) return c.label;
        return id;
    };
    if (field.kind != FieldKind::MultiChoice) return label_of(value);
    // Plan order, so "Plek, Interesse" reads the same whatever order they were ticked in.
    std::vector<std::string> chosen;
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t comma = value.find(',', start);
        if (comma == std::string::npos) comma = value.size();
        if (comma > start) chosen.push_back(value.substr(start, comma - start));
        start = comma + 1;
    }
    std::string out;
    auto append = [&](const std::string& label) { out += (out.empty() ? "" : ", ") + label; };
    for (const auto& c : field.choices)
        for (const auto& id : chosen) if (id == c.id) { append(c.label); break; }
    for (const auto& id : chosen) {
        bool known = false;
        for (const auto& c : field.choices) known = known || c.id == id;
        if (!known) append(id);
    }
    return out;
}

std::string withheld_line(const Board& board) {
    if (board.withheld == 0) return {};
    return board.withheld == 1
               ? tr("1 private note is not revealed yet and is not in these notes.")
               : trf(N_("{} private notes are not revealed yet and are not in these notes."), board.withheld);
}

namespace {

BoardNote board_note(const Session& session, const Note& n) {
    BoardNote note;
    note.text = n.text;
    note.colour = n.colour;
    if (const NoteGroup* g = n.group.empty() ? nullptr : session.find_group(n.group)) note.group = g->name;
    note.votes = session.votes_on(n.id);
    note.author = room_author(session, n);
    note.moderation = n.moderation;
    return note;
}

}  // namespace

Board build_board(const Session& session, const Exercise& e) {
    Board board;
    board.exercise = e.id;
    board.heading = e.title;
    std::string subject = session.board_subject(e);
    if (!subject.empty()) board.heading = trf("{} — {}", e.title, subject);
    board.withheld = withheld_notes(session, e.id);
    for (const auto& c : e.columns) {
        BoardColumn column;
        column.title = c.title;
        for (const Note* n : room_notes(session, e.id, c.id)) column.notes.push_back(board_note(session, *n));
        for (const Note* n : moderated_notes(session, e.id, c.id)) column.moderated.push_back(board_note(session, *n));
        board.columns.push_back(std::move(column));
    }
    return board;
}

Document build_document(const Session& session, std::int64_t now_ms) {
    Document doc;
    doc.title = session.title.empty() ? tr("Session notes") : session.title;
    doc.subtitle = session.date;
    if (!session.place.empty()) doc.subtitle += (doc.subtitle.empty() ? "" : " · ") + session.place;
    doc.language = session.plan.language;
    auto& out = doc.blocks;

    out.push_back(heading(1, doc.title));
    out.push_back(entries({field_entry(tr("Date"), session.date), field_entry(tr("Place"), session.place),
                           field_entry(tr("Facilitator"), session.facilitator),
                           field_entry(tr("Plan"), session.plan.title)}));
    out.push_back(heading(2, tr("Agenda")));
    out.push_back(agenda_table(session, now_ms));

    for (std::size_t i = 0; i < session.plan.agenda.size(); ++i) {
        const Exercise& e = session.plan.agenda[i];
        out.push_back(heading(2, exercise_heading(session, e, i), true));
        if (!e.prompt.empty()) out.push_back(paragraph(e.prompt, true));
        out.push_back(paragraph(trf(N_("Planned {} min · actual {} min"), e.minutes,
                                    whole_minutes(session.actual_ms(e.id, now_ms))), true));
        switch (e.kind) {
            case ExerciseKind::Checklist: add_checklist(out, session, e); break;
            case ExerciseKind::Writing: add_writing(out, session, e); break;
            case ExerciseKind::Form: add_form(out, session, e); break;
            case ExerciseKind::Board: add_board(out, session, e); break;
            case ExerciseKind::Info: break;
        }
    }
    return doc;
}

}  // namespace kiosk::exporting
