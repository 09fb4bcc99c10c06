#include "export/html.h"

#include "core/privacy.h"
#include "export_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace kiosk;
using namespace kiosk::exporting;
using namespace kiosk::testing;

namespace {

struct HtmlFixture : ::testing::Test {
    Session s = rich_session();
    TempDir dir;
    TextShaper shaper;
    BoardPictures pictures{shaper};
    std::string html;
    Json read;

    void SetUp() override {
        html = to_html(build_document(s, 3'000'000), pictures);
        write_file(dir.file("notes.html"), html);
        read = Json::parse(run("python3 " + reader("html_texts.py") + " " + shell_quote(dir.file("notes.html"))));
    }
    bool has_text(const std::string& t) const {
        return std::find(read["texts"].begin(), read["texts"].end(), Json(t)) != read["texts"].end();
    }
};

}  // namespace

TEST_F(HtmlFixture, EveryTextComesBackExactlyOnceEscaped) {
    for (const auto& n : s.notes) {
        if (shown_to_room(n)) {
            EXPECT_TRUE(has_text(n.text)) << n.text;
        }
    }
    for (const auto& t : formula_texts()) EXPECT_TRUE(has_text(t)) << t;
    for (const auto& v : s.visions) EXPECT_TRUE(has_text(v.text)) << v.text;
    EXPECT_TRUE(has_text(s.state_of("visie").shared_text));
    EXPECT_TRUE(has_text("=SOM(A1)\nmaar twee regels"));
    EXPECT_TRUE(has_text("Kaart — Buurtbewoners | Zuid"));
    EXPECT_TRUE(has_text("Plek, Interesse"));
    EXPECT_TRUE(has_text("OF/BY/FOR — Buurtbewoners | Zuid"));
    EXPECT_EQ(read["title"], "Bootcamp Zwolle");
    // Escaped once: the note "&amp; …" is shown as typed, not as "&".
    EXPECT_NE(html.find("&amp;amp; en &amp;copy;"), std::string::npos);
}

TEST_F(HtmlFixture, IsSelfContainedAndPrintable) {
    EXPECT_EQ(read["scripts"], 0) << "a note became a script";
    EXPECT_TRUE(read["charset"].get<bool>());
    ASSERT_EQ(read["images"].size(), 1u);
    EXPECT_EQ(read["images"][0].get<std::string>().rfind("data:image/svg+xml;base64,", 0), 0u);
    EXPECT_EQ(html.find("http://"), html.find("http://example.invalid"));  // no external resource
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    // Exercises flow on in print (no page each: issue 13); a board scrolls sideways on a phone
    // at a size its notes stay readable.
    EXPECT_EQ(html.find("break-before: page"), std::string::npos);
    EXPECT_NE(html.find("<div class=\"board\"><img class=\"board\" style=\"--board-width:"), std::string::npos);
    EXPECT_NE(html.find("@media screen and (max-width: 40em) { img.board { max-width: none; width: "
                        "calc(var(--board-width) * 0.8); } }"),
              std::string::npos);
    EXPECT_EQ(std::count(html.begin(), html.end(), '\0'), 0);
}

TEST(Html, EscapeAndBase64) {
    EXPECT_EQ(html_escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    EXPECT_EQ(html_escape("ideeën €"), "ideeën €");
    EXPECT_EQ(base64(""), "");
    EXPECT_EQ(base64("f"), "Zg==");
    EXPECT_EQ(base64("fo"), "Zm8=");
    EXPECT_EQ(base64("foo"), "Zm9v");
    EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
}
