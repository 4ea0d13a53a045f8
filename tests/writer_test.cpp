// Tests for pacta/writer.hpp: the registry layout, where a new action goes, and the atomic write.
#include "support.hpp"

#include <pacta/writer.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("pacta-writer-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

std::string slurp(const fs::path& p) {
  std::string s;
  REQUIRE(test::read_text(p.string(), s));
  return s;
}

}  // namespace

TEST_CASE("writer: the bundled registries are already in pacta's layout (reformatting changes nothing)", "[writer]") {
  for (const char* f : {"data/registries/opsc.json", "data/registries/crc.json", "tests/data/cli/record-base.json"}) {
    const std::string text = slurp(test::source_path(f));
    CHECK(pacta::format_registry(nlohmann::ordered_json::parse(text)) == text);
  }
}

TEST_CASE("writer: a new action goes after the State's earlier actions and before its later ones", "[writer]") {
  const auto actions = nlohmann::ordered_json::parse(R"([
    {"state": "Benin", "action": "signature", "date": "2001-02-22"},
    {"state": "Benin", "action": "ratification", "date": "2005-01-31"},
    {"state": "Chad", "action": "signature", "date": "2002-05-03"},
    {"state": "Chad", "action": "ratification", "date": "2002-08-28"}])");
  CHECK(pacta::insertion_index(actions, "Benin", "2030-01-01") == 2);
  CHECK(pacta::insertion_index(actions, "Chad", "2002-06-01") == 3);
  CHECK(pacta::insertion_index(actions, "Chad", "2000-01-01") == 2);
  CHECK(pacta::insertion_index(actions, "Bhutan", "2010-01-01") == 2);  // alphabetical place
  CHECK(pacta::insertion_index(actions, "Andorra", "2010-01-01") == 0);
  CHECK(pacta::insertion_index(actions, "Zambia", "2010-01-01") == 4);
  CHECK(pacta::insertion_index(actions, "", "2010-01-01") == 4);  // an organ's act: at the end
}

TEST_CASE("writer: an atomic write replaces the file whole", "[writer][faults]") {
  const fs::path p = scratch("a.json");
  std::string error;
  REQUIRE(pacta::write_atomically(p.string(), "old\n", error));
  REQUIRE(pacta::write_atomically(p.string(), "new\n", error));
  CHECK(slurp(p) == "new\n");
}

TEST_CASE("writer: an interruption between the temporary file and the rename leaves the old file", "[writer][faults]") {
  const fs::path p = scratch("b.json");
  std::string error;
  REQUIRE(pacta::write_atomically(p.string(), "old\n", error));
  pacta::detail::write_faults crash;
  crash.after_temp_written = [] { throw std::runtime_error("simulated crash"); };
  CHECK_FALSE(pacta::write_atomically(p.string(), "new\n", error, crash));
  CHECK(slurp(p) == "old\n");
  CHECK(error.find("simulated crash") != std::string::npos);
  std::size_t leftovers = 0;
  for (const auto& e : fs::directory_iterator(p.parent_path()))
    if (e.path().filename().string().rfind(".b.json.pacta-", 0) == 0) ++leftovers;
  CHECK(leftovers == 0);
}

TEST_CASE("writer: a target that is a directory, or a directory that does not exist, is refused", "[writer][faults]") {
  const fs::path d = scratch("dir.json");
  fs::create_directories(d);
  std::string error;
  CHECK_FALSE(pacta::write_atomically(d.string(), "x", error));
  CHECK(error.find("not a regular file") != std::string::npos);
  CHECK_FALSE(pacta::write_atomically((d.parent_path() / "missing" / "x.json").string(), "x", error));
  CHECK(error.find("temporary file") != std::string::npos);
}

TEST_CASE("writer: a full disk leaves the old file and no temporary file", "[writer][faults]") {
  const fs::path p = scratch("c.json");
  std::string error;
  REQUIRE(pacta::write_atomically(p.string(), "old\n", error));
  pacta::detail::write_faults full;
  full.disk_full = true;
  CHECK_FALSE(pacta::write_atomically(p.string(), std::string(10000, 'x'), error, full));
  CHECK(error.find("No space left on device") != std::string::npos);
  CHECK(slurp(p) == "old\n");
  for (const auto& e : fs::directory_iterator(p.parent_path()))
    CHECK(e.path().filename().string().rfind(".c.json.pacta-", 0) != 0);
}

TEST_CASE("writer: a read-only file is refused, even for root", "[writer][faults]") {
  const fs::path p = scratch("d.json");
  std::string error;
  REQUIRE(pacta::write_atomically(p.string(), "old\n", error));
  fs::permissions(p, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  CHECK_FALSE(pacta::write_atomically(p.string(), "new\n", error));
  CHECK(error.find("read-only") != std::string::npos);
  CHECK(slurp(p) == "old\n");
  fs::permissions(p, fs::perms::owner_write, fs::perm_options::add);
}

TEST_CASE("writer: a symbolic link stays a link, and its target is replaced", "[writer][faults]") {
  const fs::path target = scratch("target.json"), link = scratch("link.json");
  std::string error;
  REQUIRE(pacta::write_atomically(target.string(), "old\n", error));
  fs::remove(link);
  fs::create_symlink(target.filename(), link);
  REQUIRE(pacta::write_atomically(link.string(), "new\n", error));
  CHECK(fs::is_symlink(link));
  CHECK(slurp(target) == "new\n");
}

TEST_CASE("writer: a file replaced after it was read is not overwritten", "[writer][faults]") {
  const fs::path p = scratch("e.json");
  std::string error;
  REQUIRE(pacta::write_atomically(p.string(), "first\n", error));
  auto lock = pacta::file_lock::acquire(p.string(), error);
  REQUIRE(lock);
  std::string text;
  REQUIRE(lock->read(text, error));
  CHECK(text == "first\n");
  // Another program (which takes no lock) replaces the file.
  REQUIRE(pacta::write_atomically(p.string(), "theirs\n", error));
  pacta::write_options options;
  options.expect = lock->identity();
  CHECK_FALSE(pacta::write_atomically(p.string(), "mine\n", error, options));
  CHECK(error.find("by another program") != std::string::npos);
  CHECK(slurp(p) == "theirs\n");
}

TEST_CASE("writer: a device is written in place, never replaced", "[writer][faults]") {
  std::string error;
  CHECK(pacta::write_atomically("/dev/null", "nothing\n", error));
  struct stat st {};
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("writer: the registry's text is kept: numbers digit for digit, escapes, keys and their order", "[writer]") {
  const std::string text =
      "{\"format\": \"pacta.registry/1\", \"x-big\": 123456789012345678901234567890,\n"
      " \"treaty\": \"opsc\", \"as_of\": \"2026-02-03\", \"x-e\": \"caf\\u00e9\",\n"
      " \"actions\": [ {\"state\": \"Benin\",\n \"action\": \"signature\", \"date\": \"2001-02-22\", \"x-r\": 1.50} ]}";
  const std::string out = pacta::format_registry_text(
      text, 1, "{\"state\": \"Benin\", \"action\": \"ratification\", \"date\": \"2005-01-31\"}",
      std::string("2005-01-31"));
  CHECK(out ==
        "{\n"
        "  \"format\": \"pacta.registry/1\",\n"
        "  \"x-big\": 123456789012345678901234567890,\n"
        "  \"treaty\": \"opsc\",\n"
        "  \"as_of\": \"2005-01-31\",\n"
        "  \"x-e\": \"caf\\u00e9\",\n"
        "  \"actions\": [\n"
        "    {\"state\": \"Benin\", \"action\": \"signature\", \"date\": \"2001-02-22\", \"x-r\": 1.50},\n"
        "    {\"state\": \"Benin\", \"action\": \"ratification\", \"date\": \"2005-01-31\"}\n"
        "  ]\n"
        "}\n");
  // On a file already in pacta's layout, the text-keeping writer and the value writer agree.
  const std::string bundled = slurp(test::source_path("data/registries/opsc.json"));
  const auto doc = nlohmann::ordered_json::parse(bundled);
  const std::string extra = "{\"state\": \"Zz\", \"action\": \"signature\", \"date\": \"2026-01-01\"}";
  auto with = doc;
  with["actions"].push_back(nlohmann::ordered_json::parse(extra));
  CHECK(pacta::format_registry_text(bundled, doc["actions"].size(), extra) == pacta::format_registry(with));
}
