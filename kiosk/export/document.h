// The session notes as one format-neutral document: a short list of blocks (headings,
// paragraphs, key/value entries, a table, boards of notes) built once from a Session, which each
// writer (Markdown, HTML, PDF) only lays out. So what the notes contain is decided here, once.
//
// Every string in the document is plain text exactly as people typed it or as tr() gave it;
// writers escape it for their format. Labels are translated with kiosk::tr() in the current
// language (export_session() opens a LanguageScope for the session's language, see exporter.h).
#pragma once

#include "core/form_value.h"
#include "core/session.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kiosk::exporting {

/// One entry of a list: a question with its answer, a form field with its value, a vision, a
/// sticky note.
struct Entry {
    std::string label;   // bold lead-in (a field label, a question); may be empty
    std::string text;    // the value or note text, possibly several lines
    std::string detail;  // a second text below (a checklist remark); may be empty
    std::string meta;    // a small line of facts (colour, group, votes, author); may be empty
    int colour = -1;     // note colour index for a swatch, -1 = none
    bool empty = false;  // `text` is a placeholder ("not filled in"), not user text
};

/// A sticky note as drawn on a board image.
struct BoardNote {
    std::string text;
    int colour = 0;
    std::string group;   // group name, empty when ungrouped
    int votes = 0;
    std::string author;  // empty when unknown or the board is anonymous
    Moderation moderation = Moderation::Shown;  // Waiting or Hidden: listed as such, never drawn
};

struct BoardColumn {
    std::string title;
    std::vector<BoardNote> notes;  // display order
    /// Notes the facilitator has not approved yet or has hidden (core/privacy.h
    /// moderated_notes()): not in the picture the room saw, listed in the text as what they are.
    std::vector<BoardNote> moderated;
};

/// A board exercise as a picture: columns side by side (see board_image.h).
struct Board {
    std::string exercise;  // exercise id
    std::string heading;   // the exercise title, with the subject when there is one
    std::vector<BoardColumn> columns;  // only notes the room may read (core/privacy.h)
    int withheld = 0;                  // private notes not yet revealed: counted, never shown
};

/// The line that says `board` holds fewer notes than were written, or "" when none are withheld.
std::string withheld_line(const Board& board);

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> numeric;  // per column: right-aligned numbers
};

struct Block {
    enum class Kind {
        Heading,    // `text` at `level` 1..3
        Paragraph,  // `text`, several lines allowed (shared vision, prompt)
        Entries,    // `entries`
        Table,      // `table`
        Board,      // `board`: the picture of a board exercise
    };
    Kind kind = Kind::Paragraph;
    int level = 0;
    std::string text;
    bool emphasis = false;  // Paragraph: a quieter line (prompt, times, placeholders)
    /// Heading: opens an exercise's section (HTML <section>). No page break in print: a small
    /// session fits in a few pages (issue 13).
    bool section = false;
    /// A board's notes as text after its Board block (a column's heading, its notes, "No
    /// notes."): Markdown and HTML list them; the PDF sets the board's columns side by side from
    /// the Board block instead and skips these (a small session fits in a few pages).
    bool board_list = false;
    std::vector<Entry> entries;
    Table table;
    Board board;
};

struct Document {
    std::string title;     // session title (or a translated placeholder when empty)
    std::string subtitle;  // date and place, for page headers
    std::string language;  // the plan's language, "nl" or "en"
    std::vector<Block> blocks;
    /// Board picture file names by exercise id, when PNG files are written next to the notes
    /// (Markdown links them); filled in by the exporter.
    std::map<std::string, std::string> board_files;
};

/// Minutes as the agenda shows them: `ms` rounded to the nearest whole minute.
int whole_minutes(std::int64_t ms);

/// The "what we decided" block that leads the notes: the chosen community (or "not chosen
/// yet"), the top three notes by dots of each board that has dots (ties in board order), the
/// first small step, and who does what by when (one line per record), from the form fields
/// the plan marks with `decision` (core/plan.h). Lines the session has nothing for are left out.
std::vector<Entry> decisions(const Session& session);

/// True when the room never came to exercise `e` of `session` by `now_ms` (no time spent there)
/// and it holds nothing (no record, note, vision, answer or shared text): the notes leave such
/// an exercise out of their sections; its agenda line stays.
bool untouched(const Session& session, const Exercise& e, std::int64_t now_ms);

/// Builds the session notes. `now_ms` (wall clock, ms since the epoch) counts the running visit
/// of the current exercise in its actual time, as the agenda screen does.
Document build_document(const Session& session, std::int64_t now_ms);

/// The board of one board exercise, as build_document() puts it in the document.
Board build_board(const Session& session, const Exercise& exercise);

/// A note's small line: group, votes, author, and whether it is hidden or waiting; never its
/// colour (that stays in the CSV and the pictures). "" when there is nothing to say.
std::string note_meta(const BoardNote& note);

/// The translated name of a note colour index (see core/palette.h).
std::string colour_name(int colour);

// Named here too for the writers' callers (core/form_value.h).
using kiosk::display_value;
using kiosk::lead_in;
using kiosk::record_title;

}  // namespace kiosk::exporting
