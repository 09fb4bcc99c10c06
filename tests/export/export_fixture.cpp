#include "export_fixture.h"

#include "core/reduce.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <stdlib.h>
#include <sys/wait.h>

namespace kiosk::testing {

std::vector<std::string> formula_texts() {
    return {"=1+1", "+31 20 123 4567", "- minder vergaderen", "@iedereen graag reageren",
            "=HYPERLINK(\"http://example.invalid\",\"klik\")"};
}

std::vector<std::string> k04_texts() {
    return {"Naïef idee: café-overleg", "€ 12,50 per persoon – „goed” geregeld…", "ĲSSELMEER-uitje", "Top 👍"};
}

std::vector<std::string> tricky_texts() {
    std::vector<std::string> texts = {
        "Ideeën voor de één-op-één gesprekken",
        "Coördinatie café-overleg",
        kK02Text,
        "# kop",
        "* lijst",
        "> citaat",
        "| pipe | nog een |",
        "<script>alert('x')</script>",
        "&amp; en &copy; en &#169;",
        "`code` en ``dubbel`` en ```drie",
        "[link](x) en ![plaatje](y.png)",
        "1. item",
        "2) ook een item",
        "**vet** en _schuin_ en snake_case_naam",
        "a\\b en eindigt op \\",
        "---",
        "===",
        "~~~ hek ~~doorgestreept~~",
        "<!-- commentaar -->",
        "<https://example.invalid>",
        "  twee spaties ervoor",
        "eindigt op een spatie ",
        "regel één\n\nna een lege regel\n# geen kop\n- geen lijst\n    vier spaties",
        "Tab\tin het midden",
        "Plan – uitvoering, wacht even…",
    };
    for (auto& t : formula_texts()) texts.push_back(t);
    for (auto& t : k04_texts()) texts.push_back(t);
    return texts;
}

namespace {
std::int64_t clock_ms = 2'000'000;
}

void act(Session& s, const std::string& type, Json fields) {
    Action a = make_action(type, s.id, clock_ms += 1000, std::move(fields));
    clean_action(a, s, clock_ms);
    ApplyResult r = apply(s, a);
    ASSERT_TRUE(r) << type << ": " << r.error;
}

Session rich_session() {
    Session s = sample_session();
    act(s, "checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}});
    act(s, "checklist.remark", {{"exercise", "klaar"}, {"question", "team"}, {"remark", "=SOM(A1)\nmaar twee regels"}});
    act(s, "checklist.answer", {{"exercise", "klaar"}, {"question", "tijd"}, {"answer", "not_yet"}});
    act(s, "checklist.answer", {{"exercise", "klaar"}, {"question", "geld"}, {"answer", "yes"}});
    act(s, "vision.add", {{"id", "v1"}, {"exercise", "visie"}, {"author", "Anna"},
                          {"text", "Over tien jaar is de bibliotheek het huis van de wijk.\n\n# geen kop\n- geen lijst"}});
    act(s, "vision.add", {{"id", "v2"}, {"exercise", "visie"}, {"text", "Iedereen voelt zich welkom: ideeën, reünie, coördinatie."}});
    act(s, "writing.shared", {{"exercise", "visie"}, {"text", "Samen: „goed” – wacht even…\nTweede regel *niet vet*"}});
    act(s, "form.add", {{"id", "f1"}, {"exercise", "kaart"}});
    act(s, "form.set", {{"id", "f1"}, {"field", "naam"}, {"value", "Buurtbewoners | Zuid"}});
    act(s, "form.set", {{"id", "f1"}, {"field", "verbinding"}, {"value", "interesse,plek"}});
    act(s, "form.set", {{"id", "f1"}, {"field", "sterkte"}, {"value", "3"}});
    act(s, "form.add", {{"id", "p1"}, {"exercise", "partners"}});
    act(s, "form.set", {{"id", "p1"}, {"field", "partner"}, {"value", "Wijkcentrum De Brug"}});
    act(s, "form.set", {{"id", "p1"}, {"field", "uitdagingen"}, {"value", "Te weinig vrijwilligers.\n> geen citaat"}});
    act(s, "form.add", {{"id", "p2"}, {"exercise", "partners"}});
    act(s, "form.set", {{"id", "p2"}, {"field", "partner"}, {"value", "Café De Hoek"}});

    const char* columns[] = {"of", "by", "for"};
    auto texts = tricky_texts();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Json note = {{"id", "n" + std::to_string(i)}, {"exercise", "matrix"}, {"column", columns[i % 3]},
                     {"text", texts[i]}, {"colour", static_cast<int>(i % 5)}};
        if (i % 4 == 1) note["author"] = i % 8 == 1 ? "@jan" : "Anna";
        act(s, "note.add", note);
    }
    act(s, "group.create", {{"id", "g1"}, {"exercise", "matrix"}, {"column", "of"}, {"name", "Koffie & thee"},
                            {"notes", {"n0", "n3"}}});
    act(s, "vote.add", {{"note", "n0"}, {"voter", "p1"}});
    act(s, "vote.add", {{"note", "n0"}, {"voter", "p2"}});
    act(s, "vote.add", {{"note", "n2"}, {"voter", "p1"}});
    act(s, "board.private", {{"exercise", "matrix"}, {"on", true}});
    act(s, "note.add", {{"id", "secret"}, {"exercise", "matrix"}, {"column", "for"}, {"text", "Nog geheim idee"},
                        {"colour", 5}});
    return s;
}

Session sample_session_with_long_vision() {
    Session s = sample_session();
    std::string text;
    for (int i = 1; i <= 300; ++i) text += "Regel " + std::to_string(i) + " van de visie.\n";
    text.pop_back();
    act(s, "vision.add", {{"id", "lang"}, {"exercise", "visie"}, {"author", "Bram"}, {"text", text}});
    return s;
}

TempDir::TempDir() {
    char templ[] = "/tmp/kiosk-export-test-XXXXXX";
    char* made = ::mkdtemp(templ);
    if (!made) throw std::runtime_error("mkdtemp failed");
    path_ = made;
}

TempDir::~TempDir() {
    for (const auto& name : list()) std::remove(file(name).c_str());
    ::rmdir(path_.c_str());
}

std::vector<std::string> TempDir::list() const {
    std::vector<std::string> names;
    if (DIR* d = ::opendir(path_.c_str())) {
        while (dirent* e = ::readdir(d)) {
            std::string n = e->d_name;
            if (n != "." && n != "..") names.push_back(n);
        }
        ::closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
        ADD_FAILURE() << "cannot run " << command;
        return out;
    }
    std::array<char, 65536> buf;
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    int status = ::pclose(pipe);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << command << " failed";
    return out;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

std::string reader(const std::string& script) {
    return shell_quote(std::string(KIOSK_SOURCE_DIR) + "/tests/export/readers/" + script);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string squash_spaces(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

PdfText read_pdf_text(const std::string& path) {
    return {run("pdftotext -enc UTF-8 " + shell_quote(path) + " -"),
            run("pdftotext -raw -enc UTF-8 " + shell_quote(path) + " -")};
}

bool pdf_has(const PdfText& pdf, const std::string& t) {
    const std::string squashed = squash_spaces(t);
    if (squash_spaces(pdf.reading).find(squashed) != std::string::npos) return true;
    if (squash_spaces(pdf.drawing).find(squashed) != std::string::npos) return true;
    auto unbroken = [](std::string s) {
        s.erase(std::remove(s.begin(), s.end(), '\n'), s.end());
        return s;
    };
    return unbroken(pdf.drawing).find(unbroken(t)) != std::string::npos;
}

}  // namespace kiosk::testing
