// Internal to kiosk_plans: collects the problems of one plan file as the checks find them.
#pragma once

#include <string>
#include <vector>

#include "plans/plan_problem.h"

namespace kiosk::plans_detail {

class ProblemList {
public:
    explicit ProblemList(std::string file) : file_(std::move(file)) {}

    void add(SourcePosition at, std::string message);
    bool empty() const { return problems_.empty(); }
    const std::string& file() const { return file_; }

    /// The problems in file order (line, then column; same place keeps the order found), so
    /// the list reads top to bottom like the file.
    std::vector<PlanProblem> take_sorted();

private:
    std::string file_;
    std::vector<PlanProblem> problems_;
};

}  // namespace kiosk::plans_detail
