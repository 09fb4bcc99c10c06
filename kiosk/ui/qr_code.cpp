#include "ui/qr_code.h"

#include <qrencode.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>

namespace kiosk::ui {

QrCode make_qr_code(const std::string& text, std::string* error) {
    QrCode code;
    // Version 0: the smallest that holds the text; 8-bit mode, case-sensitive (a URL's path is).
    std::unique_ptr<QRcode, void (*)(QRcode*)> qr(QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                  QRcode_free);
    if (!qr) {
        if (error) *error = std::string("cannot make a QR code: ") + std::strerror(errno);
        return code;
    }
    code.size = qr->width;
    code.modules.resize(std::size_t(qr->width) * std::size_t(qr->width));
    // libqrencode's bit 0 of each byte is "dark"; the other bits say what the module is for.
    for (std::size_t i = 0; i < code.modules.size(); ++i) code.modules[i] = qr->data[i] & 1;
    return code;
}

QrPlacement draw_qr(ImDrawList* dl, const QrCode& code, ImVec2 pos, float side) {
    QrPlacement at;
    if (code.empty() || side <= 0) return at;
    const int total = code.size + 2 * kQrQuietModules;
    const ImVec2 p0(std::round(pos.x), std::round(pos.y));
    const float s = std::round(side);
    dl->AddRectFilled(p0, ImVec2(p0.x + s, p0.y + s), IM_COL32(255, 255, 255, 255));
    // Whole-pixel modules, all the same size, when the square allows at least one pixel each;
    // else the edges are rounded to pixels (modules then differ by a pixel, still readable).
    const float whole = std::floor(s / float(total));
    const float module = whole >= 1.0f ? whole : s / float(total);
    const float margin = std::floor(0.5f * (s - module * float(total)));
    at.origin = ImVec2(p0.x + margin + module * kQrQuietModules, p0.y + margin + module * kQrQuietModules);
    at.module_px = module;
    auto edge = [&](float origin, int i) { return std::round(origin + module * float(i)); };
    const ImU32 black = IM_COL32(0, 0, 0, 255);
    for (int y = 0; y < code.size; ++y) {
        // One rectangle per run of dark modules in a row: fewer vertices than one per module.
        for (int x = 0; x < code.size;) {
            if (!code.dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code.size && code.dark(end, y)) ++end;
            dl->AddRectFilled(ImVec2(edge(at.origin.x, x), edge(at.origin.y, y)),
                              ImVec2(edge(at.origin.x, end), edge(at.origin.y, y + 1)), black);
            x = end;
        }
    }
    return at;
}

}  // namespace kiosk::ui
