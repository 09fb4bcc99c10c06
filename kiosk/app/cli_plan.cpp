#include "app/cli_plan.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "core/i18n.h"
#include "plans/plan_catalog.h"
#include "plans/plan_loader.h"

namespace kiosk {

int plan_check(const std::vector<std::string>& files, std::ostream& out) {
    if (files.empty()) {
        out << tr("No plan files given.") << '\n';
        return 1;
    }
    std::size_t valid = 0, problems = 0;
    for (const auto& file : files) {
        const PlanLoadResult result = load_plan_file(file);
        for (const auto& problem : result.problems) out << problem.to_string() << '\n';
        problems += result.problems.size();
        if (result.ok()) ++valid;
    }
    fmt::print(out, fmt::runtime(tr("Plan files checked: {}, valid: {}, problems: {}")), files.size(), valid,
               problems);
    out << '\n';
    return valid == files.size() ? 0 : 1;
}

int plan_list(const std::string& dir, std::ostream& out) {
    const PlanCatalog catalog = scan_plans(dir);
    if (!catalog.plans.empty()) {
        // Ids are ASCII (the loader checks), so byte widths line the columns up.
        std::size_t id_width = std::string(tr("id")).size();
        for (const auto& entry : catalog.plans) id_width = std::max(id_width, entry.plan.id.size());
        // Translated headers set the width of their columns (fmt pads by characters, not bytes).
        const auto width = [](const char* header, std::size_t least) {
            std::size_t n = 0;
            for (const char* p = header; *p; ++p) n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
            return std::max(n, least);
        };
        const std::size_t language_w = width(tr("language"), 8), minutes_w = width(tr("minutes"), 7),
                          exercises_w = width(tr("exercises"), 9);
        const auto row = [&](const std::string& id, const std::string& language, const std::string& minutes,
                             const std::string& exercises, const std::string& title) {
            fmt::print(out, "{:<{}}  {:<{}}  {:>{}}  {:>{}}  {}\n", id, id_width, language, language_w, minutes,
                       minutes_w, exercises, exercises_w, title);
        };
        row(tr("id"), tr("language"), tr("minutes"), tr("exercises"), tr("title"));
        for (const auto& entry : catalog.plans) {
            const Plan& plan = entry.plan;
            row(plan.id, plan.language, std::to_string(plan.planned_minutes()), std::to_string(plan.agenda.size()),
                plan.title);
        }
    } else {
        fmt::print(out, fmt::runtime(tr("No valid plans in {}")), dir);
        out << '\n';
    }
    if (!catalog.skipped.empty()) {
        out << tr("Skipped files:") << '\n';
        for (const auto& skipped : catalog.skipped)
            for (const auto& problem : skipped.problems) out << problem.to_string() << '\n';
    }
    return catalog.plans.empty() || !catalog.skipped.empty() ? 1 : 0;
}

}  // namespace kiosk

#include "app/commands.h"

#include <iostream>
#include <memory>

namespace kiosk::app {

void register_plan_commands(CLI::App& app, CommandRegistry& commands, const std::string& plans_dir) {
    CLI::App* plan = app.add_subcommand("plan", tr("Check and list plan files (sessions/*.toml)"));
    plan->require_subcommand(1);
    auto files = std::make_shared<std::vector<std::string>>();
    auto dir = std::make_shared<std::string>();
    CLI::App* check = commands.add(*plan, "check", tr("Check plan files; one line per problem as FILE:LINE:COLUMN"),
                                   [files] { return plan_check(*files, std::cout); });
    check->add_option("files", *files, tr("Plan files"))->required();
    CLI::App* list = commands.add(*plan, "list", tr("List the plans in a folder"),
                                  [dir, plans_dir] { return plan_list(dir->empty() ? plans_dir : *dir, std::cout); });
    list->add_option("dir", *dir, tr("Folder of plan files (default: the kiosk's plans folder)"));
}

}  // namespace kiosk::app
