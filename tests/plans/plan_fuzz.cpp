// libFuzzer entry point for the plan loader: any bytes must give either a plan or a list of
// located problems, never a crash, hang or exception. Built only with -DKIOSK_FUZZ=ON and clang;
// start it from the shipped plans as seed corpus (see sessions/FORMAT.md, "Checking a plan").
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "plans/plan_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const kiosk::PlanLoadResult result = kiosk::load_plan_text(text, "fuzz.toml");
    // The contract of PlanLoadResult: a plan exactly when there is no problem, and every problem
    // has a message and a position that is either unknown (0) or 1-based.
    if (result.plan.has_value() != result.problems.empty()) std::abort();
    for (const auto& problem : result.problems) {
        if (problem.message.empty() || problem.line < 0 || problem.column < 0) std::abort();
        if (problem.to_string().empty()) std::abort();
    }
    return 0;
}
