// Google Benchmark suites for pacta (issue "depositary scale"). Each pacta benchmark has a baseline
// measured in the same run; scripts/bench.sh prints the ratios.
//   period arithmetic ........ BM_add_period        vs BM_baseline_sys_days (plain day arithmetic)
//   load + validate + dates .. BM_load              vs BM_baseline_json_parse (nlohmann::json::parse alone),
//                              from text in memory, 10k to 5M actions
//                              BM_load_file         vs BM_baseline_json_parse_file (the file read in 256 KiB
//                              blocks, then parsed), the same from the file on disk
//                              BM_load_treaties     vs BM_baseline_json_parse_treaties: 560 registries of
//                              about 200 States each (the Secretary-General's treaties)
//   every State's dates ...... BM_all_dates
//   status queries ........... BM_status_query (by name), BM_status_query_index (by index)
//                              vs BM_baseline_array_scan (a plain scan of the actions)
//   the CLI end to end ....... BM_cli_parties
#include "synthetic.hpp"

#include <pacta/input.hpp>
#include <pacta/pacta.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>

namespace {

using namespace date::literals;

struct synthetic {
  std::string text;
  std::size_t actions = 0;  // the exact count written
};

const synthetic& registry(std::size_t actions) {
  static std::map<std::size_t, synthetic> cache;
  auto it = cache.find(actions);
  if (it == cache.end()) {
    synthetic s;
    s.text = pacta_bench::synthetic_registry(actions, 42, &s.actions);
    it = cache.emplace(actions, std::move(s)).first;
  }
  return it->second;
}

const std::string& registry_text(std::size_t actions) {
  return registry(actions).text;
}

pacta::treaty_rules open_rules() {
  pacta::treaty_rules r = pacta::opsc_rules();
  r.signature.any_state = r.consent.any_state = true;
  return r;
}

const pacta::treaty_record& record(std::size_t actions) {
  static std::map<std::size_t, std::unique_ptr<pacta::treaty_record>> cache;
  auto it = cache.find(actions);
  if (it == cache.end()) {
    std::vector<pacta::diagnostic> diags;
    auto rec = pacta::try_parse_record(registry_text(actions), "synthetic.json", open_rules(), diags);
    if (!rec) std::abort();
    it = cache.emplace(actions, std::make_unique<pacta::treaty_record>(std::move(*rec))).first;
  }
  return *it->second;
}

std::vector<pacta::date_t> anchors() {
  std::vector<pacta::date_t> out;
  for (int i = 0; i < 4096; ++i) out.push_back(pacta::date_t{date::sys_days{2000_y / 1 / 1} + date::days{i * 7}});
  return out;
}

void BM_add_period(benchmark::State& st) {
  const auto a = anchors();
  std::size_t i = 0;
  for (auto _ : st) {
    benchmark::DoNotOptimize(pacta::add_period(a[i & 4095], pacta::period::months(static_cast<int>(1 + i % 60))));
    ++i;
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()));
}
BENCHMARK(BM_add_period);

void BM_baseline_sys_days(benchmark::State& st) {
  const auto a = anchors();
  std::size_t i = 0;
  for (auto _ : st) {
    benchmark::DoNotOptimize(pacta::date_t{date::sys_days{a[i & 4095]} + date::days{static_cast<int>(1 + i % 60)}});
    ++i;
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()));
}
BENCHMARK(BM_baseline_sys_days);

void BM_baseline_json_parse(benchmark::State& st) {
  const std::string& text = registry_text(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) benchmark::DoNotOptimize(nlohmann::json::parse(text));
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * text.size()));
}

const std::string& registry_file(std::size_t actions) {
  static std::map<std::size_t, std::string> cache;
  auto it = cache.find(actions);
  if (it == cache.end()) {
    const std::string path = "/tmp/pacta-bench-file-" + std::to_string(actions) + ".json";
    std::ofstream(path, std::ios::binary) << registry_text(actions);
    it = cache.emplace(actions, path).first;
  }
  return it->second;
}

void BM_baseline_json_parse_file(benchmark::State& st) {
  const std::string& path = registry_file(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) {
    std::string text;
    std::vector<pacta::diagnostic> diags;
    if (!pacta::read_input(path, text, diags, pacta::max_registry_bytes)) st.SkipWithError("cannot read the file");
    benchmark::DoNotOptimize(nlohmann::json::parse(text));
  }
  st.SetBytesProcessed(
      static_cast<std::int64_t>(st.iterations() * registry_text(static_cast<std::size_t>(st.range(0))).size()));
}

void BM_load_file(benchmark::State& st) {
  const std::string& path = registry_file(static_cast<std::size_t>(st.range(0)));
  const auto rules = open_rules();
  for (auto _ : st) {
    std::vector<pacta::diagnostic> diags;
    auto rec = pacta::try_load_record(path, rules, diags);
    if (!rec) st.SkipWithError("the synthetic registry was rejected");
    benchmark::DoNotOptimize(rec);
  }
  st.SetBytesProcessed(
      static_cast<std::int64_t>(st.iterations() * registry_text(static_cast<std::size_t>(st.range(0))).size()));
}

const std::vector<std::string>& treaty_texts() {
  static const std::vector<std::string> texts = pacta_bench::synthetic_treaties(560, 200, 42);
  return texts;
}

void BM_baseline_json_parse_treaties(benchmark::State& st) {
  const auto& texts = treaty_texts();
  std::size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  for (auto _ : st)
    for (const auto& t : texts) benchmark::DoNotOptimize(nlohmann::json::parse(t));
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * bytes));
}

void BM_load_treaties(benchmark::State& st) {
  const auto& texts = treaty_texts();
  std::vector<pacta::treaty_rules> rules;
  std::size_t bytes = 0, actions = 0;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    rules.push_back(open_rules());
    char id[32];
    std::snprintf(id, sizeof id, "t%04zu", k + 1);
    rules.back().id = id;
    bytes += texts[k].size();
  }
  for (auto _ : st) {
    actions = 0;
    for (std::size_t k = 0; k < texts.size(); ++k) {
      std::vector<pacta::diagnostic> diags;
      auto rec = pacta::try_parse_record(texts[k], "synthetic.json", rules[k], diags);
      if (!rec)
        st.SkipWithError("a synthetic registry was rejected");
      else
        actions += rec->source().actions.size();
      benchmark::DoNotOptimize(rec);
    }
  }
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * bytes));
  st.counters["treaties"] = static_cast<double>(texts.size());
  st.counters["actions"] = static_cast<double>(actions);
}

void BM_load(benchmark::State& st) {
  const std::string& text = registry_text(static_cast<std::size_t>(st.range(0)));
  const auto rules = open_rules();
  for (auto _ : st) {
    std::vector<pacta::diagnostic> diags;
    auto rec = pacta::try_parse_record(text, "synthetic.json", rules, diags);
    if (!rec) st.SkipWithError("the synthetic registry was rejected");
    benchmark::DoNotOptimize(rec);
  }
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * text.size()));
  st.counters["actions"] = static_cast<double>(registry(static_cast<std::size_t>(st.range(0))).actions);
}

void BM_all_dates(benchmark::State& st) {
  const auto& rec = record(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) {
    std::size_t n = 0;
    for (const auto& s : rec.states()) {
      if (rec.entry_into_force_for(s.state)) ++n;
      if (rec.denunciation_effective(s.state)) ++n;
    }
    benchmark::DoNotOptimize(n);
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations() * rec.states().size()));
}

struct query {
  std::string state;
  std::size_t index;
  pacta::state_handle handle;  ///< the State's handle in the record (its index, checked)
  pacta::date_t on;
};

std::vector<query> queries(const pacta::treaty_record& rec) {
  pacta_bench::rng r{7};
  std::vector<query> q;
  for (int i = 0; i < 65536; ++i) {
    const std::size_t k = static_cast<std::size_t>(r.below(static_cast<int>(rec.states().size())));
    q.push_back({rec.states()[k].state, k, rec.handle(rec.states()[k]),
                 pacta::date_t{date::sys_days{2000_y / 1 / 1} + date::days{r.below(27 * 365)}}});
  }
  return q;
}

void BM_status_query(benchmark::State& st) {
  const auto& rec = record(static_cast<std::size_t>(st.range(0)));
  const auto q = queries(rec);
  std::size_t i = 0;
  for (auto _ : st) {
    const auto& x = q[i++ & 65535];
    benchmark::DoNotOptimize(rec.status_code(x.state, x.on));
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()));
}

// The same questions by the State's handle (treaty_record::handle, taken once beforehand).
void BM_status_query_index(benchmark::State& st) {
  const auto& rec = record(static_cast<std::size_t>(st.range(0)));
  const auto q = queries(rec);
  std::size_t i = 0;
  for (auto _ : st) {
    const auto& x = q[i++ & 65535];
    benchmark::DoNotOptimize(rec.status_code(x.handle, x.on));
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()));
}

// The baseline: the actions as a plain array, scanned for the State's consents on or before the
// date (what a program without an index would do).
void BM_baseline_array_scan(benchmark::State& st) {
  const auto& rec = record(static_cast<std::size_t>(st.range(0)));
  struct row {
    std::size_t state;
    pacta::date_t date;
    bool consent;
  };
  std::map<std::string, std::size_t> ids;
  for (std::size_t k = 0; k < rec.states().size(); ++k) ids[rec.states()[k].state] = k;
  std::vector<row> rows;
  for (const auto& a : rec.source().actions)
    if (!a.state.empty()) rows.push_back({ids[a.state], a.date, pacta::is_consent(a.kind)});
  const auto q = queries(rec);
  std::size_t i = 0;
  for (auto _ : st) {
    const auto& x = q[i++ & 65535];
    bool consented = false;
    for (const auto& r : rows)
      if (r.state == x.index && r.consent && r.date <= x.on) consented = true;
    benchmark::DoNotOptimize(consented);
  }
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()));
}

void BM_cli_parties(benchmark::State& st) {
  const std::string path = "/tmp/pacta-bench-" + std::to_string(st.range(0)) + ".json";
  {
    std::ofstream f(path);
    f << registry_text(static_cast<std::size_t>(st.range(0)));
  }
  const std::string cmd =
      std::string(PACTA_CLI) + " --registry " + path + " parties --on 2026-02-03 --format csv > /dev/null 2>&1";
  for (auto _ : st)
    if (std::system(cmd.c_str()) != 0) st.SkipWithError("pacta failed");
  std::remove(path.c_str());
}

}  // namespace

// Each load is measured beside its baseline, size by size, the larger sizes over several
// iterations (wall and CPU time both are printed: reading from a file must not wait on the disk).
BENCHMARK(BM_baseline_json_parse)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_load)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_baseline_json_parse)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_load)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_baseline_json_parse)->Arg(1000000)->MinTime(4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_load)->Arg(1000000)->MinTime(4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_baseline_json_parse)->Arg(5000000)->Iterations(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_load)->Arg(5000000)->Iterations(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_baseline_json_parse_file)->Arg(1000000)->MinTime(4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_load_file)->Arg(1000000)->MinTime(4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_baseline_json_parse_treaties)->MinTime(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_load_treaties)->MinTime(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_all_dates)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_status_query)->Arg(1000000);
BENCHMARK(BM_status_query_index)->Arg(1000000);
BENCHMARK(BM_baseline_array_scan)->Arg(1000000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_cli_parties)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
