// The streaming registry reader (pacta::try_load_registry, pacta::try_parse_registry): it checks
// each action as the parser reaches it and builds no DOM, and must say exactly what the DOM path
// (pacta::try_registry_from_json) says, from a file read in blocks as from text in memory.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> lines(const std::vector<pacta::diagnostic>& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags) out.push_back(d.to_string());
  return out;
}

struct outcome {
  bool ok = false;
  std::vector<std::string> diags;
  nlohmann::json registry;
};

outcome from_text(const std::string& text, const std::string& file) {
  outcome o;
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  o.ok = pacta::detail::read_registry_text(text, file, reg, diags);
  o.diags = lines(diags);
  if (o.ok) o.registry = pacta::to_json(reg);
  return o;
}

outcome from_dom(const std::string& text, const std::string& file) {
  outcome o;
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  nlohmann::json j;
  o.ok =
      pacta::detail::parse_json_strict(text, file, j, diags) && pacta::detail::registry_from_json(j, file, reg, diags);
  o.diags = lines(diags);
  if (o.ok) o.registry = pacta::to_json(reg);
  return o;
}

outcome from_file(const std::string& path) {
  outcome o;
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  o.ok = pacta::detail::read_registry_file(path, reg, diags);
  o.diags = lines(diags);
  if (o.ok) o.registry = pacta::to_json(reg);
  return o;
}

void same(const outcome& a, const outcome& b) {
  CHECK(a.ok == b.ok);
  CHECK(a.diags == b.diags);
  CHECK(a.registry == b.registry);
}

struct temp_file {
  fs::path path;
  explicit temp_file(const std::string& text, const std::string& name = "registry") {
    path = fs::temp_directory_path() / ("pacta-stream-" + std::to_string(::getpid()) + "-" + name + ".json");
    std::ofstream(path, std::ios::binary) << text;
  }
  ~temp_file() {
    std::error_code ec;
    fs::remove(path, ec);
  }
};

const char* registry_head = R"({"format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-02-03", "actions": )";

}  // namespace

TEST_CASE(
    "streaming loader: every registry in the tests and the bundled data reads the same from a file, from text and from "
    "a DOM",
    "[registry][streaming]") {
  std::vector<std::string> paths;
  for (const char* dir : {"tests/data/invalid", "tests/data/valid", "tests/data/cli", "data/registries"})
    for (const auto& e : fs::directory_iterator(test::source_path(dir)))
      if (e.path().extension() == ".json") paths.push_back(e.path().string());
  REQUIRE(paths.size() > 40);
  std::size_t rejected = 0;
  for (const auto& path : paths) {
    INFO(path);
    const std::string text = slurp(path);
    const outcome text_result = from_text(text, path);
    same(text_result, from_dom(text, path));
    same(text_result, from_file(path));
    rejected += text_result.ok ? 0 : 1;
  }
  CHECK(rejected >= 20);  // most invalid files break the structure, the others the rules (checked by the record)
}

TEST_CASE("streaming loader: documents of every shape give the DOM path's diagnostics, in its order",
          "[registry][streaming]") {
  const std::vector<std::string> texts = {
      "[1, 2, {\"a\": 1}]",
      "\"a registry\"",
      "42",
      "null",
      std::string(registry_head) + "{\"a\": 1}}",
      std::string(registry_head) + "\"none\"}",
      R"({"format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-02-03"})",
      std::string(registry_head) +
          "[1, \"two\", [3], null, true, {\"state\": \"A\", \"action\": \"signature\", \"date\": \"2001-01-01\"}]}",
      // Members in every order and of every type, unknown keys out of order, extensions nested.
      std::string(registry_head) + R"([{"date": "2001-02-30", "zeta": 1, "state": " A", "alpha": [1], "action": "sign"},
          {"x-b": {"c": [1, {"d": null}]}, "x-a": 1, "action": "ratification", "state": "B", "date": "2002-01-01", "note": ""},
          {"action": "amendment-adoption", "amendment": "A1", "date": "2025-09-01", "vote": {"in_favour": -1, "other": 2}},
          {"action": "amendment-adoption", "amendment": "A1", "date": "2025-09-01", "vote": "unanimous"},
          {"action": "amendment-approval", "state": "C", "date": "2025-09-01"},
          {"state": "D", "action": "declaration", "date": "2002-01-01", "minimum_age": 120, "effective": 3},
          {"state": "E", "action": "accession", "date": "2002-01-01", "declaration": "", "amendment": "A1"},
          {"state": "F", "action": "succession", "date": "2002-01-01", "effective": "2003-01-01", "declaration": "not-recorded"},
          {"state": 7, "action": ["signature"], "date": {"y": 2001}},
          {}]})",
      R"({"actions": [], "format": "pacta.registry/2", "treaty": "", "as_of": "1 May 2002", "source": 5, "extra": true, "x-office": {"k": 1}})",
      R"({"format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-02-03", "actions": [
          {"state": "A", "action": "signature", "date": "2001-01-01", "state": "B"}], "treaty": "crc"})",
      std::string(registry_head) + "[{\"state\": \"A\", \"action\": \"signature\", \"date\": \"2001-01-01\",}]}",
      std::string(registry_head) + "[{\"state\": \"A\"",
  };
  for (const auto& text : texts) {
    INFO(text);
    const outcome t = from_text(text, "f.json");
    same(t, from_dom(text, "f.json"));
    temp_file f(text);
    outcome fromfile = from_file(f.path.string());
    for (auto& line : fromfile.diags) {
      const auto at = line.find(f.path.string());
      if (at != std::string::npos) line.replace(at, f.path.string().size(), "f.json");
    }
    same(t, fromfile);
  }
}

TEST_CASE("streaming loader: a syntax error far past the first block of the file has its line and column",
          "[registry][streaming]") {
  // About 4 MB: the file is read in blocks of 256 KiB, and the error is in the sixteenth.
  std::string text = std::string(registry_head) + "[\n";
  for (int i = 0; i < 40000; ++i)
    text += "  {\"state\": \"State " + std::to_string(i) +
            "\", \"action\": \"signature\", \"date\": \"2001-01-01\", \"note\": \"" + std::string(20, 'n') + "\"},\n";
  text += "  {\"state\": \"Last\", \"action\": signature}\n]}\n";
  REQUIRE(text.size() > 2 * (std::size_t{1} << 20));
  // The bare word on the last entry's line: nlohmann stops at its first letter.
  const std::size_t bad = text.find("\"action\": signature") + 10;
  const std::size_t line =
      static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n')) + 1;
  const std::size_t column = bad - text.rfind('\n', bad);
  REQUIRE(line == 40002u);
  const outcome t = from_text(text, "big.json");
  REQUIRE_FALSE(t.ok);
  REQUIRE(t.diags.size() == 1);
  CHECK(t.diags[0].rfind("big.json:40002:" + std::to_string(column) + ": (document): malformed JSON", 0) == 0);
  temp_file f(text, "big");
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::detail::read_registry_file(f.path.string(), reg, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "json.syntax");
  CHECK(diags[0].line == line);
  CHECK(diags[0].column == column);
}

TEST_CASE("streaming loader: keys given twice are found at any depth, in objects of any size",
          "[registry][streaming][errors]") {
  std::string many = "{";
  for (int i = 0; i < 100; ++i) many += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
  many += "\"k7\": 0}";
  const std::string text = std::string(registry_head) +
                           "[{\"state\": \"A\", \"action\": \"signature\", \"date\": \"2001-01-01\", \"x-a\": " + many +
                           ", \"x-b\": [{\"c\": 1, \"c\": 2}]}], \"x-top\": " + many + "}";
  const outcome t = from_text(text, "f.json");
  same(t, from_dom(text, "f.json"));
  REQUIRE(t.diags.size() == 3);
  CHECK(t.diags[0].find("f.json: /actions/0/x-a/k7: the key") != std::string::npos);
  CHECK(t.diags[1].find("f.json: /actions/0/x-b/0/c: the key") != std::string::npos);
  CHECK(t.diags[2].find("f.json: /x-top/k7: the key") != std::string::npos);
}

TEST_CASE("streaming loader: nesting deeper than 256 inside an action is refused with its place",
          "[registry][streaming][errors][limits]") {
  const std::string text =
      std::string(registry_head) +
      "[{\"state\": \"A\", \"action\": \"signature\", \"date\": \"2001-01-01\", \"x-deep\": " + std::string(300, '[') +
      std::string(300, ']') + "}]}";
  const outcome t = from_text(text, "f.json");
  same(t, from_dom(text, "f.json"));
  REQUIRE(t.diags.size() == 1);
  CHECK(t.diags[0].find("[json.depth]") != std::string::npos);
  CHECK(t.diags[0].find("(at /actions/0/x-deep/0/0/0/") != std::string::npos);
}

TEST_CASE("streaming loader: extensions are kept as read, and an action without them has none",
          "[registry][streaming]") {
  const std::string text = std::string(registry_head) + R"([{"state": "A", "action": "signature", "date": "2001-01-01"},
      {"state": "A", "action": "ratification", "date": "2002-01-01", "x-file": {"n": [1, 2.5, "three", null, false]}}]})";
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(pacta::detail::read_registry_text(text, "f.json", reg, diags));
  REQUIRE(reg.actions.size() == 2);
  CHECK(reg.actions[0].extensions().is_null());
  CHECK(reg.actions[1].extensions() == nlohmann::json::parse(R"({"x-file": {"n": [1, 2.5, "three", null, false]}})"));
}

TEST_CASE("streaming loader: a registry that fails to load leaves the one given untouched",
          "[registry][streaming][errors]") {
  const std::string good =
      std::string(registry_head) + R"([{"state": "A", "action": "signature", "date": "2001-01-01", "note": "kept"}]})";
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(pacta::detail::read_registry_text(good, "good.json", reg, diags));
  const nlohmann::json before = pacta::to_json(reg);
  // Broken late in the file, after actions that were read and stored: a syntax error, a wrong
  // type, an impossible date, an unknown action.
  const std::vector<std::string> bad = {
      std::string(registry_head) +
          R"([{"state": "B", "action": "signature", "date": "2001-01-01"}, {"state": "B", "action": )",
      std::string(registry_head) +
          R"([{"state": "B", "action": "signature", "date": "2001-01-01"}, {"state": ["B"], "action": "accession", "date": "2002-01-01"}]})",
      std::string(registry_head) +
          R"([{"state": "B", "action": "signature", "date": "2001-01-01"}, {"state": "B", "action": "accession", "date": "2002-02-30"}]})",
      std::string(registry_head) +
          R"([{"state": "B", "action": "signature", "date": "2001-01-01"}, {"state": "B", "action": "ratifcation", "date": "2002-01-01"}]})",
  };
  const std::vector<std::pair<std::string, std::string>> expected = {{"", "json.syntax"},
                                                                     {"/actions/1/state", "schema.type"},
                                                                     {"/actions/1/date", "date.invalid"},
                                                                     {"/actions/1/action", "action.unknown"}};
  for (std::size_t k = 0; k < bad.size(); ++k) {
    INFO(bad[k]);
    temp_file f(bad[k], "bad" + std::to_string(k));
    for (int from_file = 0; from_file < 2; ++from_file) {
      diags.clear();
      const bool ok = from_file ? pacta::detail::read_registry_file(f.path.string(), reg, diags)
                                : pacta::detail::read_registry_text(bad[k], "bad.json", reg, diags);
      CHECK_FALSE(ok);
      REQUIRE(diags.size() == 1);
      CHECK(diags[0].pointer == expected[k].first);
      CHECK(diags[0].code == expected[k].second);
      CHECK(pacta::to_json(reg) == before);
    }
  }
}

TEST_CASE(
    "streaming loader: a succession's predecessor (rule E5) reads the same from a stream and from a DOM, and only "
    "there",
    "[registry][streaming][E5]") {
  const std::string ok =
      std::string(registry_head) +
      R"([{"state": "Montenegro", "action": "succession", "date": "2006-10-23", "effective": "2006-06-03",
                              "predecessor": "Serbia and Montenegro"}]})";
  const outcome t = from_text(ok, "f.json");
  same(t, from_dom(ok, "f.json"));
  REQUIRE(t.ok);
  CHECK(t.registry["actions"][0]["predecessor"] == "Serbia and Montenegro");
  const std::string bad = std::string(registry_head) +
                          R"([{"state": "A", "action": "ratification", "date": "2006-10-23", "predecessor": "B"},
                              {"state": "C", "action": "succession", "date": "2006-10-23", "predecessor": 7},
                              {"state": "D", "action": "succession", "date": "2006-10-23", "predecessor": " E"},
                              {"state": "F", "action": "succession", "date": "2006-10-23", "predecessor": "F"}]})";
  const outcome b = from_text(bad, "f.json");
  same(b, from_dom(bad, "f.json"));
  CHECK_FALSE(b.ok);
  REQUIRE(b.diags.size() == 4);
  CHECK(b.diags[0].find("/actions/0/predecessor") != std::string::npos);
  CHECK(b.diags[0].find("[action.predecessor]") != std::string::npos);
  CHECK(b.diags[1].find("[schema.type]") != std::string::npos);
  CHECK(b.diags[2].find("[state.name]") != std::string::npos);
  CHECK(b.diags[3].find("[succession.predecessor]") != std::string::npos);
}
