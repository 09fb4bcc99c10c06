// A picture of a board exercise, laid out like the board on the screen: the heading (with its
// subject, e.g. the community of the OF/BY/FOR matrix), the columns side by side, each note a
// rounded card in its palette colour (core/palette.h) with wrapped text, its group above, dots
// for votes and the author below. Notes never revealed to the room get a dashed border and a
// mark. A column with many notes flows into several lanes so the picture stays near landscape.
//
// Drawn with cairo + Pango: as PNG and SVG files, and as vectors inside the PDF.
#pragma once

#include "export/document.h"
#include "export/pango_text.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::exporting {

/// A board laid out once, drawable on any cairo surface. Units are pixels at 1:1 for PNG.
class BoardPicture {
public:
    /// Keeps its own copy of `board`.
    BoardPicture(const Board& board, const TextShaper& shaper);
    BoardPicture(const BoardPicture&) = delete;  // cards point into the copy
    BoardPicture& operator=(const BoardPicture&) = delete;

    double width() const { return width_; }
    double height() const { return height_; }
    /// Draws the whole picture with its top-left corner at the origin of `cr`'s user space.
    void draw(cairo_t* cr) const;

private:
    struct Card {
        const BoardNote* note;
        LayoutPtr group, text, author, more_votes;
        double x = 0, y = 0, w = 0, h = 0;
    };
    struct Column {
        LayoutPtr title;
        double x = 0, w = 0;
        std::vector<Card> cards;
    };
    void draw_card(cairo_t* cr, const Card& card) const;

    const Board board_;
    LayoutPtr heading_;
    LayoutPtr withheld_;  // "3 private notes are not revealed yet…", under the heading; may be null
    std::vector<Column> columns_;
    double width_ = 0, height_ = 0, columns_top_ = 0;
};

/// Pixel budget of a board PNG: a larger board (hundreds of notes) is scaled down to fit, so
/// the file stays quick to write and to open; its SVG and the PDF keep full detail as vectors.
inline constexpr double kMaxPngPixels = 8'000'000;

/// A board PNG is drawn at least this many pixels per unit (note text 30 px high), so it stays
/// sharp when a phone zooms in on it…
inline constexpr double kPngMinScale = 2;
/// …and at least this wide: 150 dpi across A4's 210 mm, sharp when printed full width (issue 13).
inline constexpr double kPngPrintWidth = 1240;

/// The scale (pixels per unit) board_png() draws a picture of `width` × `height` units at:
/// kPngMinScale or more to reach kPngPrintWidth, then reduced to stay within kMaxPngPixels and
/// cairo's 32767 pixels per side (the budget wins for a board of hundreds of notes).
double png_scale(double width, double height);

/// The picture as a PNG file (bytes), at png_scale().
std::string board_png(const BoardPicture& picture);
/// The picture as an SVG 1.1 file (bytes), text drawn as glyph outlines.
std::string board_svg(const BoardPicture& picture);

/// Shorthands that lay the board out first.
std::string board_png(const Board& board, const TextShaper& shaper);
std::string board_svg(const Board& board, const TextShaper& shaper);

/// Each board laid out (and its SVG made) once per export, for every writer that needs it.
class BoardPictures {
public:
    explicit BoardPictures(const TextShaper& shaper) : shaper_(shaper) {}
    /// The picture of `board`, laid out on first use (keyed by its exercise id).
    const BoardPicture& picture(const Board& board);
    const std::string& svg(const Board& board);

private:
    const TextShaper& shaper_;
    std::map<std::string, std::unique_ptr<BoardPicture>> pictures_;
    std::map<std::string, std::string> svgs_;
};

}  // namespace kiosk::exporting
