// pacta/diagnostic_codes.hpp — every diagnostic code pacta can emit, with its meaning.
//
// A `pacta::diagnostic` names the rule an input broke with a stable code (`diagnostic::code`):
// `"date.invalid"`, `"amendment.favour-window"`, `"eligibility"`. This header lists every code the
// library and the command-line tool can emit — reading a registry, a treaty profile, a reports file
// or a table of State names, and importing a UN Treaty Collection page — each with the one-line
// meaning of its documentation table and the page that documents it, so that a program can explain
// a code, or check that it knows all of them, without parsing the docs.
//
// The table is sorted by code (byte order, so each family — `action.*`, `amendment.*`, … — is
// contiguous) and has no duplicates; a static_assert below checks both. scripts/doc-codes.py checks
// the rest: every code the sources emit is in the table, and every code of the table is emitted, in
// the code table of its page, and exercised by a test.
//
// Example: explaining a diagnostic.
//   for (const pacta::diagnostic& d : diags)
//     if (const char* meaning = pacta::describe_code(d.code))
//       std::cerr << d.code << ": " << meaning << "\n";
//   // std::string_view(pacta::describe_code("succession.effective"))
//   //     == "the date of succession follows the notification"
//   // pacta::describe_code("no.such-code") == nullptr
#pragma once

#include <cstddef>
#include <string_view>

namespace pacta {

/// One diagnostic code: the code, its meaning (one line, from the code table of its page) and that
/// page, relative to the source tree.
struct diagnostic_code_info {
  const char* code;
  const char* meaning;
  const char* page;
};

namespace detail {
inline constexpr const char* registry_page = "docs/registry-format.md";
inline constexpr const char* profile_page = "docs/treaty-profiles.md";
inline constexpr const char* reports_page = "docs/reports-format.md";
}  // namespace detail

/// Every diagnostic code pacta emits, sorted by code.
inline constexpr diagnostic_code_info diagnostic_codes[] = {
    {"action.amendment", "amendment on an action that is not an amendment action", detail::registry_page},
    {"action.article", "`article` on an action other than an optional declaration or its withdrawal",
     detail::registry_page},
    {"action.declaration",
     "declaration not-recorded on an action that is no instrument, or under a treaty that asks for no declaration",
     detail::registry_page},
    {"action.effective", "effective on an action other than a succession", detail::registry_page},
    {"action.minimum-age",
     "minimum_age on an action other than a declaration, or not a whole number of years from 0 to 99",
     detail::registry_page},
    {"action.predecessor", "predecessor on an action other than a succession", detail::registry_page},
    {"action.state", "a state on an act of the Secretary-General, the conference or the General Assembly",
     detail::registry_page},
    {"action.succession-kind",
     "succession_kind on an action other than a succession, or not separation or newly-independent",
     detail::registry_page},
    {"action.unknown", "an action kind that does not exist", detail::registry_page},
    {"action.vote", "vote on an action other than an amendment adoption", detail::registry_page},
    {"amendment.acceptance-before-adoption",
     "an acceptance before the amendment was adopted, or of an amendment whose vote did not carry (A2)",
     detail::registry_page},
    {"amendment.declined",
     "a declaration of a different intention by a State that was a party at the amendment's entry into force, or that "
     "accepted it",
     detail::registry_page},
    {"amendment.duplicate",
     "a second proposal with one id, a second communication, adoption or approval, or a State favouring or accepting "
     "twice",
     detail::registry_page},
    {"amendment.favour-window",
     "a favour before the communication, or after the four months when the third was not reached in time (A1)",
     detail::registry_page},
    {"amendment.no-conference", "an adoption although fewer than a third favoured a conference in time (A1)",
     detail::registry_page},
    {"amendment.not-party", "a proposal, favour or acceptance by a State that is not a State Party on that date",
     detail::registry_page},
    {"amendment.order",
     "a communication before the proposal, an adoption before the communication, or an approval before the adoption or "
     "after a failed vote (A2)",
     detail::registry_page},
    {"amendment.unknown",
     "an amendment action naming an id with no amendment-proposal, or a treaty without an amendment clause",
     detail::registry_page},
    {"amendment.vote", "a recorded vote with more votes than States Parties on the day of adoption (A2)",
     detail::registry_page},
    {"armed-conflict.none", "the end of an armed conflict when none is going on", detail::registry_page},
    {"armed-conflict.not-in-treaty", "an armed conflict under a treaty without an armed-conflict clause (D4)",
     detail::registry_page},
    {"armed-conflict.open", "a second armed conflict while one is recorded as going on", detail::registry_page},
    {"consent.duplicate", "a second consent while bound, or while a denunciation is pending", detail::registry_page},
    {"consent.formal-confirmation", "a formal confirmation by a participant not listed as an organization",
     detail::registry_page},
    {"consent.simplified-procedure",
     "a consent by a simplified procedure the profile does not give, on another day than it fixes, or without a "
     "signature before it (E10)",
     detail::registry_page},
    {"date.invalid", "not YYYY-MM-DD, a day that does not exist, or year 0", detail::registry_page},
    {"date.range", "a date computed from the action would fall after 31 December 9999", detail::registry_page},
    {"decision.key", "a decision whose key is not an id, or is recorded twice in the registry's decisions (rule E9)",
     detail::registry_page},
    {"declaration.conflict",
     "an instrument marked declaration not-recorded although a declaration of the same date is recorded",
     detail::registry_page},
    {"declaration.missing", "an instrument without the declaration its treaty requires (OPAC art. 3(2))",
     detail::registry_page},
    {"declaration.not-in-treaty", "a declaration under a treaty that asks for none", detail::registry_page},
    {"declaration.not-party", "a declaration by a State with no instrument in effect", detail::registry_page},
    {"declaration.weaker", "a later declaration that lowers the age declared (art. 3(4))", detail::registry_page},
    {"denunciation.later-date",
     "a later date a notification of denunciation specifies: not after its receipt, earlier than the period, or under "
     "a treaty that gives none",
     detail::registry_page},
    {"denunciation.no-clause", "a denunciation of a treaty with no clause on denunciation (VCLT art. 56, rule D5)",
     detail::registry_page},
    {"denunciation.not-bound", "a denunciation by a State with no consent in effect", detail::registry_page},
    {"denunciation.pending", "a second denunciation while one is pending", detail::registry_page},
    {"denunciation.too-early", "a denunciation before the treaty's minimum period has run (ICRMW art. 89(1), rule D6)",
     detail::registry_page},
    {"eligibility", "the State is neither party to nor signatory of the parent treaty on the date of its act (art. 13)",
     detail::registry_page},
    {"io.read", "the file cannot be read", detail::registry_page},
    {"io.too-large", "the file is larger than pacta reads", detail::registry_page},
    {"json.depth", "arrays and objects nested deeper than 256 levels", detail::registry_page},
    {"json.duplicate-key", "a key appears twice in one object", detail::registry_page},
    {"json.syntax", "not JSON: truncated, trailing comma, comment, invalid UTF-8, empty file", detail::registry_page},
    {"names.code", "an ISO 3166-1 code that is not 2 (or 3) capital letters", detail::registry_page},
    {"names.duplicate", "a name, code or other name that would denote two States", detail::registry_page},
    {"names.format", "the name table's format is not pacta.states/1", detail::registry_page},
    {"names.one-state-twice", "a registry that names one State under two of its names", detail::registry_page},
    {"optional-declaration.article", "an optional declaration under an article the profile does not list",
     detail::registry_page},
    {"optional-declaration.duplicate", "a second optional declaration under an article while one stands",
     detail::registry_page},
    {"optional-declaration.in-force",
     "an article listed twice in articles_in_force, one that does not come into force on a number of declarations, or "
     "a date before the treaty's entry into force or after the registry's as_of",
     detail::registry_page},
    {"optional-declaration.none", "a withdrawal of an optional declaration that does not stand", detail::registry_page},
    {"optional-declaration.not-party", "an optional declaration by a State with no consent in effect",
     detail::registry_page},
    {"order.state-dates", "a State's actions are not in date order", detail::registry_page},
    {"organization.not-open", "an organization takes part in a treaty not open to organizations (rule E8)",
     detail::registry_page},
    {"participant.ceased", "an action of a former State on or after the day it ceased to exist (rule F1)",
     detail::registry_page},
    {"participant.duplicate", "a participant listed twice in participants", detail::registry_page},
    {"participant.kind", "a participant kind other than organization or former-state", detail::registry_page},
    {"participant.unknown", "a participant listed in participants with no action", detail::registry_page},
    {"profile.clause", "an entry_into_force.clause outside the clause vocabulary, or beside threshold and delay",
     detail::profile_page},
    {"profile.duplicate", "two profiles given (--profile) for one treaty id: which one holds is not said",
     detail::profile_page},
    {"profile.format", "the profile's format is not pacta.treaty/1", detail::profile_page},
    {"profile.period", "not a period: a whole number from 1 to 1200 and a unit", detail::profile_page},
    {"profile.share", "a share that is not N/M with 0 < N <= M", detail::profile_page},
    {"profile.threshold", "a threshold that is not a whole number from 1 to 100000", detail::profile_page},
    {"profile.value", "an unknown value: wording, counted_from, an open_to that names nothing, a treaty its own parent",
     detail::profile_page},
    {"provisional.after-consent",
     "a notification ending provisional application by a State whose instrument of consent stands (V1, VCLT 25(2))",
     detail::registry_page},
    {"provisional.duplicate", "a second declaration of provisional application while the first still applies (rule V1)",
     detail::registry_page},
    {"provisional.no-clause",
     "a declaration of provisional application under a treaty whose profile gives no clause on it (rule V1)",
     detail::registry_page},
    {"provisional.not-applying",
     "a notification ending provisional application when no declaration of the State applies (V1, VCLT 25(2))",
     detail::registry_page},
    {"registry.format", "the registry's format is not pacta.registry/1", detail::registry_page},
    {"registry.parent", "a registry the treaty needs was not given and is not in the bundled data",
     detail::registry_page},
    {"registry.subject-to",
     "the profile's recorded date of the treaty it is subject to differs from that treaty's registry (rule E7)",
     detail::registry_page},
    {"registry.treaty", "the registry's treaty is not the one its rules describe, or no rules are known for it",
     detail::registry_page},
    {"reports.after-as-of", "a report submitted after the reports file's as_of date", detail::reports_page},
    {"reports.before-consent", "a report submitted before the State's consent", detail::reports_page},
    {"reports.format", "the reports file's format is not pacta.reports/1", detail::reports_page},
    {"reports.illustrative", "an illustrative reports file that does not say what it illustrates (source)",
     detail::reports_page},
    {"reports.kind", "a report that is neither initial nor periodic", detail::reports_page},
    {"reports.treaty", "the reports file is for another treaty", detail::reports_page},
    {"reports.unknown-state", "a State that has not consented to the treaty in the registry", detail::reports_page},
    {"schema.control",
     "a text holding a control character (C0 other than tab and line feed, DEL, C1): it would reach terminals "
     "and pages",
     detail::registry_page},
    {"schema.empty", "an empty string where a value is required", detail::registry_page},
    {"schema.missing-key", "a required key is missing", detail::registry_page},
    {"schema.type", "a value of the wrong JSON type", detail::registry_page},
    {"schema.unknown-key", "a key that is neither known nor x-...", detail::registry_page},
    {"signature.after-consent", "a signature after that State's consent, while it is bound", detail::registry_page},
    {"signature.duplicate", "a second signature", detail::registry_page},
    {"state.name",
     "a State name with leading or trailing spaces, control, direction or zero-width characters, or over 200 bytes",
     detail::registry_page},
    {"succession.effective", "the date of succession follows the notification", detail::registry_page},
    {"succession.predecessor",
     "the named predecessor was not bound on the date of succession, or is the successor itself (E5)",
     detail::registry_page},
    {"successions.duplicate", "a successor State given twice in the successions table", detail::registry_page},
    {"successions.format", "the successions table's format is not pacta.successions/1", detail::registry_page},
    {"successions.kind", "a kind of succession that is neither separation nor newly-independent",
     detail::registry_page},
    {"treaty.id",
     "not a treaty id (lower-case letters, digits, hyphens), or a data file whose name, treaty and id disagree",
     detail::registry_page},
    {"untc.bracketed", "an instrument printed in brackets whose end notes give no readable denunciation",
     detail::registry_page},
    {"untc.cell", "a signature or deposit cell that is not a date", detail::registry_page},
    {"untc.counts", "the counts line cannot be read, or its counts differ from the table's", detail::registry_page},
    {"untc.denunciation",
     "the date of effect an end note gives differs from the date the profile's period gives (rule D1)",
     detail::registry_page},
    {"untc.entry-into-force",
     "the entry-into-force line cannot be read, or differs from what the table gives under the treaty's rules",
     detail::registry_page},
    {"untc.former-note",
     "an end-note sentence about a former State's action that cannot be read, or that contradicts another",
     detail::registry_page},
    {"untc.heading", "the chapter and number of the treaty cannot be read", detail::registry_page},
    {"untc.note", "a footnote marker with no end note on the page", detail::registry_page},
    {"untc.page", "not a status page (no participants table), or libxml2 could not parse it", detail::registry_page},
    {"untc.row", "a participant row with the wrong number of cells, without a usable name, or given twice",
     detail::registry_page},
    {"untc.status-date", "the STATUS AS AT date cannot be read", detail::registry_page},
    {"untc.treaty", "a chapter pacta has no treaty id for", detail::registry_page},
    {"weights.duplicate", "two rows of a weights file for one State", detail::registry_page},
    {"weights.format", "a weights file's format is not pacta.weights/1", detail::registry_page},
    {"weights.state", "a weights row naming a State the name table does not know, or no name table to resolve it",
     detail::registry_page},
    {"weights.total", "rows of a weights file that do not add up to its printed total (or to rows_sum)",
     detail::registry_page},
    {"weights.value", "a figure of a weights file that is not a whole number from 0 to 10^12", detail::registry_page},
    {"withdrawal.no-pending", "a withdrawal with no pending denunciation, or after the denunciation took effect",
     detail::registry_page},
};

/// The number of codes in `diagnostic_codes`.
inline constexpr std::size_t diagnostic_code_count = sizeof diagnostic_codes / sizeof diagnostic_codes[0];

/// The meaning of a diagnostic code, or nullptr when pacta emits no such code.
///
/// Example: std::string_view(describe_code("date.invalid")) == "not YYYY-MM-DD, a day that does not
/// exist, or year 0"; describe_code("date") == nullptr.
constexpr const char* describe_code(std::string_view code) noexcept {
  for (const diagnostic_code_info& c : diagnostic_codes)
    if (code == c.code) return c.meaning;
  return nullptr;
}

namespace detail {
constexpr bool diagnostic_codes_sorted() noexcept {
  for (std::size_t i = 1; i < diagnostic_code_count; ++i)
    if (!(std::string_view{diagnostic_codes[i - 1].code} < std::string_view{diagnostic_codes[i].code})) return false;
  return true;
}
}  // namespace detail

static_assert(detail::diagnostic_codes_sorted(), "pacta::diagnostic_codes: sorted by code, each code once");
static_assert(std::string_view{describe_code("succession.effective")} ==
                      "the date of succession follows the notification" &&
                  describe_code("no.such-code") == nullptr,
              "pacta::describe_code: the example of the header comment");

}  // namespace pacta
