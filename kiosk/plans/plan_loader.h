// Reading a plan from a TOML file (the format is described in sessions/FORMAT.md) and checking
// it against the rules of the method before the kiosk ever shows it. A plan is accepted whole or
// not at all: a file with any problem yields no plan, but all of its problems, each located by
// line and column, so a facilitator can fix the file in one round.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"
#include "plans/plan_problem.h"

namespace kiosk {

/// Plan files larger than this (in bytes) are refused unread: a real plan is a few kilobytes,
/// so anything this big is the wrong file.
inline constexpr std::size_t kMaxPlanFileBytes = 1024 * 1024;

/// Planned minutes of an exercise (and of a timed writing phase) must lie in 1..480 (8 hours,
/// a long bootcamp day); more is a typo.
inline constexpr int kMaxExerciseMinutes = 480;

/// Dot-voting budget per participant on a board: 0 (no voting) up to this.
inline constexpr int kMaxVotesPerPerson = 20;

struct PlanLoadResult {
    std::optional<Plan> plan;           // set only when `problems` is empty
    std::vector<PlanProblem> problems;  // every problem found, sorted by line and column
    SourcePosition id_position;         // where the plan's `id` value is (for cross-file checks)

    bool ok() const { return problems.empty(); }
};

/// Parses and validates `toml_text` (UTF-8, an optional byte-order mark is skipped).
/// `file_name` is only used to label problems. Never throws for bad input: invalid UTF-8, TOML
/// syntax errors, wrong types, unknown keys (with a "did you mean" for typos), missing or
/// duplicate ids and the kind-specific rules of FORMAT.md all become problems.
PlanLoadResult load_plan_text(std::string_view toml_text, const std::string& file_name);

/// Reads `path` and calls load_plan_text. A missing, unreadable or oversized file
/// (> kMaxPlanFileBytes) yields one problem at line 0, column 0.
PlanLoadResult load_plan_file(const std::string& path);

}  // namespace kiosk
