// The participants' phone page (issue 12): one self-contained HTML file (phone_page.html beside
// this header, CSS and JS inline, no external URLs), compiled into the kiosk so nothing is read
// from disk when a phone asks for it. The server (net/phone_server.h) serves it at / and /j/CODE;
// what the page sends and receives is kiosk/net/PROTOCOL.md.
#pragma once

#include <string_view>

namespace kiosk::net {

/// The page's bytes (UTF-8 HTML, at most 100 KiB), exactly as in phone_page.html. Valid for the
/// whole program; the same view on every call.
std::string_view phone_page();

}  // namespace kiosk::net
