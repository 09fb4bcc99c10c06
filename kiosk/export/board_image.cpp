#include "export/board_image.h"

#include <png.h>

#include "core/palette.h"

#include <cairo-svg.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kiosk::exporting {
namespace {

// Measures in pixels, chosen to look like the board on a 1080p screen.
constexpr double kMargin = 28;
constexpr double kHeadingSize = 26;
constexpr double kTitleSize = 18;
constexpr double kTextSize = 15;
constexpr double kSmallSize = 11.5;
constexpr double kCardWidth = 230;
constexpr double kCardPad = 11;
constexpr double kCardGap = 12;
constexpr double kLaneGap = 12;
constexpr double kColumnGap = 24;
constexpr double kColumnPad = 12;
constexpr double kRadius = 9;
constexpr double kDot = 5;         // vote dot radius
constexpr int kMaxDots = 10;       // more votes: dots then "+n"
constexpr double kFooter = 16;     // footer row height (dots, author)

void set_rgb(cairo_t* cr, Rgb c, double alpha = 1) {
    cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, alpha);
}

void rounded_rect(cairo_t* cr, double x, double y, double w, double h, double r) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

// How many lanes a column of n notes flows into: about as many lanes as rows of four, so a
// large board grows in both directions (12 notes: 2 lanes; 300: 9 lanes).
int lanes_for(std::size_t n) {
    return std::max(1, static_cast<int>(std::lround(std::sqrt(static_cast<double>(n) / 4.0))));
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

BoardPicture::BoardPicture(const Board& board, const TextShaper& shaper) : board_(board) {
    const double text_width = kCardWidth - 2 * kCardPad;
    heading_ = shaper.layout(board.heading, {kHeadingSize, true, false}, 0);
    if (const std::string line = withheld_line(board); !line.empty())
        withheld_ = shaper.layout(line, {kSmallSize, false, true}, 0);
    double x = kMargin;
    double top = kMargin + layout_height(heading_.get()) + 14;
    if (withheld_) top += layout_height(withheld_.get()) + 4;
    columns_top_ = top;
    double bottom = top;
    for (const auto& source : board_.columns) {
        Column column;
        column.x = x;
        std::vector<Card> cards;
        for (const auto& note : source.notes) {
            Card card;
            card.note = &note;
            card.w = kCardWidth;
            card.h = 2 * kCardPad;
            if (!note.group.empty()) {
                card.group = shaper.layout(note.group, {kSmallSize, true, false}, text_width);
                card.h += layout_height(card.group.get()) + 4;
            }
            card.text = shaper.layout(note.text, {kTextSize, false, false}, text_width);
            card.h += layout_height(card.text.get());
            if (!note.author.empty()) card.author = shaper.layout(note.author, {kSmallSize, false, true}, text_width * 0.55);
            if (note.votes > kMaxDots)
                card.more_votes = shaper.layout("+" + std::to_string(note.votes - kMaxDots), {kSmallSize, true, false}, 0);
            if (note.votes > 0 || card.author) {
                double footer = kFooter;
                if (card.author) footer = std::max(footer, layout_height(card.author.get()));
                card.h += 6 + footer;
            }
            cards.push_back(std::move(card));
        }
        // Fill lanes top to bottom, each up to an even share of the column's height.
        int lanes = lanes_for(cards.size());
        double total = 0;
        for (const auto& c : cards) total += c.h + kCardGap;
        double share = total / lanes;
        int lane = 0;
        double y = 0, tallest = 0;
        for (auto& c : cards) {
            if (y > 0 && y + c.h > share && lane + 1 < lanes) {
                ++lane;
                y = 0;
            }
            c.x = column.x + kColumnPad + lane * (kCardWidth + kLaneGap);
            c.y = y;
            y += c.h + kCardGap;
            tallest = std::max(tallest, y);
        }
        column.w = 2 * kColumnPad + lanes * kCardWidth + (lanes - 1) * kLaneGap;
        std::string title = source.title + "  (" + std::to_string(source.notes.size()) + ")";
        column.title = shaper.layout(title, {kTitleSize, true, false}, column.w - 2 * kColumnPad);
        double cards_top = kColumnPad + layout_height(column.title.get()) + 10;
        for (auto& c : cards) c.y += top + cards_top;
        column.cards = std::move(cards);
        bottom = std::max(bottom, top + cards_top + tallest + kColumnPad);
        x += column.w + kColumnGap;
        columns_.push_back(std::move(column));
    }
    width_ = std::max(x - kColumnGap + kMargin, kMargin * 2 + layout_width(heading_.get()));
    height_ = bottom + kMargin;
}

void BoardPicture::draw_card(cairo_t* cr, const Card& card) const {
    const BoardNote& note = *card.note;
    const double x = card.x, y = card.y;
    // A soft shadow, then the card.
    cairo_set_source_rgba(cr, 0, 0, 0, 0.12);
    rounded_rect(cr, x + 1.5, y + 2.5, card.w, card.h, kRadius);
    cairo_fill(cr);
    set_rgb(cr, note_colour(note.colour).fill);
    rounded_rect(cr, x, y, card.w, card.h, kRadius);
    cairo_fill_preserve(cr);
    set_rgb(cr, kNoteText, 0.18);
    cairo_set_line_width(cr, 0.8);
    cairo_stroke(cr);

    double ty = y + kCardPad;
    const double tx = x + kCardPad;
    set_rgb(cr, kNoteText);
    if (card.group) {
        cairo_save(cr);
        set_rgb(cr, kNoteText, 0.75);
        draw_layout(cr, card.group.get(), tx, ty);
        cairo_restore(cr);
        ty += layout_height(card.group.get()) + 4;
    }
    draw_layout(cr, card.text.get(), tx, ty);
    ty += layout_height(card.text.get());
    if (!(note.votes > 0 || card.author)) return;
    ty += 6;
    cairo_new_path(cr);  // the text drawn before leaves a current point
    double dx = tx + kDot;
    for (int v = 0; v < std::min(note.votes, kMaxDots); ++v, dx += 2 * kDot + 3) {
        cairo_arc(cr, dx, ty + kFooter / 2, kDot, 0, 2 * M_PI);
        cairo_fill(cr);
    }
    if (card.more_votes) draw_layout(cr, card.more_votes.get(), dx - kDot, ty);
    // The author at the right end of the footer.
    if (card.author) draw_layout(cr, card.author.get(), x + card.w - kCardPad - layout_width(card.author.get()), ty);
}

void BoardPicture::draw(cairo_t* cr) const {
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, width_, height_);
    cairo_fill(cr);
    set_rgb(cr, kNoteText);
    draw_layout(cr, heading_.get(), kMargin, kMargin);
    if (withheld_) draw_layout(cr, withheld_.get(), kMargin, kMargin + layout_height(heading_.get()) + 4);
    for (const auto& column : columns_) {
        cairo_set_source_rgb(cr, 0.95, 0.95, 0.94);
        rounded_rect(cr, column.x, columns_top_, column.w, height_ - kMargin - columns_top_, kRadius);
        cairo_fill(cr);
        set_rgb(cr, kNoteText);
        draw_layout(cr, column.title.get(), column.x + kColumnPad, columns_top_ + kColumnPad);
        for (const auto& card : column.cards) draw_card(cr, card);
    }
    cairo_restore(cr);
}

namespace {

void append_png_bytes(png_structp png, png_bytep data, png_size_t length) {
    static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), length);
}

/// Encodes a cairo RGB24 surface as an 8-bit RGB PNG. libpng rather than cairo's own writer,
/// because cairo always compresses at zlib's default level: on a board of flat colours level 1
/// is several times faster and barely larger (the 1,000-note export yardstick).
std::string encode_png(cairo_surface_t* surface) {
    cairo_surface_flush(surface);
    const int w = cairo_image_surface_get_width(surface), h = cairo_image_surface_get_height(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    const unsigned char* pixels = cairo_image_surface_get_data(surface);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        throw std::runtime_error("out of memory for the PNG encoder");
    }
    std::string out;
    if (setjmp(png_jmpbuf(png))) {  // libpng reports errors by longjmp
        png_destroy_write_struct(&png, &info);
        throw std::runtime_error("the PNG encoder failed");
    }
    png_set_write_fn(png, &out, append_png_bytes, nullptr);
    png_set_IHDR(png, info, png_uint_32(w), png_uint_32(h), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_write_info(png, info);
    // Cairo's RGB24 is a native-endian 32-bit 0x00RRGGBB: in memory B, G, R, unused on x86.
    if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < h; ++y) png_write_row(png, const_cast<png_bytep>(pixels + std::ptrdiff_t(y) * stride));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

}  // namespace

double png_scale(double width, double height) {
    constexpr double kMaxSide = 32767;  // cairo's limit
    const double wanted = std::max(kPngMinScale, kPngPrintWidth / width);
    return std::min({wanted, kMaxSide / width, kMaxSide / height, std::sqrt(kMaxPngPixels / (width * height))});
}

std::string board_png(const BoardPicture& picture) {
    const double scale = png_scale(picture.width(), picture.height());
    int w = static_cast<int>(std::ceil(picture.width() * scale));
    int h = static_cast<int>(std::ceil(picture.height() * scale));
    // RGB24: an opaque picture, a quarter smaller to encode than with alpha.
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);  // the rounded-up last row and column too
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    picture.draw(cr);
    cairo_destroy(cr);
    std::string png;
    try {
        png = encode_png(surface);
    } catch (...) {
        cairo_surface_destroy(surface);
        throw;
    }
    cairo_surface_destroy(surface);
    return png;
}

std::string board_svg(const BoardPicture& picture) {
    std::string svg;
    cairo_surface_t* surface =
        cairo_svg_surface_create_for_stream(append_to_string, &svg, picture.width(), picture.height());
    cairo_t* cr = cairo_create(surface);
    picture.draw(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return svg;
}

std::string board_png(const Board& board, const TextShaper& shaper) { return board_png(BoardPicture(board, shaper)); }
std::string board_svg(const Board& board, const TextShaper& shaper) { return board_svg(BoardPicture(board, shaper)); }

const BoardPicture& BoardPictures::picture(const Board& board) {
    auto& slot = pictures_[board.exercise];
    if (!slot) slot = std::make_unique<BoardPicture>(board, shaper_);
    return *slot;
}

const std::string& BoardPictures::svg(const Board& board) {
    auto it = svgs_.find(board.exercise);
    if (it == svgs_.end()) it = svgs_.emplace(board.exercise, board_svg(picture(board))).first;
    return it->second;
}

}  // namespace kiosk::exporting
