#include "app/demo_session.h"

#include "core/plan_json.h"
#include "core/reduce.h"
#include "plans/plan_catalog.h"

#include <fstream>

namespace kiosk::app {

std::string demo_script_path(const std::string& plans_dir, const std::string& language) {
    for (const std::string& lang : {language, std::string("nl")}) {
        const std::string path = plans_dir + "/demo/bootcamp-demo." + lang + ".jsonl";
        if (std::ifstream(path)) return path;
    }
    return {};
}

DemoSession load_demo_session(const std::string& plans_dir, const std::string& script,
                              const std::string& language, std::string& error) {
    DemoSession demo;
    std::ifstream in(script);
    if (!in) {
        error = "cannot read the demo session " + script;
        return demo;
    }
    const PlanCatalog catalog = scan_plans(plans_dir);
    Session s;
    std::string line;
    int n = 0;
    std::int64_t last_at = 0;
    try {
        while (std::getline(in, line)) {
            ++n;
            if (line.empty()) continue;
            Action a{Json::parse(line)};
            if (a.type() == "session.create") {
                const std::string plan_id = a.data.value("plan", std::string("bootcamp"));
                const Plan* plan = catalog.find(plan_id, language);
                if (!plan) plan = catalog.find(plan_id, a.data.value("language", std::string("nl")));
                if (!plan) {
                    error = "no plan \"" + plan_id + "\" in " + plans_dir;
                    return demo;
                }
                a.data["plan"] = plan_to_json(*plan);
            }
            clean_action(a, s, a.at());
            const ApplyResult r = apply(s, a);
            if (!r) {
                error = script + ": line " + std::to_string(n) + ": " + r.error;
                return demo;
            }
            last_at = a.at();
        }
    } catch (const std::exception& e) {
        error = script + ": line " + std::to_string(n) + ": " + e.what();
        return demo;
    }
    demo.clock = std::make_unique<ShiftedClock>(system_clock(), last_at + 3 * 60'000 - system_clock().wall_ms());
    demo.session = std::make_unique<MemorySession>(std::move(s), *demo.clock);
    return demo;
}

}  // namespace kiosk::app
