// RequestDeadline's policy with connections written by hand, and open_connections/cut_connection
// on a real loopback socket pair of this process.
#include "net/request_deadline.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace kiosk::net {
namespace {

OpenConnection connection(const std::string& peer, ino_t inode, int unread = 0) {
    OpenConnection c;
    c.fd = static_cast<int>(inode);
    c.inode = inode;
    c.peer = peer;
    c.unread = unread;
    return c;
}

std::vector<std::string> peers(const std::vector<OpenConnection>& cut) {
    std::vector<std::string> out;
    for (const auto& c : cut) out.push_back(c.peer);
    std::sort(out.begin(), out.end());
    return out;
}

TEST(RequestDeadline, ARequestThatIsNotServedInTimeIsCut) {
    RequestDeadline deadline(5000, 1000, 8);
    const std::vector<OpenConnection> open{connection("10.0.0.5:40000", 11)};
    EXPECT_TRUE(deadline.sweep(open, 0).empty());
    EXPECT_TRUE(deadline.sweep(open, 4999).empty());
    EXPECT_EQ(peers(deadline.sweep(open, 5000)), std::vector<std::string>{"10.0.0.5:40000"});
}

TEST(RequestDeadline, AServedConnectionIsNeverCut) {
    RequestDeadline deadline(5000, 1000, 8);
    const std::vector<OpenConnection> open{connection("10.0.0.5:40000", 11)};
    deadline.sweep(open, 0);
    deadline.served("10.0.0.5:40000");  // an event stream, held open for the whole session
    EXPECT_TRUE(deadline.sweep(open, 60'000).empty());
}

TEST(RequestDeadline, ServedBeforeTheFirstSweepSawItCountsToo) {
    RequestDeadline deadline(5000, 1000, 8);
    deadline.served("10.0.0.5:40000");
    const std::vector<OpenConnection> open{connection("10.0.0.5:40000", 11)};
    EXPECT_TRUE(deadline.sweep(open, 0).empty());
    EXPECT_TRUE(deadline.sweep(open, 60'000).empty());
}

TEST(RequestDeadline, ANewSocketFromTheSamePeerIsTimedAfresh) {
    RequestDeadline deadline(5000, 1000, 8);
    deadline.sweep({connection("10.0.0.5:40000", 11)}, 0);
    deadline.served("10.0.0.5:40000");
    // The served socket closed; the client reuses its port for another (another inode).
    const std::vector<OpenConnection> again{connection("10.0.0.5:40000", 12)};
    EXPECT_TRUE(deadline.sweep(again, 1000).empty());
    EXPECT_EQ(deadline.sweep(again, 6000).size(), 1u);
}

TEST(RequestDeadline, ARequestWaitingWholeForAThreadIsNotTimed) {
    RequestDeadline deadline(5000, 1000, 8);
    // Its bytes wait unread: no pool thread holds it, the kiosk is what is slow.
    const std::vector<OpenConnection> queued{connection("10.0.0.5:40000", 11, 300)};
    EXPECT_TRUE(deadline.sweep(queued, 0).empty());
    EXPECT_TRUE(deadline.sweep(queued, 20'000).empty());
    // Once a thread reads it the clock starts.
    const std::vector<OpenConnection> read{connection("10.0.0.5:40000", 11, 0)};
    EXPECT_TRUE(deadline.sweep(read, 21'000).empty());
    EXPECT_EQ(deadline.sweep(read, 26'000).size(), 1u);
}

TEST(RequestDeadline, AnAddressWithTooManySlowConnectionsLosesItsOldestExtras) {
    RequestDeadline deadline(5000, 1000, 3);
    std::vector<OpenConnection> open;
    for (int i = 0; i < 5; ++i) {
        open.push_back(connection("10.0.0.9:" + std::to_string(50000 + i), 100 + i));
        deadline.sweep(open, i * 100);  // one more every 100 ms
    }
    open.push_back(connection("10.0.0.7:41000", 200));  // another phone: not its business
    EXPECT_TRUE(deadline.sweep(open, 999).empty());      // none of them is a second old yet
    EXPECT_EQ(peers(deadline.sweep(open, 1200)), (std::vector<std::string>{"10.0.0.9:50000", "10.0.0.9:50001"}));
}

TEST(RequestDeadline, ManyQuickPhonesBehindOneAddressAreLeftAlone) {
    RequestDeadline deadline(5000, 1000, 8);
    std::vector<OpenConnection> open;
    for (int i = 0; i < 60; ++i) open.push_back(connection("192.168.1.1:" + std::to_string(30000 + i), 300 + i));
    deadline.sweep(open, 0);
    for (const auto& c : open) deadline.served(c.peer);  // each request arrived and was answered
    EXPECT_TRUE(deadline.sweep(open, 2000).empty());
}

TEST(OpenConnections, SeesAnAcceptedSocketWithItsPeerAndUnreadBytesAndCutsIt) {
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_GE(listener, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(listen(listener, 4), 0);
    socklen_t length = sizeof address;
    getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    const int port = ntohs(address.sin_port);

    const int client = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_EQ(connect(client, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    const int accepted = accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
    ASSERT_GE(accepted, 0);
    ASSERT_EQ(send(client, "GET /", 5, 0), 5);
    sockaddr_in client_address{};
    length = sizeof client_address;
    getsockname(client, reinterpret_cast<sockaddr*>(&client_address), &length);

    std::vector<OpenConnection> open;
    for (int i = 0; i < 100; ++i) {  // the 5 bytes are on loopback at once; FIONREAD sees them soon
        open = open_connections(port);
        if (open.size() == 1 && open[0].unread == 5) break;
        usleep(1000);
    }
    ASSERT_EQ(open.size(), 1u);  // the accepted socket, not the listener, not the client's end
    EXPECT_EQ(open[0].fd, accepted);
    EXPECT_EQ(open[0].peer, "127.0.0.1:" + std::to_string(ntohs(client_address.sin_port)));
    EXPECT_EQ(open[0].unread, 5);

    EXPECT_TRUE(cut_connection(open[0]));
    char byte;
    EXPECT_EQ(recv(client, &byte, 1, 0), 0);  // the client sees the end
    OpenConnection stale = open[0];
    stale.inode += 1;  // what the number names now is another socket: left alone
    EXPECT_FALSE(cut_connection(stale));
    close(accepted);
    close(client);
    close(listener);
}

}  // namespace
}  // namespace kiosk::net
