// A clipboard owner for tests, on its own X connection and thread: answers in UTF-8, only in
// Latin-1 (STRING), or never (the owner that froze the kiosk in issue 14). Used by
// clipboard_test.cpp and by the clipboard_owner program of the end-to-end paste test.
#pragma once

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <poll.h>

#include <atomic>
#include <future>
#include <string>
#include <thread>

namespace kiosk::test {

/// Holds the CLIPBOARD selection on its own X connection and thread while it lives.
class Owner {
public:
    enum class Mode { Utf8, Latin1Only, Silent };
    Owner(Mode mode, std::string text) : mode_(mode), text_(std::move(text)) {
        std::promise<bool> ready;
        auto owned = ready.get_future();
        thread_ = std::thread([this, &ready] { run(ready); });
        owns_ = owned.get();
    }
    ~Owner() {
        stop_ = true;
        thread_.join();
    }
    /// False when the display could not be opened or the selection not taken.
    bool owns() const { return owns_; }
    int requests_seen() const { return requests_; }

private:
    void run(std::promise<bool>& ready) {
        Display* d = XOpenDisplay(nullptr);
        if (!d) { ready.set_value(false); return; }
        const ::Window w = XCreateSimpleWindow(d, DefaultRootWindow(d), 0, 0, 1, 1, 0, 0, 0);
        const Atom clipboard = XInternAtom(d, "CLIPBOARD", False);
        const Atom utf8 = XInternAtom(d, "UTF8_STRING", False);
        XSetSelectionOwner(d, clipboard, w, CurrentTime);
        ready.set_value(XGetSelectionOwner(d, clipboard) == w);  // a round trip: the server has it
        while (!stop_) {
            if (XPending(d) == 0) {
                pollfd fd{ConnectionNumber(d), POLLIN, 0};
                poll(&fd, 1, 20);
                continue;
            }
            XEvent e;
            XNextEvent(d, &e);
            if (e.type != SelectionRequest) continue;
            ++requests_;
            if (mode_ == Mode::Silent) continue;  // the owner that never answers
            const XSelectionRequestEvent& r = e.xselectionrequest;
            XSelectionEvent reply{};
            reply.type = SelectionNotify;
            reply.requestor = r.requestor;
            reply.selection = r.selection;
            reply.target = r.target;
            reply.time = r.time;
            reply.property = None;
            const bool speaks = (mode_ == Mode::Utf8 && r.target == utf8) ||
                                (mode_ == Mode::Latin1Only && r.target == XA_STRING);
            if (speaks) {
                XChangeProperty(d, r.requestor, r.property, r.target, 8, PropModeReplace,
                                reinterpret_cast<const unsigned char*>(text_.data()), int(text_.size()));
                reply.property = r.property;
            }
            XSendEvent(d, r.requestor, False, 0, reinterpret_cast<XEvent*>(&reply));
            XFlush(d);
        }
        XDestroyWindow(d, w);
        XCloseDisplay(d);
    }

    Mode mode_;
    std::string text_;
    std::atomic<bool> stop_{false};
    std::atomic<int> requests_{0};
    bool owns_ = false;
    std::thread thread_;
};

}  // namespace kiosk::test
