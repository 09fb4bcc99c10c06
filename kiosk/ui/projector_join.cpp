// The projector's join card (issue 12): the QR code, the join code in large digits and the
// presence ("Phones: 12", during writing "3 of 12 handed in") on a white card. Big in the bottom
// right corner of the calm screens (pause, agenda, info), small in the top right corner beside
// an exercise's header (ProjectorView::draw_header leaves it room).
#include "ui/projector_view.h"

#include "ui/phones_join.h"
#include "ui/qr_code.h"
#include "ui/touch.h"

#include <algorithm>
#include <cfloat>

namespace kiosk::ui {

ProjectorView::JoinCard ProjectorView::layout_join(const PhonesInfo& phones, bool big, ImVec2 size) const {
    JoinCard c;
    if (!phones.on || phones.qr.empty() || phones.code.empty()) return c;
    c.shown = true;
    c.big = big;
    const float m = m_.margin_px;
    c.side = std::floor((big ? kProjectorJoinShare : kProjectorSmallJoinShare) * size.y);
    c.pad = std::floor(0.3f * m);
    c.digits_px = big ? std::max(m_.title_px, 0.08f * size.y) : m_.body_px;
    c.text_px = big ? m_.body_px : 0.8f * m_.body_px;
    const float code_w = m_.text->CalcTextSizeA(c.digits_px, FLT_MAX, 0.0f, phones.code.c_str()).x;
    const float text_w = m_.text->CalcTextSizeA(c.text_px, FLT_MAX, 0.0f, phones_count_text(phones).c_str()).x;
    c.w = std::max({c.side, code_w, text_w}) + 2 * c.pad;
    c.h = c.side + c.digits_px + c.text_px + 3 * c.pad;
    c.pos = big ? ImVec2(size.x - m - c.w, size.y - m - c.h) : ImVec2(size.x - m - c.w, m);
    return c;
}

void ProjectorView::draw_join(const PhonesInfo& phones) {
    const JoinCard& c = join_;
    dl_->AddRectFilled(c.pos, ImVec2(c.pos.x + c.w, c.pos.y + c.h), IM_COL32(255, 255, 255, 255), c.pad);
    // draw_qr's white square already is the quiet zone: the card around it only adds the text.
    const ImVec2 qr(c.pos.x + 0.5f * (c.w - c.side), c.pos.y + c.pad);
    draw_qr(dl_, phones.qr, qr, c.side);
    hit_targets().record("phones-qr", qr, ImVec2(qr.x + c.side, qr.y + c.side));  // for tests: nothing to tap
    float y = c.pos.y + c.pad + c.side + c.pad;
    auto centred = [&](const std::string& text, float px, ImU32 colour) {
        const float w = m_.text->CalcTextSizeA(px, FLT_MAX, 0.0f, text.c_str()).x;
        dl_->AddText(m_.text, px, ImVec2(c.pos.x + 0.5f * (c.w - w), y), colour, text.c_str());
        y += px;
    };
    centred(phones.code, c.digits_px, palette::kInk);
    centred(phones_count_text(phones), c.text_px, palette::kInkMuted);
}

}  // namespace kiosk::ui
