#include "core/actions.h"
#include "core/i18n.h"
#include "core/privacy.h"
#include "ui/imgui_scope.h"
#include "ui/exercise_views.h"
#include "ui/keyboard.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

namespace kiosk::ui {
namespace {

std::string vision_name(const Vision& v, std::size_t index) {
    return v.author.empty() ? fmt::format(fmt::runtime(tr("Text {}")), index + 1) : v.author;
}

}  // namespace

std::vector<std::string> split_sentences(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    auto push = [&] {
        const auto b = cur.find_first_not_of(" \n\t");
        if (b != std::string::npos) out.push_back(cur.substr(b, cur.find_last_not_of(" \n\t") - b + 1));
        cur.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') { push(); continue; }
        cur += c;
        const bool ends = c == '.' || c == '!' || c == '?' ||
                          (c == '\xA6' && i >= 2 && text.compare(i - 2, 3, "\xE2\x80\xA6") == 0);  // …
        if (ends && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) push();
    }
    push();
    return out;
}

void WritingView::draw(ActionSink& sink, const Exercise& ex, CountdownView& countdown, const Context& ctx,
                       Redraw& redraw) {
    const Session& s = sink.session();
    const Phase* phase = current_phase(ex, s.state_of(ex.id));

    // The rules stay on screen throughout, in a column on the left from the top down; the
    // phase tabs, the phase's prompt and its work take the rest.
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float rules_w = 0.36f * ImGui::GetContentRegionAvail().x;  // eight rules fit at 1024x768
    {
        ScopedChild rules_child("##rules", ImVec2(rules_w, avail_h), true);
        heading_text(ctx, tr("Rules"));
        draw_rules(ex, ctx);
        scroll_.follow("rules", ctx, redraw);
    }
    ImGui::SameLine();
    {
        ScopedChild phase_child("##phase", ImVec2(0, avail_h), false);
        // Phase tabs: big segmented buttons, the current one filled.
        for (std::size_t i = 0; i < ex.phases.size(); ++i) {
            if (i) ImGui::SameLine();
            const Phase& p = ex.phases[i];
            const std::string key = "phase-" + p.id;
            if (touch_button(key.c_str(), fmt::format("{}. {}", i + 1, p.title),
                             &p == phase ? ButtonKind::Primary : ButtonKind::Secondary, ctx) && &p != phase) {
                flush();
                sink.submit(actions::WritingPhase{ex.id, p.id});
            }
        }
        if (phase) muted_text(phase->prompt);

        // The phases are write, share, compose (core/privacy.h decides which is which, the same
        // rule the projector follows for what the room may read).
        const WritingStep step = writing_step(ex, s.state_of(ex.id));
        if (step == WritingStep::Share) draw_share(sink, ex, ctx, redraw);
        else if (step == WritingStep::Compose) draw_compose(sink, ex, ctx, redraw);
        else draw_write(sink, ex, phase, countdown, ctx, redraw);
        scroll_.follow("phase", ctx, redraw);
    }
}

void WritingView::draw_write(ActionSink& sink, const Exercise& ex, const Phase* phase, CountdownView& countdown,
                             const Context& ctx, Redraw& redraw) {
    const Session& s = sink.session();
    const int planned = 60 * (phase && phase->minutes > 0 ? phase->minutes : ex.minutes);
    const float kb = keyboard_panel().reserved_height(ctx);
    // The big countdown is the focus until someone writes; with the keyboard up it steps aside
    // to the top bar's small display so the text stays visible.
    if (kb == 0.0f) {
        const float h = std::max(ImGui::GetIO().DisplaySize.y * 0.25f + ctx.metrics.touch_target() * 1.5f,
                                 0.42f * ImGui::GetContentRegionAvail().y);
        countdown.draw_big(ex.id, planned, h, ctx, redraw);
    }

    // Whose text: one button per participant's text, and "add my text" with an optional name.
    const auto visions = visions_of(s, ex.id);
    for (std::size_t i = 0; i < visions.size(); ++i) {
        const Vision& v = *visions[i];
        const std::string key = "vision-pick-" + std::to_string(i);
        if (touch_button(key.c_str(), ctx.fonts.icon("pencil") + vision_name(v, i),
                         v.id == selected_ ? ButtonKind::Primary : ButtonKind::Secondary, ctx)) {
            flush();
            selected_ = v.id;
        }
        ImGui::SameLine();
    }
    TextEditing& name = texts_.editing("new-vision-name", TextKind::Line);
    ImGui::NewLine();
    const float name_w = std::min(18.0f * ctx.metrics.em, 0.5f * ImGui::GetContentRegionAvail().x);
    {
        ScopedGroup group;
        ScopedItemWidth item_width(name_w);
        ScopedChild newname_child("##newname", ImVec2(name_w, ctx.metrics.touch_target() + 4.0f), false,
                                  ImGuiWindowFlags_NoScrollbar);
        edit_text("new-vision-name", name, ctx, redraw, EditOptions{0.0f, tr("Name or seat (optional)")});
        scroll_.follow("new-vision-name", ctx, redraw);
    }
    ImGui::SameLine();
    if (touch_button("vision-add", ctx.fonts.icon("plus") + tr("Add my text"), ButtonKind::Primary, ctx)) {
        flush();
        const std::string vid = new_id('v');
        // The keyboard opens once the vision exists (a queued add is applied between frames).
        const auto focus = [vid](const SubmitResult&) { keyboard_panel().focus("vision-" + vid); };
        if (sink.submit(actions::VisionAdd{vid, ex.id, name.text(), std::nullopt}, focus).ok()) {
            selected_ = vid;
            name.set_text("");
        }
    }

    const Vision* v = s.find_vision(selected_);
    if (!v) {
        muted_text(visions.empty() ? tr("Tap \xE2\x80\x9C" "Add my text\xE2\x80\x9D to start writing.")
                                   : tr("Tap a name to go on with that text."));
        return;
    }
    const std::string vid = v->id;
    texts_.field("vision-" + vid, TextKind::Document, v->text,
                 [&sink, vid](const std::string& text) { sink.submit(actions::VisionEdit{vid, text}); },
                 ctx, redraw, EditOptions{6.0f * ctx.metrics.em, tr("Write here, without stopping\xE2\x80\xA6")});
}

void WritingView::draw_share(ActionSink& sink, const Exercise& ex, const Context& ctx, Redraw& redraw) {
    const Session& s = sink.session();
    const auto visions = visions_of(s, ex.id);
    if (visions.empty()) {
        muted_text(tr("Nobody has written a text yet."));
        return;
    }
    const int n = int(visions.size());
    const int index = std::clamp(s.state_of(ex.id).share_index, 0, n - 1);
    if (touch_button("share-previous", ctx.fonts.icon("arrow_left") + tr("Previous"), ButtonKind::Secondary, ctx, 0.0f, index > 0))
        sink.submit(actions::WritingShare{ex.id, index - 1});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(fmt::format(fmt::runtime(tr("{} of {}")), index + 1, n).c_str());
    ImGui::SameLine();
    if (touch_button("share-next", tr("Next") + std::string(" ") + ctx.fonts.icon("arrow_right"), ButtonKind::Primary, ctx, 0.0f, index + 1 < n))
        sink.submit(actions::WritingShare{ex.id, index + 1});

    // One text large, for reading aloud from the back of the room.
    const Vision& v = *visions[std::size_t(index)];
    {
        ScopedChild shared_text_child("##shared-text", ImVec2(0, 0), true);
        heading_text(ctx, vision_name(v, std::size_t(index)));
        {
            ScopedFont font(ctx.fonts.heading);
            ScopedTextWrap wrap;
            ImGui::TextUnformatted(v.text.c_str());
        }
        scroll_.follow("shared-text", ctx, redraw);
    }
}

void WritingView::draw_compose(ActionSink& sink, const Exercise& ex, const Context& ctx, Redraw& redraw) {
    const Session& s = sink.session();
    const std::string exercise = ex.id;
    const std::string shared = s.state_of(ex.id).shared_text;
    auto submit = [&sink, exercise](const std::string& text) {
        sink.submit(actions::WritingShared{exercise, text});
    };
    heading_text(ctx, tr("Our shared vision"));
    texts_.field("shared-text", TextKind::Document, shared, submit, ctx, redraw,
                 EditOptions{5.0f * ctx.metrics.em, tr("Type here, or tap sentences below to add them.")});

    heading_text(ctx, tr("Sentences from the texts \xE2\x80\x93 tap to add"));
    {
        ScopedChild sentences_child("##sentences", ImVec2(0, 0), false);
        const auto visions = visions_of(s, ex.id);
        for (std::size_t i = 0; i < visions.size(); ++i) {
            muted_text(vision_name(*visions[i], i));
            const auto sentences = split_sentences(visions[i]->text);
            for (std::size_t j = 0; j < sentences.size(); ++j) {
                const std::string key = "sentence-" + std::to_string(i) + "-" + std::to_string(j);
                const float w = ImGui::GetContentRegionAvail().x;
                const float pad = ImGui::GetStyle().FramePadding.x;
                const ImVec2 ts = ImGui::CalcTextSize(sentences[j].c_str(), nullptr, false, w - 2.0f * pad);
                const ImVec2 at = ImGui::GetCursorScreenPos();
                bool tapped = false;
                {
                    ScopedId id(key.c_str());
                    ScopedStyleColour button(ImGuiCol_Button, palette::kSecondary);
                    ScopedStyleColour hovered(ImGuiCol_ButtonHovered, palette::kSecondaryHover);
                    ScopedStyleColour active(ImGuiCol_ButtonActive, palette::kSecondaryPressed);
                    tapped = ImGui::Button("##s", ImVec2(w, std::max(ctx.metrics.touch_target(),
                                                                     ts.y + 2.0f * ImGui::GetStyle().FramePadding.y)));
                }
                hit_targets().record(key, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
                ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                                                    ImVec2(at.x + pad, at.y + ImGui::GetStyle().FramePadding.y),
                                                    palette::kInk, sentences[j].c_str(), nullptr, w - 2.0f * pad);
                if (tapped) {
                    TextEditing& e = texts_.editing("shared-text", TextKind::Document);
                    std::string text = e.text();
                    if (!text.empty() && text.back() != ' ' && text.back() != '\n') text += ' ';
                    text += sentences[j];
                    e.set_text(text);
                    submit(e.text());
                }
            }
        }
        scroll_.follow("sentences", ctx, redraw);
    }
}

}  // namespace kiosk::ui
