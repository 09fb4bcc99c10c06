// What the table, the console and the projector show of phones joining (issue 12): plain data the
// app fills each frame from the phone server (kiosk/net/) and the session. The views only read
// it; nothing here is a device's identity (kiosk/net/PROTOCOL.md: the room sees the URL and the
// code, never a device id or a waiting note's text).
#pragma once

#include "ui/qr_code.h"

#include <string>

namespace kiosk::ui {

struct PhonesInfo {
    bool on = false;      ///< phones may join: the server listens (console switch or --phones PORT)
    std::string url;      ///< the join URL the QR code holds, "http://IP:PORT/j/CODE"; "" while not listening
    std::string code;     ///< the join code, 6 digits, to type instead of scanning
    QrCode qr;            ///< make_qr_code(url), made once per URL by the app (not each frame)
    int connected = 0;    ///< devices with an open event stream now
    int handed_in = 0;    ///< during writing: devices whose vision of the current exercise is handed in
    bool writing = false; ///< the current exercise is a writing one (handed_in counts)
    bool approval = false;///< phones' notes wait for approval (Session::phone_approval, as the app read it)
    int waiting = 0;      ///< notes of the open session waiting for approval
    /// Why phones cannot join although they should, e.g. "phones cannot join: port 8080 in use"
    /// (translated by the app); "" when all is well. Shown in the console.
    std::string error;
};

}  // namespace kiosk::ui
