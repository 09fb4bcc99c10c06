#include "store/replay.h"

#include "core/holdings.h"
#include "core/i18n.h"
#include "core/reduce.h"
#include "core/search_fold.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

namespace kiosk {

std::vector<Action> read_log(SQLite::Database& db, const std::string& id) {
    std::vector<Action> out;
    SQLite::Statement q(db, "SELECT data FROM actions WHERE session = ? ORDER BY seq");
    q.bind(1, id);
    while (q.executeStep()) {
        const char* text = q.getColumn(0).getText();
        out.push_back(Action{Json::parse(text, nullptr, /*allow_exceptions=*/false)});
    }
    return out;
}

LoadedSession replay_log(SQLite::Database& db, const std::string& id) {
    LoadedSession out;
    std::vector<Action> actions = read_log(db, id);
    out.action_count = static_cast<std::int64_t>(actions.size());
    std::int64_t n = 0;
    for (const Action& a : actions) {
        ++n;
        ApplyResult r = a.data.is_discarded() ? ApplyResult{false, tr("The stored action is not valid JSON.")}
                                              : apply(out.session, a);
        if (!r)
            out.problems.push_back(fmt::format(fmt::runtime(tr("Session {}, action {} ({}): {}")), id, n,
                                               a.data.is_object() ? a.type() : std::string("?"), r.error));
    }
    return out;
}

std::string search_key_of(const Session& session) {
    return fold_for_search(session.title) + "\n" + fold_for_search(session.place) + "\n" +
           fold_for_search(session.facilitator) + "\n" + fold_for_search(session.plan.title);
}

void bind_archive_columns(SQLite::Statement& q, int first, const Session& session) {
    const Holdings h = holdings_of(session);
    q.bind(first, h.visions);
    q.bind(first + 1, h.partners);
    q.bind(first + 2, h.subgoals);
    q.bind(first + 3, session.plan.title);
    q.bind(first + 4, search_key_of(session));
}

}  // namespace kiosk
