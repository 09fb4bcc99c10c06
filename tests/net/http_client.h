// A raw-socket HTTP client for the phone server's tests: what the wire carries, byte for byte,
// on loopback, and every read bounded by a deadline so no test can hang on the server.
#pragma once

#include <string>

namespace kiosk::net::testing {

/// One connection to 127.0.0.1:`port`.
class RawConnection {
public:
    /// Connects at once; connected() says whether it worked.
    explicit RawConnection(int port);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool connected() const { return fd_ >= 0; }
    /// Sends all of `bytes`; false when the connection failed.
    bool send(const std::string& bytes);
    /// Reads until what was received holds `text` `times` times, or the server closed, or
    /// `timeout_ms` passed. True when it holds them.
    bool read_until(const std::string& text, int timeout_ms, int times = 1);
    /// Reads until the server closes the connection or `timeout_ms` passed; true when it closed.
    bool wait_closed(int timeout_ms);
    /// Everything received so far.
    const std::string& received() const { return received_; }
    /// The status code of the answer received (0 before a status line came).
    int status() const;
    /// What follows the answer's head (after the blank line).
    std::string body() const;

private:
    /// One read of at most `timeout_ms`; -1: closed or failed, 0: nothing came in time.
    int read_some(int timeout_ms);
    int fd_ = -1;
    bool closed_ = false;
    std::string received_;
};

/// Sends one request (`Connection: close`) and reads the whole answer within `timeout_ms`.
struct HttpAnswer {
    int status = 0;
    std::string body;
};
HttpAnswer http_request(int port, const std::string& method, const std::string& target,
                        const std::string& body = {}, int timeout_ms = 5000);

/// The count of `text` in `in`.
int count_of(const std::string& in, const std::string& text);

}  // namespace kiosk::net::testing
