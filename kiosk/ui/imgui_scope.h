// RAII guards for ImGui's Push/Pop and Begin/End pairs: each pushes in its constructor and pops
// in its destructor, so an early return or a forgotten Pop cannot leave a stack unbalanced (the
// Debian build of ImGui 1.86 has its asserts on and aborts the process on an unbalanced pair).
// Tested in tests/ui/imgui_scope_test.cpp.
//
//   { ScopedStyleColour ink(ImGuiCol_Text, palette::kInk); ImGui::TextUnformatted(...); }
#pragma once

#include <imgui.h>

namespace kiosk::ui {

/// Not copyable or movable: a guard pops exactly once, where it was declared.
class ScopeGuard {
public:
    ScopeGuard() = default;
    ScopeGuard(const ScopeGuard&) = delete;
    ScopeGuard& operator=(const ScopeGuard&) = delete;
};

/// PushStyleColor / PopStyleColor.
class ScopedStyleColour : ScopeGuard {
public:
    ScopedStyleColour(ImGuiCol idx, ImU32 colour) { ImGui::PushStyleColor(idx, colour); }
    ScopedStyleColour(ImGuiCol idx, const ImVec4& colour) { ImGui::PushStyleColor(idx, colour); }
    ~ScopedStyleColour() { ImGui::PopStyleColor(); }
};

/// PushStyleVar / PopStyleVar (a float or an ImVec2 variable, as ImGui's own overloads).
class ScopedStyleVar : ScopeGuard {
public:
    ScopedStyleVar(ImGuiStyleVar idx, float value) { ImGui::PushStyleVar(idx, value); }
    ScopedStyleVar(ImGuiStyleVar idx, const ImVec2& value) { ImGui::PushStyleVar(idx, value); }
    ~ScopedStyleVar() { ImGui::PopStyleVar(); }
};

/// PushID / PopID. The id is a stable key or an index, never user text (the team's guide).
class ScopedId : ScopeGuard {
public:
    explicit ScopedId(const char* id) { ImGui::PushID(id); }
    explicit ScopedId(int id) { ImGui::PushID(id); }
    ~ScopedId() { ImGui::PopID(); }
};

/// PushFont / PopFont; a null font pushes nothing (the kiosk's optional heading font), so the
/// caller need not write the `if (font) PushFont … if (font) PopFont` pair.
class ScopedFont : ScopeGuard {
public:
    explicit ScopedFont(ImFont* font) : pushed_(font != nullptr) {
        if (pushed_) ImGui::PushFont(font);
    }
    ~ScopedFont() {
        if (pushed_) ImGui::PopFont();
    }

private:
    bool pushed_;
};

/// PushTextWrapPos / PopTextWrapPos; 0 wraps at the window's edge.
class ScopedTextWrap : ScopeGuard {
public:
    explicit ScopedTextWrap(float wrap_pos_x = 0.0f) { ImGui::PushTextWrapPos(wrap_pos_x); }
    ~ScopedTextWrap() { ImGui::PopTextWrapPos(); }
};

/// ImDrawList::PushClipRect / PopClipRect on `list` (the board's window or foreground list).
class ScopedClipRect : ScopeGuard {
public:
    ScopedClipRect(ImDrawList& list, const ImVec2& min, const ImVec2& max, bool intersect = true) : list_(list) {
        list_.PushClipRect(min, max, intersect);
    }
    ~ScopedClipRect() { list_.PopClipRect(); }

private:
    ImDrawList& list_;
};

/// BeginGroup / EndGroup.
class ScopedGroup : ScopeGuard {
public:
    ScopedGroup() { ImGui::BeginGroup(); }
    ~ScopedGroup() { ImGui::EndGroup(); }
};

/// BeginChild / EndChild. EndChild is called whatever BeginChild returned (ImGui's rule for
/// children, unlike Begin of a popup); `visible()` says whether to draw the contents.
class ScopedChild : ScopeGuard {
public:
    ScopedChild(const char* id, const ImVec2& size = ImVec2(0, 0), bool border = false, ImGuiWindowFlags flags = 0)
        : visible_(ImGui::BeginChild(id, size, border, flags)) {}
    ~ScopedChild() { ImGui::EndChild(); }
    bool visible() const { return visible_; }

private:
    bool visible_;
};

/// PushItemWidth / PopItemWidth.
class ScopedItemWidth : ScopeGuard {
public:
    explicit ScopedItemWidth(float width) { ImGui::PushItemWidth(width); }
    ~ScopedItemWidth() { ImGui::PopItemWidth(); }
};

/// BeginDisabled / EndDisabled.
class ScopedDisabled : ScopeGuard {
public:
    explicit ScopedDisabled(bool disabled = true) { ImGui::BeginDisabled(disabled); }
    ~ScopedDisabled() { ImGui::EndDisabled(); }
};

/// Window flags of a screen: it fills its area, never moves or saves settings, stays behind
/// dialogs and scrolls only by finger (ui/touch_scroll.h), never by the ImGui scrollbar or wheel.
inline constexpr ImGuiWindowFlags kScreenWindowFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;

/// Begins the window of a full-width screen at the display's top left: `height` px tall (the
/// display's height when <= 0), with `padding` (px) inside. The caller ends it with ImGui::End().
inline void begin_screen_window(const char* id, ImVec2 padding, float height = 0.0f,
                                ImGuiWindowFlags flags = kScreenWindowFlags) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, height > 0.0f ? height : vp->Size.y));
    ScopedStyleVar pad(ImGuiStyleVar_WindowPadding, padding);  // read by Begin, not after
    ImGui::Begin(id, nullptr, flags);
}

}  // namespace kiosk::ui
