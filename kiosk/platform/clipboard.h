// Reading the desktop's clipboard without waiting on another program on the UI thread (issue 14,
// "a call that waits for another program"). GLFW 3.3's glfwGetClipboardString asks the X
// selection owner and waits for its answer with no timeout, on the main thread (the only thread
// GLFW allows it on): an owner that never answers freezes the kiosk, countdown included.
//
// ClipboardReader asks on a worker thread over its own X connection (Xlib is thread-safe here:
// GLFW calls XInitThreads, libX11 1.8 does so itself) and gives up after a timeout. The UI thread
// calls request() and later take(); the worker calls `answered` (from its own thread) when an
// answer or the timeout is there, e.g. Backend::wake.
#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace kiosk::platform {

struct ClipboardAnswer {
    // (Not named Status: Xlib defines that as a macro.)
    enum class Outcome {
        Text,         ///< the owner answered; `text` is UTF-8 as the owner gave it (may be invalid)
        Empty,        ///< no owner, or it had no text
        NoAnswer,     ///< the owner did not answer within the timeout
        NoClipboard,  ///< no X display to ask (a headless run)
    };
    Outcome outcome = Outcome::Empty;
    std::string text;
};

/// Asks for the CLIPBOARD selection as UTF8_STRING (else STRING, Latin-1, converted), large
/// answers in INCR steps too, at most kMaxBytes kept. Blocks the calling thread for at most
/// `timeout_seconds` (plus the time to open a display connection). Not for the UI thread.
ClipboardAnswer read_clipboard_blocking(double timeout_seconds);

class ClipboardReader {
public:
    /// Bytes of clipboard text kept; the text fields cut far shorter anyway (core/text.h).
    static constexpr std::size_t kMaxBytes = 1u << 20;
    /// How long an owner may take to answer before the paste is given up.
    static constexpr double kTimeoutSeconds = 2.0;

    /// `answered` is called on the worker's thread once per request, after take() has the
    /// answer; it may be empty.
    explicit ClipboardReader(std::function<void()> answered, double timeout_seconds = kTimeoutSeconds);
    /// Waits for a request under way (at most its timeout).
    ~ClipboardReader();
    ClipboardReader(const ClipboardReader&) = delete;
    ClipboardReader& operator=(const ClipboardReader&) = delete;

    /// Starts asking and returns at once. A request while one is under way joins it (one answer).
    void request();
    /// The answer to the last request, once; nullopt while none has come (or none was asked).
    std::optional<ClipboardAnswer> take();
    /// True from request() until the answer is there.
    bool busy() const;

private:
    std::function<void()> answered_;
    double timeout_;
    mutable std::mutex mutex_;
    bool busy_ = false;
    std::optional<ClipboardAnswer> answer_;
    std::thread worker_;
};

}  // namespace kiosk::platform
