#include "export/document.h"

#include "core/form_value.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "core/privacy.h"

#include <fmt/format.h>

#include <algorithm>

namespace kiosk::exporting {
namespace {

template <typename... Args>
std::string trf(const char* msgid, const Args&... args) {
    return fmt::format(fmt::runtime(tr(msgid)), args...);
}

Block heading(int level, std::string text, bool section = false) {
    Block b;
    b.kind = Block::Kind::Heading;
    b.level = level;
    b.text = std::move(text);
    b.section = section;
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

// The first record of a form exercise, or nullptr.
const FormRecord* first_record(const Session& session, const Exercise& e) {
    for (const auto& record : session.forms) if (record.exercise == e.id) return &record;
    return nullptr;
}

// "Stap 4 · Breng de community in kaart — Jongeren in Noord": the method's step, the title, and
// what it is about (a board's subject, a single form's record title).
std::string exercise_heading(const Session& session, const Exercise& e) {
    std::string title = e.title;
    std::string subject;
    if (e.kind == ExerciseKind::Board) subject = session.board_subject(e);
    if (e.kind == ExerciseKind::Form && !e.repeatable)
        if (const FormRecord* record = first_record(session, e)) subject = record_title(e, *record);
    if (!subject.empty()) title = trf("{} — {}", title, subject);
    return e.step > 0 ? trf(N_("Step {} · {}"), e.step, title) : title;
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
        // Titled by its content; the field that gives the title is not repeated below it.
        const std::string title = record_title(e, record);
        const Field* titled_by = title_field(e);
        const bool whole = titled_by && !title.empty() && record.values.at(titled_by->id) == title;
        if (e.repeatable) out.push_back(heading(3, title.empty() ? trf(N_("Record {}"), number) : title));
        std::vector<Entry> list;
        for (const auto& f : e.fields) {
            if (whole && titled_by == &f) continue;
            auto it = record.values.find(f.id);
            list.push_back(field_entry(f.label, it == record.values.end() ? "" : display_value(f, it->second)));
        }
        out.push_back(entries(std::move(list)));
    }
    if (number == 0) out.push_back(paragraph(tr("Nothing filled in."), true));
}

// Group, votes, author and moderation: what the picture shows beside the text. Not the colour:
// a colour name under every note is noise in mailed notes; it stays in the CSV and the pictures.
std::string meta_line(const BoardNote& n) {
    std::string meta;
    if (!n.group.empty()) meta += trf(N_(" · group: {}"), n.group);
    if (n.votes > 0) meta += n.votes == 1 ? trf(N_(" · {} vote"), n.votes) : trf(N_(" · {} votes"), n.votes);
    if (!n.author.empty()) meta += trf(" · {}", n.author);
    if (n.moderation == Moderation::Hidden) meta += trf(" · {}", tr("(hidden by the facilitator)"));
    if (n.moderation == Moderation::Waiting) meta += trf(" · {}", tr("(waiting for the facilitator's approval)"));
    constexpr std::string_view kSeparator = " · ";
    if (meta.compare(0, kSeparator.size(), kSeparator) == 0) meta.erase(0, kSeparator.size());
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
    const std::size_t first_listed = out.size();
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
            entry.meta = meta_line(n);
            entry.colour = n.colour;
            list.push_back(std::move(entry));
        }
        if (list.empty()) out.push_back(paragraph(tr("No notes."), true));
        else out.push_back(entries(std::move(list)));
    }
    for (std::size_t k = first_listed; k < out.size(); ++k) out[k].board_list = true;
}

}  // namespace

int whole_minutes(std::int64_t ms) { return static_cast<int>((ms + 30'000) / 60'000); }

std::string note_meta(const BoardNote& note) { return meta_line(note); }

std::string colour_name(int colour) { return tr(note_colour(colour).name); }

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
    // What a team mails on leads (issue 13): what was decided, before how the day went.
    out.push_back(heading(2, tr("What we decided")));
    out.push_back(entries(decisions(session)));
    out.push_back(entries({field_entry(tr("Date"), session.date), field_entry(tr("Place"), session.place),
                           field_entry(tr("Facilitator"), session.facilitator),
                           field_entry(tr("Plan"), session.plan.title)}));
    out.push_back(heading(2, tr("Agenda")));
    out.push_back(agenda_table(session, now_ms));

    for (const Exercise& e : session.plan.agenda) {
        // A slide (welcome, lunch, closing) holds nothing of the room's: its line in the agenda
        // is all it gets.
        if (e.kind == ExerciseKind::Info) continue;
        // Nor does an exercise the room never came to: nothing was made there, and a page of
        // empty headings is not what a team mails (its line in the agenda says 0 min).
        if (untouched(session, e, now_ms)) continue;
        out.push_back(heading(2, exercise_heading(session, e), true));
        // No prompt: it is the plan's question to the room, the same every session; the heading
        // names the exercise, and the notes hold what the room made of it.
        const int actual = whole_minutes(session.actual_ms(e.id, now_ms));
        out.push_back(paragraph(e.step > 0 ? trf(N_("Method step {}: {} · planned {} min · actual {} min"), e.step,
                                                 tr(method_step_name(e.step)), e.minutes, actual)
                                           : trf(N_("Planned {} min · actual {} min"), e.minutes, actual),
                                true));
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

bool untouched(const Session& session, const Exercise& e, std::int64_t now_ms) {
    if (session.actual_ms(e.id, now_ms) > 0) return false;
    const auto here = [&](const auto& item) { return item.exercise == e.id; };
    if (std::any_of(session.forms.begin(), session.forms.end(), here)) return false;
    if (std::any_of(session.notes.begin(), session.notes.end(), here)) return false;
    if (std::any_of(session.visions.begin(), session.visions.end(), here)) return false;
    const ExerciseState& state = session.state_of(e.id);
    return state.answers.empty() && state.shared_text.empty();
}

std::vector<Entry> decisions(const Session& session) {
    std::vector<Entry> list;
    const Plan& plan = session.plan;
    // The first non-empty value of a field marked `decision`, in agenda and record order.
    auto first_value = [&](Decision d) -> std::string {
        for (const auto& e : plan.agenda) {
            if (e.kind != ExerciseKind::Form) continue;
            for (const auto& f : e.fields) {
                if (f.decision != d) continue;
                for (const auto& r : session.forms) {
                    if (r.exercise != e.id) continue;
                    auto it = r.values.find(f.id);
                    if (it != r.values.end() && !it->second.empty()) return display_value(f, it->second);
                }
            }
        }
        return {};
    };

    // The community is always named, chosen or not: it is what the day is for (METHOD.md step 3).
    Entry community;
    community.label = tr("Chosen community");
    community.text = first_value(Decision::Community);
    if (community.text.empty()) {
        community.text = tr("not chosen yet");
        community.empty = true;
    }
    list.push_back(std::move(community));

    constexpr std::size_t kTopIdeas = 3;
    for (const auto& e : plan.agenda) {
        if (e.kind != ExerciseKind::Board) continue;
        const Board board = build_board(session, e);  // only what the room may read
        std::vector<const BoardNote*> voted;
        for (const auto& column : board.columns)
            for (const auto& n : column.notes) if (n.votes > 0) voted.push_back(&n);
        if (voted.empty()) continue;
        std::stable_sort(voted.begin(), voted.end(),
                         [](const BoardNote* a, const BoardNote* b) { return a->votes > b->votes; });
        if (voted.size() > kTopIdeas) voted.resize(kTopIdeas);
        Entry top;
        top.label = trf(N_("Most dots on “{}”"), board.heading);
        for (const BoardNote* n : voted) {
            if (!top.text.empty()) top.text += '\n';
            top.text += n->text + " (" + (n->votes == 1 ? tr("1 dot") : trf(N_("{} dots"), n->votes)) + ")";
        }
        list.push_back(std::move(top));
    }

    if (std::string step = first_value(Decision::FirstStep); !step.empty()) {
        Entry entry;
        entry.label = tr("First small step");
        entry.text = std::move(step);
        list.push_back(std::move(entry));
    }

    // Who does what by when: one line per record of every form with such fields.
    Entry who;
    who.label = tr("Who does what, by when");
    for (const auto& e : plan.agenda) {
        if (e.kind != ExerciseKind::Form) continue;
        for (const auto& r : session.forms) {
            if (r.exercise != e.id) continue;
            std::string parts[3];  // who, what, when
            for (const auto& f : e.fields) {
                const int slot = f.decision == Decision::Who ? 0 : f.decision == Decision::What ? 1
                                 : f.decision == Decision::When ? 2 : -1;
                if (slot < 0 || !parts[slot].empty()) continue;
                auto it = r.values.find(f.id);
                if (it != r.values.end()) parts[slot] = display_value(f, it->second);
            }
            if (parts[0].empty() && parts[1].empty() && parts[2].empty()) continue;
            std::string line = parts[0].empty() ? tr("(nobody named yet)") : parts[0];
            if (!parts[1].empty()) line = trf(N_("{}: {}"), line, parts[1]);
            if (!parts[2].empty()) line = trf("{} ({})", line, parts[2]);
            if (!who.text.empty()) who.text += '\n';
            who.text += line;
        }
    }
    if (!who.text.empty()) list.push_back(std::move(who));
    return list;
}

}  // namespace kiosk::exporting
