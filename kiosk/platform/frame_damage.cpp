#include "platform/frame_damage.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kiosk::platform {
namespace {

bool same_vertex(const ImDrawVert& a, const ImDrawVert& b) {
    return a.pos.x == b.pos.x && a.pos.y == b.pos.y && a.uv.x == b.uv.x && a.uv.y == b.uv.y && a.col == b.col;
}

bool same_clip(const ImDrawCmd& a, const ImDrawCmd& b) {
    return a.ClipRect.x == b.ClipRect.x && a.ClipRect.y == b.ClipRect.y && a.ClipRect.z == b.ClipRect.z &&
           a.ClipRect.w == b.ClipRect.w;
}

/// The same drawing apart from the clip rectangle.
bool same_command(const ImDrawCmd& a, const ImDrawCmd& b) {
    return a.TextureId == b.TextureId && a.VtxOffset == b.VtxOffset && a.IdxOffset == b.IdxOffset &&
           a.ElemCount == b.ElemCount && a.UserCallback == b.UserCallback && a.UserCallbackData == b.UserCallbackData;
}

/// A running bounding box of points in float pixels.
struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool any = false;
    void add(const ImVec2& p) {
        if (!any) {
            x0 = x1 = p.x;
            y0 = y1 = p.y;
            any = true;
            return;
        }
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
};

void add_reach(Box& box, const CallbackPayload& kind, const unsigned char* element) {
    const ImVec4 r = kind.reach(element);
    box.add(ImVec2(r.x, r.y));
    box.add(ImVec2(r.z, r.w));
}

/// Adds to `box` what differs between a callback's remembered elements and its current ones.
void add_payload_change(Box& box, const CallbackPayload& kind, const std::vector<unsigned char>& old,
                        const ImDrawCmd& cmd) {
    const auto [data, count] = kind.elements(cmd);
    const auto* now = static_cast<const unsigned char*>(data);
    const std::size_t size = kind.element_size;
    const std::size_t old_count = old.size() / size;
    if (count != old_count) {  // notes came or went: everything either frame drew
        for (std::size_t i = 0; i < old_count; ++i) add_reach(box, kind, &old[i * size]);
        for (std::size_t i = 0; i < count; ++i) add_reach(box, kind, now + i * size);
        return;
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (std::memcmp(now + i * size, &old[i * size], size) == 0) continue;
        add_reach(box, kind, &old[i * size]);
        add_reach(box, kind, now + i * size);
    }
}

}  // namespace

void FrameDamage::describe(const CallbackPayload& payload) {
    for (CallbackPayload& p : payloads_)
        if (p.callback == payload.callback) {
            p = payload;
            return;
        }
    payloads_.push_back(payload);
    valid_ = false;  // the remembered frame kept no copy of this payload
}

const CallbackPayload* FrameDamage::payload_of(const ImDrawCmd& cmd) const {
    for (const CallbackPayload& p : payloads_)
        if (p.callback == cmd.UserCallback) return &p;
    return nullptr;
}

Damage FrameDamage::compare(const ImDrawData& now, int width_px, int height_px, PixelRect& region) const {
    if (!valid_ || int(lists_.size()) != now.CmdListsCount) return Damage::Everything;
    Box box;
    for (int l = 0; l < now.CmdListsCount; ++l) {
        const ImDrawList& list = *now.CmdLists[l];
        const List& old = lists_[size_t(l)];
        if (size_t(list.CmdBuffer.Size) != old.commands.size() || size_t(list.IdxBuffer.Size) != old.indices.size() ||
            size_t(list.VtxBuffer.Size) != old.vertices.size())
            return Damage::Everything;
        for (int c = 0; c < list.CmdBuffer.Size; ++c) {
            const ImDrawCmd& cmd = list.CmdBuffer[c];
            const ImDrawCmd& was = old.commands[size_t(c)];
            if (!same_command(cmd, was)) return Damage::Everything;
            if (!same_clip(cmd, was)) {  // a moving clip (a dragged card's text): both places change
                box.add(ImVec2(std::max(0.0f, cmd.ClipRect.x), std::max(0.0f, cmd.ClipRect.y)));
                box.add(ImVec2(std::min(float(width_px), cmd.ClipRect.z), std::min(float(height_px), cmd.ClipRect.w)));
                box.add(ImVec2(std::max(0.0f, was.ClipRect.x), std::max(0.0f, was.ClipRect.y)));
                box.add(ImVec2(std::min(float(width_px), was.ClipRect.z), std::min(float(height_px), was.ClipRect.w)));
            }
            if (!cmd.UserCallback || cmd.UserCallback == ImDrawCallback_ResetRenderState) continue;
            const CallbackPayload* kind = payload_of(cmd);
            if (!kind) return Damage::Everything;  // its drawing cannot be compared
            add_payload_change(box, *kind, old.payloads[size_t(c)], cmd);
        }
        if (list.IdxBuffer.Size > 0 &&
            std::memcmp(list.IdxBuffer.Data, old.indices.data(), sizeof(ImDrawIdx) * size_t(list.IdxBuffer.Size)) != 0)
            return Damage::Everything;
        for (int v = 0; v < list.VtxBuffer.Size; ++v) {
            const ImDrawVert& a = list.VtxBuffer[v];
            const ImDrawVert& b = old.vertices[size_t(v)];
            if (same_vertex(a, b)) continue;
            box.add(a.pos);
            box.add(b.pos);
        }
    }
    if (!box.any) return Damage::Unchanged;
    // Anti-aliased edges and pixel centres reach up to a pixel past the vertices.
    region.x0 = std::max(0, int(std::floor(box.x0)) - 1);
    region.y0 = std::max(0, int(std::floor(box.y0)) - 1);
    region.x1 = std::min(width_px, int(std::ceil(box.x1)) + 1);
    region.y1 = std::min(height_px, int(std::ceil(box.y1)) + 1);
    return region.empty() ? Damage::Unchanged : Damage::Region;
}

void FrameDamage::remember(const ImDrawData& drawn) {
    lists_.resize(size_t(std::max(0, drawn.CmdListsCount)));
    for (int l = 0; l < drawn.CmdListsCount; ++l) {
        const ImDrawList& list = *drawn.CmdLists[l];
        List& keep = lists_[size_t(l)];
        keep.vertices.assign(list.VtxBuffer.Data, list.VtxBuffer.Data + list.VtxBuffer.Size);
        keep.indices.assign(list.IdxBuffer.Data, list.IdxBuffer.Data + list.IdxBuffer.Size);
        keep.commands.assign(list.CmdBuffer.Data, list.CmdBuffer.Data + list.CmdBuffer.Size);
        keep.payloads.resize(keep.commands.size());
        for (size_t c = 0; c < keep.commands.size(); ++c) {
            const CallbackPayload* kind = keep.commands[c].UserCallback ? payload_of(keep.commands[c]) : nullptr;
            if (!kind) {
                keep.payloads[c].clear();
                continue;
            }
            const auto [data, count] = kind->elements(keep.commands[c]);
            const auto* bytes = static_cast<const unsigned char*>(data);
            keep.payloads[c].assign(bytes, bytes + count * kind->element_size);
        }
    }
    valid_ = true;
}

void clip_draw_data(ImDrawData& data, const PixelRect& region) {
    // Draw data positions are relative to DisplayPos (0,0 for our single full-screen viewport).
    const float x0 = float(region.x0) + data.DisplayPos.x, y0 = float(region.y0) + data.DisplayPos.y;
    const float x1 = float(region.x1) + data.DisplayPos.x, y1 = float(region.y1) + data.DisplayPos.y;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        ImDrawList& list = *data.CmdLists[l];
        for (ImDrawCmd& cmd : list.CmdBuffer) {
            ImVec4& r = cmd.ClipRect;
            r.x = std::max(r.x, x0);
            r.y = std::max(r.y, y0);
            r.z = std::max(r.x, std::min(r.z, x1));  // max(): an empty result stays empty
            r.w = std::max(r.y, std::min(r.w, y1));
        }
    }
}

void flip_draw_data(ImDrawData& data, int height_px) {
    const float h = float(height_px) + 2.0f * data.DisplayPos.y;  // mirror about the display's middle
    for (int l = 0; l < data.CmdListsCount; ++l) {
        ImDrawList& list = *data.CmdLists[l];
        for (ImDrawVert& v : list.VtxBuffer) v.pos.y = h - v.pos.y;
        for (ImDrawCmd& cmd : list.CmdBuffer) {
            const float top = cmd.ClipRect.y;
            cmd.ClipRect.y = h - cmd.ClipRect.w;
            cmd.ClipRect.w = h - top;
        }
    }
}

}  // namespace kiosk::platform
