#include "ui/board_view.h"

#include <imgui.h>

namespace kiosk::ui {

void BoardView::draw(ActionSink& sink, const Exercise& board, const Context&, Redraw&) {
    const Session& s = sink.session();
    int columns = static_cast<int>(board.columns.size());
    if (columns == 0 || !ImGui::BeginTable("##board", columns, ImGuiTableFlags_BordersInnerV)) return;
    for (const auto& column : board.columns) ImGui::TableSetupColumn(column.id.c_str());
    ImGui::TableNextRow();
    for (const auto& column : board.columns) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(column.title.c_str());
        for (const Note* note : s.notes_in(board.id, column.id)) {
            ImGui::Separator();
            ImGui::TextWrapped("%s", note->hidden ? "\xE2\x80\xA6" : note->text.c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace kiosk::ui
