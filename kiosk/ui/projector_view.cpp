// The projector view's frame: the header (title, question, countdown against the plan), the pause
// screen, the agenda, the readiness tally and the writing steps. The board is projector_board.cpp.
#include "ui/projector_view.h"

#include "core/i18n.h"
#include "core/privacy.h"
#include "ui/note_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cfloat>
#include <ctime>

namespace kiosk::ui {
namespace {

constexpr std::int64_t kMinuteMs = 60'000;

/// "HH:MM" of wall time `ms` (since the Unix epoch) in the machine's local time zone.
std::string clock_text(std::int64_t ms) {
    const std::time_t t = std::time_t(ms / 1000);
    std::tm local{};
    localtime_r(&t, &local);
    return fmt::format("{:02}:{:02}", local.tm_hour, local.tm_min);
}

ImU32 answer_colour(Answer a) {
    switch (a) {
        case Answer::Yes: return palette::kAction;
        case Answer::NotYet: return palette::kAttention;
        case Answer::No: return palette::kDanger;
        case Answer::None: break;
    }
    return palette::kInkMuted;
}

/// A form value as people read it: the labels of chosen choices (MultiChoice ids joined by ','),
/// else the text itself.
std::string field_value_text(const Field& field, const std::string& value) {
    if (field.choices.empty()) return value;
    std::string out;
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t end = std::min(value.find(',', start), value.size());
        const std::string id = value.substr(start, end - start);
        for (const Choice& c : field.choices)
            if (c.id == id) out += (out.empty() ? "" : ", ") + c.label;
        start = end + 1;
    }
    return out;
}

}  // namespace

ProjectorMetrics ProjectorMetrics::for_window(ImVec2 size, const Fonts& fonts) {
    ProjectorMetrics m;
    const float h = std::max(1.0f, size.y);
    m.body_px = std::ceil(h * kProjectorBodyShare);
    m.title_px = 1.5f * m.body_px;
    m.margin_px = m.body_px;
    m.countdown_px = 0.25f * h;
    // A font drawn smaller than it was rasterised stays sharp, a larger one blurs: take the
    // smallest that is big enough (the heading font, with the platform's 1/40 body and 1.5×).
    ImFont* largest = nullptr;
    for (ImFont* f : {fonts.body, fonts.heading}) {
        if (!f) continue;
        if (!largest || f->FontSize > largest->FontSize) largest = f;
        if (f->FontSize >= m.body_px && (!m.text || f->FontSize < m.text->FontSize)) m.text = f;
    }
    if (!m.text) m.text = largest ? largest : ImGui::GetFont();
    m.digits = fonts.display ? fonts.display : m.text;
    m.countdown_px = std::min(m.countdown_px, m.digits->FontSize);
    return m;
}

float ProjectorView::text(float x, float y, float width, float size_px, ImU32 colour, const std::string& utf8,
                          float max_h) const {
    const std::string shown = displayable_text(utf8);
    const ImVec2 ts = m_.text->CalcTextSizeA(size_px, FLT_MAX, width, shown.c_str());
    const bool clip = ts.y > max_h;
    if (clip) dl_->PushClipRect(ImVec2(x, y), ImVec2(x + width, y + max_h), true);
    dl_->AddText(m_.text, size_px, ImVec2(x, y), colour, shown.c_str(), nullptr, width);
    if (clip) dl_->PopClipRect();
    return std::min(ts.y, max_h);
}

void ProjectorView::draw(const Session& s, const ProjectorShow& show, const Context& ctx, Redraw& redraw) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    m_ = ProjectorMetrics::for_window(size, ctx.fonts);
    countdown_.update(s);  // its end signal is the table's to play: the projector stays silent
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##projector", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoBackground |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar(2);
    dl_ = ImGui::GetWindowDrawList();
    const Exercise* ex = s.current_exercise();
    // The big join card where the room has time to scan, a small one beside an exercise's header.
    const bool calm = show.pause_screen || !ex || show.agenda || ex->kind == ExerciseKind::Info;
    join_ = layout_join(show.phones, calm, size);
    // The agenda and the pause screen keep clear of a big card on the right.
    const ImVec2 beside_join(join_.shown && join_.big ? join_.pos.x - m_.margin_px : size.x, size.y);
    if (show.pause_screen || !ex) {
        draw_pause(s, size, beside_join.x, redraw);
    } else {
        dl_->AddRectFilledMultiColor(ImVec2(0, 0), size, palette::kPaperTop, palette::kPaperTop,
                                     palette::kPaperBottom, palette::kPaperBottom);
        if (show.agenda) {
            const float m = m_.margin_px;
            const float title_h = text(m, m, size.x - 2 * m, m_.title_px, palette::kInk, tr("Agenda"));
            draw_agenda(s, m + title_h + 0.5f * m, beside_join);
        } else {
            const float top = draw_header(s, *ex, size, redraw);
            switch (ex->kind) {
                case ExerciseKind::Board: draw_board(s, *ex, top, size); break;
                case ExerciseKind::Checklist: draw_tally(s, *ex, top, size); break;
                case ExerciseKind::Writing: draw_writing(s, *ex, top, size); break;
                case ExerciseKind::Info: draw_agenda(s, top, beside_join); break;
                case ExerciseKind::Form: draw_form(s, *ex, top, size); break;
            }
        }
    }
    if (join_.shown) draw_join(show.phones);
    ImGui::End();
    // The writing step draws its own big countdown; every other screen has it in the header.
    if (ex && !show.pause_screen && !show.agenda) countdown_.ask_redraw(ex->id, redraw);
}

void ProjectorView::draw_pause(const Session& s, ImVec2 size, float content_w, Redraw& redraw) {
    // Calm: the deep teal of the kiosk's actions, darkening downwards, white text, nothing moving
    // but the minutes.
    dl_->AddRectFilledMultiColor(ImVec2(0, 0), size, IM_COL32(24, 88, 98, 255), IM_COL32(24, 88, 98, 255),
                                 IM_COL32(12, 52, 60, 255), IM_COL32(12, 52, 60, 255));
    const std::int64_t now = clock_->wall_ms();
    const std::string clock = clock_text(now);
    const ImVec2 cs = countdown_text_size(*m_.digits, m_.countdown_px, clock);
    const float title_w = content_w - 4.0f * m_.margin_px;
    const std::string title = displayable_text(s.title);
    const ImVec2 ts = m_.text->CalcTextSizeA(m_.title_px, FLT_MAX, title_w, title.c_str());
    const float block = ts.y + m_.margin_px + cs.y;
    const float y = 0.5f * (size.y - block);
    const float tx = 0.5f * (content_w - std::min(ts.x, title_w));
    text(tx, y, title_w, m_.title_px, IM_COL32(255, 255, 255, 255), s.title);
    draw_countdown_text(*dl_, *m_.digits, m_.countdown_px, ImVec2(0.5f * (content_w - cs.x), y + ts.y + m_.margin_px),
                        IM_COL32(255, 255, 255, 230), clock);
    redraw.within(double(kMinuteMs - now % kMinuteMs) / 1000.0 + 0.005);  // the next minute
}

float ProjectorView::draw_header(const Session& s, const Exercise& ex, ImVec2 size, Redraw&) {
    const float m = m_.margin_px;
    const bool big_countdown = ex.kind == ExerciseKind::Writing && writing_step(ex, s.state_of(ex.id)) == WritingStep::Write;
    // The countdown against the plan on the right: "07:42" (or "+02:10" in overtime) above the
    // planned time, unless the writing step shows it big below.
    // A small join card takes the top right corner; the countdown goes left of it.
    const bool small_join = join_.shown && !join_.big;
    float right = small_join ? join_.pos.x - m : size.x - m, bottom = small_join ? join_.pos.y + join_.h : m;
    if (!big_countdown) {
        const int planned = planned_seconds(s, ex);
        const std::int64_t left = countdown_.shown_ms(ex.id, planned);
        const bool started = countdown_.started_for(ex.id);
        const bool ended = started && left <= 0;
        const std::string digits = format_countdown(left);
        const float px = std::min(m_.digits->FontSize, 2.6f * m_.body_px);
        const ImVec2 ds = countdown_text_size(*m_.digits, px, digits);
        const std::string note = ended ? tr("Time is up \xE2\x80\x93 overtime")
                                 : started && !countdown_.running_for(ex.id)
                                     ? std::string(tr("Paused"))
                                     : fmt::format(fmt::runtime(tr("Planned {} min")), (planned + 30) / 60);
        const ImVec2 ns = m_.text->CalcTextSizeA(m_.body_px, FLT_MAX, 0.0f, note.c_str());
        const float w = std::max(ds.x, ns.x);
        const ImU32 ink = ended ? palette::kAttention : started ? palette::kInk : palette::kInkMuted;
        const ImVec2 a(right - w - 0.6f * m, m), b(right, m + ds.y + ns.y + 0.6f * m);
        dl_->AddRectFilled(a, b, palette::kPanel, 0.4f * m);
        if (ended) dl_->AddRect(a, b, palette::kAttention, 0.4f * m, 0, std::max(3.0f, 0.12f * m));
        draw_countdown_text(*dl_, *m_.digits, px, ImVec2(a.x + 0.3f * m + 0.5f * (w - ds.x), a.y + 0.2f * m), ink, digits);
        dl_->AddText(m_.text, m_.body_px, ImVec2(a.x + 0.3f * m + 0.5f * (w - ns.x), a.y + 0.2f * m + ds.y),
                     ended ? palette::kAttention : palette::kInkMuted, note.c_str());
        right = a.x - m;
        bottom = std::max(bottom, b.y);
    }
    const float width = std::max(m_.body_px * 4, right - m);
    float y = m + text(m, m, width, m_.title_px, palette::kInk, ex.title);
    if (!ex.prompt.empty()) y += 0.2f * m + text(m, y + 0.2f * m, width, m_.body_px, palette::kInkMuted, ex.prompt, 4.0f * m_.body_px * 1.2f);
    return std::max(y, bottom) + 0.6f * m;
}

void ProjectorView::draw_agenda(const Session& s, float top, ImVec2 size) {
    const float m = m_.margin_px, line = 1.35f * m_.body_px;
    const float minutes_w = m_.text->CalcTextSizeA(m_.body_px, FLT_MAX, 0.0f, "000 min").x;
    const auto& agenda = s.plan.agenda;
    // Rows never run off the screen and never shrink below the projector's body size (1/30 of
    // the height): an agenda longer than the screen shows the rows around the current exercise,
    // numbered as in the plan, one row before it, so the room sees where it is and what comes.
    const float px = m_.body_px, row_h = line;
    const int rows = static_cast<int>(agenda.size());
    const int fit = std::max(1, static_cast<int>((size.y - top - m) / row_h) - 1);  // one row for the total
    const int first = rows > fit ? std::clamp(static_cast<int>(s.current) - 1, 0, rows - fit) : 0;
    float y = top;
    for (std::size_t i = std::size_t(first); i < agenda.size() && y + row_h <= size.y - m; ++i) {
        const Exercise& e = agenda[i];
        const bool current = i == s.current;
        if (current) dl_->AddRectFilled(ImVec2(m - 0.3f * m, y - 0.1f * row_h), ImVec2(size.x - m + 0.3f * m, y + row_h),
                                        palette::kSelected, 0.3f * m);
        const ImU32 ink = i < s.current ? palette::kInkMuted : palette::kInk;
        const std::string minutes = fmt::format(fmt::runtime(tr("{} min")), e.minutes);
        text(m, y, size.x - 3 * m - minutes_w, px, ink, fmt::format("{}. {}", i + 1, e.title), row_h);
        const float mw = m_.text->CalcTextSizeA(px, FLT_MAX, 0.0f, minutes.c_str()).x;
        dl_->AddText(m_.text, px, ImVec2(size.x - m - mw, y), ink, minutes.c_str());
        y += row_h;
    }
    if (y + row_h <= size.y) {
        const std::string sum = fmt::format(fmt::runtime(tr("Planned {} min in total")), s.plan.planned_minutes());
        const float w = m_.text->CalcTextSizeA(px, FLT_MAX, 0.0f, sum.c_str()).x;
        dl_->AddText(m_.text, px, ImVec2(size.x - m - w, y + 0.2f * row_h), palette::kInkMuted, sum.c_str());
    }
}

void ProjectorView::draw_tally(const Session& s, const Exercise& ex, float top, ImVec2 size) {
    const float m = m_.margin_px;
    const Session::Tally t = s.tally(ex.id);
    // Four tiles side by side: the count large, its answer below.
    const struct { Answer answer; int count; } tiles[] = {
        {Answer::Yes, t.yes}, {Answer::NotYet, t.not_yet}, {Answer::No, t.no}, {Answer::None, t.open}};
    const float gap = 0.6f * m, tile_w = (size.x - 2 * m - 3 * gap) / 4.0f;
    const float digits_px = std::min(m_.digits->FontSize, 3.0f * m_.body_px);
    const float tile_h = digits_px + 1.6f * m_.body_px;
    for (int i = 0; i < 4; ++i) {
        const ImVec2 a(m + float(i) * (tile_w + gap), top), b(a.x + tile_w, top + tile_h);
        const ImU32 colour = answer_colour(tiles[i].answer);
        dl_->AddRectFilled(a, b, palette::kPanel, 0.4f * m);
        dl_->AddRectFilled(a, ImVec2(b.x, a.y + std::max(4.0f, 0.15f * m)), colour, 0.4f * m, ImDrawFlags_RoundCornersTop);
        const std::string n = std::to_string(tiles[i].count);
        const ImVec2 ns = countdown_text_size(*m_.digits, digits_px, n);
        draw_countdown_text(*dl_, *m_.digits, digits_px, ImVec2(0.5f * (a.x + b.x - ns.x), a.y + 0.2f * m_.body_px), colour, n);
        const char* label = answer_label(tiles[i].answer);
        const float lw = m_.text->CalcTextSizeA(m_.body_px, FLT_MAX, 0.0f, label).x;
        dl_->AddText(m_.text, m_.body_px, ImVec2(0.5f * (a.x + b.x - lw), a.y + digits_px + 0.3f * m_.body_px), palette::kInk, label);
    }
    // The questions with the room's answer, as many as fit.
    float y = top + tile_h + m;
    const float answer_w = tile_w * 0.8f;
    for (const Question& q : ex.questions) {
        if (y + m_.body_px * 1.2f > size.y - 0.5f * m) break;
        auto it = s.state_of(ex.id).answers.find(q.id);
        const Answer a = it == s.state_of(ex.id).answers.end() ? Answer::None : it->second.answer;
        dl_->AddText(m_.text, m_.body_px, ImVec2(m, y), answer_colour(a), answer_label(a));
        const float h = text(m + answer_w, y, size.x - 2 * m - answer_w, m_.body_px, palette::kInk, q.text,
                             size.y - 0.5f * m - y);
        y += h + 0.35f * m_.body_px;
    }
}

void ProjectorView::draw_form(const Session& s, const Exercise& ex, float top, ImVec2 size) {
    // The record the room is filling in (the latest), field by field: label, then its value.
    const FormRecord* record = nullptr;
    for (const FormRecord& r : s.forms) if (r.exercise == ex.id) record = &r;
    if (!record) return;
    const float m = m_.margin_px, label_w = 0.3f * (size.x - 2 * m);
    float y = top;
    for (const Field& f : ex.fields) {
        auto it = record->values.find(f.id);
        if (it == record->values.end() || it->second.empty()) continue;
        const std::string value = field_value_text(f, it->second);
        if (value.empty() || y + m_.body_px > size.y - m) continue;
        const float lh = text(m, y, label_w - 0.5f * m, m_.body_px, palette::kInkMuted, f.label, size.y - m - y);
        const float vh = text(m + label_w, y, size.x - 2 * m - label_w, m_.body_px, palette::kInk, value, size.y - m - y);
        y += std::max(lh, vh) + 0.5f * m_.body_px;
    }
}

void ProjectorView::draw_writing(const Session& s, const Exercise& ex, float top, ImVec2 size) {
    const float m = m_.margin_px, width = size.x - 2 * m;
    const ExerciseState& state = s.state_of(ex.id);
    const WritingStep step = writing_step(ex, state);
    if (const Phase* phase = current_phase(ex, state); phase && !phase->title.empty()) {
        top += text(m, top, width, m_.body_px, palette::kAction, phase->title) + 0.4f * m;
    }
    if (step == WritingStep::Write) {
        // The countdown big (a quarter of the height), the rules beside it.
        const int planned = planned_seconds(s, ex);
        const std::int64_t left = countdown_.shown_ms(ex.id, planned);
        const bool ended = countdown_.started_for(ex.id) && left <= 0;
        const std::string digits = format_countdown(left);
        float px = m_.countdown_px;
        ImVec2 ds = countdown_text_size(*m_.digits, px, digits);
        const float digits_w = ex.rules.empty() ? width : 0.55f * width;
        if (ds.x > digits_w) { px *= digits_w / ds.x; ds = countdown_text_size(*m_.digits, px, digits); }
        const ImU32 ink = ended ? palette::kAttention : countdown_.running_for(ex.id) ? palette::kInk : palette::kInkMuted;
        draw_countdown_text(*dl_, *m_.digits, px, ImVec2(m + 0.5f * (digits_w - ds.x), top), ink, digits);
        const std::string note = ended ? tr("Time is up \xE2\x80\x93 overtime")
                                       : fmt::format(fmt::runtime(tr("Planned {} min")), (planned + 30) / 60);
        const float nw = m_.text->CalcTextSizeA(m_.body_px, FLT_MAX, 0.0f, note.c_str()).x;
        dl_->AddText(m_.text, m_.body_px, ImVec2(m + 0.5f * (digits_w - nw), top + ds.y + 0.2f * m),
                     ended ? palette::kAttention : palette::kInkMuted, note.c_str());
        float y = top;
        const float rules_x = m + digits_w + m, rules_w = size.x - m - rules_x;
        for (const std::string& rule : ex.rules) {
            if (y + m_.body_px > size.y - m) break;
            dl_->AddCircleFilled(ImVec2(rules_x + 0.25f * m_.body_px, y + 0.55f * m_.body_px), 0.15f * m_.body_px, palette::kAction);
            y += text(rules_x + 0.8f * m_.body_px, y, rules_w - 0.8f * m_.body_px, m_.body_px, palette::kInk, rule,
                      size.y - m - y) + 0.4f * m_.body_px;
        }
        return;
    }
    const ImVec2 a(m, top), b(size.x - m, size.y - m);
    dl_->AddRectFilled(a, b, palette::kPanel, 0.4f * m);
    if (step == WritingStep::Share) {
        int position = 0;
        const Vision* v = room_vision(s, ex, &position);
        if (!v) {
            text(a.x + m, a.y + m, width - 2 * m, m_.body_px, palette::kInkMuted, tr("Nobody has written a text yet."));
            return;
        }
        // The author stays on the table: the room hears the text read aloud, not whose it is.
        const std::string count = fmt::format(fmt::runtime(tr("{} of {}")), position + 1, int(visions_of(s, ex.id).size()));
        const float h = text(a.x + m, a.y + 0.6f * m, width - 2 * m, m_.body_px, palette::kInkMuted, count);
        text(a.x + m, a.y + 0.6f * m + h + 0.4f * m, width - 2 * m, m_.title_px, palette::kInk, v->text,
             b.y - (a.y + 0.6f * m + h + 0.4f * m) - 0.5f * m);
        return;
    }
    const float h = text(a.x + m, a.y + 0.6f * m, width - 2 * m, m_.body_px, palette::kInkMuted, tr("Our shared vision"));
    text(a.x + m, a.y + 0.6f * m + h + 0.4f * m, width - 2 * m, m_.title_px, palette::kInk, state.shared_text,
         b.y - (a.y + 0.6f * m + h + 0.4f * m) - 0.5f * m);
}

}  // namespace kiosk::ui
