// The QR code that lets a phone join (issue 12): made from the join URL with libqrencode and
// drawn with ImDrawList, so the table, the console and the projector draw it like any other
// shape, with no texture. A QR code is read by a phone's camera from the screen: a quiet zone of
// 4 light modules all round (ISO/IEC 18004 asks for it) and modules with sharp, whole-pixel edges.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::ui {

/// The light border round a QR code, in modules (ISO/IEC 18004: at least 4).
inline constexpr int kQrQuietModules = 4;

/// A QR code's modules: `size` × `size`, row by row, without the quiet zone.
struct QrCode {
    int size = 0;                      ///< modules per side: 21 for version 1, + 4 per version; 0: none
    std::vector<std::uint8_t> modules; ///< size × size, 1 = dark, row by row from the top left

    bool empty() const { return size == 0; }
    /// Whether module (x, y) is dark; x to the right, y down, from 0. False outside the code.
    bool dark(int x, int y) const {
        return x >= 0 && y >= 0 && x < size && y < size && modules[std::size_t(y) * std::size_t(size) + std::size_t(x)];
    }
    /// The QR version (1 … 40) this size belongs to, 0 when empty.
    int version() const { return size ? (size - 17) / 4 : 0; }
};

/// The QR code of `text` (a URL such as "http://192.168.1.20:8080/j/123456"): error correction
/// level M (15 % of the code may be covered or dirty), 8-bit byte mode, the smallest version that
/// holds it. Returns an empty code when libqrencode cannot make one (text over the 2,331 bytes
/// version 40-M holds, or out of memory); `error`, when given, then says why in English.
QrCode make_qr_code(const std::string& text, std::string* error = nullptr);

/// Where draw_qr() put the modules: module (x, y) covers origin + (x, y) × module_px.
struct QrPlacement {
    ImVec2 origin{0, 0};   ///< screen position of module (0, 0)'s top left corner, whole pixels
    float module_px = 0;   ///< one module's side in pixels (a whole number when the side allows ≥ 1)
};

/// Draws `code` into `dl` as a white square of `side` pixels at `pos` (top left): the quiet zone
/// of kQrQuietModules and the dark modules as black rectangles on whole pixels. The module size
/// is the largest whole number of pixels that fits; the code is centred in the square. Draws
/// nothing for an empty code. Returns where the modules went (for tests and for hit areas).
QrPlacement draw_qr(ImDrawList* dl, const QrCode& code, ImVec2 pos, float side);

}  // namespace kiosk::ui
