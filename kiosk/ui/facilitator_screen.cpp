#include "ui/facilitator_screen.h"

#include "core/actions.h"
#include "core/i18n.h"
#include "ui/console_phones.h"
#include "ui/console_section.h"
#include "ui/imgui_scope.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace kiosk::ui {

namespace {

const char* const kNotice = N_("Only for the workshop leader. Everything entered so far is saved.");

void draw_timer(const ConsoleData& data, const Exercise& ex, const Context& ctx) {
    ConsoleSection section(fmt::format(fmt::runtime(tr("Timer of \"{}\"")), ex.title), ctx);
    ActionSink& sink = *data.facilitator;
    data.countdown->update(sink.session());
    data.countdown->draw_controls(sink, ex.id, planned_seconds(sink.session(), ex), ctx);
    // On the row below the timer's own buttons (the section's flow starts a new row): the plan
    // key lock_at_end as the exercise starts, the facilitator's choice once switched here.
    const bool lock_at_end = sink.session().locks_at_end(ex);
    if (section.button("timer-lock-at-end", ctx.fonts.icon("lock") + tr("Lock when time is up"), lock_at_end))
        sink.submit(actions::TimerLockAtEnd{ex.id, !lock_at_end});
}

void draw_board(const ConsoleData& data, const Exercise& board, const Context& ctx) {
    ActionSink& sink = *data.facilitator;
    const Session& s = sink.session();
    const ExerciseState& st = s.state_of(board.id);
    const int budget = s.vote_budget(board.id);
    ConsoleSection section(fmt::format(fmt::runtime(tr("Board \"{}\"")), board.title), ctx);
    if (section.button("budget-down", "\xE2\x88\x92", false, budget > 1))
        sink.submit(actions::BoardBudget{board.id, budget - 1});
    section.text(fmt::format(fmt::runtime(tr("{} dots each")), budget));
    if (section.button("budget-up", "+", false, budget < 99)) sink.submit(actions::BoardBudget{board.id, budget + 1});
    if (section.button("board-private", tr("Private writing"), st.private_writing))
        sink.submit(actions::BoardPrivate{board.id, !st.private_writing});
    bool any_hidden = false;
    for (const auto& n : s.notes) any_hidden = any_hidden || (n.exercise == board.id && n.hidden);
    if (section.button("board-reveal", tr("Reveal notes"), false, any_hidden || st.private_writing))
        sink.submit(actions::BoardReveal{board.id});
    if (section.button("board-anonymous", tr("Hide authors"), st.anonymous))
        sink.submit(actions::BoardAnonymous{board.id, !st.anonymous});
    if (section.button("board-totals", tr("Show vote totals"), st.totals_shown))
        sink.submit(actions::BoardTotals{board.id, !st.totals_shown});
}

/// The projector's buttons: one switch, or "off" and one button per monitor it can go on.
void draw_projector_choice(const ConsoleData& data, ConsoleSection& section, const Context& ctx, FacilitatorIntent& intent) {
    if (data.projector_monitors.empty()) {
        const std::string label = ctx.fonts.icon("display") + (data.projector_on ? tr("Projector on") : tr("Projector off"));
        if (section.button("projector", label, data.projector_on, data.projector_available || data.projector_on))
            intent = SwitchProjectorIntent{};
        return;
    }
    const bool off = !data.projector_on;
    if (section.button("projector-off", ctx.fonts.icon("display") + tr("Projector off"), off) && !off)
        intent = ChooseProjectorIntent{0};
    for (const ProjectorMonitor& m : data.projector_monitors) {
        const bool here = data.projector_on && data.projector_monitor == m.number;
        const std::string key = fmt::format("projector-{}", m.number);
        // The name is the system's text: an argument of the format, never the format itself.
        if (section.button(key.c_str(), fmt::format(fmt::runtime(tr("Projector: {}")), m.name), here) && !here)
            intent = ChooseProjectorIntent{m.number};
    }
}

void draw_room(const ConsoleData& data, const Context& ctx, FacilitatorIntent& intent) {
    ConsoleSection section(tr("Room"), ctx);
    if (data.facilitator) {
        // Locked by the facilitator or by the end of a lock_at_end countdown: one switch for both.
        const bool locked = data.facilitator->session().input_locked(data.now);
        if (section.button("table-lock", ctx.fonts.icon("lock") + (locked ? tr("Unlock the table") : tr("Lock the table")),
                           locked)) {
            if (locked) data.facilitator->submit(actions::TableUnlock{});
            else data.facilitator->submit(actions::TableLock{});
        }
    }
    draw_projector_choice(data, section, ctx, intent);
    if (section.button("pause-screen", tr("Pause screen"), data.pause_screen, data.projector_on))
        intent = SwitchPauseScreenIntent{};
    for (const std::string& code : supported_languages()) {
        const std::string key = "language-" + code;
        if (section.button(key.c_str(), language_name(code), data.language == code) && data.language != code)
            intent = ConsoleLanguageIntent{code};
    }
    // Said in the room, not only in the log: a projector that is wanted but has no screen.
    if (data.projector_waiting) muted_text(tr("The projector's screen is not connected; the projector appears as soon as it is."));
}

void draw_session(const ConsoleData& data, const Context& ctx, FacilitatorIntent& intent) {
    ConsoleSection section(tr("Session"), ctx);
    if (data.facilitator) {
        if (section.button("export-notes", ctx.fonts.icon("export") + tr("Export session notes"), false, true,
                           ButtonKind::Primary))
            intent = ExportNotesIntent{};
        if (section.button("finish-session", ctx.fonts.icon("check") + tr("Finish the session")))
            intent = FinishSessionIntent{};
        if (section.button("leave-session", ctx.fonts.icon("arrow_left") + tr("To the start screen (resume later)")))
            intent = LeaveSessionIntent{};
    }
    if (section.button("change-pin", data.pin_set ? tr("Change the PIN") : tr("Set a PIN")))
        intent = ChangePinIntent{};
    if (section.button("quit", ctx.fonts.icon("power") + tr("Close the kiosk"), false, true, ButtonKind::Danger))
        intent = QuitIntent{};
}

}  // namespace

FacilitatorIntent draw_facilitator_screen(const ConsoleData& data, const Context& ctx) {
    FacilitatorIntent intent;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ctx.metrics.em;
    // The whole display, placed and sized by the viewport alone: the buttons are where they stay
    // from the first frame on (an auto-fitted window would move them in its second frame).
    const float width = std::min(vp->Size.x, 64.0f * em);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + 0.5f * (vp->Size.x - width), vp->Pos.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, vp->Size.y), ImGuiCond_Always);
    ScopedStyleColour panel(ImGuiCol_WindowBg, palette::kPanel);
    ScopedStyleVar padding(ImGuiStyleVar_WindowPadding, ImVec2(1.5f * em, 1.0f * em));
    ImGui::Begin("##facilitator", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    heading_text(ctx, ctx.fonts.icon("gear") + tr("Facilitator"));
    {
        ConsoleSection top(tr(kNotice), ctx);
        if (top.button("facilitator-back", ctx.fonts.icon("arrow_left") + tr("Back"), false, true, ButtonKind::Primary))
            intent = LeaveFacilitatorIntent{};
    }
    // The timer's row and the session's across the whole width (the timer's buttons do not
    // wrap), then two columns: the board on screen and its notes on the left, the room with its
    // phones on the right, so everything is in reach without scrolling.
    const Exercise* ex = data.facilitator ? data.facilitator->session().current_exercise() : nullptr;
    if (ex && data.countdown) draw_timer(data, *ex, ctx);
    draw_session(data, ctx, intent);
    ImGui::Columns(2, "##console-columns", false);
    if (ex && ex->kind == ExerciseKind::Board) draw_board(data, *ex, ctx);
    // Last on the left: the list takes the room down to the display's bottom.
    if (ex && ex->kind == ExerciseKind::Board && data.facilitator) draw_console_moderation(data, *ex, ctx);
    ImGui::NextColumn();
    draw_room(data, ctx, intent);
    draw_console_phones(data, ctx, intent);
    ImGui::Columns(1);
    // Below the fold on a small screen: the console's window follows the finger.
    if (data.scroll && data.redraw) data.scroll->follow("console", ctx, *data.redraw);
    ImGui::End();
    return intent;
}

}  // namespace kiosk::ui
