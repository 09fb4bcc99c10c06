// The views of the non-board exercise kinds (plan.h): each draws one exercise of the session
// through an ActionSink, filling the current window's remaining content region, and keeps only
// UI state (which hint is open, whose text is being edited) itself. Every change is an action.
#pragma once

#include "core/action_sink.h"
#include "core/plan.h"
#include "ui/bound_text.h"
#include "ui/countdown_view.h"
#include "ui/redraw.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"

#include <set>
#include <string>
#include <vector>

namespace kiosk::ui {

/// Info: the title, the prompt and the rules as a calm slide (welcome, the principle, a break).
void draw_info_exercise(const Exercise& exercise, const Context& ctx);

/// The rules of an exercise as a bulleted panel (kept on screen during the writing).
void draw_rules(const Exercise& exercise, const Context& ctx);

/// Checklist (the readiness check): per question big yes / not yet / no buttons, an optional
/// remark, the hint on demand, the tally and an honest verdict against pass_count.
class ChecklistView {
public:
    void draw(ActionSink& sink, const Exercise& exercise, const Context& ctx, Redraw& redraw);
    void flush() { texts_.flush(); }

private:
    std::set<std::string> hints_open_;
    std::set<std::string> remarks_open_;
    BoundTexts texts_;
};

/// The verdict line of a checklist tally (translated): enough yes answers, still open, or not yet.
std::string checklist_verdict(const Session::Tally& tally, int pass_count, int questions);

/// Writing (Worksheet 1, the vision): phases write / share / compose, the rules throughout.
class WritingView {
public:
    void draw(ActionSink& sink, const Exercise& exercise, CountdownView& countdown, const Context& ctx,
              Redraw& redraw);
    void flush() { texts_.flush(); }
    /// The vision being edited in the write phase ("" = none picked yet).
    const std::string& selected() const { return selected_; }

private:
    void draw_write(ActionSink& sink, const Exercise& ex, const Phase* phase, CountdownView& countdown,
                    const Context& ctx, Redraw& redraw);
    void draw_share(ActionSink& sink, const Exercise& ex, const Context& ctx, Redraw& redraw);
    void draw_compose(ActionSink& sink, const Exercise& ex, const Context& ctx, Redraw& redraw);

    std::string selected_;
    BoundTexts texts_;
    TouchScroll scroll_;  // the rules, the phase, the shared text, the sentences
};

/// The sentences of a text, each with its closing punctuation, trimmed (for composing the
/// shared vision by tapping sentences).
std::vector<std::string> split_sentences(const std::string& text);

/// Form (the community map, partner power, SMART goals): one record, or repeatable records.
class FormView {
public:
    void draw(ActionSink& sink, const Exercise& exercise, const Context& ctx, Redraw& redraw);
    void flush() { texts_.flush(); }

private:
    void draw_record(ActionSink& sink, const Exercise& ex, const std::string& record_id, int number,
                     const Context& ctx, Redraw& redraw);
    std::set<std::string> support_open_;
    std::string confirm_delete_;
    std::string pending_id_;  // id for the record a single-record form creates on first input
    BoundTexts texts_;
};

}  // namespace kiosk::ui
