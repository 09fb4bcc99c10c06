#include "platform/frame_damage.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>

namespace kiosk::platform {
namespace {

constexpr int kWidth = 800, kHeight = 600;

/// A headless ImGui context whose frames draw what a test says into the background draw list.
class Frames : public ::testing::Test {
protected:
    void SetUp() override {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(kWidth, kHeight);
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
        io.Fonts->AddFontDefault();
        unsigned char* px = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
    }
    void TearDown() override { ImGui::DestroyContext(context_); }

    /// Builds one frame and returns its draw data (valid until the next frame).
    ImDrawData& frame(const std::function<void(ImDrawList&)>& draw) {
        ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        draw(*ImGui::GetBackgroundDrawList());
        ImGui::Render();
        return *ImGui::GetDrawData();
    }

    /// A countdown-like screen: a panel, the time as text, and a bar `bar_px` long.
    static std::function<void(ImDrawList&)> countdown(const char* text, float bar_px) {
        return [=](ImDrawList& d) {
            d.AddRectFilled(ImVec2(10, 10), ImVec2(790, 590), IM_COL32(255, 255, 255, 240), 8.0f);
            d.AddText(ImVec2(300, 200), IM_COL32(0, 0, 0, 255), text);
            d.AddRectFilled(ImVec2(100, 400), ImVec2(100 + bar_px, 420), IM_COL32(0, 90, 100, 255), 4.0f);
        };
    }

    ImGuiContext* context_ = nullptr;
};

TEST_F(Frames, TheFirstFrameIsDrawnWhole) {
    FrameDamage damage;
    PixelRect r;
    EXPECT_EQ(damage.compare(frame(countdown("09:55", 500)), kWidth, kHeight, r), Damage::Everything);
}

TEST_F(Frames, TheSameFrameAgainNeedsNoDrawing) {
    FrameDamage damage;
    damage.remember(frame(countdown("09:55", 500)));
    PixelRect r;
    EXPECT_EQ(damage.compare(frame(countdown("09:55", 500)), kWidth, kHeight, r), Damage::Unchanged);
}

TEST_F(Frames, ATickRedrawsOnlyAroundTheDigitsThatChanged) {
    FrameDamage damage;
    damage.remember(frame(countdown("09:55", 500)));
    PixelRect r;
    ASSERT_EQ(damage.compare(frame(countdown("09:54", 500)), kWidth, kHeight, r), Damage::Region);
    // Only the last digit changed: it sits right of x = 300 on the text's line.
    EXPECT_GT(r.x0, 300);
    EXPECT_GE(r.y0, 199);  // the 13-pixel line of the default font, plus one pixel each side
    EXPECT_LE(r.y1, 215);  // so the bar below (y 400) is not redrawn
    EXPECT_LT(r.area(), 800L * 600L / 50);
}

TEST_F(Frames, AShorterBarDamagesItsOldAndNewEnds) {
    FrameDamage damage;
    damage.remember(frame(countdown("09:55", 500)));
    PixelRect r;
    ASSERT_EQ(damage.compare(frame(countdown("09:55", 450)), kWidth, kHeight, r), Damage::Region);
    EXPECT_LE(r.x0, 550);  // the new end
    EXPECT_GE(r.x1, 601);  // the old end, plus the pixel anti-aliasing may touch
    EXPECT_LE(r.y0, 399);
    EXPECT_GE(r.y1, 421);
}

TEST_F(Frames, ANewShapeOrAForgottenFrameRedrawsEverything) {
    FrameDamage damage;
    damage.remember(frame(countdown("09:55", 500)));
    PixelRect r;
    EXPECT_EQ(damage.compare(frame([](ImDrawList& d) {
                  countdown("09:55", 500)(d);
                  d.AddCircleFilled(ImVec2(50, 50), 10, IM_COL32(255, 0, 0, 255));
              }),
                             kWidth, kHeight, r),
              Damage::Everything);
    damage.remember(frame(countdown("09:55", 500)));
    damage.forget();
    EXPECT_EQ(damage.compare(frame(countdown("09:55", 500)), kWidth, kHeight, r), Damage::Everything);
}

TEST_F(Frames, ACallbackIsNeverComparedSoItsFrameIsDrawnWhole) {
    auto with_callback = [](ImDrawList& d) {
        countdown("09:55", 500)(d);
        d.AddCallback([](const ImDrawList*, const ImDrawCmd*) {}, nullptr);
        d.AddRectFilled(ImVec2(0, 0), ImVec2(5, 5), IM_COL32(0, 0, 0, 255));
    };
    FrameDamage damage;
    damage.remember(frame(with_callback));
    PixelRect r;
    EXPECT_EQ(damage.compare(frame(with_callback), kWidth, kHeight, r), Damage::Everything);
}

TEST_F(Frames, ClippingNarrowsEveryCommandToTheRegion) {
    ImDrawData& data = frame(countdown("09:55", 500));
    clip_draw_data(data, PixelRect{100, 150, 200, 250});
    for (int l = 0; l < data.CmdListsCount; ++l)
        for (const ImDrawCmd& cmd : data.CmdLists[l]->CmdBuffer) {
            EXPECT_GE(cmd.ClipRect.x, 100.0f);
            EXPECT_GE(cmd.ClipRect.y, 150.0f);
            EXPECT_LE(cmd.ClipRect.z, 200.0f);
            EXPECT_LE(cmd.ClipRect.w, 250.0f);
        }
    ImDrawData& outside = frame(countdown("09:55", 500));
    clip_draw_data(outside, PixelRect{900, 700, 950, 750});  // off the screen: nothing left to draw
    for (int l = 0; l < outside.CmdListsCount; ++l)
        for (const ImDrawCmd& cmd : outside.CmdLists[l]->CmdBuffer) {
            EXPECT_LE(cmd.ClipRect.z - cmd.ClipRect.x, 0.0f);
            EXPECT_LE(cmd.ClipRect.w - cmd.ClipRect.y, 0.0f);
        }
}

TEST_F(Frames, FlippingMirrorsVerticesAndClipRectangles) {
    ImDrawData& data = frame([](ImDrawList& d) {
        d.PushClipRect(ImVec2(0, 100), ImVec2(800, 200));
        d.AddRectFilled(ImVec2(20, 120), ImVec2(60, 180), IM_COL32(0, 0, 0, 255));
        d.PopClipRect();
    });
    flip_draw_data(data, kHeight);
    float min_y = 1e9f, max_y = -1e9f;
    for (const ImDrawVert& v : data.CmdLists[0]->VtxBuffer) {
        min_y = std::min(min_y, v.pos.y);
        max_y = std::max(max_y, v.pos.y);
    }
    EXPECT_FLOAT_EQ(min_y, 600.0f - 180.0f);
    EXPECT_FLOAT_EQ(max_y, 600.0f - 120.0f);
    const ImVec4 clip = data.CmdLists[0]->CmdBuffer[0].ClipRect;
    EXPECT_FLOAT_EQ(clip.y, 400.0f);
    EXPECT_FLOAT_EQ(clip.w, 500.0f);
}

}  // namespace
}  // namespace kiosk::platform
