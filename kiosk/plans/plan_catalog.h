// The plans the kiosk can offer: every *.toml file of a folder (normally sessions/), loaded and
// checked. A bad file never stops the kiosk: it is listed with its problems and skipped.
#pragma once

#include <string>
#include <vector>

#include "core/plan.h"
#include "plans/plan_problem.h"

namespace kiosk {

struct CatalogPlan {
    std::string file;  // path of the file the plan came from
    Plan plan;
};

struct SkippedPlanFile {
    std::string file;
    std::vector<PlanProblem> problems;  // at least one
};

struct PlanCatalog {
    std::vector<CatalogPlan> plans;       // valid plans, in file-name order
    std::vector<SkippedPlanFile> skipped; // invalid or unreadable files, in file-name order

    /// The plan with this id and language ("nl" / "en"), or nullptr.
    const Plan* find(const std::string& id, const std::string& language) const;
};

/// Loads every regular file named *.toml directly in `dir`, in byte order of the file names.
/// A plan whose (id, language) was already taken by an earlier file is skipped with a problem
/// at its `id`. A missing or unreadable folder gives one skipped entry for the folder itself.
PlanCatalog scan_plans(const std::string& dir);

}  // namespace kiosk
