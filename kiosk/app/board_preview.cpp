#include "app/board_preview.h"

#include "core/plan_json.h"
#include "core/reduce.h"
#include "plans/plan_catalog.h"

#include <imgui.h>

#include <fstream>

namespace kiosk::app {
namespace {

bool apply_file(Session& s, const std::string& path, const Plan* plan, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        Action a;
        try {
            a.data = Json::parse(line);
        } catch (const Json::exception& e) {
            error = path + ":" + std::to_string(n) + ": " + e.what();
            return false;
        }
        if (a.type() == "session.create" && plan) a.data["plan"] = plan_to_json(*plan);
        if (!s.id.empty()) a.data["session"] = s.id;
        clean_action(a, s, a.at());
        if (ApplyResult r = apply(s, a); !r) {
            error = path + ":" + std::to_string(n) + ": " + r.error;
            return false;
        }
    }
    return true;
}

}  // namespace

std::unique_ptr<BoardPreview> load_board_preview(const std::string& plans_dir, const std::string& language,
                                                 const std::string& exercise,
                                                 const std::string& extra_actions_path, std::string& error) {
    const PlanCatalog catalog = scan_plans(plans_dir);
    const Plan* plan = catalog.find("bootcamp", language);
    if (!plan) {
        error = "no bootcamp plan in " + language + " under " + plans_dir;
        return nullptr;
    }
    Session s;
    if (!apply_file(s, plans_dir + "/demo/bootcamp-demo." + language + ".jsonl", plan, error)) return nullptr;
    if (!extra_actions_path.empty() && !apply_file(s, extra_actions_path, nullptr, error)) return nullptr;
    const Exercise* board = s.plan.find(exercise);
    if (!board || board->kind != ExerciseKind::Board) {
        error = "\"" + exercise + "\" is not a board of the demo session";
        return nullptr;
    }
    auto preview = std::make_unique<BoardPreview>();
    preview->sink = std::make_unique<MemorySession>(std::move(s));
    preview->exercise = exercise;
    return preview;
}

void draw_board_preview(BoardPreview& p, const ui::Context& ctx, ui::Redraw& redraw) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##board-preview", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (const Exercise* board = p.sink->session().plan.find(p.exercise)) p.view.draw(*p.sink, *board, ctx, redraw);
    ImGui::End();
}

}  // namespace kiosk::app
