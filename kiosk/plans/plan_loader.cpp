#include "plans/plan_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <system_error>

#include <fmt/format.h>

#include "core/i18n.h"
#include "plans/table_reader.h"
#include "plans/utf8_check.h"

namespace kiosk {
namespace {

using plans_detail::Need;
using plans_detail::ProblemList;
using plans_detail::TableReader;
using plans_detail::position_of;

// A file full of bad bytes (a binary, a UTF-16 file) would otherwise give thousands of lines.
constexpr std::size_t kMaxUtf8Reports = 20;

// Keys every exercise may have, and the keys that belong to one kind only. A key of another
// kind gets its own message ("belongs to board exercises"), not a bare "unknown key".
struct KindKeys {
    ExerciseKind kind;
    std::vector<const char*> keys;
};
const std::vector<KindKeys>& kind_keys() {
    static const std::vector<KindKeys> table = {
        {ExerciseKind::Checklist, {"question", "pass_count"}},
        {ExerciseKind::Writing, {"phase"}},
        {ExerciseKind::Board, {"column", "subject", "votes_per_person"}},
        {ExerciseKind::Form, {"field", "repeatable"}},
        {ExerciseKind::Info, {}},
    };
    return table;
}

// The phases a writing exercise may have (Worksheet 1): the UI gives each its own behaviour.
constexpr const char* kPhaseIds[] = {"write", "share", "compose"};

// Remembers the ids used in one scope (the plan's exercises, one exercise's columns…) and
// reports a second use. `msgid` takes the id and the line of its first use.
class IdScope {
public:
    IdScope(ProblemList& problems, const char* msgid) : problems_(problems), msgid_(msgid) {}

    void add(const std::string& id, SourcePosition at) {
        const auto [it, inserted] = first_line_.emplace(id, at.line);
        if (!inserted) problems_.add(at, fmt::format(fmt::runtime(tr(msgid_)), id, it->second));
    }

private:
    ProblemList& problems_;
    const char* msgid_;
    std::map<std::string, int> first_line_;
};

// Reads `[[…]]` tables of one kind: checks the id (syntax and uniqueness) and unknown keys
// around the caller's reader for the rest.
template <typename T, typename ReadFn>
std::vector<T> read_tables(TableReader& parent, std::string_view key, const std::string& header,
                           ProblemList& problems, const char* duplicate_msgid, ReadFn read) {
    std::vector<T> items;
    IdScope ids(problems, duplicate_msgid);
    for (const toml::table* table : parent.tables(key)) {
        TableReader reader(*table, header, problems);
        T item;
        if (reader.id("id", item.id)) ids.add(item.id, reader.value_position("id"));
        read(reader, item);
        reader.report_unknown_keys();
        items.push_back(std::move(item));
    }
    return items;
}

// Where the things checked after the whole agenda is read sit in the file.
struct ExerciseSource {
    SourcePosition table;
    SourcePosition subject;
    SourcePosition minutes;
    SourcePosition role;
};

class PlanReader {
public:
    explicit PlanReader(ProblemList& problems) : problems_(problems) {}

    Plan read(const toml::table& root, SourcePosition& id_position) {
        Plan plan;
        TableReader reader(root, "", problems_);
        reader.id("id", plan.id);
        id_position = reader.value_position("id");
        if (reader.text("language", plan.language, Need::Required) && plan.language != "nl" && plan.language != "en")
            problems_.add(reader.value_position("language"),
                          fmt::format(fmt::runtime(tr("'language' must be \"nl\" or \"en\", not \"{}\"")), plan.language));
        reader.text("title", plan.title, Need::Required);
        reader.text("description", plan.description, Need::Optional);

        IdScope exercise_ids(problems_, N_("duplicate exercise id '{}' (first used on line {})"));
        const auto exercises = reader.tables("exercise");
        if (exercises.empty() && !reader.has("exercise"))
            problems_.add(reader.position(), tr("the plan needs at least one exercise ([[exercise]])"));
        for (const toml::table* table : exercises) {
            ExerciseSource source;
            Exercise exercise = read_exercise(*table, exercise_ids, source);
            plan.agenda.push_back(std::move(exercise));
            sources_.push_back(source);
        }
        check_subjects(plan);
        check_roles(plan);

        plan.cards = read_tables<Card>(reader, "card", "[[card]]", problems_,
                                       N_("duplicate card id '{}' (first used on line {})"),
                                       [](TableReader& r, Card& card) {
                                           r.text("title", card.title, Need::Required);
                                           r.text_list("items", card.items, Need::Required);
                                       });
        reader.report_unknown_keys();
        return plan;
    }

private:
    Exercise read_exercise(const toml::table& table, IdScope& ids, ExerciseSource& source) {
        Exercise exercise;
        TableReader reader(table, "[[exercise]]", problems_);
        source.table = reader.position();
        if (reader.id("id", exercise.id)) ids.add(exercise.id, reader.value_position("id"));
        bool kind_known = false;
        std::string kind_word;
        if (reader.text("kind", kind_word, Need::Required)) {
            kind_known = parse_exercise_kind(kind_word, exercise.kind);
            if (!kind_known)
                problems_.add(reader.value_position("kind"),
                              fmt::format(fmt::runtime(tr("unknown exercise kind '{}'; use checklist, writing, board, "
                                                          "form or info")),
                                          kind_word));
        }
        reader.text("title", exercise.title, Need::Required);
        reader.text("prompt", exercise.prompt, Need::Required);
        reader.integer("minutes", exercise.minutes, Need::Required, 1, kMaxExerciseMinutes);
        source.minutes = reader.value_position("minutes");
        source.role = reader.value_position("role");
        reader.text_list("rules", exercise.rules, Need::Optional);
        reader.boolean("lock_at_end", exercise.lock_at_end);
        reader.integer("step", exercise.step, Need::Optional, 1, kMethodSteps);
        std::string role;
        if (reader.text("role", role, Need::Optional) && !role.empty() && !parse_exercise_role(role, exercise.role))
            problems_.add(reader.value_position("role"),
                          fmt::format(fmt::runtime(tr("unknown role '{}'; use readiness, community, community_board, "
                                                      "partners, sub_goals, review or action_points")),
                                      role));

        if (!kind_known) {
            // Without a kind the kind-specific keys cannot be judged; say nothing about them.
            for (const auto& kk : kind_keys())
                for (const char* key : kk.keys) reader.known(key);
            reader.report_unknown_keys();
            return exercise;
        }
        switch (exercise.kind) {
            case ExerciseKind::Checklist: read_checklist(reader, exercise); break;
            case ExerciseKind::Writing: read_writing(reader, exercise); break;
            case ExerciseKind::Board: read_board(reader, exercise, source); break;
            case ExerciseKind::Form: read_form(reader, exercise); break;
            case ExerciseKind::Info: break;
        }
        report_exercise_unknown_keys(reader, exercise.kind);
        return exercise;
    }

    void report_exercise_unknown_keys(TableReader& reader, ExerciseKind kind) {
        for (const auto& unread : reader.unread_keys()) {
            const KindKeys* owner = nullptr;
            for (const auto& kk : kind_keys())
                for (const char* key : kk.keys)
                    if (unread.key == key) owner = &kk;
            if (owner && owner->kind != kind)
                problems_.add(unread.at, fmt::format(fmt::runtime(tr("'{}' does not belong in a '{}' exercise, only "
                                                                     "in '{}' exercises")),
                                                     unread.key, to_string(kind), to_string(owner->kind)));
            else
                reader.report_unknown_key(unread);
        }
    }

    // Readiness check: questions answered yes / not yet / no, and how many yeses mean "go on".
    void read_checklist(TableReader& reader, Exercise& exercise) {
        exercise.questions = read_tables<Question>(
            reader, "question", "[[exercise.question]]", problems_,
            N_("duplicate question id '{}' (first used on line {})"), [](TableReader& r, Question& q) {
                r.text("text", q.text, Need::Required);
                r.text("hint", q.hint, Need::Optional);
            });
        if (exercise.questions.empty()) {
            reader.known("pass_count");  // cannot be judged without questions
            if (!reader.has("question"))  // else the wrong type is already reported
                problems_.add(reader.position(), tr("a checklist exercise needs at least one [[exercise.question]]"));
            return;
        }
        const int count = static_cast<int>(exercise.questions.size());
        reader.integer("pass_count", exercise.pass_count, Need::Required, 1, count);
    }

    // Worksheet 1: write alone (timed), share one by one, compose the shared text.
    void read_writing(TableReader& reader, Exercise& exercise) {
        exercise.phases = read_tables<Phase>(
            reader, "phase", "[[exercise.phase]]", problems_, N_("duplicate phase id '{}' (first used on line {})"),
            [this](TableReader& r, Phase& phase) {
                if (!phase.id.empty() &&
                    std::find_if(std::begin(kPhaseIds), std::end(kPhaseIds),
                                 [&](const char* id) { return phase.id == id; }) == std::end(kPhaseIds))
                    problems_.add(r.value_position("id"),
                                  fmt::format(fmt::runtime(tr("unknown phase '{}'; a writing exercise has the phases "
                                                              "write, share and compose")),
                                              phase.id));
                r.text("title", phase.title, Need::Required);
                r.text("prompt", phase.prompt, Need::Optional);
                r.integer("minutes", phase.minutes, Need::Optional, 0, kMaxExerciseMinutes);
            });
        if (exercise.phases.empty() && !reader.has("phase")) {
            problems_.add(reader.position(), tr("a writing exercise needs at least one [[exercise.phase]]"));
            return;
        }
        int phase_minutes = 0;
        for (const auto& phase : exercise.phases) phase_minutes += phase.minutes;
        if (exercise.minutes > 0 && phase_minutes > exercise.minutes)
            problems_.add(reader.value_position("minutes"),
                          fmt::format(fmt::runtime(tr("the phases take {} minutes, more than the {} minutes planned "
                                                      "for this exercise")),
                                      phase_minutes, exercise.minutes));
    }

    // Sticky-note columns (Worksheets 2 and 3, choosing a community).
    void read_board(TableReader& reader, Exercise& exercise, ExerciseSource& source) {
        exercise.columns = read_tables<Column>(
            reader, "column", "[[exercise.column]]", problems_,
            N_("duplicate column id '{}' (first used on line {})"), [](TableReader& r, Column& column) {
                r.text("title", column.title, Need::Required);
                r.text("hint", column.hint, Need::Optional);
                r.text("example", column.example, Need::Optional);
            });
        if (exercise.columns.empty() && !reader.has("column"))
            problems_.add(reader.position(), tr("a board exercise needs at least one [[exercise.column]]"));
        reader.text("subject", exercise.subject, Need::Optional);
        source.subject = reader.value_position("subject");
        reader.integer("votes_per_person", exercise.votes_per_person, Need::Optional, 0, kMaxVotesPerPerson);
    }

    // Named fields (the community map, partner power, SMART sub-goals).
    void read_form(TableReader& reader, Exercise& exercise) {
        exercise.fields = read_tables<Field>(reader, "field", "[[exercise.field]]", problems_,
                                             N_("duplicate field id '{}' (first used on line {})"),
                                             [this](TableReader& r, Field& field) { read_field(r, field); });
        if (exercise.fields.empty() && !reader.has("field"))
            problems_.add(reader.position(), tr("a form exercise needs at least one [[exercise.field]]"));
        reader.boolean("repeatable", exercise.repeatable);
    }

    void read_field(TableReader& reader, Field& field) {
        reader.text("label", field.label, Need::Required);
        std::string kind_word;
        bool kind_known = false;
        if (reader.text("kind", kind_word, Need::Required)) {
            kind_known = parse_field_kind(kind_word, field.kind);
            if (!kind_known)
                problems_.add(reader.value_position("kind"),
                              fmt::format(fmt::runtime(tr("unknown field kind '{}'; use text, longtext, choice, "
                                                          "multichoice, scale or date")),
                                          kind_word));
        }
        reader.text("hint", field.hint, Need::Optional);
        reader.text_list("support", field.support, Need::Optional);
        reader.boolean("required", field.required);
        std::string decision;
        if (reader.text("decision", decision, Need::Optional) && !decision.empty() &&
            !parse_decision(decision, field.decision))
            problems_.add(reader.value_position("decision"),
                          fmt::format(fmt::runtime(tr("unknown decision '{}'; use community, first_step, who, what "
                                                      "or when")),
                                      decision));
        const bool has_choices = field.kind == FieldKind::Choice || field.kind == FieldKind::MultiChoice ||
                                 field.kind == FieldKind::Scale;
        if (!kind_known) { reader.known("choice"); return; }
        if (!has_choices) {
            if (reader.has("choice")) {
                reader.known("choice");
                problems_.add(reader.value_position("choice"),
                              tr("'choice' is only used by choice, multichoice and scale fields"));
            }
            return;
        }
        field.choices = read_tables<Choice>(reader, "choice", "[[exercise.field.choice]]", problems_,
                                            N_("duplicate choice id '{}' (first used on line {})"),
                                            [](TableReader& r, Choice& choice) {
                                                r.text("label", choice.label, Need::Required);
                                                r.text("hint", choice.hint, Need::Optional);
                                            });
        // An absent key or a single choice is too few; a key of the wrong type is already reported.
        const bool too_few = reader.has("choice") ? field.choices.size() == 1 : true;
        if (too_few)
            problems_.add(reader.value_position("choice"),
                          fmt::format(fmt::runtime(tr("a {} field needs at least two choices "
                                                      "([[exercise.field.choice]])")),
                                      to_string(field.kind)));
    }

    // A role is what the archive, comparisons and follow-ups read (core/plan.h ExerciseRole):
    // it fits one kind, and two exercises with one role would leave them guessing which counts.
    void check_roles(const Plan& plan) {
        std::map<ExerciseRole, std::size_t> first;
        for (std::size_t i = 0; i < plan.agenda.size(); ++i) {
            const Exercise& exercise = plan.agenda[i];
            if (exercise.role == ExerciseRole::None) continue;
            const SourcePosition at = sources_[i].role;
            if (exercise.kind != role_kind(exercise.role))
                problems_.add(at, fmt::format(fmt::runtime(tr("role '{}' is for a '{}' exercise; this one is '{}'")),
                                              to_string(exercise.role), to_string(role_kind(exercise.role)),
                                              to_string(exercise.kind)));
            const auto [it, inserted] = first.emplace(exercise.role, i);
            if (!inserted)
                problems_.add(at, fmt::format(fmt::runtime(tr("role '{}' is already held by exercise '{}'")),
                                              to_string(exercise.role), plan.agenda[it->second].id));
        }
    }

    // A board's `subject` ("exercise.field") must name a text field of a form earlier in the
    // agenda: its answer heads the board ("We want to involve ___ by:", Worksheet 3).
    void check_subjects(const Plan& plan) {
        for (std::size_t i = 0; i < plan.agenda.size(); ++i) {
            const Exercise& board = plan.agenda[i];
            if (board.subject.empty()) continue;
            const SourcePosition at = sources_[i].subject;
            const auto dot = board.subject.find('.');
            if (dot == std::string::npos || board.subject.find('.', dot + 1) != std::string::npos) {
                problems_.add(at, fmt::format(fmt::runtime(tr("'subject' must be written as exercise.field, not "
                                                              "\"{}\"")),
                                              board.subject));
                continue;
            }
            const std::string exercise_id = board.subject.substr(0, dot);
            const std::string field_id = board.subject.substr(dot + 1);
            const Exercise* source = plan.find(exercise_id);
            if (!source) {
                problems_.add(at, fmt::format(fmt::runtime(tr("'subject' names exercise '{}', which is not in this "
                                                              "plan")),
                                              exercise_id));
                continue;
            }
            if (source - plan.agenda.data() >= static_cast<std::ptrdiff_t>(i)) {
                problems_.add(at, fmt::format(fmt::runtime(tr("'subject' names exercise '{}', which does not come "
                                                              "before this board in the agenda")),
                                              exercise_id));
                continue;
            }
            if (source->kind != ExerciseKind::Form) {
                problems_.add(at, fmt::format(fmt::runtime(tr("'subject' names exercise '{}', which is a {} "
                                                              "exercise, not a form")),
                                              exercise_id, to_string(source->kind)));
                continue;
            }
            const Field* field = source->find_field(field_id);
            if (!field)
                problems_.add(at, fmt::format(fmt::runtime(tr("exercise '{}' has no field '{}'")), exercise_id,
                                              field_id));
            else if (field->kind != FieldKind::Text)
                problems_.add(at, fmt::format(fmt::runtime(tr("field '{}' of exercise '{}' is a {} field; the subject "
                                                              "must be a text field")),
                                              field_id, exercise_id, to_string(field->kind)));
        }
    }

    ProblemList& problems_;
    std::vector<ExerciseSource> sources_;
};

}  // namespace

PlanLoadResult load_plan_text(std::string_view toml_text, const std::string& file_name) {
    PlanLoadResult result;
    ProblemList problems(file_name);
    if (toml_text.size() > kMaxPlanFileBytes) {
        problems.add({}, fmt::format(fmt::runtime(tr("the file is {} bytes; a plan file may be at most {} bytes")),
                                     toml_text.size(), kMaxPlanFileBytes));
        result.problems = problems.take_sorted();
        return result;
    }
    const auto bad_bytes = plans_detail::find_invalid_utf8(toml_text, kMaxUtf8Reports);
    for (const auto& bad : bad_bytes)
        problems.add(bad.at, fmt::format(fmt::runtime(tr("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8")),
                                         static_cast<unsigned>(bad.byte)));
    if (!bad_bytes.empty()) {
        result.problems = problems.take_sorted();
        return result;
    }

    toml::table root;
    try {
        root = toml::parse(toml_text, std::string_view(file_name));
    } catch (const toml::parse_error& error) {
        problems.add(position_of(error.source().begin),
                     fmt::format(fmt::runtime(tr("TOML syntax error: {}")), error.description()));
        result.problems = problems.take_sorted();
        return result;
    }
    Plan plan = PlanReader(problems).read(root, result.id_position);
    result.problems = problems.take_sorted();
    if (result.problems.empty()) result.plan = std::move(plan);
    return result;
}

PlanLoadResult load_plan_file(const std::string& path) {
    const auto fail = [&](std::string message) {
        PlanLoadResult result;
        result.problems.push_back(PlanProblem{path, 0, 0, std::move(message)});
        return result;
    };
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) return fail(tr("the file does not exist"));
    if (error) return fail(fmt::format(fmt::runtime(tr("cannot read the file: {}")), error.message()));
    if (!std::filesystem::is_regular_file(status)) return fail(tr("this is a folder or device, not a plan file"));
    const auto size = std::filesystem::file_size(path, error);
    if (error) return fail(fmt::format(fmt::runtime(tr("cannot read the file: {}")), error.message()));
    if (size > kMaxPlanFileBytes)
        return fail(fmt::format(fmt::runtime(tr("the file is {} bytes; a plan file may be at most {} bytes")), size,
                                kMaxPlanFileBytes));
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) return fail(tr("cannot open the file (check its permissions)"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return fail(tr("cannot read the file"));
    return load_plan_text(text, path);
}

}  // namespace kiosk
