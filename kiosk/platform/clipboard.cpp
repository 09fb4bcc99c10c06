#include "platform/clipboard.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <poll.h>

#include <chrono>
#include <climits>

namespace kiosk::platform {
namespace {

using Clock = std::chrono::steady_clock;

// The next event of `display`, or false once `deadline` passed without one. Never blocks past
// the deadline: the connection is polled, and XPending only reads what has arrived.
bool next_event(Display* display, XEvent& event, Clock::time_point deadline) {
    for (;;) {
        if (XPending(display) > 0) {
            XNextEvent(display, &event);
            return true;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) return false;
        pollfd fd{ConnectionNumber(display), POLLIN, 0};
        poll(&fd, 1, int(std::min<long long>(left, 100)));
    }
}

std::string utf8_of_latin1(const std::string& in) {
    std::string out;
    for (unsigned char c : in) {
        if (c < 0x80) {
            out += char(c);
        } else {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// Reads and deletes `property` of `window`; false when it is not there. `type` gets its type.
bool take_property(Display* d, ::Window window, Atom property, Atom& type, std::string& out) {
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(d, window, property, 0, LONG_MAX / 4, True, AnyPropertyType, &type, &format, &count,
                           &after, &data) != Success)
        return false;
    if (data && format == 8) out.assign(reinterpret_cast<const char*>(data), count);
    if (data) XFree(data);
    return type != None;
}

struct Connection {
    Display* display = nullptr;
    ::Window window = 0;
    ~Connection() {
        if (window) XDestroyWindow(display, window);
        if (display) XCloseDisplay(display);
    }
};

}  // namespace

ClipboardAnswer read_clipboard_blocking(double timeout_seconds) {
    using Outcome = ClipboardAnswer::Outcome;
    const auto deadline = Clock::now() + std::chrono::microseconds(static_cast<long long>(timeout_seconds * 1e6));
    Connection c;
    c.display = XOpenDisplay(nullptr);
    if (!c.display) return {Outcome::NoClipboard, {}};
    Display* d = c.display;
    c.window = XCreateSimpleWindow(d, DefaultRootWindow(d), 0, 0, 1, 1, 0, 0, 0);
    XSelectInput(d, c.window, PropertyChangeMask);
    const Atom clipboard = XInternAtom(d, "CLIPBOARD", False);
    const Atom incr = XInternAtom(d, "INCR", False);
    const Atom property = XInternAtom(d, "KIOSK_PASTE", False);
    if (XGetSelectionOwner(d, clipboard) == None) return {Outcome::Empty, {}};

    // The same order of targets as GLFW's: UTF-8 first, then Latin-1.
    for (const Atom target : {XInternAtom(d, "UTF8_STRING", False), Atom(XA_STRING)}) {
        XConvertSelection(d, clipboard, target, property, c.window, CurrentTime);
        XFlush(d);
        XEvent event;
        bool notified = false;
        while (!notified) {
            if (!next_event(d, event, deadline)) return {Outcome::NoAnswer, {}};
            notified = event.type == SelectionNotify && event.xselection.requestor == c.window;
        }
        if (event.xselection.property == None) continue;  // the owner has no text of this kind

        Atom type = None;
        std::string text;
        if (!take_property(d, c.window, property, type, text)) continue;
        if (type == incr) {
            // Large answers come in steps (ICCCM 2.7.2): each new value of the property is the next
            // part, read and deleted; an empty part ends it.
            text.clear();
            for (;;) {
                if (!next_event(d, event, deadline)) return {Outcome::NoAnswer, {}};
                if (event.type != PropertyNotify || event.xproperty.atom != property ||
                    event.xproperty.state != PropertyNewValue)
                    continue;
                std::string part;
                if (!take_property(d, c.window, property, type, part)) continue;
                if (part.empty()) break;
                if (text.size() < ClipboardReader::kMaxBytes) text += part;
            }
        }
        if (text.size() > ClipboardReader::kMaxBytes) text.resize(ClipboardReader::kMaxBytes);
        if (target == XA_STRING) text = utf8_of_latin1(text);
        return {text.empty() ? Outcome::Empty : Outcome::Text, std::move(text)};
    }
    return {Outcome::Empty, {}};
}

ClipboardReader::ClipboardReader(std::function<void()> answered, double timeout_seconds)
    : answered_(std::move(answered)), timeout_(timeout_seconds) {}

ClipboardReader::~ClipboardReader() {
    if (worker_.joinable()) worker_.join();
}

void ClipboardReader::request() {
    std::lock_guard lock(mutex_);
    if (busy_) return;
    busy_ = true;
    answer_.reset();
    if (worker_.joinable()) worker_.join();  // the last one has answered: it is ending
    worker_ = std::thread([this] {
        ClipboardAnswer a = read_clipboard_blocking(timeout_);
        {
            std::lock_guard lock(mutex_);
            answer_ = std::move(a);
            busy_ = false;
        }
        if (answered_) answered_();
    });
}

std::optional<ClipboardAnswer> ClipboardReader::take() {
    std::lock_guard lock(mutex_);
    std::optional<ClipboardAnswer> out = std::move(answer_);
    answer_.reset();
    return out;
}

bool ClipboardReader::busy() const {
    std::lock_guard lock(mutex_);
    return busy_;
}

}  // namespace kiosk::platform
