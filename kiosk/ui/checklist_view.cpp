#include "core/actions.h"
#include "core/i18n.h"
#include "ui/imgui_scope.h"
#include "ui/exercise_views.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>

namespace kiosk::ui {

std::string checklist_verdict(const Session::Tally& t, int pass_count, int questions) {
    if (t.yes >= pass_count)
        return fmt::format(fmt::runtime(tr("{} of {} answered yes: enough to go ahead.")), t.yes, questions);
    if (t.yes + t.open < pass_count)
        return fmt::format(fmt::runtime(tr("Only {} yes of the {} needed: first arrange what is missing.")),
                           t.yes, pass_count);
    // Dutch and English both say "1 question", "2 questions": one message for one, one for more.
    if (t.open == 1)
        return fmt::format(fmt::runtime(tr("{} yes so far; {} needed, 1 question still open.")), t.yes, pass_count);
    return fmt::format(fmt::runtime(tr("{} yes so far; {} needed, {} questions still open.")), t.yes,
                       pass_count, t.open);
}

void ChecklistView::draw(ActionSink& sink, const Exercise& ex, const Context& ctx, Redraw& redraw) {
    const Session& s = sink.session();
    const ExerciseState& st = s.state_of(ex.id);
    const Session::Tally tally = s.tally(ex.id);

    // The tally and the verdict stay at the top, where the room looks: only the questions below
    // them scroll.
    {
        ScopedStyleColour ink(ImGuiCol_Text, tally.yes >= ex.pass_count ? palette::kAction : palette::kInk);
        heading_text(ctx, fmt::format(fmt::runtime(tr("Yes {}   Not yet {}   No {}   Open {}")), tally.yes,
                                      tally.not_yet, tally.no, tally.open));
    }
    muted_text(checklist_verdict(tally, ex.pass_count, int(ex.questions.size())));
    ImGui::Separator();
    {
        ScopedChild checklist_questions_child("##checklist-questions", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
        draw_rules(ex, ctx);

        static const struct { Answer answer; const char* word; const char* label; } kAnswers[] = {
            {Answer::Yes, "yes", N_("Yes")}, {Answer::NotYet, "not_yet", N_("Not yet")}, {Answer::No, "no", N_("No")}};
        const float button_w = 5.5f * ctx.metrics.em;
        for (std::size_t i = 0; i < ex.questions.size(); ++i) {
            const Question& q = ex.questions[i];
            ScopedId id(q.id.c_str());
            const auto found = st.answers.find(q.id);
            const ChecklistAnswer answer = found == st.answers.end() ? ChecklistAnswer{} : found->second;

            {
                ScopedTextWrap wrap(ImGui::GetContentRegionAvail().x - 3.0f * button_w);
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(fmt::format("{}. {}", i + 1, q.text).c_str());
            }
            for (const auto& a : kAnswers) {
                ImGui::SameLine();
                const std::string key = "answer-" + q.id + "-" + a.word;
                const bool chosen = answer.answer == a.answer;
                const float x = ImGui::GetWindowContentRegionMax().x - button_w * float(3 - (&a - kAnswers)) -
                                ImGui::GetStyle().ItemSpacing.x * float(2 - (&a - kAnswers));
                ImGui::SetCursorPosX(x);
                if (touch_button(key.c_str(), tr(a.label), chosen ? ButtonKind::Primary : ButtonKind::Secondary, ctx, button_w))
                    sink.submit(actions::ChecklistAnswer{ex.id, q.id,
                                                         chosen ? "none" : a.word});  // tap again: undecided
            }
            if (!q.hint.empty()) {
                const std::string key = "hint-" + q.id;
                const bool open = hints_open_.count(q.id) > 0;
                if (touch_button(key.c_str(), ctx.fonts.icon("question") + (open ? tr("Hide explanation") : tr("Explanation")),
                                 ButtonKind::Secondary, ctx))
                    open ? (void)hints_open_.erase(q.id) : (void)hints_open_.insert(q.id);
                ImGui::SameLine();
            }
            const std::string remark_key = "remark-" + q.id;
            bool remark_open = remarks_open_.count(q.id) > 0 || !answer.remark.empty();
            if (!remark_open) {
                if (touch_button(("add-" + remark_key).c_str(), ctx.fonts.icon("pencil") + tr("Remark"), ButtonKind::Secondary, ctx)) {
                    remarks_open_.insert(q.id);
                    remark_open = true;
                    ImGui::NewLine();
                }
            } else {
                ImGui::NewLine();
            }
            if (hints_open_.count(q.id)) muted_text(q.hint);
            if (remark_open) {
                const std::string exercise = ex.id, question = q.id;
                texts_.field(remark_key, TextKind::Note, answer.remark,
                             [&sink, exercise, question](const std::string& text) {
                                 sink.submit(actions::ChecklistRemark{exercise, question, text});
                             },
                             ctx, redraw, EditOptions{0.0f, tr("Remark (optional)")});
            }
            ImGui::Separator();
        }
        scroll_.follow("checklist", ctx, redraw);
    }
}

}  // namespace kiosk::ui
