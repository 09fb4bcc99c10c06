#include "platform/frame_damage.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <vector>

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

/// A described callback: its payload is a std::vector<ImVec4> of rectangles, each reaching 2 px
/// beyond itself (as a note card's shadow reaches beyond the card).
void draw_rects(const ImDrawList*, const ImDrawCmd*) {}
CallbackPayload rect_payload() {
    CallbackPayload p;
    p.callback = &draw_rects;
    p.element_size = sizeof(ImVec4);
    p.elements = [](const ImDrawCmd& cmd) -> std::pair<const void*, std::size_t> {
        const auto* v = static_cast<const std::vector<ImVec4>*>(cmd.UserCallbackData);
        return {v->data(), v->size()};
    };
    p.reach = [](const void* e) {
        const ImVec4& r = *static_cast<const ImVec4*>(e);
        return ImVec4(r.x - 2, r.y - 2, r.z + 2, r.w + 2);
    };
    return p;
}

TEST_F(Frames, ADescribedCallbackWhosePayloadChangedDamagesOnlyTheChangedElements) {
    std::vector<ImVec4> cards = {{10, 10, 50, 50}, {100, 100, 150, 150}, {300, 300, 350, 350}};
    auto with_cards = [&](ImDrawList& d) {
        d.AddRectFilled(ImVec2(0, 0), ImVec2(800, 600), IM_COL32(255, 255, 255, 255));
        d.AddCallback(&draw_rects, &cards);
        d.AddCallback(ImDrawCallback_ResetRenderState, nullptr);
    };
    FrameDamage damage;
    damage.describe(rect_payload());
    damage.remember(frame(with_cards));
    PixelRect r;
    EXPECT_EQ(damage.compare(frame(with_cards), kWidth, kHeight, r), Damage::Unchanged);
    cards[1] = ImVec4(120, 110, 170, 160);  // one card moved
    ASSERT_EQ(damage.compare(frame(with_cards), kWidth, kHeight, r), Damage::Region);
    EXPECT_EQ(r.x0, 97);  // old card's reach (98), less a pixel for anti-aliasing
    EXPECT_EQ(r.y0, 97);
    EXPECT_EQ(r.x1, 173);  // new card's reach (172) and a pixel
    EXPECT_EQ(r.y1, 163);
    damage.remember(frame(with_cards));
    cards.push_back(ImVec4(500, 500, 520, 520));  // a card came: both frames' cards are redrawn
    ASSERT_EQ(damage.compare(frame(with_cards), kWidth, kHeight, r), Damage::Region);
    EXPECT_EQ(r.x0, 7);
    EXPECT_EQ(r.y1, 523);
}

TEST_F(Frames, AMovingClipRectangleDamagesItsOldAndNewPlace) {
    // A dragged card's text is clipped to the card, so its clip moves with the finger.
    float x = 100;
    auto dragged = [&](ImDrawList& d) {
        d.AddRectFilled(ImVec2(0, 0), ImVec2(800, 600), IM_COL32(255, 255, 255, 255));
        d.PushClipRect(ImVec2(x, 100), ImVec2(x + 50, 140));
        d.AddRectFilled(ImVec2(300, 300), ImVec2(310, 310), IM_COL32(0, 0, 0, 255));  // the same vertices
        d.PopClipRect();
    };
    FrameDamage damage;
    damage.remember(frame(dragged));
    x = 130;
    PixelRect r;
    ASSERT_EQ(damage.compare(frame(dragged), kWidth, kHeight, r), Damage::Region);
    EXPECT_EQ(r.x0, 99);
    EXPECT_EQ(r.y0, 99);
    EXPECT_EQ(r.x1, 181);
    EXPECT_EQ(r.y1, 141);
}

TEST_F(Frames, AnUndescribedCallbackStillDrawsTheFrameWhole) {
    std::vector<ImVec4> cards = {{10, 10, 50, 50}};
    auto other = [](const ImDrawList*, const ImDrawCmd*) {};
    auto with_other = [&](ImDrawList& d) { d.AddCallback(other, &cards); };
    FrameDamage damage;
    damage.describe(rect_payload());
    damage.remember(frame(with_other));
    PixelRect r;
    EXPECT_EQ(damage.compare(frame(with_other), kWidth, kHeight, r), Damage::Everything);
}

}  // namespace
}  // namespace kiosk::platform
