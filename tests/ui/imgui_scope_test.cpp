// The RAII guards of kiosk/ui/imgui_scope.h: each pushes one entry on its ImGui stack while it
// lives and leaves the stack as it found it, in a headless ImGui context (no window, no GL).
#include "ui/imgui_scope.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

using namespace kiosk::ui;

namespace {

/// One ImGui frame with a window open, for the length of a test.
class ImGuiScope : public ::testing::Test {
protected:
    void SetUp() override {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(800, 600);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        ImGui::NewFrame();
        ImGui::Begin("scope-test");
    }
    void TearDown() override {
        ImGui::End();
        ImGui::EndFrame();  // ImGui's own check: asserts (aborts) on anything left unbalanced
        ImGui::DestroyContext(context_);
    }
    ImGuiContext& g() { return *ImGui::GetCurrentContext(); }
    ImGuiWindow& window() { return *ImGui::GetCurrentWindow(); }

private:
    ImGuiContext* context_ = nullptr;
};

}  // namespace

TEST_F(ImGuiScope, StyleColourPushesOneColourAndPopsIt) {
    const int before = g().ColorStack.Size;
    {
        ScopedStyleColour text(ImGuiCol_Text, IM_COL32(10, 20, 30, 255));
        EXPECT_EQ(g().ColorStack.Size, before + 1);
        EXPECT_FLOAT_EQ(ImGui::GetStyle().Colors[ImGuiCol_Text].y, 20.0f / 255.0f);
        ScopedStyleColour button(ImGuiCol_Button, ImVec4(1, 0, 0, 1));
        EXPECT_EQ(g().ColorStack.Size, before + 2);
    }
    EXPECT_EQ(g().ColorStack.Size, before);
}

TEST_F(ImGuiScope, StyleVarPushesFloatsAndVectors) {
    const int before = g().StyleVarStack.Size;
    {
        ScopedStyleVar rounding(ImGuiStyleVar_FrameRounding, 7.0f);
        ScopedStyleVar padding(ImGuiStyleVar_FramePadding, ImVec2(3, 4));
        EXPECT_EQ(g().StyleVarStack.Size, before + 2);
        EXPECT_FLOAT_EQ(ImGui::GetStyle().FrameRounding, 7.0f);
    }
    EXPECT_EQ(g().StyleVarStack.Size, before);
}

TEST_F(ImGuiScope, IdChangesTheIdsWhileItLives) {
    const int before = window().IDStack.Size;
    const ImGuiID plain = ImGui::GetID("x");
    {
        ScopedId id("board");
        EXPECT_EQ(window().IDStack.Size, before + 1);
        EXPECT_NE(ImGui::GetID("x"), plain);
        ScopedId index(3);
        EXPECT_EQ(window().IDStack.Size, before + 2);
    }
    EXPECT_EQ(window().IDStack.Size, before);
    EXPECT_EQ(ImGui::GetID("x"), plain);
}

TEST_F(ImGuiScope, FontPushesAFontAndNothingForNull) {
    const int before = g().FontStack.Size;
    {
        ScopedFont none(nullptr);
        EXPECT_EQ(g().FontStack.Size, before);
        ScopedFont font(ImGui::GetIO().Fonts->Fonts[0]);
        EXPECT_EQ(g().FontStack.Size, before + 1);
    }
    EXPECT_EQ(g().FontStack.Size, before);
}

TEST_F(ImGuiScope, TextWrapAndGroupAndDisabled) {
    const int wraps = window().DC.TextWrapPosStack.Size, groups = g().GroupStack.Size;
    {
        ScopedTextWrap wrap(120.0f);
        EXPECT_EQ(window().DC.TextWrapPosStack.Size, wraps + 1);
        ScopedGroup group;
        EXPECT_EQ(g().GroupStack.Size, groups + 1);
        ScopedDisabled disabled;
        EXPECT_EQ(g().DisabledStackSize, 1);
    }
    EXPECT_EQ(window().DC.TextWrapPosStack.Size, wraps);
    EXPECT_EQ(g().GroupStack.Size, groups);
    EXPECT_EQ(g().DisabledStackSize, 0);
}

TEST_F(ImGuiScope, ClipRectOnADrawList) {
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const int before = list._ClipRectStack.Size;
    {
        ScopedClipRect clip(list, ImVec2(10, 10), ImVec2(50, 50), false);
        EXPECT_EQ(list._ClipRectStack.Size, before + 1);
        EXPECT_FLOAT_EQ(list.GetClipRectMax().x, 50.0f);
    }
    EXPECT_EQ(list._ClipRectStack.Size, before);
}

TEST_F(ImGuiScope, ChildEndsItselfWhetherShownOrNot) {
    const int before = g().CurrentWindowStack.Size;
    {
        ScopedChild child("##child", ImVec2(100, 100));
        EXPECT_TRUE(child.visible());
        EXPECT_EQ(g().CurrentWindowStack.Size, before + 1);
    }
    EXPECT_EQ(g().CurrentWindowStack.Size, before);
}

TEST_F(ImGuiScope, ItemWidthSetsTheNextItemsWidth) {
    const int before = window().DC.ItemWidthStack.Size;
    {
        ScopedItemWidth width(77.0f);
        EXPECT_EQ(window().DC.ItemWidthStack.Size, before + 1);
        EXPECT_FLOAT_EQ(ImGui::CalcItemWidth(), 77.0f);
    }
    EXPECT_EQ(window().DC.ItemWidthStack.Size, before);
}
