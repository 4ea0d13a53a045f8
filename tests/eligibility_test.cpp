// Rule G2: "any State that has signed" the parent treaty, as the depositary applies it. OPCAT art.
// 27(1), ICCPR-OP2 art. 7(1) and ICCPR-OP1 art. 8(1) open signature to the parent's signatories; the
// Secretary-General accepted the signatures of States that had ratified, acceded or succeeded to the
// parent without signing it (28 on the OPCAT, 9 on ICCPR-OP2, 4 on ICCPR-OP1). The default admits
// them and says why; `record_options::signatory_reading = literal` reads the words only. The bundled
// registries of all three are checked in "G2 real data" below.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pacta/record.hpp>
#include <pacta/treaty.hpp>
#include <pacta/treaty_set.hpp>

#include <string>
#include <vector>

using namespace date::literals;
using test::act;

namespace {

pacta::treaty_rules bundled_profile(const std::string& id) {
  return pacta::load_treaty_profile(test::source_path("data/treaties/" + id + ".json"));
}

/// A CAT record in which Azerbaijan acceded (16 Aug 1996, its date on the page) and Chile signed.
pacta::treaty_record cat_record() {
  return test::record(bundled_profile("cat"),
                      {act("Chile", "signature", "1987-09-23"), act("Azerbaijan", "accession", "1996-08-16")});
}

/// The index in `rec`'s registry of `state`'s first action.
std::size_t first_action_of(const pacta::treaty_record& rec, const std::string& state) {
  return rec.actions_of(*rec.find(state)).front();
}

}  // namespace

TEST_CASE(
    "G2 OPCAT art. 27(1): a State that acceded to the CAT without signing it may sign, as the depositary "
    "accepted Azerbaijan's signature of 15 Sep 2005",
    "[eligibility][G2]") {
  const auto cat = cat_record();
  const auto opcat = test::record(bundled_profile("opcat"), {act("Azerbaijan", "signature", "2005-09-15")}, {&cat});
  const std::string* why = opcat.eligibility_note(first_action_of(opcat, "Azerbaijan"));
  REQUIRE(why != nullptr);
  CHECK_THAT(*why, Catch::Contains("Article 27(1)") && Catch::Contains("accession of 1996-08-16") &&
                       Catch::Contains("rule G2"));
}

TEST_CASE("G2: a signatory of the parent needs no note, the words of the article admit it", "[eligibility][G2]") {
  const auto cat = cat_record();
  const auto opcat = test::record(bundled_profile("opcat"), {act("Chile", "signature", "2005-06-06")}, {&cat});
  CHECK(opcat.eligibility_note(first_action_of(opcat, "Chile")) == nullptr);
}

TEST_CASE("G2 literal option: only a State that signed the parent may sign", "[eligibility][G2]") {
  const auto cat = cat_record();
  pacta::record_options literal;
  literal.signatory_reading = pacta::parent_signatory_reading::literal;
  const auto diags =
      test::diagnostics(bundled_profile("opcat"), {act("Azerbaijan", "signature", "2005-09-15")}, {&cat}, literal);
  CHECK(test::has_code(diags, "eligibility"));
  CHECK(
      test::diagnostics(bundled_profile("opcat"), {act("Chile", "signature", "2005-06-06")}, {&cat}, literal).empty());
}

TEST_CASE("G2: the parent's consent must come on or before the act, and a State with none is refused",
          "[eligibility][G2]") {
  const auto cat = cat_record();
  // Azerbaijan's accession to the CAT is of 16 Aug 1996: a signature of the day before is not open.
  CHECK(test::has_code(
      test::diagnostics(bundled_profile("opcat"), {act("Azerbaijan", "signature", "1996-08-15")}, {&cat}),
      "eligibility"));
  CHECK(test::diagnostics(bundled_profile("opcat"), {act("Azerbaijan", "signature", "1996-08-16")}, {&cat}).empty());
  CHECK(
      test::has_code(test::diagnostics(bundled_profile("opcat"), {act("Ruritania", "signature", "2005-01-01")}, {&cat}),
                     "eligibility"));
}

TEST_CASE(
    "G2 real data: OPCAT, ICCPR-OP2 and ICCPR-OP1 load with their parents, and OPCAT's 28, ICCPR-OP2's 9 and "
    "ICCPR-OP1's 4 signatures (successions to a signature among them) admitted by rule G2 are the depositary's",
    "[eligibility][G2][real]") {
  pacta::treaty_set set(test::source_path("data"));
  const std::vector<std::pair<std::string, std::size_t>> expected{{"opcat", 28}, {"iccpr-op2", 9}, {"iccpr-op1", 4}};
  for (const auto& [id, count] : expected) {
    INFO(id);
    const pacta::treaty_record& rec = set.load(id);
    std::size_t admitted = 0;
    for (std::size_t i = 0; i < rec.source().actions.size(); ++i)
      if (pacta::is_signature(rec.source().actions[i].kind) && rec.eligibility_note(i)) ++admitted;
    CHECK(admitted == count);
  }
  CHECK(set.load("opcat").entry_into_force()->date == 2006_y / 6 / 22);
  CHECK(set.load("iccpr-op2").entry_into_force()->date == 1991_y / 7 / 11);
}
