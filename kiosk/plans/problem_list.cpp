#include "plans/problem_list.h"

#include <algorithm>

namespace kiosk::plans_detail {

void ProblemList::add(SourcePosition at, std::string message) {
    problems_.push_back(PlanProblem{file_, at.line, at.column, std::move(message)});
}

std::vector<PlanProblem> ProblemList::take_sorted() {
    std::stable_sort(problems_.begin(), problems_.end(), [](const PlanProblem& a, const PlanProblem& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return std::move(problems_);
}

}  // namespace kiosk::plans_detail
