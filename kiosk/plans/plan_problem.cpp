#include "plans/plan_problem.h"

#include <fmt/format.h>

namespace kiosk {

std::string PlanProblem::to_string() const {
    return fmt::format("{}:{}:{}: {}", file, line, column, message);
}

}  // namespace kiosk
