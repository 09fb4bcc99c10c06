#include "core/read_only_session.h"

#include "core/i18n.h"

namespace kiosk {
namespace {

bool browsing(const Action& action) { return action.data.is_object() && action.type() == "agenda.goto"; }

}  // namespace

const char* read_only_message() {
    return tr("This session is open read-only: nothing in it changes. To work on in it, continue it from the "
              "archive (facilitator).");
}

SubmitResult ReadOnlySession::submit(Action action) {
    if (!browsing(action)) return {SaveState::Rejected, read_only_message(), {}};
    return memory_.submit(std::move(action));
}

SubmitResult ReadOnlySession::submit_all(std::vector<Action> actions) {
    for (const Action& a : actions)
        if (!browsing(a)) return {SaveState::Rejected, read_only_message(), {}};
    return memory_.submit_all(std::move(actions));
}

}  // namespace kiosk
