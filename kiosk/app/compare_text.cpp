#include "app/compare_text.h"

#include "app/commands.h"
#include "app/stored_comparison.h"
#include "core/i18n.h"
#include "store/store.h"
#include "store/store_error.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace kiosk {
namespace {

std::string indented(const std::string& text, const std::string& indent) {
    if (text.empty()) return "—";
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

void side_line(const char* word, const CompareSide& side, std::ostream& out) {
    out << word << ": " << (side.date.empty() ? "" : side.date + " ") << side.title;
    if (!side.place.empty()) out << ", " << side.place;
    out << " [" << side.id << "]\n";
}

void value_line(const char* word, const std::string& value, const std::string& status, std::ostream& out) {
    out << "  " << word << ": " << indented(value, "    ");
    if (!status.empty()) out << " (" << fmt::format(fmt::runtime(tr("Status: {}")), status) << ")";
    out << '\n';
}

}  // namespace

void write_comparison_text(const Comparison& c, std::ostream& out) {
    side_line(tr("Then"), c.then, out);
    side_line(tr("Now"), c.now, out);
    for (const CompareSection& s : c.sections) {
        out << "\n== " << tr(s.title);
        if (!s.exercise_title.empty()) out << " · " << s.exercise_title;
        out << " ==\n";
        if (s.missing_then) out << "  " << tr("Then") << ": " << tr("Not in this session's plan") << '\n';
        if (s.missing_now) out << "  " << tr("Now") << ": " << tr("Not in this session's plan") << '\n';
        for (const CompareRow& r : s.rows) {
            out << r.label;
            if (r.change != Change::Same) out << "  [" << change_label(r.change) << "]";
            out << '\n';
            if (r.then == r.now && r.status_then == r.status_now) {  // one line for what stayed
                value_line(tr("then and now"), r.now, r.status_now, out);
                continue;
            }
            value_line(tr("then"), r.then, r.status_then, out);
            value_line(tr("now"), r.now, r.status_now, out);
        }
    }
}

int cmd_sessions_compare(const std::string& db, const std::string& then_id, const std::string& now_id,
                         std::ostream& out, std::ostream& err) {
    try {
        Store store(db, Access::Read);
        std::vector<std::string> problems;
        const Comparison c = compare_stored(store, then_id, now_id, problems);
        for (const auto& p : problems) err << p << '\n';
        write_comparison_text(c, out);
        return problems.empty() ? 0 : 1;
    } catch (const StoreError& e) {
        err << e.what() << '\n';
        return 1;
    }
}

}  // namespace kiosk

namespace kiosk::app {

void register_compare_command(CLI::App& app, CommandRegistry& commands, const std::string& db_path) {
    struct Args {
        std::string db, then, now;
    };
    auto args = std::make_shared<Args>();
    args->db = db_path;
    CLI::App* sessions = app.get_subcommand("sessions");
    CLI::App* compare = commands.add(*sessions, "compare", tr("Two sessions side by side: then and now"), [args] {
        return cmd_sessions_compare(args->db, args->then, args->now, std::cout, std::cerr);
    });
    compare->add_option("--db", args->db, tr("Database file"))->capture_default_str();
    compare->add_option("then", args->then, tr("The earlier session's id"))->required();
    compare->add_option("now", args->now, tr("The later session's id, or latest"))->required();
}

}  // namespace kiosk::app
