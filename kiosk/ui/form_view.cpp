#include "core/actions.h"
#include "core/i18n.h"
#include "ui/imgui_scope.h"
#include "ui/exercise_views.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <sstream>

namespace kiosk::ui {
namespace {

std::vector<std::string> split_ids(const std::string& joined) {
    std::vector<std::string> out;
    std::stringstream in(joined);
    for (std::string id; std::getline(in, id, ',');) if (!id.empty()) out.push_back(id);
    return out;
}

std::string value_of(const FormRecord* r, const std::string& field) {
    if (!r) return {};
    auto it = r->values.find(field);
    return it == r->values.end() ? std::string() : it->second;
}

std::vector<const FormRecord*> records_of(const Session& s, const std::string& exercise) {
    std::vector<const FormRecord*> out;
    for (const FormRecord& r : s.forms) if (r.exercise == exercise) out.push_back(&r);
    return out;
}

}  // namespace

void FormView::draw(ActionSink& sink, const Exercise& ex, const Context& ctx, Redraw& redraw) {
    const Session& s = sink.session();
    const auto records = records_of(s, ex.id);
    // The prompt is the exercise header's (session_view.cpp); the rules open the form, where
    // they scroll with it ("first the contact, then the form").
    draw_rules(ex, ctx);
    if (!ex.rules.empty()) ImGui::Separator();
    if (!ex.repeatable) {
        // One record: it comes into being with the first value filled in.
        if (!records.empty()) pending_id_ = records.front()->id;
        else if (pending_id_.empty()) pending_id_ = new_id('f');
        draw_record(sink, ex, pending_id_, 0, ctx, redraw);
        return;
    }
    for (std::size_t i = 0; i < records.size(); ++i) {
        ScopedId id(records[i]->id.c_str());
        draw_record(sink, ex, records[i]->id, int(i) + 1, ctx, redraw);
    }
    if (records.empty()) {
        // Nothing filled in yet: what each record asks, so the room knows before the first tap.
        muted_text(tr("Each one asks:"));
        ImGui::Indent(0.5f * ctx.metrics.em);
        for (const Field& f : ex.fields) ImGui::BulletText("%s", f.label.c_str());
        ImGui::Unindent(0.5f * ctx.metrics.em);
    }
    const char* add = records.empty() ? N_("Add the first") : N_("Add another");
    if (touch_button("form-add", ctx.fonts.icon("plus") + tr(add), ButtonKind::Primary, ctx)) {
        flush();
        sink.submit(actions::FormAdd{new_id('f'), ex.id});
    }
}

void FormView::draw_record(ActionSink& sink, const Exercise& ex, const std::string& rid, int number,
                           const Context& ctx, Redraw& redraw) {
    const Session& s = sink.session();
    const FormRecord* record = s.find_form(rid);
    const std::string exercise = ex.id;
    // A value set on a record that does not exist yet creates it first (single-record forms).
    auto set = [&sink, rid, exercise](const std::string& field, const std::string& value) {
        if (!sink.session().find_form(rid)) sink.submit(actions::FormAdd{rid, exercise});
        sink.submit(actions::FormSet{rid, field, value});
    };

    if (number > 0) {
        heading_text(ctx, fmt::format("{} {}", ex.title, number));
        ImGui::SameLine();
        const std::string del_key = "form-delete-" + std::to_string(number);
        const bool confirming = confirm_delete_ == rid;
        // Deleting is two taps: nothing destructive fires on one touch (K11).
        if (touch_button(del_key.c_str(), ctx.fonts.icon("delete") + (confirming ? tr("Tap again to delete") : tr("Delete")),
                         confirming ? ButtonKind::Danger : ButtonKind::Secondary, ctx)) {
            if (confirming) {
                flush();
                sink.submit(actions::FormDelete{rid});
                confirm_delete_.clear();
                return;
            }
            confirm_delete_ = rid;
        }
    }
    ImGui::Indent(0.5f * ctx.metrics.em);
    for (const Field& f : ex.fields) {
        ScopedId id(f.id.c_str());
        const std::string key = "field-" + (number > 0 ? std::to_string(number) + "-" : std::string()) + f.id;  // stable for tests and xdotool
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted((f.label + (f.required ? " *" : "")).c_str());
        bool choice_hints = false;
        for (const Choice& c : f.choices) choice_hints = choice_hints || !c.hint.empty();
        const bool has_help = !f.support.empty() || !f.hint.empty() || choice_hints;
        if (has_help) {
            ImGui::SameLine();
            const bool open = support_open_.count(key) > 0;
            // "Helping questions" only where the plan gives some (Worksheet 5); else it explains.
            const bool questions = !f.support.empty();
            const char* label = questions ? (open ? tr("Hide questions") : tr("Helping questions"))
                                          : (open ? tr("Hide explanation") : tr("Explanation"));
            if (touch_button((key + "-help").c_str(), ctx.fonts.icon("question") + label, ButtonKind::Secondary, ctx))
                open ? (void)support_open_.erase(key) : (void)support_open_.insert(key);
            if (open) {
                if (!f.hint.empty()) muted_text(f.hint);
                for (const Choice& c : f.choices) {
                    if (c.hint.empty()) continue;
                    ImGui::Bullet();
                    muted_text(c.label + ": " + c.hint);
                }
                for (const std::string& q : f.support) {
                    ImGui::Bullet();
                    muted_text(q);
                }
            }
        }
        const std::string value = value_of(record, f.id);
        switch (f.kind) {
            case FieldKind::Text:
            case FieldKind::Date:
            case FieldKind::LongText: {
                const TextKind kind = f.kind == FieldKind::LongText ? TextKind::Paragraph : TextKind::Line;
                const std::string field = f.id;
                texts_.field(key, kind, value, [set, field](const std::string& t) { set(field, t); }, ctx,
                             redraw, EditOptions{f.kind == FieldKind::LongText ? 3.0f * ctx.metrics.em : 0.0f, {}});
                break;
            }
            case FieldKind::Choice:
            case FieldKind::Scale: {
                // Big segmented buttons: one row, the chosen step filled.
                const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * float(f.choices.size() - 1)) /
                                float(std::max<std::size_t>(1, f.choices.size()));
                for (std::size_t i = 0; i < f.choices.size(); ++i) {
                    if (i) ImGui::SameLine();
                    const Choice& c = f.choices[i];
                    const bool chosen = value == c.id;
                    if (touch_button((key + "-" + c.id).c_str(), c.label, chosen ? ButtonKind::Primary : ButtonKind::Secondary, ctx, w))
                        set(f.id, chosen ? std::string() : c.id);
                }
                break;
            }
            case FieldKind::MultiChoice: {
                const auto chosen_ids = split_ids(value);
                for (std::size_t i = 0; i < f.choices.size(); ++i) {
                    if (i) ImGui::SameLine();
                    const Choice& c = f.choices[i];
                    const bool chosen = std::find(chosen_ids.begin(), chosen_ids.end(), c.id) != chosen_ids.end();
                    const std::string label = (chosen ? ctx.fonts.icon("check") : std::string()) + c.label;
                    if (touch_button((key + "-" + c.id).c_str(), label, chosen ? ButtonKind::Primary : ButtonKind::Secondary, ctx)) {
                        std::string joined;  // in the plan's order, whatever the order of the taps
                        for (const Choice& o : f.choices) {
                            const bool on = o.id == c.id ? !chosen
                                                         : std::find(chosen_ids.begin(), chosen_ids.end(), o.id) != chosen_ids.end();
                            if (on) joined += (joined.empty() ? "" : ",") + o.id;
                        }
                        set(f.id, joined);
                    }
                }
                break;
            }
        }
        ImGui::Dummy(ImVec2(0, 0.3f * ctx.metrics.em));
    }
    ImGui::Unindent(0.5f * ctx.metrics.em);
    ImGui::Separator();
}

}  // namespace kiosk::ui
