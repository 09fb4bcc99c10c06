#include "export/pdf.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "export/board_image.h"

#include <cairo-pdf.h>
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

namespace kiosk::exporting {
namespace {

// A4 in points, and the text area within it.
constexpr double kPageW = 595.276, kPageH = 841.890;
constexpr double kLeft = 56, kRight = 56, kTop = 70, kBottom = 64;
constexpr double kWidth = kPageW - kLeft - kRight;
constexpr double kBodySize = 10.5, kSmallSize = 8.5, kChromeSize = 8;
constexpr double kHeadingSize[] = {0, 20, 15, 12};
constexpr double kEntryIndent = 14;

using Op = std::function<void(cairo_t*)>;
using SharedLayout = std::shared_ptr<PangoLayout>;

SharedLayout share(LayoutPtr p) { return SharedLayout(p.release(), g_object_unref); }

void set_grey(cairo_t* cr, double level) { cairo_set_source_rgb(cr, level, level, level); }

/// A note colour's swatch: a `size`-pt square at (x, y), filled and outlined in dark grey.
void draw_swatch(cairo_t* cr, double x, double y, double size, double line_width, Rgb c) {
    cairo_rectangle(cr, x, y, size, size);
    cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
    cairo_fill_preserve(cr);
    set_grey(cr, 0.2);
    cairo_set_line_width(cr, line_width);
    cairo_stroke(cr);
}

// Lays the document out into pages of drawing operations, then draws them; two passes so every
// footer knows the page count.
class Paginator {
public:
    explicit Paginator(const TextShaper& shaper) : shaper_(shaper) { pages_.emplace_back(); }

    const std::vector<std::vector<Op>>& pages() const { return pages_; }

    double space_left() const { return kPageH - kBottom - y_; }
    bool page_is_empty() const { return y_ <= kTop + 0.01; }
    void new_page() {
        if (page_is_empty()) return;
        pages_.emplace_back();
        y_ = kTop;
    }
    void skip(double dy) { if (!page_is_empty()) y_ += dy; }
    void ensure(double height) { if (height > space_left() && height <= kPageH - kTop - kBottom) new_page(); }
    void add(Op op) { pages_.back().push_back(std::move(op)); }
    std::size_t page() const { return pages_.size() - 1; }
    /// Adds `op` to page `index`, making the pages up to it: for columns that flow on each at
    /// its own pace (a board's columns).
    void add_to(std::size_t index, Op op) {
        while (pages_.size() <= index) pages_.emplace_back();
        pages_[index].push_back(std::move(op));
    }
    /// Goes on at `y` of page `index` (where the longest of such columns ended).
    void move_to(std::size_t index, double y) {
        while (pages_.size() <= index) pages_.emplace_back();
        y_ = y;
    }
    double y() const { return y_; }
    void advance(double dy) { y_ += dy; }

    // Places a layout line by line, moving to a new page between lines where needed. `grey`
    // 0 = black text.
    void text(const SharedLayout& layout, double x, double grey = 0) {
        PangoLayoutIter* it = pango_layout_get_iter(layout.get());
        double origin = 0;  // layout y that maps to the top of the current page part
        double top = y_;
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(it, nullptr, &logical);
            double line_top = static_cast<double>(logical.y) / PANGO_SCALE;
            double line_h = static_cast<double>(logical.height) / PANGO_SCALE;
            double baseline = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
            if (top + (line_top - origin) + line_h > kPageH - kBottom && !(page_is_empty() && line_top == origin)) {
                pages_.emplace_back();
                y_ = kTop;
                top = kTop;
                origin = line_top;
            }
            PangoLayoutLine* line = pango_layout_iter_get_line_readonly(it);
            double by = top + (baseline - origin);
            add([layout, line, x, by, grey](cairo_t* cr) {
                set_grey(cr, grey);
                cairo_move_to(cr, x, by);
                pango_cairo_show_layout_line(cr, line);
            });
            y_ = top + (line_top - origin) + line_h;
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
    }

    SharedLayout layout(const std::string& text, TextStyle style, double width, std::size_t bold = 0) const {
        return share(shaper_.layout(text, style, width, bold));
    }

private:
    const TextShaper& shaper_;
    std::vector<std::vector<Op>> pages_;
    double y_ = kTop;
};

struct PdfLayout {
    const Document& doc;
    const TextShaper& shaper;
    Paginator pages;
    BoardPictures& pictures;

    void heading(const Block& b) {
        auto l = pages.layout(b.text, {kHeadingSize[std::clamp(b.level, 1, 3)], true, false}, kWidth);
        // An exercise flows on after the one before (no page of its own), set apart by space.
        pages.skip(b.level == 1 ? 0 : b.section ? 16 : 10);
        // Keep a heading with at least two lines of what follows; an exercise's with the start of
        // what it holds (a board's column titles and first notes).
        pages.ensure(layout_height(l.get()) + (b.section ? 8 : 3) * kBodySize);
        pages.text(l, kLeft);
        pages.advance(6);
    }
    void paragraph(const Block& b) {
        auto l = pages.layout(b.text, {kBodySize, false, b.emphasis}, kWidth);
        pages.text(l, kLeft, b.emphasis ? 0.3 : 0);
        pages.advance(6);
    }
    void entry(const Entry& e) {
        const double w = kWidth - kEntryIndent;
        std::string lead = e.label.empty() ? "" : lead_in(e.label);
        std::string first = lead.empty() ? e.text : lead + " " + e.text;
        std::size_t bold = lead.size();
        auto main = pages.layout(first, {kBodySize, false, false}, w, bold);
        SharedLayout detail = e.detail.empty() ? nullptr : pages.layout(e.detail, {kBodySize, false, false}, w);
        SharedLayout meta = e.meta.empty() ? nullptr : pages.layout(e.meta, {kSmallSize, false, true}, w);
        double h = layout_height(main.get()) + (detail ? 3 + layout_height(detail.get()) : 0) +
                   (meta ? 2 + layout_height(meta.get()) : 0);
        pages.ensure(h);
        double top = pages.y();
        // A swatch in the note's colour, else a bullet.
        if (e.colour >= 0) {
            Rgb c = note_colour(e.colour).fill;
            pages.add([c, top](cairo_t* cr) {
                draw_swatch(cr, kLeft, top + 3, 9, 0.6, c);
            });
        } else {
            pages.add([top](cairo_t* cr) {
                set_grey(cr, 0.35);
                cairo_new_path(cr);  // the text drawn before leaves a current point
                cairo_arc(cr, kLeft + 4, top + kBodySize * 0.75, 1.8, 0, 6.2832);
                cairo_fill(cr);
            });
        }
        pages.text(main, kLeft + kEntryIndent, e.empty ? 0.3 : 0);
        if (detail) { pages.advance(3); pages.text(detail, kLeft + kEntryIndent); }
        if (meta) { pages.advance(2); pages.text(meta, kLeft + kEntryIndent, 0.35); }
        pages.advance(6);
    }
    void table(const Block& b) {
        const Table& t = b.table;
        std::vector<double> widths(t.header.size(), 62);
        if (!widths.empty()) widths[0] = 24;
        if (widths.size() > 1) {
            double rest = kWidth;
            for (std::size_t k = 0; k < widths.size(); ++k) if (k != 1) rest -= widths[k];
            widths[1] = rest;
        }
        auto row = [&](const std::vector<std::string>& cells, bool bold) {
            std::vector<SharedLayout> ls;
            double h = 0;
            for (std::size_t k = 0; k < cells.size() && k < widths.size(); ++k) {
                auto l = pages.layout(cells[k], {kSmallSize + 0.5, bold, false}, widths[k] - 8);
                if (k < t.numeric.size() && t.numeric[k]) pango_layout_set_alignment(l.get(), PANGO_ALIGN_RIGHT);
                h = std::max(h, layout_height(l.get()));
                ls.push_back(l);
            }
            h += 6;
            pages.ensure(h);
            double top = pages.y();
            pages.add([top, h](cairo_t* cr) {
                set_grey(cr, 0.75);
                cairo_set_line_width(cr, 0.5);
                cairo_move_to(cr, kLeft, top + h);
                cairo_line_to(cr, kLeft + kWidth, top + h);
                cairo_stroke(cr);
            });
            double x = kLeft;
            for (std::size_t k = 0; k < ls.size(); ++k) {
                auto l = ls[k];
                pages.add([l, x, top](cairo_t* cr) {
                    set_grey(cr, 0);
                    draw_layout(cr, l.get(), x + 4, top + 3);
                });
                x += widths[k];
            }
            pages.advance(h);
        };
        row(t.header, true);
        for (const auto& r : t.rows) row(r, false);
        pages.advance(8);
    }
    // A board as its columns side by side, each note a few lines of text after a swatch of its
    // colour, with its small line below: every note the picture shows (PNG, SVG and HTML carry
    // the picture), in a fraction of the height of a picture scaled to the page or of one list.
    void board(const Block& b) {
        const auto& columns = b.board.columns;
        if (columns.empty()) return;
        const std::size_t n = columns.size();
        constexpr double kGap = 26, kSwatch = 12, kNoteSize = 9.5;
        const double column_w = (kWidth - kGap * static_cast<double>(n - 1)) / static_cast<double>(n);
        struct Cell {
            SharedLayout text, meta;
            int colour = -1;  // -1: "No notes."
            double h = 0;
        };
        std::vector<SharedLayout> titles;
        std::vector<std::vector<Cell>> cells(n);
        double title_h = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const BoardColumn& column = columns[k];
            titles.push_back(pages.layout(fmt::format("{}  ({})", column.title, column.notes.size()),
                                          {kBodySize, true, false}, column_w));
            title_h = std::max(title_h, layout_height(titles.back().get()));
            std::vector<const BoardNote*> notes;
            for (const auto& note : column.notes) notes.push_back(&note);
            for (const auto& note : column.moderated) notes.push_back(&note);  // after the room's, marked
            for (const BoardNote* note : notes) {
                Cell cell;
                cell.colour = note->colour;
                cell.text = pages.layout(note->text, {kNoteSize, false, false}, column_w - kSwatch);
                cell.h = layout_height(cell.text.get());
                if (const std::string meta = note_meta(*note); !meta.empty()) {
                    cell.meta = pages.layout(meta, {kSmallSize, false, true}, column_w - kSwatch);
                    cell.h += 1 + layout_height(cell.meta.get());
                }
                cells[k].push_back(std::move(cell));
            }
            if (cells[k].empty()) {
                Cell none;
                none.text = pages.layout(tr("No notes."), {kNoteSize, false, true}, column_w);
                none.h = layout_height(none.text.get());
                cells[k].push_back(std::move(none));
            }
        }
        auto column_x = [&](std::size_t k) { return kLeft + static_cast<double>(k) * (column_w + kGap); };
        // The titles stay with the first note of each column.
        double first_h = 0;
        for (const auto& column : cells) first_h = std::max(first_h, column.front().h);
        pages.skip(4);
        pages.ensure(title_h + 5 + first_h);
        const double title_top = pages.y();
        for (std::size_t k = 0; k < n; ++k) {
            auto l = titles[k];
            const double x = column_x(k);
            pages.add([l, x, title_top, title_h, column_w](cairo_t* cr) {
                set_grey(cr, 0);
                draw_layout(cr, l.get(), x, title_top);
                set_grey(cr, 0.7);
                cairo_set_line_width(cr, 0.5);
                cairo_move_to(cr, x, title_top + title_h + 1.5);
                cairo_line_to(cr, x + column_w, title_top + title_h + 1.5);
                cairo_stroke(cr);
            });
        }
        // Each column flows down on its own, over pages when it must; not in rows, so a note
        // of several lines is never cut apart by its neighbours' (pdftotext reads a column whole).
        const std::size_t start_page = pages.page();
        const double start_y = title_top + title_h + 5;
        std::size_t end_page = start_page;
        double end_y = start_y;
        for (std::size_t k = 0; k < n; ++k) {
            std::size_t page = start_page;
            double y = start_y;
            const double x = column_x(k);
            for (const Cell& cell : cells[k]) {
                if (y + cell.h > kPageH - kBottom && y > kTop + 0.01) {
                    ++page;
                    y = kTop;
                }
                const double top = y;
                const int colour = cell.colour;
                const bool none = colour < 0;
                auto text = cell.text, meta = cell.meta;
                pages.add_to(page, [=](cairo_t* cr) {
                    if (!none) {
                        const Rgb c = note_colour(colour).fill;
                        draw_swatch(cr, x, top + 2, 8, 0.5, c);
                    }
                    set_grey(cr, none ? 0.3 : 0);
                    draw_layout(cr, text.get(), none ? x : x + kSwatch, top);
                    if (meta) {
                        set_grey(cr, 0.35);
                        draw_layout(cr, meta.get(), x + kSwatch, top + 1 + layout_height(text.get()));
                    }
                });
                y += cell.h + 6;
            }
            if (page > end_page || (page == end_page && y > end_y)) {
                end_page = page;
                end_y = y;
            }
        }
        pages.move_to(end_page, end_y);
        pages.advance(6);
    }

    void run() {
        for (const auto& b : doc.blocks) {
            if (b.board_list) continue;  // set side by side by board()
            switch (b.kind) {
                case Block::Kind::Heading: heading(b); break;
                case Block::Kind::Paragraph: paragraph(b); break;
                case Block::Kind::Entries: for (const auto& e : b.entries) entry(e); break;
                case Block::Kind::Table: table(b); break;
                case Block::Kind::Board: board(b); break;
            }
        }
    }
};

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void draw_chrome(cairo_t* cr, const Document& doc, const TextShaper& shaper, std::size_t page, std::size_t count) {
    auto title = shaper.layout(doc.title, {kChromeSize, true, false}, kWidth * 0.6);
    pango_layout_set_ellipsize(title.get(), PANGO_ELLIPSIZE_END);
    auto sub = shaper.layout(doc.subtitle, {kChromeSize, false, false}, kWidth * 0.38);
    pango_layout_set_alignment(sub.get(), PANGO_ALIGN_RIGHT);
    pango_layout_set_ellipsize(sub.get(), PANGO_ELLIPSIZE_END);
    set_grey(cr, 0.35);
    draw_layout(cr, title.get(), kLeft, 34);
    draw_layout(cr, sub.get(), kLeft + kWidth * 0.62, 34);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, kLeft, 50);
    cairo_line_to(cr, kLeft + kWidth, 50);
    cairo_stroke(cr);
    auto footer = shaper.layout(fmt::format(fmt::runtime(tr("Page {} of {}")), page, count),
                                {kChromeSize, false, false}, kWidth);
    pango_layout_set_alignment(footer.get(), PANGO_ALIGN_CENTER);
    draw_layout(cr, footer.get(), kLeft, kPageH - 40);
}

}  // namespace

std::string to_pdf(const Document& doc, const TextShaper& shaper, BoardPictures& pictures) {
    PdfLayout layout{doc, shaper, Paginator(shaper), pictures};
    layout.run();
    std::string pdf;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, &pdf, kPageW, kPageH);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Workshop Kiosk");
    cairo_t* cr = cairo_create(surface);
    const auto& pages = layout.pages.pages();
    for (std::size_t p = 0; p < pages.size(); ++p) {
        draw_chrome(cr, doc, shaper, p + 1, pages.size());
        for (const auto& op : pages[p]) op(cr);
        cairo_show_page(cr);
    }
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(cairo_status_to_string(status));
    return pdf;
}

}  // namespace kiosk::exporting
