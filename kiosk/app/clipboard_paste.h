// The table window's Ctrl+V (ui::PasteSource) over platform::ClipboardReader: the desktop's
// clipboard read off the UI thread with a timeout (issue 14), the loop woken when it answers.
#pragma once

#include "platform/clipboard.h"
#include "ui/paste_source.h"

#include <functional>

namespace kiosk::app {

/// What the field does with the platform's answer: text is pasted; an empty clipboard or no
/// display pastes nothing, silently (as Ctrl+V on an empty clipboard anywhere); an owner that
/// did not answer in time is said on screen.
ui::PasteAnswer paste_answer_of(const platform::ClipboardAnswer& answer);

class ClipboardPaste final : public ui::PasteSource {
public:
    /// `wake` is called from the reader's thread when an answer is there (Backend::wake).
    explicit ClipboardPaste(std::function<void()> wake,
                            double timeout_seconds = platform::ClipboardReader::kTimeoutSeconds)
        : reader_(std::move(wake), timeout_seconds) {}
    void request() override { reader_.request(); }
    std::optional<ui::PasteAnswer> take() override;

private:
    platform::ClipboardReader reader_;
};

}  // namespace kiosk::app
