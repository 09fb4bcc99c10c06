// Session notes a team mails without editing (issue 13): the "what we decided" block leads every
// format, slides get no section, notes carry no colour line, records are titled by their content
// and headings name the method's step; the shipped demo session fits in five PDF pages and reads
// back whole. Read back by the real tools (pdfinfo, pdftotext, cmark, Python's html.parser).
#include "core/followup.h"
#include "core/i18n.h"
#include "core/palette.h"
#include "core/plan_json.h"
#include "core/privacy.h"
#include "core/reduce.h"
#include "export/document.h"
#include "export/exporter.h"
#include "export/html.h"
#include "export/markdown.h"
#include "export/pdf.h"
#include "export_fixture.h"
#include "plans/plan_catalog.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>

using namespace kiosk;
using namespace kiosk::exporting;
using namespace kiosk::testing;

namespace {

// The build's catalogues, so the notes speak the session's language as they do in the kiosk.
const Languages& languages() {
    static const Languages set({KIOSK_BUILD_LOCALE_DIR});
    return set;
}

// Every test speaks English, as a terminal would; the exports speak their session's language.
struct English : ::testing::Environment {
    void SetUp() override { scope = std::make_unique<LanguageScope>(languages().get("en")); }
    void TearDown() override { scope.reset(); }
    std::unique_ptr<LanguageScope> scope;
};
const auto* const kEnglish = ::testing::AddGlobalTestEnvironment(new English);

// The shipped Dutch demo session (`kiosk demo`), built from the same script against the plan
// in sessions/ as the demo command does.
Session demo_session() {
    PlanCatalog catalog = scan_plans(KIOSK_SOURCE_DIR "/sessions");
    const Plan* plan = catalog.find("bootcamp", "nl");
    EXPECT_NE(plan, nullptr);
    Session s;
    if (!plan) return s;
    std::ifstream in(KIOSK_SOURCE_DIR "/sessions/demo/bootcamp-demo.nl.jsonl");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        Action a{Json::parse(line)};
        if (a.type() == "session.create") a.data["plan"] = plan_to_json(*plan);
        clean_action(a, s, a.at());
        EXPECT_TRUE(apply(s, a)) << line;
    }
    return s;
}

int pdf_pages(const std::string& path) {
    const std::string info = run("pdfinfo " + shell_quote(path));
    const auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

std::vector<std::string> strings(const Json& list) {
    std::vector<std::string> out;
    for (const auto& item : list) out.push_back(item.get<std::string>());
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& text) {
    return std::find(list.begin(), list.end(), text) != list.end();
}

/// The text of the first sub-goal of `s`, as a review record's title shows it.
std::string first_goal_title(const Session& s) {
    const Exercise* goals = s.plan.with_role(ExerciseRole::SubGoals);
    for (const auto& r : s.forms)
        if (goals && r.exercise == goals->id) return record_title(*goals, r);
    return {};
}

/// A follow-up of the demo session on the shipped Dutch follow-up plan (core/followup.h), with
/// its first review filled in.
Session demo_follow_up() {
    const Session earlier = demo_session();
    PlanCatalog catalog = scan_plans(KIOSK_SOURCE_DIR "/sessions");
    const Plan* plan = catalog.find("vervolg", "nl");
    EXPECT_NE(plan, nullptr);
    Session s;
    if (!plan) return s;
    const ClockReading at{earlier.updated_ms + 86'400'000, 0, ""};
    Json create = {{"title", "Vervolg: " + earlier.title}, {"date", "2026-02-10"}, {"plan", plan_to_json(*plan)},
                   {"follows", earlier.id}};
    EXPECT_TRUE(apply(s, make_action("session.create", "s-vervolg", at, create)));
    for (const Action& a : carry_over(earlier, *plan, s.id, at).actions) EXPECT_TRUE(apply(s, a)) << a.to_line();
    const Exercise* review = plan->with_role(ExerciseRole::Review);
    for (const auto& r : s.forms)
        if (r.exercise == review->id) {
            EXPECT_TRUE(apply(s, make_action("form.set", s.id, at, {{"id", r.id}, {"field", kReviewStatus}, {"value", kStatusUnderway}})));
            EXPECT_TRUE(apply(s, make_action("form.set", s.id, at, {{"id", r.id}, {"field", kReviewDone}, {"value", "Twee avonden gehouden, twaalf jongeren"}})));
            break;
        }
    return s;
}

// Every text people typed into `s` that the room may read, as stored.
std::vector<std::string> user_texts(const Session& s) {
    std::vector<std::string> texts = {s.title, s.place, s.facilitator};
    for (const auto& n : s.notes) if (shown_to_room(n)) texts.push_back(n.text);
    for (const auto& v : s.visions) {
        texts.push_back(v.text);
        if (!v.author.empty()) texts.push_back(v.author);
    }
    for (const auto& e : s.plan.agenda) {
        const ExerciseState& state = s.state_of(e.id);
        if (!state.shared_text.empty()) texts.push_back(state.shared_text);
        for (const auto& [question, answer] : state.answers)
            if (!answer.remark.empty()) texts.push_back(answer.remark);
    }
    for (const auto& r : s.forms) {
        const Exercise* e = s.plan.find(r.exercise);
        for (const auto& [field, value] : r.values)
            if (!value.empty()) texts.push_back(display_value(*e->find_field(field), value));
    }
    for (const auto& g : s.groups) texts.push_back(g.name);
    return texts;
}

struct DemoNotes : ::testing::Test {
    static inline std::string base;  // the exported files, without extension
    static inline TempDir* dir = nullptr;
    static inline Session session;
    static inline double export_ms = 0;

    static void SetUpTestSuite() {
        session = demo_session();
        dir = new TempDir;
        ExportRequest request;
        request.folder = dir->path();
        request.formats = {Format::Markdown, Format::Html, Format::Pdf, Format::Png};
        request.now_ms = session.entered_ms + 3 * 60'000;
        const auto start = std::chrono::steady_clock::now();
        const ExportReport report = export_session(session, request);
        export_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        ASSERT_TRUE(report.ok) << report.error;
        base = dir->file(notes_file_name(session, Format::Markdown));
        base.resize(base.size() - 3);
    }
    static void TearDownTestSuite() {
        delete dir;
        dir = nullptr;
    }
    std::string pdf_text() const {
        return squash_spaces(run("pdftotext -enc UTF-8 " + shell_quote(base + ".pdf") + " -"));
    }
    Json markdown() const { return Json::parse(run("python3 " + reader("md_texts.py") + " " + shell_quote(base + ".md"))); }
    Json html() const { return Json::parse(run("python3 " + reader("html_texts.py") + " " + shell_quote(base + ".html"))); }
};

}  // namespace

TEST_F(DemoNotes, PdfFitsInFivePagesAndReadsBackEveryUserText) {
    const int pages = pdf_pages(base + ".pdf");
    std::cout << "[ figure ] demo session: " << pages << " PDF pages; md+html+pdf+png export in " << export_ms
              << " ms\n";
    RecordProperty("pdf_pages", pages);
    RecordProperty("export_ms", static_cast<int>(export_ms));
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 5);
    const PdfText pdf = read_pdf_text(base + ".pdf");
    const auto texts = user_texts(session);
    EXPECT_GE(texts.size(), 90u);  // 61 notes, 4 visions, remarks, 25 form values…
    for (const auto& t : texts) EXPECT_TRUE(pdf_has(pdf, t)) << t;
}

TEST_F(DemoNotes, WhatWeDecidedLeadsEveryFormat) {
    const std::string pdf = pdf_text();
    const auto decided = pdf.find("Wat we besloten");
    ASSERT_NE(decided, std::string::npos);
    EXPECT_LT(decided, pdf.find("Agenda"));
    EXPECT_NE(pdf.find("Gekozen community: Jongeren van 14 tot 18 jaar"), std::string::npos);
    EXPECT_NE(pdf.find("Wie doet wat, wanneer: Ahmed en Yara: Een podcaststudio in de jeugdafdeling die door "
                       "jongeren zelf wordt beheerd. (Eerste aflevering voor de zomervakantie)"),
              std::string::npos)
        << pdf.substr(decided, 1500);

    const Json md = markdown();
    const auto headings = strings(md["headings"]);
    ASSERT_GE(headings.size(), 2u);
    EXPECT_EQ(headings[1], "Wat we besloten") << "first after the title";
    const auto items = strings(md["items"]);
    ASSERT_FALSE(items.empty());
    EXPECT_EQ(items[0], "Gekozen community: Jongeren van 14 tot 18 jaar");

    const Json page = html();
    const auto texts = strings(page["texts"]);
    ASSERT_GE(texts.size(), 3u);
    EXPECT_EQ(texts[1], "Wat we besloten");
    EXPECT_EQ(texts[2], "Gekozen community:");
    EXPECT_EQ(texts[3], "Jongeren van 14 tot 18 jaar");
}

TEST_F(DemoNotes, TheTopThreeIdeasOfEachBoardWithDots) {
    // The matrix's dots in the demo: n-demo031 ×3, n-demo027 ×2, n-demo036 ×2, 032 and 033 ×1.
    LanguageScope dutch(language_for("nl"));
    const auto list = decisions(session);
    const Entry* top = nullptr;
    for (const auto& e : list) if (e.label.find("VAN, DOOR en VOOR") != std::string::npos) top = &e;
    ASSERT_NE(top, nullptr);
    EXPECT_EQ(std::count(top->text.begin(), top->text.end(), '\n'), 2) << top->text;
    EXPECT_NE(top->text.find("(3 stippen)"), std::string::npos) << top->text;
    EXPECT_EQ(top->text.find("(1 stip)"), std::string::npos) << "only the top three" << top->text;
    // The strengths board has no dots: no line for it.
    for (const auto& e : list) EXPECT_EQ(e.label.find("Sterktes en behoeften"), std::string::npos) << e.label;
}

TEST_F(DemoNotes, SlidesHaveNoSectionAndHeadingsNameTheMethodStep) {
    const auto headings = strings(markdown()["headings"]);
    for (const char* slide : {"Welkom", "Lunchpauze", "Afsluiting"})
        for (const auto& h : headings) EXPECT_EQ(h.find(slide), std::string::npos) << h;
    EXPECT_TRUE(contains(headings, "Stap 1 · Zijn we er klaar voor?"));
    EXPECT_TRUE(contains(headings, "Stap 4 · Breng de community in kaart — Jongeren van 14 tot 18 jaar"));
    EXPECT_TRUE(contains(headings, "Stap 4 · VAN, DOOR en VOOR — Jongeren van 14 tot 18 jaar"));
    EXPECT_TRUE(contains(headings, "Stap 5 · SMART-subdoelen"));
    // Partner records are titled by the partner's name, not "Formulier 1".
    EXPECT_TRUE(contains(headings, "Jan Bosman"));
    EXPECT_TRUE(contains(headings, "Mevrouw Öztürk"));
    for (const auto& h : headings) EXPECT_EQ(h.find("Formulier "), std::string::npos) << h;
    // The slides keep their line in the agenda table.
    EXPECT_NE(read_file(base + ".md").find("| Lunchpauze |"), std::string::npos);
    const std::string pdf = pdf_text();
    EXPECT_NE(pdf.find("Methodestap 4: De community leren kennen"), std::string::npos);
    for (const char* slide : {"Lunchpauze", "Afsluiting"}) {
        ASSERT_NE(pdf.find(slide), std::string::npos) << slide << " is in the agenda";
        EXPECT_EQ(pdf.find(slide), pdf.rfind(slide)) << slide << " once, in the agenda";
    }
    EXPECT_EQ(pdf.find("Vandaag draait alles om"), std::string::npos) << "the welcome slide's text";
}

TEST_F(DemoNotes, NoColourLineUnderTheNotes) {
    LanguageScope dutch(language_for("nl"));
    const std::string md = read_file(base + ".md");
    const Json page = html();
    const std::string pdf = pdf_text();
    for (int c = 0; c < kNoteColours; ++c) {
        const std::string name = tr(kNotePalette[c].name);
        SCOPED_TRACE(name);
        // "Geel · 2 stemmen" was the start of every note's line.
        EXPECT_EQ(md.find("*" + name), std::string::npos);
        for (const auto& t : strings(page["texts"])) EXPECT_NE(t.rfind(name, 0), 0u) << t;
        EXPECT_EQ(pdf.find(" " + name + " ·"), std::string::npos);
        EXPECT_EQ(pdf.find(" " + name + " Geschreven"), std::string::npos);
    }
}

TEST(SessionNotes, TheCommunityIsSaidToBeNotChosenYet) {
    Plan plan = sample_plan();
    for (auto& e : plan.agenda)
        if (e.id == "kaart") e.fields[0].decision = Decision::Community;
    Session s = session_from(plan);
    const LanguageScope dutch(language_for("nl"));
    const auto list = decisions(s);
    ASSERT_EQ(list.size(), 1u) << "nothing else decided yet";
    EXPECT_EQ(list[0].label, "Gekozen community");
    EXPECT_EQ(list[0].text, "nog niet gekozen");
    EXPECT_TRUE(list[0].empty);
    act(s, "form.add", {{"id", "k"}, {"exercise", "kaart"}});
    act(s, "form.set", {{"id", "k"}, {"field", "naam"}, {"value", "Mantelzorgers in Noord"}});
    EXPECT_EQ(decisions(s)[0].text, "Mantelzorgers in Noord");
}

TEST(SessionNotes, TiesKeepTheBoardsOrderAndOnlyNotesWithDotsCount) {
    Session s = sample_session();
    for (int i = 0; i < 5; ++i)
        act(s, "note.add", {{"id", "n" + std::to_string(i)}, {"exercise", "matrix"}, {"column", i < 3 ? "of" : "for"},
                            {"text", "Idee " + std::to_string(i)}, {"colour", 0}});
    // Idee 4 gets two dots; Idee 1 and Idee 3 one each (a tie: board order); Idee 0 and 2 none.
    act(s, "vote.add", {{"note", "n3"}, {"voter", "a"}});
    act(s, "vote.add", {{"note", "n4"}, {"voter", "a"}});
    act(s, "vote.add", {{"note", "n4"}, {"voter", "b"}});
    act(s, "vote.add", {{"note", "n1"}, {"voter", "b"}});
    const LanguageScope english(language_for("en"));
    const auto list = decisions(s);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1].label, "Most dots on “OF/BY/FOR”");
    EXPECT_EQ(list[1].text, "Idee 4 (2 dots)\nIdee 1 (1 dot)\nIdee 3 (1 dot)");
}

TEST(SessionNotes, FirstStepAndWhoDoesWhatByWhenFromTheFieldsThePlanMarks) {
    Plan plan = sample_plan();
    Exercise steps;
    steps.id = "stappen";
    steps.kind = ExerciseKind::Form;
    steps.title = "Kleine stappen";
    steps.prompt = "Wie doet wat?";
    steps.minutes = 10;
    steps.repeatable = true;
    auto field = [](const char* id, Decision d) {
        Field f;
        f.id = id;
        f.label = id;
        f.decision = d;
        return f;
    };
    steps.fields = {field("stap", Decision::FirstStep), field("wie", Decision::Who), field("wat", Decision::What),
                    field("wanneer", Decision::When)};
    plan.agenda.push_back(steps);
    Session s = session_from(plan);
    act(s, "form.add", {{"id", "a"}, {"exercise", "stappen"}});
    act(s, "form.set", {{"id", "a"}, {"field", "wie"}, {"value", "Sanne"}});
    act(s, "form.set", {{"id", "a"}, {"field", "wat"}, {"value", "Yara bellen"}});
    act(s, "form.set", {{"id", "a"}, {"field", "wanneer"}, {"value", "vrijdag"}});
    act(s, "form.add", {{"id", "b"}, {"exercise", "stappen"}});
    act(s, "form.set", {{"id", "b"}, {"field", "stap"}, {"value", "Een kop koffie bij De Loods"}});
    act(s, "form.set", {{"id", "b"}, {"field", "wat"}, {"value", "Flyer maken"}});
    const LanguageScope dutch(language_for("nl"));
    const auto list = decisions(s);
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[1].label, "Eerste kleine stap");
    EXPECT_EQ(list[1].text, "Een kop koffie bij De Loods");
    EXPECT_EQ(list[2].label, "Wie doet wat, wanneer");
    EXPECT_EQ(list[2].text, "Sanne: Yara bellen (vrijdag)\n(nog niemand genoemd): Flyer maken");
}

TEST(SessionNotes, RecordsAreTitledByTheirContentAndTheTitleIsNotRepeated) {
    Session s = rich_session();  // partners "Wijkcentrum De Brug" and "Café De Hoek"
    const Document doc = build_document(s, 3'000'000);
    std::vector<std::string> headings;
    int partner_lines = 0;
    for (const auto& b : doc.blocks) {
        if (b.kind == Block::Kind::Heading) headings.push_back(b.text);
        if (b.kind == Block::Kind::Entries)
            for (const auto& e : b.entries) partner_lines += e.label == "Partner";
    }
    EXPECT_TRUE(contains(headings, "Wijkcentrum De Brug"));
    EXPECT_TRUE(contains(headings, "Café De Hoek"));
    EXPECT_TRUE(contains(headings, "Kaart — Buurtbewoners | Zuid"));
    EXPECT_EQ(partner_lines, 0);
    for (const auto& h : headings) EXPECT_EQ(h.find("Record"), std::string::npos) << h;
}

TEST(SessionNotes, K22LongCompoundsAndUrlsWrapInsideTheirCardAndReadBackWhole) {
    const std::vector<std::string> k22 = {
        "arbeidsongeschiktheidsverzekeringsmaatschappij",
        "https://voorbeeld.invalid/bibliotheek/programma/2025/werkgroep-ideeen?ronde=3&tafel=2",
        std::string(46, '='),
        "Leesclub/Boekenruil/Voorleesuurtje/Taalcafé",
    };
    Session s = sample_session();
    for (std::size_t i = 0; i < k22.size(); ++i)
        act(s, "note.add", {{"id", "k" + std::to_string(i)}, {"exercise", "matrix"}, {"column", "of"},
                            {"text", k22[i]}, {"colour", 1}});
    // The card's text box of the board picture (board_image.cpp: 230 wide, 11 padding).
    TextShaper shaper;
    for (const auto& t : k22) {
        LayoutPtr layout = shaper.layout(t, {15, false, false}, 230 - 2 * 11);
        PangoRectangle ink, logical;
        pango_layout_get_extents(layout.get(), &ink, &logical);
        EXPECT_LE((ink.x + ink.width) / double(PANGO_SCALE), 208.0) << t;
        EXPECT_GE(ink.x, 0) << t;
        EXPECT_GT(pango_layout_get_line_count(layout.get()), 1) << t;
    }
    TempDir dir;
    BoardPictures pictures{shaper};
    write_file(dir.file("k22.pdf"), to_pdf(build_document(s, 3'000'000), shaper, pictures));
    // shared/cases K22: with the line breaks removed, pdftotext gives back each note exactly.
    std::string raw = run("pdftotext -raw -enc UTF-8 " + shell_quote(dir.file("k22.pdf")) + " -");
    raw.erase(std::remove(raw.begin(), raw.end(), '\n'), raw.end());
    for (const auto& t : k22) EXPECT_NE(raw.find(t), std::string::npos) << t;
}

TEST(SessionNotes, AFollowUpShowsWhatItCarriedAndItsReviewsReadably) {
    const Session s = demo_follow_up();
    ASSERT_FALSE(s.forms.empty());
    TempDir dir;
    ExportRequest request;
    request.folder = dir.path();
    request.formats = {Format::Markdown, Format::Pdf};
    request.now_ms = s.updated_ms;
    const ExportReport report = export_session(s, request);
    ASSERT_TRUE(report.ok) << report.error;
    std::string base = dir.file(notes_file_name(s, Format::Markdown));
    base.resize(base.size() - 3);
    const Json read = Json::parse(run("python3 " + reader("md_texts.py") + " " + shell_quote(base + ".md")));
    std::vector<std::string> md;
    for (const char* part : {"paragraphs", "headings", "items"})
        for (const std::string& text : strings(read[part])) md.push_back(text);
    EXPECT_TRUE(contains(md, first_goal_title(s))) << "the review is titled by its sub-goal";
    const std::string pdf = squash_spaces(run("pdftotext -enc UTF-8 " + shell_quote(base + ".pdf") + " -"));
    const Exercise* goals = s.plan.with_role(ExerciseRole::SubGoals);
    std::string first_goal;
    for (const auto& r : s.forms)
        if (r.exercise == goals->id) { first_goal = r.values.at("specific"); break; }
    ASSERT_FALSE(first_goal.empty());
    // The review is titled by its sub-goal and says where it stands in words, not ids.
    for (const std::string& text : {first_goal, std::string("Onderweg"), std::string("Twee avonden gehouden, twaalf jongeren"),
                                    std::string("Jongeren van 14 tot 18 jaar")}) {
        EXPECT_TRUE(contains(md, text) || std::any_of(md.begin(), md.end(), [&](const std::string& t) {
                        return t.find(text) != std::string::npos;
                    })) << text;
        EXPECT_NE(pdf.find(squash_spaces(text)), std::string::npos) << text;
    }
    EXPECT_EQ(pdf.find("underway"), std::string::npos) << "a status shows by its label";
    // Every carried and typed text reads back from the PDF.
    for (const std::string& text : user_texts(s)) EXPECT_NE(pdf.find(squash_spaces(text)), std::string::npos) << text;
}
