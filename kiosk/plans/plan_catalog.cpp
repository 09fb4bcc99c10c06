#include "plans/plan_catalog.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "core/i18n.h"
#include "plans/plan_loader.h"

namespace kiosk {
namespace {

// The *.toml files directly in `dir`, sorted by name; on error, `error` is set.
std::vector<std::filesystem::path> plan_files(const std::string& dir, std::error_code& error) {
    std::vector<std::filesystem::path> files;
    std::filesystem::directory_iterator it(dir, error);
    for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
        const auto& path = it->path();
        std::error_code status_error;  // a dangling link is skipped, not fatal
        if (path.extension() == ".toml" && it->is_regular_file(status_error)) files.push_back(path);
    }
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.filename().string() < b.filename().string(); });
    return files;
}

}  // namespace

const Plan* PlanCatalog::find(const std::string& id, const std::string& language) const {
    for (const auto& entry : plans)
        if (entry.plan.id == id && entry.plan.language == language) return &entry.plan;
    return nullptr;
}

PlanCatalog scan_plans(const std::string& dir) {
    PlanCatalog catalog;
    std::error_code error;
    const auto files = plan_files(dir, error);
    if (error) {
        catalog.skipped.push_back(
            {dir, {PlanProblem{dir, 0, 0, fmt::format(fmt::runtime(tr("cannot read the plan folder: {}")),
                                                     error.message())}}});
        return catalog;
    }
    for (const auto& path : files) {
        const std::string file = path.string();
        PlanLoadResult result = load_plan_file(file);
        if (!result.ok()) {
            catalog.skipped.push_back({file, std::move(result.problems)});
            continue;
        }
        Plan& plan = *result.plan;
        const auto earlier = std::find_if(catalog.plans.begin(), catalog.plans.end(), [&](const CatalogPlan& e) {
            return e.plan.id == plan.id && e.plan.language == plan.language;
        });
        if (earlier != catalog.plans.end()) {
            const SourcePosition at = result.id_position;
            catalog.skipped.push_back(
                {file,
                 {PlanProblem{file, at.line, at.column,
                              fmt::format(fmt::runtime(tr("plan '{}' in language '{}' is already defined in {}")),
                                          plan.id, plan.language, earlier->file)}}});
            continue;
        }
        catalog.plans.push_back({file, std::move(plan)});
    }
    return catalog;
}

}  // namespace kiosk
