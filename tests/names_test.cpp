// Tests for pacta/names.hpp: the bundled name table and look-ups the way people type names.
#include "support.hpp"

#include <catch2/catch.hpp>

namespace {
const pacta::state_names& table() {
  static const auto t = pacta::load_state_names(test::source_path("data/states.json"));
  return t;
}
}  // namespace

TEST_CASE("names: the table covers every participant of the bundled registries", "[names][data]") {
  for (const auto* rec : {&test::bundled_opsc(), &test::bundled_crc()})
    for (const auto& s : rec->states()) {
      if (s.kind == pacta::participant_kind::former_state) continue;  // States of today only (rule F1)
      INFO(s.state);
      const auto* n = table().lookup(s.state);
      REQUIRE(n);
      CHECK(n->name == s.state);
    }
  CHECK(table().all().size() == 197 + 4);  // and four former States (rule F1): GDR, Czechoslovakia, …
}

TEST_CASE("names: ISO codes, common names and any case", "[names]") {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"USA", "United States of America"},
      {"us", "United States of America"},
      {"United States", "United States of America"},
      {"Congo, DR", "Democratic Republic of the Congo"},
      {"COD", "Democratic Republic of the Congo"},
      {"Congo", "Congo"},
      {"Türkiye", "Türkiye"},
      {"Turkey", "Türkiye"},
      {"tur", "Türkiye"},
      {"Netherlands", "Netherlands (Kingdom of the)"},
      {"nl", "Netherlands (Kingdom of the)"},
      {"BEN", "Benin"},
      {"bj", "Benin"},
      {"Viet Nam", "Viet Nam"},
      {"vietnam", "Viet Nam"},
  };
  for (const auto& [typed, name] : cases) {
    INFO(typed);
    const auto* n = table().lookup(typed);
    REQUIRE(n);
    CHECK(n->name == name);
  }
  CHECK(table().lookup("Korea") == nullptr);  // ambiguous on purpose
  CHECK(table().lookup("Ruritania") == nullptr);
}

TEST_CASE("names: a name that would denote two States, or a bad code, is refused", "[names][errors]") {
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_state_names(R"({"format": "pacta.states/1", "states": [
      {"name": "Benin", "iso2": "BJ", "iso3": "BEN"},
      {"name": "Bhutan", "iso2": "BT", "iso3": "BEN"},
      {"name": "Chad", "iso2": "td", "iso3": "TCD"}]})",
                                           "names.json", diags));
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].code == "names.duplicate");
  CHECK(diags[0].pointer == "/states/1");
  CHECK(diags[1].code == "names.code");
  CHECK(diags[1].pointer == "/states/2/iso2");
  diags.clear();
  CHECK_FALSE(pacta::try_parse_state_names(R"({"format": "pacta.states/2", "states": []})", "names.json", diags));
  REQUIRE(!diags.empty());
  CHECK(diags[0].code == "names.format");
}

TEST_CASE("names: case, accents, punctuation and spaces do not matter (name_key)", "[names]") {
  CHECK(pacta::name_key("  Côte d’Ivoire ") == "cote divoire");
  CHECK(pacta::name_key("St. Lucia") == pacta::name_key("st lucia"));
  CHECK(pacta::name_key("São Tomé and Príncipe") == "sao tome and principe");
  CHECK(pacta::name_key("Guinea-Bissau") == "guinea bissau");
  CHECK(pacta::name_key("germany ") == "germany");
  CHECK(pacta::name_key("Öland") != pacta::name_key("Land"));
  const auto names = pacta::load_state_names(test::source_path("data/states.json"));
  REQUIRE(names.lookup("germany ") != nullptr);
  CHECK(names.lookup("germany ")->name == "Germany");
  REQUIRE(names.lookup("Turkiye") != nullptr);
  CHECK(names.lookup("Turkiye")->iso3 == "TUR");
  CHECK(names.lookup("Germanyy") == nullptr);
}

TEST_CASE(
    "state.name: C1 controls, bidirectional marks and overrides and zero-width characters are refused in a State "
    "name, accents and other scripts are not",
    "[names][state.name]") {
  for (const char* bad :
       {"Benin\xc2\x85",
        "\xe2\x80\xae"
        "nineB",
        "Be\xe2\x80\x8bnin", "Benin\xef\xbb\xbf", "Be\xe2\x81\xa6nin", "Be\xd8\x9cnin", "Benin\xe2\x80\x8f"}) {
    INFO(pacta::escape_controls(bad));
    CHECK_FALSE(pacta::valid_state_name(bad));
    const auto diags = test::diagnostics(test::opsc_any_state(), {test::act(bad, "signature", "2001-01-01")});
    CHECK(test::has_code_at(diags, "/actions/0/state", "state.name"));
  }
  for (const char* ok :
       {"Côte d'Ivoire", "Türkiye", "São Tomé and Príncipe", "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x85\xd9\x86"})
    CHECK(pacta::valid_state_name(ok));
}

TEST_CASE(
    "escape_controls: C1 controls, bidirectional overrides, separators and zero-width characters are written as "
    "\\u escapes, so that no text from an input reorders or hides part of a line",
    "[names][state.name]") {
  CHECK(pacta::escape_controls("Ruri\xe2\x80\xaetania") == "Ruri\\u202etania");
  CHECK(pacta::escape_controls("a\xc2\x85z") == "a\\u0085z");
  CHECK(pacta::escape_controls("a\xe2\x80\x8bz\xef\xbb\xbf") == "a\\u200bz\\ufeff");
  CHECK(pacta::escape_controls("a\xe2\x80\xa8z") == "a\\u2028z");
  CHECK(pacta::escape_controls("C\xc3\xb4te d'Ivoire") == "C\xc3\xb4te d'Ivoire");
  CHECK(pacta::escape_controls("\x1b[31m") == "\\x1b[31m");
}

TEST_CASE("names: former names and former States find their State and say what they mean", "[names]") {
  // A former name: the State, and the note.
  REQUIRE(table().lookup("Zaire"));
  CHECK(table().lookup("Zaire")->name == "Democratic Republic of the Congo");
  CHECK_THAT(table().meaning("zaire"), Catch::Contains("former name"));
  CHECK(table().meaning("DRC").empty());  // an other name needs no word
  CHECK(table().lookup("USSR")->name == "Russian Federation");
  CHECK(table().lookup("Holland")->name == "Netherlands (Kingdom of the)");
  CHECK(table().lookup("Burma")->name == "Myanmar");
  // A former State: no ISO code; any of its names says what it was.
  const auto* gdr = table().lookup("GDR");
  REQUIRE(gdr);
  CHECK(gdr->name == "German Democratic Republic");
  CHECK(gdr->iso3.empty());
  CHECK_THAT(table().meaning("GDR"), Catch::Contains("3 October 1990"));
  CHECK_THAT(table().meaning("German Democratic Republic"), Catch::Contains("former State"));
}

TEST_CASE("names: suggestions only when close (a transposition is one edit, and GDR is not the DRC)", "[names]") {
  CHECK(pacta::detail::edit_distance("benni", "benin") == 1);
  CHECK(pacta::detail::edit_distance("gdr", "drc") == 2);
  CHECK(pacta::near_name("Benin", pacta::name_key("Benni")));
  CHECK(pacta::near_name("France", pacta::name_key("Fraance")));
  CHECK_FALSE(pacta::near_name("DRC", pacta::name_key("GDR")));
  CHECK_FALSE(pacta::near_name("Poland", pacta::name_key("Holland")));
  CHECK_FALSE(pacta::near_name("USA", pacta::name_key("USSR")));
}

TEST_CASE("names: a former name needs its note, a former State its note and no code", "[names]") {
  auto codes = [](const std::string& text) {
    std::vector<pacta::diagnostic> diags;
    (void)pacta::try_parse_state_names(text, "n.json", diags);
    return diags;
  };
  const std::string head = R"json({"format": "pacta.states/1", "states": [)json";
  CHECK(test::has_code(
      codes(head + R"json({"name": "A", "iso2": "AA", "iso3": "AAA", "former_names": [{"name": "B"}]}]})json"),
      "schema.missing-key"));
  CHECK(test::has_code(codes(head + R"json(], "former_states": [{"name": "Gone", "iso2": "GG"}]})json"),
                       "schema.unknown-key"));
  CHECK(test::has_code(
      codes(head + R"json({"name": "A", "iso2": "AA", "iso3": "AAA", "former_names": [{"name": "Old", "note": "n"}]}],
      "former_states": [{"name": "Old", "note": "gone"}]})json"),
      "names.duplicate"));
}

TEST_CASE("names: a State in a sentence takes the article UN usage gives it", "[names][prose]") {
  CHECK(pacta::detail::state_in_prose("Czech Republic") == "the Czech Republic");
  CHECK(pacta::detail::state_in_prose("United States of America", true) == "The United States of America");
  CHECK(pacta::detail::state_in_prose("Gambia") == "the Gambia");
  CHECK(pacta::detail::state_in_prose("former Yugoslavia") == "the former Yugoslavia");
  CHECK(pacta::detail::state_in_prose("Benin") == "Benin");
  CHECK(pacta::detail::state_in_prose("Solomon Islands") == "Solomon Islands");
  CHECK(pacta::detail::state_in_prose("Netherlands (Kingdom of the)") == "Netherlands (Kingdom of the)");
  // The Federal Republic of Germany: its acts are Germany's.
  CHECK(table().lookup("FRG")->name == "Germany");
  CHECK_THAT(table().meaning("West Germany"), Catch::Contains("under Germany"));
}

TEST_CASE("names: a registry naming one State under two of its names is refused (names.one-state-twice)",
          "[names][registry]") {
  pacta::registry reg;
  reg.file = "r.json";
  for (const char* who : {"Benin", "France", "BEN", "Benin", "fr"}) {
    pacta::action a;
    a.state = who;
    reg.actions.push_back(a);
  }
  const auto d = pacta::one_state_twice(reg, table());
  REQUIRE(d.size() == 2);  // "BEN" (Benin) and "fr" (France), each once
  CHECK(d[0].code == "names.one-state-twice");
  CHECK(d[0].pointer == "/actions/2/state");
  CHECK(d[1].pointer == "/actions/4/state");
  // Names that read as one are one State, known to the table or not: a Cyrillic В, a full-width Ｂ,
  // a hyphen, a space (each once).
  pacta::registry looks;
  looks.file = "r.json";
  for (const char* who : {"Benin",
                          "\xD0\x92"
                          "enin",
                          "\xEF\xBC\xA2"
                          "enin",
                          "Be-nin", "Ben in", "Ruritania", "Ruri-tania"}) {
    pacta::action a;
    a.state = who;
    looks.actions.push_back(a);
  }
  const auto l = pacta::one_state_twice(looks, pacta::state_names());
  CHECK(l.size() == 5);
  for (const auto& x : l) CHECK(x.message.find("read as one name") != std::string::npos);
  // The bundled registries name each State once.
  for (const auto* rec : {&test::bundled_opsc(), &test::bundled_crc()})
    CHECK(pacta::one_state_twice(rec->source(), table()).empty());
}

TEST_CASE(
    "state.name: invisible characters that make one name read as another are refused, in registries and in "
    "the name table",
    "[names][errors]") {
  for (const char* bad : {"Ben\xC2\xADin" /* soft hyphen */, "Ben\xCD\x8Fin" /* combining grapheme joiner */,
                          "Ben\xC2\xA0in" /* no-break space */, "Ben\xE1\x85\x9Fin" /* Hangul filler */,
                          "Benin\xEF\xB8\x8F" /* variation selector */, "Ben\xF3\xA0\x81\x81in" /* tag A */,
                          "Ben\xE2\x80\xAEin" /* right-to-left override */, "Be\nnin"}) {
    INFO(bad);
    CHECK_FALSE(pacta::valid_state_name(bad));
    std::vector<pacta::diagnostic> diags;
    nlohmann::json table_json = {{"format", "pacta.states/1"},
                                 {"states", {{{"name", bad}, {"iso2", "BJ"}, {"iso3", "BEN"}}}}};
    CHECK_FALSE(pacta::try_parse_state_names(table_json.dump(), "states.json", diags));
    CHECK((test::has_code(diags, "state.name") || test::has_code(diags, "schema.control")));
    nlohmann::json other = {{"format", "pacta.states/1"},
                            {"states", {{{"name", "Benin"}, {"iso2", "BJ"}, {"iso3", "BEN"}, {"other_names", {bad}}}}}};
    diags.clear();
    CHECK_FALSE(pacta::try_parse_state_names(other.dump(), "states.json", diags));
    CHECK((test::has_code(diags, "state.name") || test::has_code(diags, "schema.control")));
  }
  for (const char* good : {"Benin", "C\xC3\xB4te d'Ivoire", "C\xC3\xB4te d\xE2\x80\x99Ivoire", "T\xC3\xBCrkiye",
                           "Guinea-Bissau", "Saint Kitts and Nevis"})
    CHECK(pacta::valid_state_name(good));
}

TEST_CASE("names: lookalike_key reads letters of another script or width as the Latin ones they look like", "[names]") {
  CHECK(pacta::lookalike_key("Ireland") == "ireland");
  CHECK(pacta::lookalike_key("\xD0\x86reland") == "ireland");      // Cyrillic І
  CHECK(pacta::lookalike_key("\xEF\xBC\xA9reland") == "ireland");  // full-width Ｉ
  CHECK(pacta::lookalike_key("I-reland") == "ireland");
  CHECK(pacta::lookalike_key("\xCE\x9A"
                             "enya") == pacta::lookalike_key("Kenya"));  // Greek Κ
  CHECK(pacta::lookalike_key("C\xC3\xB4te d\xE2\x80\x99Ivoire") == "cotedivoire");
  // Different States stay apart.
  CHECK(pacta::lookalike_key("Niger") != pacta::lookalike_key("Nigeria"));
  CHECK(pacta::lookalike_key("Dominica") != pacta::lookalike_key("Dominican Republic"));
  // Every pair of the bundled table's names: no two States share a lookalike key.
  std::map<std::string, std::string> seen;
  for (const auto& n : table().all())
    for (const auto& name : [&] {
           std::vector<std::string> v{n.name};
           v.insert(v.end(), n.other_names.begin(), n.other_names.end());
           return v;
         }()) {
      const auto [it, inserted] = seen.emplace(pacta::lookalike_key(name), n.name);
      CHECK((inserted || it->second == n.name));
    }
  // Bytes that are not UTF-8 pass through, not read past the end.
  CHECK(pacta::lookalike_key("\xD0") == pacta::name_key("\xD0"));
}
