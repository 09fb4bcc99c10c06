#include "http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>

namespace kiosk::net::testing {

RawConnection::RawConnection(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) return;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

RawConnection::~RawConnection() {
    if (fd_ >= 0) ::close(fd_);
}

bool RawConnection::send(const std::string& bytes) {
    std::size_t sent = 0;
    while (fd_ >= 0 && sent < bytes.size()) {
        ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return false;
        sent += static_cast<std::size_t>(n);
    }
    return fd_ >= 0;
}

int RawConnection::read_some(int timeout_ms) {
    if (fd_ < 0 || closed_) return -1;
    pollfd p{fd_, POLLIN, 0};
    int ready = ::poll(&p, 1, timeout_ms);
    if (ready == 0) return 0;
    char buffer[16384];
    ssize_t n = ready > 0 ? ::recv(fd_, buffer, sizeof buffer, 0) : -1;
    if (n <= 0) {
        closed_ = true;
        return -1;
    }
    received_.append(buffer, static_cast<std::size_t>(n));
    return static_cast<int>(n);
}

namespace {
int left_ms(std::chrono::steady_clock::time_point deadline) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    return left.count() < 0 ? 0 : static_cast<int>(left.count());
}
}  // namespace

bool RawConnection::read_until(const std::string& text, int timeout_ms, int times) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (count_of(received_, text) < times) {
        const int left = left_ms(deadline);
        if (left == 0 || read_some(left) < 0) return count_of(received_, text) >= times;
    }
    return true;
}

bool RawConnection::wait_closed(int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (!closed_) {
        const int left = left_ms(deadline);
        if (left == 0) return false;
        read_some(left);
    }
    return true;
}

int RawConnection::status() const {
    if (received_.compare(0, 9, "HTTP/1.1 ") != 0 || received_.size() < 12) return 0;
    return std::atoi(received_.substr(9, 3).c_str());
}

std::string RawConnection::body() const {
    auto end = received_.find("\r\n\r\n");
    return end == std::string::npos ? std::string() : received_.substr(end + 4);
}

HttpAnswer http_request(int port, const std::string& method, const std::string& target, const std::string& body,
                        int timeout_ms) {
    RawConnection c(port);
    std::string request = method + " " + target + " HTTP/1.1\r\nHost: kiosk.test\r\nConnection: close\r\n";
    if (!body.empty() || method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    request += "\r\n" + body;
    if (!c.send(request)) return {};
    c.wait_closed(timeout_ms);
    return {c.status(), c.body()};
}

int count_of(const std::string& in, const std::string& text) {
    int n = 0;
    for (auto at = in.find(text); at != std::string::npos; at = in.find(text, at + text.size())) ++n;
    return n;
}

}  // namespace kiosk::net::testing
