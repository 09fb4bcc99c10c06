#include "plan_texts.h"

namespace kiosk::testing {

std::vector<PlanText> exercise_texts(const Exercise& ex, const Phase* phase) {
    std::vector<PlanText> out;
    auto add = [&out](std::string where, const std::string& text, bool on_demand = false) {
        if (!text.empty()) out.push_back({std::move(where), text, on_demand});
    };
    add("title", ex.title);
    add("prompt", ex.prompt);
    for (std::size_t i = 0; i < ex.rules.size(); ++i) add("rule " + std::to_string(i + 1), ex.rules[i]);
    for (const Question& q : ex.questions) {
        add("question " + q.id + " text", q.text);
        add("question " + q.id + " hint", q.hint, true);
    }
    for (const Phase& p : ex.phases) {
        add("phase " + p.id + " title", p.title);
        if (!phase || phase == &p) add("phase " + p.id + " prompt", p.prompt);
    }
    for (const Column& c : ex.columns) {
        add("column " + c.id + " title", c.title);
        add("column " + c.id + " hint", c.hint, true);
        add("column " + c.id + " example", c.example, true);
    }
    for (const Field& f : ex.fields) {
        add("field " + f.id + " label", f.label);
        add("field " + f.id + " hint", f.hint, true);
        for (const Choice& c : f.choices) {
            add("field " + f.id + " choice " + c.id + " label", c.label);
            add("field " + f.id + " choice " + c.id + " hint", c.hint, true);
        }
        for (std::size_t i = 0; i < f.support.size(); ++i)
            add("field " + f.id + " support " + std::to_string(i + 1), f.support[i], true);
    }
    return out;
}

}  // namespace kiosk::testing
