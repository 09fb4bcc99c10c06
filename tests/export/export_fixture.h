// Shared pieces of the export tests: a session with something in every exercise and the texts
// that have broken exporters before (cases K01–K04 and Markdown/HTML look-alikes), a temporary
// folder, and running the real tools that read the exports back.
#pragma once

#include "core/action.h"
#include "core/session.h"

#include <string>
#include <vector>

namespace kiosk::testing {

/// Sticky-note texts that must come back unchanged from every export but CSV's formula guard.
std::vector<std::string> tricky_texts();
/// The K03 texts that CSV neutralises.
std::vector<std::string> formula_texts();
/// The K04 texts (beyond Latin-1).
std::vector<std::string> k04_texts();
/// The K02 two-line note.
inline const std::string kK02Text = "Koffie; \"sterk\" graag, en\nthee voor de rest";

/// sample_session() with checklist answers and remarks, two visions and a shared vision, a
/// community map, two partner records, and on the matrix board every text above as a note
/// (colours, a group, votes, authors; one note written in private and never revealed).
Session rich_session();

/// sample_session() with one vision of 300 numbered lines ("Regel 7 van de visie."), longer
/// than a page.
Session sample_session_with_long_vision();

/// Applies `type` with `fields` to `s` (cleaned, at a rising time); fails the test if refused.
void act(Session& s, const std::string& type, Json fields);

/// A fresh empty folder under /tmp, removed with its contents on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    /// Names of the files in the folder, sorted.
    std::vector<std::string> list() const;

private:
    std::string path_;
};

/// Runs a shell command, returns its standard output; fails the test when it exits non-zero.
std::string run(const std::string& command);
/// Single-quotes an argument for the shell.
std::string shell_quote(const std::string& s);
/// Path of a reader script in tests/export/readers/.
std::string reader(const std::string& script);

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& bytes);

/// Runs of whitespace (spaces, line breaks) collapsed into one space, ends trimmed: for texts
/// read back from a laid-out PDF, where wrapping decides the line breaks.
std::string squash_spaces(const std::string& s);

/// A PDF read back by pdftotext twice: in reading order (its own layout analysis) and in
/// drawing order (-raw, which does not join a line ending in "-" to the next one, as the first
/// does with a note "---" above another note).
struct PdfText {
    std::string reading, drawing;
};
PdfText read_pdf_text(const std::string& path);

/// Whether `t` comes back from `pdf`: with runs of whitespace compared as one space, or — for a
/// line the layout broke inside a word (a URL, a long compound; shared/cases K22) — with the
/// line breaks removed from both.
bool pdf_has(const PdfText& pdf, const std::string& t);

}  // namespace kiosk::testing
