// Checks the screenshots that `kiosk --screenshot-dir DIR --frame-report` made of every exercise
// of a plan (tests/app/screenshots.sh): each PNG has the window's size, nothing was laid out
// beyond the window, no glyph was missing from the atlas, and the plan texts that belong on the
// exercise's first screen without a tap or a scroll are in the frame's text (its title, prompt,
// phases, column titles, the first question or field, and the rules of everything but a board,
// whose rules open from the header). The texts behind a tap or a scroll are checked headlessly
// by test_ui_plan_texts. start.png, agenda.png and export.png, when there, get the same frame
// checks without plan texts. Usage: screenshot_check PLAN.toml DIR; exit 0 when all hold.
#include "plan_texts.h"

#include "plans/plan_loader.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace kiosk;

/// `utf8` without whitespace, as the frame report holds text (a space has no glyph quad).
std::string glyphs_only(const std::string& utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const std::string ch = utf8.substr(i, n);
        i += n;
        if (ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == "\xC2\xA0" || ch == "\xE2\x80\xAF") continue;
        out += ch;
    }
    return out;
}

struct Report {
    bool read = false;
    float display_w = 0, display_h = 0;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int missing = -1;
    std::vector<std::string> missing_near;
    std::string text;
};

Report read_report(const std::string& path) {
    Report r;
    std::ifstream in(path);
    if (!in) return r;
    r.read = true;
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::string key;
        words >> key;
        if (key == "display") words >> r.display_w >> r.display_h;
        else if (key == "bbox") words >> r.x0 >> r.y0 >> r.x1 >> r.y1;
        else if (key == "missing") words >> r.missing;
        else if (key == "missing-near") r.missing_near.push_back(line.substr(13));
        else if (key == "text") r.text += line.substr(5) + "\n";
    }
    return r;
}

/// Width and height from a PNG's IHDR, or {0, 0}.
std::pair<unsigned, unsigned> png_size(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char h[24] = {};
    if (!in.read(reinterpret_cast<char*>(h), sizeof h)) return {0, 0};
    auto be = [&](int at) { return unsigned(h[at]) << 24 | unsigned(h[at + 1]) << 16 | unsigned(h[at + 2]) << 8 | h[at + 3]; };
    return {be(16), be(20)};
}

/// The plan texts expected on the exercise's first screen (see the file comment).
bool on_first_screen(const Exercise& ex, const testing::PlanText& t) {
    if (t.on_demand) return false;
    const std::string& w = t.where;
    if (w == "title" || w == "prompt" || w.rfind("phase ", 0) == 0 || w.rfind("column ", 0) == 0) return true;
    if (w.rfind("rule ", 0) == 0) return ex.kind != ExerciseKind::Board;
    if (!ex.questions.empty() && w == "question " + ex.questions.front().id + " text") return true;
    if (!ex.fields.empty() && w == "field " + ex.fields.front().id + " label") return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: screenshot_check PLAN.toml DIR\n";
        return 2;
    }
    const PlanLoadResult plan = load_plan_file(argv[1]);
    if (!plan.ok()) {
        std::cerr << argv[1] << ": not a valid plan\n";
        return 2;
    }
    const std::string dir = argv[2];
    int failures = 0, shots = 0;
    auto fail = [&](const std::string& shot, const std::string& why) {
        std::cout << dir << "/" << shot << ": " << why << "\n";
        ++failures;
    };
    // The window's size, nothing laid out beyond it, no missing glyph.
    auto check_frame = [&](const std::string& shot, const Report& r) {
        const auto [w, h] = png_size(dir + "/" + shot);
        if (float(w) != r.display_w || float(h) != r.display_h)
            fail(shot, "the PNG is " + std::to_string(w) + "x" + std::to_string(h) + ", not the window's size");
        if (r.x0 < -1 || r.y0 < -1 || r.x1 > r.display_w + 1 || r.y1 > r.display_h + 1) {
            std::ostringstream box;
            box << "drawn beyond the window: " << r.x0 << " " << r.y0 << " " << r.x1 << " " << r.y1;
            fail(shot, box.str());
        }
        if (r.missing != 0)
            fail(shot, std::to_string(r.missing) + " missing glyph(s), first near \"" +
                           (r.missing_near.empty() ? "" : r.missing_near.front()) + "\"");
    };
    for (const Exercise& ex : plan.plan->agenda) {
        std::vector<const Phase*> phases;
        for (const Phase& p : ex.phases) phases.push_back(&p);
        if (phases.empty()) phases.push_back(nullptr);
        for (const Phase* phase : phases) {
            const std::string shot = ex.id + (phase ? "-" + phase->id : std::string()) + ".png";
            ++shots;
            const Report r = read_report(dir + "/" + shot + ".txt");
            if (!r.read) {
                fail(shot, "no frame report");
                continue;
            }
            check_frame(shot, r);
            for (const testing::PlanText& t : testing::exercise_texts(ex, phase))
                if (on_first_screen(ex, t) && r.text.find(glyphs_only(t.text)) == std::string::npos)
                    fail(shot, t.where + " not on screen: \"" + t.text + "\"");
        }
    }
    // The other screens rendered into the folder (start, agenda, export, the comparison of two
    // sessions): the same frame checks, without plan texts.
    for (const char* screen : {"start", "agenda", "export", "compare"}) {
        const std::string shot = std::string(screen) + ".png";
        const Report r = read_report(dir + "/" + shot + ".txt");
        if (!r.read) continue;
        ++shots;
        check_frame(shot, r);
    }
    std::cout << dir << ": " << shots << " screenshots, " << failures << " problems\n";
    return failures == 0 ? 0 : 1;
}
