#include "export/board_image.h"

#include "core/palette.h"
#include "core/privacy.h"
#include "export_fixture.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace kiosk;
using namespace kiosk::exporting;
using namespace kiosk::testing;

namespace {

cairo_status_t read_from_string(void* closure, unsigned char* data, unsigned int length) {
    auto* s = static_cast<std::string_view*>(closure);
    if (s->size() < length) return CAIRO_STATUS_READ_ERROR;
    std::copy(s->data(), s->data() + length, data);
    s->remove_prefix(length);
    return CAIRO_STATUS_SUCCESS;
}

// Pixels per exact colour of the decoded PNG, counting only columns x in [from, to) of the
// width (fractions, 0..1).
std::map<std::uint32_t, int> colour_histogram(const std::string& png, int& width, int& height,
                                              double from = 0, double to = 1) {
    std::string_view rest(png);
    cairo_surface_t* img = cairo_image_surface_create_from_png_stream(read_from_string, &rest);
    EXPECT_EQ(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
    width = cairo_image_surface_get_width(img);
    height = cairo_image_surface_get_height(img);
    std::map<std::uint32_t, int> counts;
    const unsigned char* data = cairo_image_surface_get_data(img);
    int stride = cairo_image_surface_get_stride(img);
    for (int y = 0; y < height; ++y)
        for (int x = static_cast<int>(from * width); x < static_cast<int>(to * width); ++x)
            ++counts[reinterpret_cast<const std::uint32_t*>(data + y * stride)[x] & 0xFFFFFF];
    cairo_surface_destroy(img);
    return counts;
}

std::uint32_t packed(Rgb c) { return (std::uint32_t{c.r} << 16) | (std::uint32_t{c.g} << 8) | c.b; }

}  // namespace

TEST(BoardImage, PngDecodesWithTheBoardsSizeAndNoteColours) {
    Session s = rich_session();
    Board board = build_board(s, *s.plan.find("matrix"));
    TextShaper shaper;
    BoardPicture picture(board, shaper);
    std::string png = board_png(board, shaper);
    ASSERT_EQ(png.compare(0, 8, "\x89PNG\r\n\x1a\n"), 0);
    int w = 0, h = 0;
    auto counts = colour_histogram(png, w, h);
    const double scale = png_scale(picture.width(), picture.height());
    EXPECT_EQ(w, static_cast<int>(std::ceil(picture.width() * scale)));
    EXPECT_EQ(h, static_cast<int>(std::ceil(picture.height() * scale)));
    // Columns side by side: wider than tall for this board of 3 columns.
    EXPECT_GT(w, 3 * 230);
    // Every colour used by a note the room may see fills a card's worth of pixels; the unused
    // ones none — so the grey card of the note written in private, never revealed, is not there.
    std::map<int, int> used;
    for (const auto& n : s.notes) used[n.colour] += shown_to_room(n) ? 1 : 0;
    for (auto it = used.begin(); it != used.end();) it = it->second == 0 ? used.erase(it) : std::next(it);
    for (int c = 0; c < kNoteColours; ++c) {
        int pixels = counts[packed(kNotePalette[c].fill)];
        if (used.count(c)) {
            EXPECT_GT(pixels, 2000 * scale * scale * used[c]) << kNotePalette[c].id;
        } else {  // a few anti-aliased edge pixels may happen to match; a card has thousands
            EXPECT_LT(pixels, 200 * scale * scale) << kNotePalette[c].id;
        }
    }
}

TEST(BoardImage, ColumnsStandSideBySide) {
    Session s = rich_session();
    Board board = build_board(s, *s.plan.find("matrix"));
    TextShaper shaper;
    std::string png = board_png(board, shaper);
    // Each third of the picture (one column each) holds cards in the colours of its notes.
    for (int third = 0; third < 3; ++third) {
        int w = 0, h = 0;
        auto counts = colour_histogram(png, w, h, third / 3.0, (third + 1) / 3.0);
        for (const auto& n : board.columns[static_cast<std::size_t>(third)].notes)
            EXPECT_GT(counts[packed(note_colour(n.colour).fill)], 2000) << third << " " << n.text;
    }
}

TEST(BoardImage, EmptyBoardStillDraws) {
    Session s = sample_session();
    Board board = build_board(s, *s.plan.find("matrix"));
    TextShaper shaper;
    int w = 0, h = 0;
    auto counts = colour_histogram(board_png(board, shaper), w, h);
    EXPECT_GT(w, 0);
    EXPECT_GT(counts[0xFFFFFF], w * h / 4);
}

TEST(BoardImage, SvgIsWellFormedWithTheBoardsSize) {
    Session s = rich_session();
    Board board = build_board(s, *s.plan.find("matrix"));
    TextShaper shaper;
    TempDir dir;
    write_file(dir.file("board.svg"), board_svg(board, shaper));
    std::string out = run("python3 -c " + shell_quote(
        "import sys, xml.etree.ElementTree as ET\n"
        "r = ET.parse(sys.argv[1]).getroot()\n"
        "print(r.tag.split('}')[-1], r.get('width'), r.get('height'))\n") + " " + shell_quote(dir.file("board.svg")));
    BoardPicture picture(board, shaper);
    EXPECT_EQ(out.substr(0, 4), "svg ");
    double w = std::stod(out.substr(4));
    EXPECT_NEAR(w, picture.width(), 1.0);
}

// Case K20: markup characters, a literal entity and control characters that slipped past the
// input's cleaning (U+000B, U+0007 in the model itself) leave the SVG well-formed XML for xmllint,
// with no user byte in the markup (cairo draws text as glyphs) and no control character in the file.
TEST(BoardImage, K20SvgStaysWellFormedWithMarkupAndControlCharacters) {
    Session s = rich_session();
    const Exercise& matrix = *s.plan.find("matrix");
    const std::vector<std::string> texts = {"Jip & Janneke", "a < b > c", "\"citaat\" en 'nog een'", "Tom &amp; Jerry",
                                            "regel\x0B" "een\x07twee"};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Note n;
        n.id = "n-k20-" + std::to_string(i);
        n.exercise = matrix.id;
        n.column = matrix.columns.front().id;
        n.text = texts[i];
        s.notes.push_back(n);
    }
    Board board = build_board(s, matrix);
    TextShaper shaper;
    TempDir dir;
    write_file(dir.file("board.svg"), board_svg(board, shaper));
    run("xmllint --noout " + shell_quote(dir.file("board.svg")));  // fails the test when not well-formed
    const std::string svg = run("cat " + shell_quote(dir.file("board.svg")));
    // cairo writes the texts as glyph outlines, never as markup: no user byte reaches the XML.
    EXPECT_EQ(svg.find('\x0B'), std::string::npos);
    EXPECT_EQ(svg.find('\x07'), std::string::npos);
    EXPECT_EQ(svg.find("Janneke"), std::string::npos);
}

TEST(BoardImage, ManyNotesFlowIntoLanes) {
    Session s = sample_session();
    for (int i = 0; i < 120; ++i)
        act(s, "note.add", {{"id", "n" + std::to_string(i)}, {"exercise", "matrix"}, {"column", "of"},
                            {"text", "Idee nummer " + std::to_string(i)}});
    TextShaper shaper;
    BoardPicture picture(build_board(s, *s.plan.find("matrix")), shaper);
    EXPECT_LT(picture.height(), picture.width() * 2) << "one column of 120 notes is not one long strip";
}

TEST(BoardImage, PngIsSharpWhenPrintedAndWhenZoomedOnAPhone) {
    // Issue 13: at least 150 dpi across A4 (1240 px) and at least 2 px per unit (note text 30 px).
    Plan plan = sample_plan();
    for (auto& e : plan.agenda)
        if (e.id == "matrix") e.columns.resize(1);  // one narrow column
    Session s = session_from(plan);
    act(s, "note.add", {{"id", "a"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Eén briefje"}});
    Board board = build_board(s, *s.plan.find("matrix"));
    TextShaper shaper;
    BoardPicture picture(board, shaper);
    ASSERT_LT(picture.width() * 2, 1240) << "a board this small needs more than the minimum scale";
    int w = 0, h = 0;
    colour_histogram(board_png(picture), w, h);
    EXPECT_GE(w, 1240);
    EXPECT_LE(w, 1242);
    EXPECT_NEAR(static_cast<double>(h) / w, picture.height() / picture.width(), 0.01);
    // A wider board (lanes): at least twice its size, within the pixel budget.
    for (int i = 0; i < 40; ++i)
        act(s, "note.add", {{"id", "n" + std::to_string(i)}, {"exercise", "matrix"},
                            {"column", "of"}, {"text", "Idee nummer " + std::to_string(i)}});
    BoardPicture wide(build_board(s, *s.plan.find("matrix")), shaper);
    colour_histogram(board_png(wide), w, h);
    ASSERT_GT(wide.width(), picture.width());
    EXPECT_EQ(w, static_cast<int>(std::ceil(wide.width() * std::max(2.0, 1240 / wide.width()))));
    EXPECT_GE(w, 1240);
    EXPECT_LE(static_cast<double>(w) * h, kMaxPngPixels + w + h);
    // The budget wins for a board of hundreds of notes.
    EXPECT_LT(png_scale(6000, 5000), 2.0);
    EXPECT_NEAR(png_scale(6000, 5000) * png_scale(6000, 5000) * 6000 * 5000, kMaxPngPixels, 1.0);
}
