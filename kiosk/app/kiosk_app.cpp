#include "app/kiosk_app.h"

#include "app/clipboard_paste.h"
#include "app/demo_session.h"
#include "app/export_job.h"
#include "app/facilitator_gate.h"
#include "app/local_date.h"
#include "app/monitor_notices.h"
#include "app/projector_choice.h"
#include "app/room_phones.h"
#include "app/room_projector.h"
#include "app/stored_comparison.h"
#include "app/screenshot_file.h"
#include "app/startup_refusal.h"
#include "app/stick_eject.h"
#include "app/paths.h"
#include "app/ui_state_sync.h"
#include "core/action_queue.h"
#include "core/actions.h"
#include "core/i18n.h"
#include "core/read_only_session.h"
#include "platform/chime.h"
#include "platform/stop_signals.h"
#include "plans/plan_catalog.h"
#include "core/plan_json.h"
#include "store/follow_up.h"
#include "store/live_session.h"
#include "store/store.h"
#include "store/store_error.h"
#include "ui/window_state.h"
#include "ui/archive_screen.h"
#include "ui/compare_screen.h"
#include "ui/export_screen.h"
#include "ui/facilitator_screen.h"
#include "ui/frame_text.h"
#include "ui/keyboard.h"
#include "ui/note_shapes.h"
#include "ui/notice_banner.h"
#include "ui/screens.h"
#include "ui/session_view.h"
#include "ui/start_screen.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <vector>
#include <ctime>
#include <memory>

namespace kiosk::app {
namespace {

void log_line(const std::string& line) { std::fprintf(stderr, "kiosk: %s\n", line.c_str()); }

bool screen_is_built(ui::Screen) { return true; }

bool is_session_screen(ui::Screen s) { return s == ui::Screen::Agenda || s == ui::Screen::Exercise; }


/// The plans of the plans folder (those in the kiosk's language first) and the stored sessions,
/// newest first, for the start screen; a skipped plan file becomes a notice.
ui::StartScreenData collect_start_data(const RunOptions& o, const PlanCatalog& catalog, const Store* store,
                                       const std::string& language) {
    if (o.demo_data) return ui::demo_start_screen_data();
    ui::StartScreenData data;
    data.today = today_iso();
    data.plans_dir = o.plans_dir;
    std::size_t in_language = 0;  // the kiosk's language first, each group in the files' order
    for (const auto& entry : catalog.plans) {
        const Plan& p = entry.plan;
        ui::PlanSummary summary{p.id, p.language, p.title, p.planned_minutes(), int(p.agenda.size()), {}};
        for (const Exercise& e : p.agenda)
            if (e.role != ExerciseRole::None) summary.roles.push_back(e.role);
        if (p.language == language) data.plans.insert(data.plans.begin() + std::ptrdiff_t(in_language++), summary);
        else data.plans.push_back(summary);
    }
    for (const auto& skipped : catalog.skipped) {
        // The file once, then where and what the first problem is; `kiosk plan check` lists all.
        const PlanProblem& first = skipped.problems.front();
        std::string text = fmt::format(fmt::runtime(tr("Plan file {} was skipped (line {}, column {}): {}")),
                                       skipped.file, first.line, first.column, first.message);
        if (skipped.problems.size() > 1)
            text += " " + fmt::format(fmt::runtime(tr("({} more problems: kiosk plan check {})")),
                                      skipped.problems.size() - 1, skipped.file);
        data.notices.push_back(std::move(text));
    }
    if (store) {
        if (!store->notice().empty()) data.notices.push_back(store->notice());
        for (const auto& row : store->list_sessions())
            data.sessions.push_back({row.id, row.title, row.date, row.place,
                                     row.status == "closed" ? ui::SessionStatus::Finished
                                                            : ui::SessionStatus::InProgress,
                                     row.language});
        for (const auto& due : store->overdue_subgoals(data.today))
            data.overdue.push_back({due.session_id, due.text, due.check_date});
    }
    return data;
}

/// Everything the frame function keeps between frames.
struct KioskState {
    const RunOptions* options = nullptr;
    ui::ScreenMachine screens;
    ui::StartScreenData start_data;
    ui::StartScreenState start_state;
    ui::Context ctx;
    ui::WindowState window;  // keyboard, hit targets, note shapes of the kiosk's one window
    std::string logged_targets;                  ///< --log-targets: the layout logged last
    std::string logged_screen;                   ///< ... and the screen it belongs to
    bool layout_ready_logged = false;            ///< "screen NAME ready" said for that layout
    int pointer_presses = 0;                     ///< --log-targets: presses seen, to number them
    ImVec2 logged_pointer{-1, -1};
    std::string console_layout;                  ///< the console's targets in the last frame
    bool console_ready = false;                  ///< "console ready" logged for this opening
    PlanCatalog catalog;                         ///< the plans found at start-up
    std::unique_ptr<Store> store;                ///< null for screenshots with --demo-data
    std::unique_ptr<LiveSession> live;           ///< the session being run, durable in `store`
    std::unique_ptr<UiStateSync> ui_state;       ///< what is on screen, for a resume after a crash
    double next_retry_s = 0;                     ///< when to write unsaved actions again
    ActionSink* sink = nullptr;                  ///< the open session: `live`, or the demo's
    /// What the screens and other sources send, applied to `sink` between frames (between_frames()).
    ActionQueue queue;
    std::unique_ptr<QueuedSink> queued;          ///< the screens' sink: reads `sink`, sends via `queue`
    std::unique_ptr<QueuedSink> facilitator;     ///< the console's: as `queued`, as Source::Facilitator
    /// Steps that follow from what a frame did but change the session or the screen: they run
    /// between frames, after the drain (leave or finish the session, start a new one).
    std::vector<std::function<void(KioskState&)>> after_drain;
    std::unique_ptr<ui::SessionView> session_view;
    const Clock* clock = &system_clock();        ///< the session view's clock (the demo's is fixed)
    platform::Chime* chime = nullptr;            ///< null for screenshots: they stay silent
    ui::ExportScreenData export_data;            ///< destinations, found when the screen opens
    ui::ExportScreenState export_state;
    ExportJob export_job;
    std::string export_destination;              ///< the folder chosen for the export running or done
    bool export_removable = false;               ///< ... a USB stick or card: offer to eject it
    std::unique_ptr<EjectJob> eject;             ///< removes the stick safely (null for screenshots)
    std::optional<EjectOutcome> eject_outcome;   ///< the last removal's, for this export
    ui::NoticeBanner monitor_banner;             ///< a monitor asked for that is not there
    bool export_logged = false;
    std::unique_ptr<FacilitatorGate> gate;       ///< the PIN between the long-press and the console
    std::unique_ptr<RoomProjector> projector;    ///< the room's second screen; null for screenshots
    std::unique_ptr<RoomPhones> phones;          ///< participants' phones; null for screenshots
    ui::TouchScroll console_scroll;              ///< the console's finger scrolling, while it is open
    ui::ArchiveScreenData archive_data;          ///< the archive's rows for archive_state.filter
    ui::ArchiveScreenState archive_state;
    std::optional<ui::ArchiveFilter> archive_queried;  ///< the filter archive_data was read for
    bool archive_gate = false;                   ///< the PIN keypad is up for an archive action
    std::vector<Session> export_several;        ///< the sessions the archive exports at once, else empty
    Comparison comparison;                       ///< what the comparison screen shows
    ui::CompareScreenState compare_state;
    std::unique_ptr<ReadOnlySession> read_only;  ///< a session opened read-only from the archive
    double now_seconds = 0;                      ///< this frame's monotonic time (FrameInfo)
};

/// Submits each action of the JSON Lines file `path` to `sink` (type and fields as written; the
/// session id and time are the sink's). False with `error` ("path:line: why") at the first
/// line that does not parse or is refused.
bool apply_demo_actions(ActionSink& sink, const std::string& path, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        Json fields = Json::parse(line, nullptr, false);
        if (fields.is_discarded() || !fields.is_object() || !fields.contains("type")) {
            error = path + ":" + std::to_string(n) + ": not an action";
            return false;
        }
        const std::string type = fields["type"].get<std::string>();
        fields.erase("type");
        fields.erase("session");
        fields.erase("at");
        if (const SubmitResult r = sink.submit(type, fields); !r.ok()) {
            error = path + ":" + std::to_string(n) + ": " + r.message;
            return false;
        }
    }
    return true;
}

/// Opens `sink` as the session the session screens draw (the store's LiveSession, or the demo's
/// MemorySession for screenshots).
void open_session(KioskState& s, ActionSink& sink, const Clock& clock) {
    if (s.sink && s.sink != &sink) s.queue.drain(*s.sink, s.queue.capacity());  // the old session's own
    s.sink = &sink;
    s.queued = std::make_unique<QueuedSink>(sink, s.queue, clock);
    s.facilitator = std::make_unique<QueuedSink>(sink, s.queue, clock);
    s.facilitator->set_source(Source::Facilitator);
    s.clock = &clock;
    s.session_view = std::make_unique<ui::SessionView>(clock);
}

void open_console(KioskState& s) {
    s.screens.go(ui::Screen::Facilitator);
    log_line("facilitator console opened");
}

/// The long-press asked for the console: open it, or put up the PIN keypad first.
void ask_for_console(KioskState& s) {
    if (s.gate->request(s.now_seconds)) open_console(s);
}

/// While the PIN keypad is up it covers the whole display and nothing else takes a tap.
/// What the views show of phones this frame (nothing while there is no phone server: screenshots).
ui::PhonesInfo phones_info(KioskState& s) {
    if (!s.phones) return {};
    return s.phones->info(s.sink ? &s.sink->session() : nullptr);
}

void keypad_frame(KioskState& s, ui::Redraw& redraw) {
    switch (s.gate->draw(s.ctx, s.now_seconds, redraw)) {
        case FacilitatorGate::Outcome::OpenConsole:
            if (s.archive_gate) s.archive_data.console_open = true;  // the archive's confirm, not the console
            else open_console(s);
            s.archive_gate = false;
            break;
        case FacilitatorGate::Outcome::Cancelled:
            if (s.archive_gate) s.archive_state.confirm = ui::ArchiveScreenState::Confirm::None;
            s.archive_gate = false;
            log_line("pin keypad cancelled");
            break;
        case FacilitatorGate::Outcome::None: break;
    }
}

/// The agenda or exercise screen of the open session, and what it asks of the app.
void session_frame(KioskState& s, ui::Redraw& redraw) {
    s.session_view->set_phones(phones_info(s));
    ui::SessionOutcome out;
    if (s.screens.current() == ui::Screen::Agenda) out = s.session_view->draw_agenda(*s.queued, s.ctx, redraw);
    else out = s.session_view->draw_exercise(*s.queued, s.ctx, redraw);
    if (out.timer_ended) {
        const bool played = !out.sound_muted && s.chime && s.chime->play();
        log_line(played ? "timer ended (chime)" : "timer ended");
    }
    if (out.open_facilitator) ask_for_console(s);
    if (out.open_agenda) s.screens.go(ui::Screen::Agenda);
    if (out.open_exercise) s.screens.go(ui::Screen::Exercise);
}

/// Creates a session from the chosen plan (its snapshot goes into the first action) and opens
/// its agenda. A failure stays on the start screen with the reason as a notice.
void start_session(KioskState& s, const ui::NewSessionIntent& n) {
    const Plan* plan = s.catalog.find(n.plan_id, n.language);
    if (!plan || !s.store) return;
    auto live = std::make_unique<LiveSession>(*s.store);
    const std::string id = new_id('s');
    const actions::SessionCreate create{n.title, n.date, n.place, n.facilitator, plan_to_json(*plan), ""};
    SubmitResult r;
    if (n.follows.empty()) {
        r = live->submit(make_action(create.kType, id, system_clock().wall_ms(), create.fields()));
    } else {
        // A follow-up carries the earlier session's work in as its first actions (store/follow_up.h).
        try {
            const LoadedSession earlier = s.store->load_session(n.follows);
            r = start_follow_up(*live, earlier.session, *plan, create, id, read_clock(system_clock())).result;
        } catch (const StoreError& e) {
            r = {SaveState::Rejected, e.what(), {}};
        }
    }
    if (!r.ok()) {
        s.start_data.notices.push_back(r.message);
        return;
    }
    if (r.state == SaveState::NotSaved) s.start_data.notices.push_back(r.message);
    s.live = std::move(live);
    s.start_state = ui::StartScreenState{};  // the next new session starts from a fresh form
    open_session(s, *s.live, system_clock());
    if (s.ui_state) s.ui_state->opened(id);
    s.screens.go(ui::Screen::Agenda);
    log_line("session " + id + " started from plan " + plan->id + " (" + plan->language + ")" +
             (n.follows.empty() ? std::string() : ", following " + n.follows));
}

/// Reopens a stored session exactly where it was: its exercise, notes, answers and timer.
void resume_session(KioskState& s, const std::string& id) {
    if (!s.store) return;
    try {
        s.live = std::make_unique<LiveSession>(LiveSession::open(*s.store, id));
    } catch (const StoreError& e) {
        s.start_data.notices.push_back(e.what());
        return;
    }
    for (const auto& problem : s.live->replay_problems()) s.start_data.notices.push_back(problem);
    open_session(s, *s.live, system_clock());
    // A countdown still running from an earlier run goes on in this one (core/timer.h).
    if (needs_new_anchor(s.live->session().timer, read_clock(system_clock())))
        SourcedSink(*s.live, Source::Facilitator).submit(actions::TimerResume{});
    if (s.ui_state) {
        const Session& session = s.live->session();
        s.ui_state->opened(session.id);
        const Exercise* here = session.current_exercise();
        s.ui_state->restore(session.id, here ? here->id : std::string(), *s.session_view);
    }
    s.screens.go(ui::Screen::Agenda);
    s.screens.go(ui::Screen::Exercise);
    log_line("session " + s.live->session().id + " resumed");
}

/// While actions wait to be written (disk full, folder read-only, database locked), says so on
/// every screen and tries again every two seconds; nothing waiting is ever dropped.
void unsaved_banner(KioskState& s, ui::Redraw& redraw) {
    if (!s.live || s.live->pending() == 0) return;
    const double now = ImGui::GetTime();
    std::string why;
    if (now >= s.next_retry_s) {
        s.next_retry_s = now + 2.0;
        const SubmitResult r = s.live->retry();
        if (r.state == SaveState::Saved) {
            log_line("unsaved actions written");
            return;
        }
        why = r.message;
    }
    redraw.within(s.next_retry_s - now);
    const std::string text = fmt::format(
        fmt::runtime(tr("Not saved yet ({} actions waiting); trying again. Nothing is lost while the kiosk stays open.")),
        s.live->pending());
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 size = ImGui::GetMainViewport()->Size;
    const float h = 2.0f * s.ctx.metrics.em;
    draw->AddRectFilled(ImVec2(0, size.y - h), size, ui::palette::kAttention);
    draw->AddText(ImVec2(s.ctx.metrics.em, size.y - h + 0.5f * s.ctx.metrics.em), ui::palette::kOnAction,
                  text.c_str());
    if (!why.empty()) log_line(why);
}

/// The kiosk speaks `language` (one of supported_languages()) from the next frame on.
void switch_language(KioskState& s, const std::string& language) {
    const auto& codes = supported_languages();  // the next frame speaks it (see frame())
    if (std::find(codes.begin(), codes.end(), language) == codes.end()) return;
    s.ctx.language = language;
    log_line("language " + language);
}

void open_export(KioskState& s) {
    s.export_data.session_title = s.sink->session().title;
    s.export_data.destinations = find_export_destinations();
    s.export_job.reset();
    s.export_removable = false;
    s.eject_outcome.reset();
    s.screens.go(ui::Screen::Export);
}

/// The export screen for several stored sessions at once (the archive's ExportSessionsIntent):
/// each read through a reader of its own, so nothing is written; one that cannot be read keeps
/// the archive on screen with the reason.
void open_export_several(KioskState& s, const std::vector<std::string>& ids) {
    std::vector<Session> sessions;
    try {
        Store reader(s.store->path(), Access::Read);
        for (const std::string& id : ids) sessions.push_back(reader.load_session(id).session);
    } catch (const StoreError& e) {
        s.archive_data.notices.push_back(e.what());
        return;
    }
    s.export_several = std::move(sessions);
    s.export_data.session_title = fmt::format(fmt::runtime(tr("{} sessions")), s.export_several.size());
    s.export_data.destinations = find_export_destinations();
    s.export_job.reset();
    s.export_removable = false;
    s.eject_outcome.reset();
    s.screens.go(ui::Screen::Export);
    log_line(fmt::format("export of {} sessions opened", s.export_several.size()));
}

/// Leaves the open session for the start screen (which then lists it with its new state).
void close_session_view(KioskState& s) {
    if (s.sink) s.queue.drain(*s.sink, s.queue.capacity());  // everything sent for it is applied first
    if (s.ui_state && !s.read_only) s.ui_state->left();  // a read-only session records nothing
    s.screens.go(ui::Screen::Start);
    s.session_view.reset();
    s.queued.reset();
    s.facilitator.reset();
    s.sink = nullptr;
    s.live.reset();
    s.read_only.reset();
    s.start_data = collect_start_data(*s.options, s.catalog, s.store.get(), s.ctx.language);
}

ArchiveQuery archive_query(const ui::ArchiveFilter& f) {
    ArchiveQuery q;
    q.search = f.search;
    using S = ui::ArchiveFilter::Status;
    q.status = f.status == S::InProgress ? ArchiveQuery::Status::InProgress
               : f.status == S::Finished ? ArchiveQuery::Status::Finished
                                         : ArchiveQuery::Status::Any;
    q.plan_id = f.plan_id;
    if (!f.year.empty()) q.from_date = f.year + "-01-01", q.to_date = f.year + "-12-31";
    q.archived = f.archived ? ArchiveQuery::Archived::Yes : ArchiveQuery::Archived::No;
    return q;
}

/// Reads the archive's rows again when the filter changed (or `force`, after a change).
void refresh_archive(KioskState& s, bool force) {
    if (!s.store || (!force && s.archive_queried == s.archive_state.filter)) return;
    s.archive_queried = s.archive_state.filter;
    try {
        auto& d = s.archive_data;
        d.rows.clear();
        for (const SessionSummary& r : s.store->find_sessions(archive_query(s.archive_state.filter)))
            d.rows.push_back({r.id, r.date, r.title, r.place, r.plan_title, r.status == "closed", r.archived_ms != 0,
                              int(r.note_count), int(r.vision_count), int(r.partner_count), int(r.subgoal_count)});
        const ArchiveFacets facets = s.store->archive_facets();
        d.years = facets.years;
        d.plans.clear();
        for (const auto& p : facets.plans) d.plans.push_back({p.id, p.title});
        d.archived_count = long(facets.archived);
    } catch (const StoreError& e) {
        s.archive_data.notices.push_back(e.what());
    }
}

void open_archive(KioskState& s) {
    s.archive_state = ui::ArchiveScreenState{};
    s.archive_data.notices.clear();
    s.archive_data.console_open = false;
    s.screens.go(ui::Screen::Archive);
    refresh_archive(s, true);
}

/// Shows session `id` as it ended: every exercise browsable, nothing written (ReadOnlySession,
/// loaded through a reader of its own, so not even what is on screen is recorded).
void open_read_only(KioskState& s, const std::string& id) {
    try {
        Store reader(s.store->path(), Access::Read);
        s.read_only = std::make_unique<ReadOnlySession>(reader.load_session(id).session);
    } catch (const StoreError& e) {
        s.archive_data.notices.push_back(e.what());
        return;
    }
    open_session(s, *s.read_only, system_clock());
    s.screens.go(ui::Screen::Agenda);
    log_line("session " + id + " opened read-only");
}

/// Shows sessions `then_id` and `now_id` side by side (core/compare.h), read through a reader of
/// its own like a read-only open, so nothing is written. A session that cannot be read stays in
/// the archive with the reason as a notice.
void open_comparison(KioskState& s, const std::string& then_id, const std::string& now_id) {
    std::vector<std::string> problems;
    try {
        Store reader(s.store->path(), Access::Read);
        s.comparison = compare_stored(reader, then_id, now_id, problems);
    } catch (const StoreError& e) {
        s.archive_data.notices.push_back(e.what());
        return;
    }
    for (auto& p : problems) s.archive_data.notices.push_back(std::move(p));
    s.compare_state = ui::CompareScreenState{};
    s.screens.go(ui::Screen::Compare);
    log_line("compare " + then_id + " with " + now_id);
}

void compare_frame(KioskState& s, ui::Redraw& redraw) {
    const auto intent = ui::draw_compare_screen(s.comparison, s.compare_state, s.ctx, redraw);
    if (std::holds_alternative<ui::LeaveCompareIntent>(intent)) s.screens.go(ui::Screen::Archive);
}

void handle(KioskState& s, const ui::ArchiveIntent& intent) {
    auto& notices = s.archive_data.notices;
    const auto title_of = [&](const std::string& id) {
        for (const auto& r : s.archive_data.rows)
            if (r.id == id) return "„" + r.title + "”";
        return id;
    };
    if (std::holds_alternative<ui::ArchiveBackIntent>(intent)) {
        s.screens.go(ui::Screen::Start);
        s.start_data = collect_start_data(*s.options, s.catalog, s.store.get(), s.ctx.language);
    } else if (const auto* open = std::get_if<ui::OpenReadOnlyIntent>(&intent)) {
        open_read_only(s, open->session_id);
    } else if (const auto* exp = std::get_if<ui::ExportSessionsIntent>(&intent)) {
        if (exp->ids.size() == 1) {  // shown read-only, exported from its own export screen
            open_read_only(s, exp->ids[0]);
            if (s.read_only) open_export(s);
        } else if (exp->ids.size() > 1) {
            open_export_several(s, exp->ids);
        }
    } else if (const auto* cmp = std::get_if<ui::CompareSessionsIntent>(&intent)) {
        open_comparison(s, cmp->then_id, cmp->now_id);
    } else if (std::holds_alternative<ui::ArchiveNeedsConsoleIntent>(intent)) {
        s.archive_gate = true;
        if (s.gate->request(s.now_seconds)) {
            s.archive_data.console_open = true;
            s.archive_gate = false;
        }
    } else if (const auto* cont = std::get_if<ui::ContinueSessionIntent>(&intent)) {
        try {
            s.store->set_archived(cont->session_id, false, 0);
        } catch (const StoreError& e) {
            notices.push_back(e.what());
            return;
        }
        resume_session(s, cont->session_id);
        if (s.live && s.live->session().status == SessionStatus::Closed)
            SourcedSink(*s.live, Source::Facilitator).submit(actions::SessionReopen{});
    } else if (const auto* away = std::get_if<ui::ArchiveAwayIntent>(&intent)) {
        try {
            s.store->set_archived(away->session_id, away->archived, system_clock().wall_ms());
            notices.push_back(fmt::format(fmt::runtime(away->archived ? tr("{} is archived away; “Archived away” shows it.")
                                                                      : tr("{} is back in the list.")),
                                          title_of(away->session_id)));
        } catch (const StoreError& e) {
            notices.push_back(e.what());
        }
        refresh_archive(s, true);
    } else if (const auto* del = std::get_if<ui::DeleteSessionIntent>(&intent)) {
        try {
            const std::string name = title_of(del->session_id);
            const DeletedSession gone = s.store->delete_session(del->session_id);
            notices.push_back(fmt::format(fmt::runtime(tr("{} is deleted. Its log is kept in {}; `kiosk apply` brings it back.")),
                                          name, gone.log_path));
            log_line("session " + del->session_id + " deleted; log kept in " + gone.log_path);
        } catch (const StoreError& e) {
            notices.push_back(e.what());
        }
        refresh_archive(s, true);
    }
}

void archive_frame(KioskState& s, ui::Redraw& redraw) {
    refresh_archive(s, false);
    handle(s, ui::draw_archive_screen(s.archive_data, s.archive_state, s.ctx, redraw));
}

/// The banner of a session opened read-only: what it is and how to change it.
void read_only_banner(KioskState& s) {
    if (!s.read_only || !is_session_screen(s.screens.current())) return;
    const std::string text = fmt::format(fmt::runtime(tr("Read only — {}. To change it: Archive, Continue (facilitator).")),
                                         s.read_only->session().title);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 size = ImGui::GetMainViewport()->Size;
    const float h = 2.0f * s.ctx.metrics.em;
    draw->AddRectFilled(ImVec2(0, size.y - h), size, ui::palette::kAction);
    draw->AddText(ImVec2(s.ctx.metrics.em, size.y - h + 0.5f * s.ctx.metrics.em), ui::palette::kOnAction, text.c_str());
}

void facilitator_frame(KioskState& s, platform::FrameRequest& request, ui::Redraw& redraw) {
    ui::ConsoleData data;
    data.phones = phones_info(s);
    data.scroll = &s.console_scroll;
    data.redraw = &redraw;
    data.facilitator = s.facilitator.get();
    data.countdown = s.session_view ? &s.session_view->countdown() : nullptr;
    data.language = s.ctx.language;
    data.pin_set = s.gate->pin_set();
    data.now = read_clock(system_clock());
    if (s.projector) {
        data.projector_available = s.projector->available();
        data.projector_on = s.projector->on();
        data.projector_waiting = s.projector->on() && !s.projector->showing();
        data.pause_screen = s.projector->show.pause_screen;
        data.projector_monitors = s.projector->monitor_choices();
        data.projector_monitor = s.projector->monitor_number();
    }
    const auto intent = ui::draw_facilitator_screen(data, s.ctx);
    if (std::holds_alternative<ui::LeaveFacilitatorIntent>(intent)) {
        s.gate->left_console(s.now_seconds);
        s.screens.back();
    }
    if (std::holds_alternative<ui::ChangePinIntent>(intent)) s.gate->ask_new_pin();
    if (std::holds_alternative<ui::SwitchPhonesIntent>(intent) && s.phones) s.phones->set_on(!s.phones->on());
    if (std::holds_alternative<ui::RenewJoinCodeIntent>(intent) && s.phones) s.phones->renew_code();
    if (std::holds_alternative<ui::SwitchProjectorIntent>(intent) && s.projector) {
        s.projector->set_on(!s.projector->on());
        log_line(s.projector->on() ? "projector wanted" : "projector not wanted");
    }
    if (const auto* choice = std::get_if<ui::ChooseProjectorIntent>(&intent); choice && s.projector) {
        s.projector->set_on(projector_on_monitor(choice->monitor));
        log_line(choice->monitor > 0 ? fmt::format("projector wanted on monitor {}", choice->monitor)
                                     : std::string("projector not wanted"));
    }
    if (std::holds_alternative<ui::SwitchPauseScreenIntent>(intent) && s.projector) {
        s.projector->show.pause_screen = !s.projector->show.pause_screen;
        log_line(s.projector->show.pause_screen ? "projector pause screen" : "projector shows the session");
    }
    if (std::holds_alternative<ui::ExportNotesIntent>(intent) && s.sink) open_export(s);
    if (std::holds_alternative<ui::LeaveSessionIntent>(intent) && s.sink) s.after_drain.push_back(close_session_view);
    if (std::holds_alternative<ui::FinishSessionIntent>(intent) && s.sink) {
        const auto closed = [](const SubmitResult& r) { if (!r.ok()) log_line(r.message); };
        if (const SubmitResult r = s.facilitator->submit(actions::SessionClose{}, closed); !r.ok()) log_line(r.message);
        s.after_drain.push_back(close_session_view);  // after the close is applied and stored
    }
    if (const auto* lang = std::get_if<ui::ConsoleLanguageIntent>(&intent)) switch_language(s, lang->language);
    if (std::holds_alternative<ui::QuitIntent>(intent)) {
        if (s.ui_state) s.ui_state->left();  // closed on purpose: the next start is a fresh one
        log_line("closing on the facilitator's request");
        request.quit = true;
    }
}

void export_frame(KioskState& s, ui::Redraw& redraw) {
    if (std::optional<EjectOutcome> o = s.eject ? s.eject->take() : std::nullopt) {
        log_line(o->log);
        s.eject_outcome = std::move(o);
        if (s.eject_outcome->kind == EjectOutcome::Kind::Pullable) s.export_data.destinations = find_export_destinations();
    }
    ui::ExportProgress shown = s.export_job.progress();
    show_eject(shown, s.export_removable && s.eject, s.eject && s.eject->busy(), s.eject_outcome);
    const auto intent = ui::draw_export_screen(s.export_data, s.export_state, shown, s.ctx, redraw);
    if (const auto* start = std::get_if<ui::StartExportIntent>(&intent)) {
        if (!s.export_several.empty()) s.export_job.start(s.export_several, start->folder, system_clock().wall_ms());
        else s.export_job.start(s.sink->session(), start->folder, system_clock().wall_ms());
        s.export_destination = start->folder;
        s.export_removable = false;
        for (const auto& d : s.export_data.destinations) s.export_removable |= d.path == start->folder && d.removable;
        s.eject_outcome.reset();
        log_line("export to " + s.export_job.progress().folder);
    }
    if (std::holds_alternative<ui::EjectStickIntent>(intent) && s.eject) {
        s.eject_outcome.reset();
        s.eject->start(s.export_destination);  // sync and unmount on its own thread (issue 14)
        log_line("ejecting " + s.export_destination);
    }
    if (std::holds_alternative<ui::RefreshDestinationsIntent>(intent))
        s.export_data.destinations = find_export_destinations();
    if (std::holds_alternative<ui::LeaveExportIntent>(intent)) {
        if (s.export_several.empty()) {
            s.screens.go(ui::Screen::Agenda);
        } else {
            s.export_several.clear();  // a running worker holds its own copies
            s.screens.go(ui::Screen::Archive);
        }
    }
    const ui::ExportProgress p = s.export_job.progress();
    if (p.phase == ui::ExportProgress::Phase::Done && !s.export_logged) {
        log_line(fmt::format("export done: {} files", p.written.size()));
        if (!p.warning.empty()) log_line("export: " + p.warning);
        s.export_logged = true;
    }
    if (p.phase == ui::ExportProgress::Phase::Failed && !s.export_logged) {
        log_line("export failed: " + p.error);
        s.export_logged = true;
    }
    if (p.phase == ui::ExportProgress::Phase::Running) s.export_logged = false;
}

/// A frame asked for sooner than this after the current one means something is animating.
constexpr double kAnimationFrameSeconds = 0.05;

/// The screen as the e2e test names it: "start", "agenda", "exercise:readiness", ...
std::string screen_label(const KioskState& s) {
    std::string name = ui::screen_name(s.screens.current());
    if (s.screens.current() == ui::Screen::Exercise && s.sink)
        if (const Exercise* e = s.sink->session().current_exercise()) name += ":" + e->id;
    return name;
}

/// The frame's targets as log lines. Only what a finger can reach: the visible part of each
/// target (none for one scrolled away or under the keyboard).
std::string target_lines() {
    std::string lines;
    for (const auto& t : ui::hit_targets().all())
        if (t.visible())
            lines += fmt::format("kiosk: target {} {:.0f} {:.0f} {:.0f} {:.0f}\n", t.key, t.visible_min.x,
                                 t.visible_min.y, t.visible_max.x, t.visible_max.y);
    return lines;
}

/// --log-targets: every touch target when the layout changes, and "screen NAME ready" once the
/// same layout was drawn twice in a row (a layout that changed asks for the frame that confirms
/// it), so a test taps only what stays where it is and never a first frame's guess.
void log_targets_if_changed(KioskState& s, ui::Redraw& redraw) {
    const std::string lines = target_lines();
    const std::string screen = screen_label(s);
    // Not in a frame with a press or release: what they did shows only in the next frame. Not
    // while something moves on its own (a list gliding after a flick asks for the next frame at
    // once, and two frames of a slow glide can be the same): it would move under the finger.
    const ImGuiIO& io = ImGui::GetIO();
    const bool input = io.MouseClicked[0] || io.MouseReleased[0];
    const bool animating = redraw.after_seconds < kAnimationFrameSeconds;
    if (lines == s.logged_targets && screen == s.logged_screen) {
        if (animating) return;  // the animation brings the next frame
        if (!s.layout_ready_logged && !input) {
            log_line("screen " + screen + " ready");
            s.layout_ready_logged = true;
        } else if (!s.layout_ready_logged) {
            redraw.within(0.0);  // the frame that can say it
        }
        return;
    }
    s.logged_targets = lines;
    s.logged_screen = screen;
    s.layout_ready_logged = false;
    // A line of its own before each layout: two layouts logged in consecutive frames (the PIN
    // keypad's last and the console's first) would otherwise read as one run of targets.
    log_line("layout " + screen);
    std::fputs(lines.c_str(), stderr);
    redraw.within(0.0);
}

/// --log-targets: each press and release of the pointer as the UI saw it, numbered, and where a
/// held pointer moved, so a test sends its next input only after the last one was handled (two
/// taps inside one frame would be one).
void log_pointer(KioskState& s) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 p = io.MousePos;
    if (io.MouseClicked[0]) {
        ++s.pointer_presses;
        log_line(fmt::format("pointer down {} {:.0f} {:.0f}", s.pointer_presses, p.x, p.y));
        s.logged_pointer = p;
    } else if (io.MouseDown[0] && (p.x != s.logged_pointer.x || p.y != s.logged_pointer.y)) {
        log_line(fmt::format("pointer at {} {:.0f} {:.0f}", s.pointer_presses, p.x, p.y));
        s.logged_pointer = p;
    }
    if (io.MouseReleased[0]) {
        log_line(fmt::format("pointer up {} {:.0f} {:.0f}", s.pointer_presses, p.x, p.y));
        s.layout_ready_logged = false;  // "ready" again once what the tap did is drawn and still
    }
}

/// Logs "console ready" once per opening of the facilitator console, on the first frame whose
/// targets equal those of the frame before: a script taps only a layout that stays.
void log_console_ready(KioskState& s, ui::Redraw& redraw) {
    if (s.screens.current() != ui::Screen::Facilitator) {
        s.console_layout.clear();
        s.console_ready = false;
        return;
    }
    if (s.console_ready) return;
    std::string layout = target_lines();
    if (layout == s.console_layout) {
        s.console_ready = true;
        log_line("console ready");
        return;
    }
    s.console_layout = std::move(layout);
    redraw.within(0.0);  // one more frame to see that it stays
}

void handle(KioskState& s, const ui::StartIntent& intent) {
    if (const auto* lang = std::get_if<ui::SwitchLanguageIntent>(&intent)) {
        switch_language(s, lang->language);
    } else if (std::holds_alternative<ui::OpenFacilitatorIntent>(intent)) {
        ask_for_console(s);
    } else if (const auto* n = std::get_if<ui::NewSessionIntent>(&intent)) {
        s.after_drain.push_back([n = *n](KioskState& state) { start_session(state, n); });
    } else if (const auto* r = std::get_if<ui::ResumeIntent>(&intent)) {
        resume_session(s, r->session_id);
    } else if (std::holds_alternative<ui::OpenArchiveIntent>(intent)) {
        open_archive(s);
    }
}

platform::FrameRequest frame(KioskState& s, const platform::FrameInfo& info) {
    platform::FrameRequest request;
    const LanguageScope speaking(language_for(s.ctx.language));  // this window's language
    ui::hit_targets().clear();
    if (s.chime) s.ctx.sound_available = s.chime->state() != platform::Chime::State::Silent;
    follow_scale(s.ctx, info);

    ui::Redraw redraw;
    ui::set_note_shape_callback(info.note_shapes);  // nullptr until the note shader is built
    s.now_seconds = info.now_seconds;
    if (s.gate->asking()) {
        keypad_frame(s, redraw);
    } else if (s.screens.current() == ui::Screen::Facilitator) {
        facilitator_frame(s, request, redraw);
    } else if (s.screens.current() == ui::Screen::Export && (s.sink || !s.export_several.empty())) {
        export_frame(s, redraw);
    } else if (s.screens.current() == ui::Screen::Archive) {
        archive_frame(s, redraw);
    } else if (s.screens.current() == ui::Screen::Compare) {
        compare_frame(s, redraw);
    } else if (is_session_screen(s.screens.current()) && s.sink) {
        session_frame(s, redraw);
        read_only_banner(s);
        if (s.ui_state && s.live && !s.read_only) {
            const double again = s.ui_state->save(s.live->session().id, *s.session_view, info.now_seconds);
            if (again < 1e9) redraw.within(again);  // a draft held back is written then
        }
    } else {
        handle(s, ui::draw_start_screen(s.start_data, s.start_state, s.ctx, redraw));
    }
    // On top of every screen when a field is active; not over the lock, where typing is refused.
    const bool locked = s.sink && is_session_screen(s.screens.current()) &&
                        s.sink->session().input_locked(read_clock(system_clock()));
    if (!locked) ui::keyboard_panel().draw(s.ctx, redraw);
    unsaved_banner(s, redraw);
    if (s.projector) {
        s.monitor_banner.update(monitor_notices(s.options->backend.monitor, s.projector->wanted_now(),
                                                s.projector->monitors()), info.now_seconds);
        s.monitor_banner.draw(s.ctx, info.now_seconds, redraw);
    }
    if (s.options->log_targets) {
        log_pointer(s);
        log_targets_if_changed(s, redraw);
        log_console_ready(s, redraw);
    }
    if (!s.after_drain.empty()) redraw.within(0.0);  // between_frames() runs them before the next frame
    if (s.projector) {
        s.projector->show.agenda = s.screens.current() == ui::Screen::Agenda;
        s.projector->show.phones = phones_info(s);
        s.projector->follow_table();
    }
    request.redraw_after_seconds = redraw.after_seconds;
    return request;
}

/// How many queued actions one pause between frames applies at most: a burst from many phones
/// is spread over frames instead of stalling one (each action is a durable write).
constexpr std::size_t kDrainPerStep = 256;

/// Between two frames (platform::Backend::set_between_frames): applies queued actions, so each is
/// durable before the frame that draws it, then the steps the last frame asked for.
void between_frames(KioskState& s, platform::Backend& backend) {
    const std::size_t applied = s.sink ? s.queue.drain(*s.sink, kDrainPerStep) : 0;
    std::vector<std::function<void(KioskState&)>> steps;
    steps.swap(s.after_drain);
    for (auto& step : steps) step(s);
    if (s.phones) s.phones->follow(s.sink ? &s.sink->session() : nullptr, read_clock(*s.clock), applied > 0);
    if (s.queue.size() > 0) backend.wake();  // more than one pause's worth: go on next time
}

/// --screenshot-dir: every exercise of the open session, and every phase of a writing exercise,
/// each on a fresh session view (no panel open, nothing scrolled), as ID.png or ID-PHASE.png.
bool screenshot_every_exercise(KioskState& s, platform::Backend& backend, const platform::FrameFn& fn) {
    const Clock& clock = *s.clock;
    const Plan plan = s.sink->session().plan;
    for (const Exercise& ex : plan.agenda) {
        std::vector<std::string> phases;
        for (const Phase& p : ex.phases) phases.push_back(p.id);
        if (phases.empty()) phases.push_back("");
        for (const std::string& phase : phases) {
            SubmitResult r = s.sink->submit(actions::AgendaGoto{ex.id});
            if (r.ok() && !phase.empty()) r = s.sink->submit(actions::WritingPhase{ex.id, phase});
            if (!r.ok()) {
                log_line(r.message);
                return false;
            }
            open_session(s, *s.sink, clock);
            const std::string name = ex.id + (phase.empty() ? "" : "-" + phase) + ".png";
            if (!screenshot(backend, fn, (std::filesystem::path(s.options->screenshot_dir) / name).string(),
                            s.options->frame_report))
                return false;
        }
    }
    return true;
}

}  // namespace

std::string list_screens() {
    std::string out;
    for (ui::Screen s : ui::all_screens())
        out += std::string(ui::screen_name(s)) + (screen_is_built(s) ? "" : " (not built yet)") + "\n";
    return out;
}

int run_kiosk(const RunOptions& o) {
    // main() loaded the catalogues; the kiosk speaks o.language, whatever the command line spoke.
    const LanguageScope speaking(language_for(o.language));
    const Language* dutch = language_for("nl");
    if (!dutch || !dutch->translated()) log_line("no translation catalogue found; showing English");

    ui::Screen screen = ui::Screen::Start;
    if (!ui::parse_screen(o.screen, screen) || !screen_is_built(screen)) {
        log_line("cannot render screen \"" + o.screen + "\"; see --list-screens");
        return 2;
    }
    // Before any thread exists (GLFW, Mesa), so the signal mask is inherited everywhere.
    std::unique_ptr<platform::StopSignals> stop;
    if (!o.screenshots()) stop = std::make_unique<platform::StopSignals>();

    auto backend = open_on_paper(o.backend);
    if (!backend) return 1;
    std::string error;

    KioskState state;
    ui::bind_window_state(state.window, backend->imgui_context());
    // Ctrl+V reads the desktop's clipboard off the UI thread (issue 14); screenshots never paste.
    std::unique_ptr<ClipboardPaste> paste;
    if (!o.screenshots()) {
        platform::Backend* waking = backend.get();
        paste = std::make_unique<ClipboardPaste>([waking] { waking->wake(); });
        state.window.paste = paste.get();
    }
    state.options = &o;
    state.ctx.language = o.language;
    // Screenshots and the demo never write, so they keep no PIN: their console opens at once.
    const bool keeps_pin = !o.demo_data && !o.screenshots();
    state.gate = std::make_unique<FacilitatorGate>(keeps_pin ? facilitator_pin_path(o.db_path) : std::string());
    if (!o.demo_data) {
        state.catalog = scan_plans(o.plans_dir);
        const Access access = o.screenshots() ? Access::Read : Access::Write;
        try {
            // A short busy timeout: the frame must not stall on another program's lock; what
            // cannot be written yet waits in LiveSession and the banner retries it.
            state.store = std::make_unique<Store>(o.db_path, access, StoreOptions{250});
        } catch (const StoreError& e) {
            log_line(e.what());
            if (access == Access::Write) {  // another kiosk has it, or it cannot be made
                show_refusal(*backend, stop.get(), refusal_for(e), o.log_targets);  // on screen too
                return 1;
            }
        }
        if (state.store && !state.store->notice().empty()) log_line(state.store->notice());
    }
    state.start_data = collect_start_data(o, state.catalog, state.store.get(), state.ctx.language);
    if (screen == ui::Screen::Facilitator) state.screens.go(ui::Screen::Facilitator);
    if (screen == ui::Screen::Archive) {
        open_archive(state);
        if (o.demo_data) state.archive_data = ui::demo_archive_screen_data();
        state.archive_state.selected = o.archive_row;  // --archive-row: its detail open
        if (o.archive_confirm && !o.archive_row.empty()) {
            state.archive_state.confirm = ui::ArchiveScreenState::Confirm::Delete;
            state.archive_data.console_open = true;
        }
    }
    if (state.store && state.store->writable() && o.screenshot_path.empty()) {
        state.ui_state = std::make_unique<UiStateSync>(*state.store);
        // The kiosk stopped with a session on screen (power cut, crash): reopen it where it was.
        const std::string open = state.ui_state->open_session();
        bool resumable = false;
        for (const auto& row : state.start_data.sessions)
            resumable = resumable || (row.id == open && row.status == ui::SessionStatus::InProgress);
        if (resumable && screen == ui::Screen::Start) {
            log_line("reopening session " + open + ", open when the kiosk stopped");
            resume_session(state, open);
        }
    }

    // The agenda, exercise and export screens show a session: the demo (--demo-data) or, for a
    // screenshot, the newest stored one, held in memory so a screenshot never writes.
    DemoSession demo;
    std::unique_ptr<MemorySession> stored;
    // The console shows the demo session's timer and board settings when asked with --demo-data.
    const bool console_with_session = screen == ui::Screen::Facilitator && o.demo_data;
    if (is_session_screen(screen) || screen == ui::Screen::Export || console_with_session) {
        ActionSink* sink = nullptr;
        const Clock* clock = &system_clock();
        if (o.demo_data) {
            demo = load_demo_session(o.plans_dir, demo_script_path(o.plans_dir, o.language), o.language, error);
            if (!demo.session) {
                log_line(error);
                return 1;
            }
            sink = demo.session.get();
            clock = demo.clock.get();
        } else {
            try {
                if (!state.store) throw StoreError(StoreErrorKind::NotFound, tr("There is no session database yet."));
                stored = std::make_unique<MemorySession>(state.store->load_session("latest").session);
            } catch (const StoreError& e) {
                log_line(std::string(e.what()) + " (use --demo-data for the demo session)");
                return 2;
            }
            sink = stored.get();
        }
        if (!o.demo_actions.empty() && !apply_demo_actions(*sink, o.demo_actions, error)) {
            log_line(error);
            return 2;
        }
        if (!o.exercise.empty()) {
            const SubmitResult r = sink->submit(actions::AgendaGoto{o.exercise});
            if (!r.ok()) {
                log_line(r.message);
                return 2;
            }
        }
        open_session(state, *sink, *clock);
        state.screens.go(ui::Screen::Agenda);
        if (screen == ui::Screen::Exercise) state.screens.go(ui::Screen::Exercise);
        if (screen == ui::Screen::Export) open_export(state);
        if (console_with_session) state.screens.go(ui::Screen::Facilitator);
    }
    if (!o.focus.empty()) ui::keyboard_panel().focus(o.focus);  // any screen's field, e.g. "title"
    std::unique_ptr<platform::Chime> chime;
    if (!o.screenshots()) {
        // The device opens on the chime's own thread (it can wait on a sound server, issue 14);
        // the countdown says "silent" once it is known there is none (frame()).
        platform::Backend* waking = backend.get();
        chime = std::make_unique<platform::Chime>(platform::openal_chime_device(), [waking](platform::Chime::State st) {
            if (st == platform::Chime::State::Silent) log_line("no audio device: the timer ends silently");
            waking->wake();
        });
        state.chime = chime.get();
        state.eject = std::make_unique<EjectJob>([waking] { waking->wake(); });
        state.export_job.set_wake([waking] { waking->wake(); });  // the export writes on its own thread
    }
    if (!o.screenshots()) {
        platform::ProjectorSpec spec;
        if (!platform::parse_projector_spec(o.projector, spec, error)) {
            log_line(error);
            return 2;
        }
        RoomProjector::Source source;
        source.session = [&state]() -> const Session* { return state.sink ? &state.sink->session() : nullptr; };
        source.language = [&state] { return state.ctx.language; };
        state.projector = std::make_unique<RoomProjector>(*backend, spec, std::move(source));
        RoomPhones::Settings phones;
        phones.address = o.phones_address;
        if (o.phones_port >= 0) phones.port = o.phones_port;
        platform::Backend* waking = backend.get();
        RoomPhones::CodeMemory codes;
        if (UiStateSync* kept = state.ui_state.get()) {
            codes.recall = [kept](const std::string& id) { return kept->join_code(id); };
            codes.keep = [kept](const std::string& id, const std::string& code) { kept->keep_join_code(id, code); };
        }
        state.phones = std::make_unique<RoomPhones>(state.queue, [waking] { waking->wake(); }, phones, std::move(codes));
        if (o.phones_port >= 0) state.phones->set_on(true);
    }
    auto fn = [&state](const platform::FrameInfo& info) { return frame(state, info); };
    platform::Backend& window = *backend;
    backend->set_between_frames([&state, &window] { between_frames(state, window); });
    state.queue.set_wake([&window] { window.wake(); });

    if (!o.screenshot_dir.empty()) {
        if (screen != ui::Screen::Exercise || !state.sink) {
            log_line("--screenshot-dir renders the exercise screen: add --screen exercise");
            return 2;
        }
        return screenshot_every_exercise(state, *backend, fn) ? 0 : 1;
    }
    if (!o.screenshot_path.empty()) return screenshot(*backend, fn, o.screenshot_path, o.frame_report) ? 0 : 1;
    backend->run(fn, stop.get());
    return 0;
}

}  // namespace kiosk::app
