// pacta/treaty_set.hpp — treaties loaded together, each with the records its clauses need.
//
// A treaty's computations may need another treaty's record: the OPSC's article 13 opens it to the
// States party to or signatories of the Convention, so its eligibility is checked against the
// Convention's record; its reports under article 12(2) are due with the Convention's. A
// `treaty_set` holds the registries given, adds the ones their treaties name from a data directory
// (the bundled data: `registries/ID.json`, `treaties/ID.json`), builds the records parents first,
// and refuses, with `registry.parent`, a registry that a treaty's eligibility needs and that is
// neither given nor found — unless told to go without the check on purpose.
//
// The rules of a treaty are, in this order: a profile added with `add_profile`, the profile in the
// data directory, the built-in rules (`builtin_rules`). The figures of a weighted condition (Paris
// art. 21(1)'s emissions) are a table added with `add_table`, else the data directory's
// `tables/ID/NAME.json` (pacta/weights.hpp), its rows resolved through the directory's states.json.
//
// Example:
//   pacta::treaty_set set("data");
//   const pacta::treaty_record& opsc = set.load("opsc");    // with the Convention's record (art. 13)
//   opsc.entry_into_force()->date;                      // 2002-01-18
//   set.find("crc")->states().size();
#pragma once

#include <pacta/detail/files.hpp>
#include <pacta/detail/parallel.hpp>
#include <pacta/treaty_id.hpp>

#include <pacta/diagnostic.hpp>
#include <pacta/names.hpp>
#include <pacta/record.hpp>
#include <pacta/registry.hpp>
#include <pacta/treaty.hpp>
#include <pacta/treaty_rules.hpp>
#include <pacta/weights.hpp>

#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta {

/// How a `treaty_set` treats the registries its treaties name.
struct treaty_set_options {
  /// Build a treaty whose eligibility parent is missing, without checking article 13 (the message
  /// of every other case says how to ask for this). Off: a missing parent is `registry.parent`.
  bool skip_missing_eligibility_parents = false;
  /// Also load the treaty each treaty reports under (article 12(2), `treaty_rules::parent`, where
  /// the profile's `periodic_in_parent_reports` says so); a missing one is then `registry.parent`,
  /// which cannot be skipped.
  bool with_reporting_parents = false;
  /// The options every record is built with.
  record_options record;
  /// How many threads `read_ahead` reads on: 0, as many as the machine has (at most 8); 1, only
  /// the calling thread; N, at most N (more than the machine's cores only costs).
  unsigned read_threads = 0;
};

namespace detail {
/// The words of `registry.parent`'s message that say how to give a missing registry and how to skip
/// the check; a program with other words for them (the CLI's options) replaces these.
inline constexpr std::string_view parent_give_with = "treaty_set::add";
inline constexpr std::string_view parent_skip_with = "treaty_set_options::skip_missing_eligibility_parents";
}  // namespace detail

/// The treaty ids a treaty's eligibility clauses name (article 13), each once.
inline std::vector<std::string> eligibility_parents(const treaty_rules& r) {
  std::vector<std::string> ids;
  for (const auto* e : {&r.signature, &r.consent})
    for (const auto* list : {&e->parties_of, &e->signatories_of})
      for (const auto& id : *list)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

/// The treaty ids whose entry into force decides the treaty's (rule E7: `subject_to`, and the
/// `in_force_of` terms of its clause), each once.
inline std::vector<std::string> entry_into_force_treaties(const treaty_rules& r) {
  std::vector<std::string> ids;
  if (!r.subject_to.treaty.empty()) ids.push_back(r.subject_to.treaty);
  if (r.general_clause)
    for (const auto& id : clause::facts_of(*r.general_clause).treaties)
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

/// The treaty ids whose records a treaty's computations need: its eligibility parents, the treaties
/// whose entry into force decides its own (rule E7), and the treaty it reports under (article 12(2)).
inline std::vector<std::string> needed_treaties(const treaty_rules& r) {
  auto ids = eligibility_parents(r);
  for (const auto& id : entry_into_force_treaties(r))
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  if (!r.parent.empty() && std::find(ids.begin(), ids.end(), r.parent) == ids.end()) ids.push_back(r.parent);
  return ids;
}

/// Whether treaty `r` needs the record of treaty `id` (eligibility or reporting).
inline bool depends_on(const treaty_rules& r, const std::string& id) {
  const auto ids = needed_treaties(r);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// Registries of several treaties, built into records in dependency order.
class treaty_set {
 public:
  /// `data_dir`: where registries and profiles not given are found (`registries/ID.json`,
  /// `treaties/ID.json`); empty for nowhere.
  explicit treaty_set(std::string data_dir = {}, treaty_set_options options = {})
      : data_dir_(std::move(data_dir)), options_(std::move(options)) {}

  /// A profile for its treaty id, in place of the data directory's and the built-in rules.
  void add_profile(treaty_rules rules) {
    ahead_.erase(rules.id);  // read under the rules it had
    profiles_[rules.id] = std::move(rules);
  }

  /// Reads the registries and rules of the treaties `ids` from the data directory now, several at
  /// once (`treaty_set_options::read_threads`), for `load` (and the parents `build` adds) to build
  /// from instead of reading them one by one; the record of a treaty that needs no other treaty's
  /// (`stands_alone`) is built then too. Nothing else changes: what `load` gives or throws,
  /// diagnostics included, is the same as without it, and so is the order of `records()`. Ids the
  /// set has, or that are not treaty ids, are passed over. What is read ahead is what `load` builds
  /// (files changed in between are not read again), until a `load` fails: that forgets all of it, so
  /// that the files may be mended before the next.
  void read_ahead(const std::vector<std::string>& ids) {
    if (data_dir_.empty() || !detail::is_directory(data_dir_)) return;
    std::vector<std::string> todo;
    for (const auto& id : ids)
      if (is_treaty_id(id) && !has(id) && !ahead_.count(id) && std::find(todo.begin(), todo.end(), id) == todo.end())
        todo.push_back(id);
    std::vector<read_result> read(todo.size());
    detail::run_jobs(todo.size(), options_.read_threads, [&](std::size_t i) {
      read_result& r = read[i];
      try {
        r.reg = try_load_registry(in_data("registries", todo[i]), r.reg_diags);
        r.rules = rules_for(todo[i], r.rules_diags);
        if (r.reg && r.rules && r.reg->treaty == todo[i] && stands_alone(*r.rules)) {
          r.built_ahead = true;  // as `build` would, with no parent: it reads none
          r.record = try_build_record(std::move(*r.reg), std::move(*r.rules), r.build_diags, {}, options_.record);
        }
      } catch (...) {  // given to `load`, which throws it as it would have
        r.error = std::current_exception();
      }
    });
    for (std::size_t i = 0; i < todo.size(); ++i) ahead_.emplace(todo[i], std::move(read[i]));
  }

  /// A table of figures for treaty `treaty`'s weighted conditions, in place of the data directory's
  /// (its States named as the registry names them).
  void add_table(const std::string& treaty, clause::weight_table table) {
    tables_[treaty][table.name] = std::move(table);
  }

  /// The rules of a treaty: an added profile, else the data directory's profile, else the built-in
  /// rules; nothing when there are none (an invalid profile adds its diagnostics).
  std::optional<treaty_rules> rules_for(const std::string& id, std::vector<diagnostic>& diags) const {
    if (auto it = profiles_.find(id); it != profiles_.end()) return it->second;
    if (!data_dir_.empty()) {
      const std::string path = in_data("treaties", id);
      // Any entry of that name is read (a link to nothing, a directory: `io.read`), never passed over.
      if (detail::entry_exists(path)) {
        auto r = try_load_treaty_profile(path, diags);
        if (r && !names_agree(path, "/id", "profile's \"id\"", r->id, id, diags)) return std::nullopt;
        return r;
      }
    }
    return builtin_rules(id);
  }

  /// Adds a registry to build under `rules`; false (`registry.treaty`) when the set has a registry of
  /// that treaty already.
  bool add(registry reg, treaty_rules rules, std::vector<diagnostic>& diags) {
    for (const auto& p : pending_)
      if (p.reg.treaty == reg.treaty) {
        diags.push_back({reg.file, "/treaty", "registry.treaty",
                         "a second registry for \"" + reg.treaty + "\" (the first is " + p.reg.file + ")", std::nullopt,
                         std::nullopt});
        return false;
      }
    ahead_.erase(reg.treaty);  // the registry given stands in for the data directory's
    pending_.push_back({std::move(reg), std::move(rules)});
    return true;
  }

  /// Builds every registry added, with the ones their treaties need from the data directory,
  /// parents first. False, with every diagnostic, when a registry is invalid, a needed one is
  /// missing (`registry.parent`), or the treaties depend on each other in a cycle; then nothing is
  /// built, and the registries added are dropped (the set is as it was before they were added).
  bool build(std::vector<diagnostic>& diags) {
    const std::size_t before = diags.size();
    // A build that fails leaves the set as it was: what was added is dropped, nothing half-built
    // stays queued for the next `load` or `build`.
    struct drop_pending {
      std::vector<pending>& p;
      ~drop_pending() { p.clear(); }
    } drop{pending_};
    add_needed(diags);
    for (auto& p : pending_) {
      attach_tables(p.rules, diags);
      resolve_named(p.rules);
    }
    if (diags.size() != before) return false;
    std::vector<std::unique_ptr<treaty_record>> built;
    std::vector<bool> done(pending_.size(), false);
    for (std::size_t round = 0; round < pending_.size(); ++round)
      for (std::size_t i = 0; i < pending_.size(); ++i) {
        if (done[i] || !ready(i, done)) continue;
        std::vector<const treaty_record*> parents;
        for (const auto& r : records_) parents.push_back(r.get());
        for (const auto& r : built) parents.push_back(r.get());
        auto rec = try_build_record(pending_[i].reg, pending_[i].rules, diags, parents, options_.record);
        done[i] = true;
        if (rec) built.push_back(std::make_unique<treaty_record>(std::move(*rec)));
      }
    if (diags.size() != before) return false;
    if (std::find(done.begin(), done.end(), false) != done.end()) {
      diags.push_back({pending_.back().reg.file, "/treaty", "registry.treaty",
                       "the treaties of the registries given depend on each other in a cycle", std::nullopt,
                       std::nullopt});
      return false;
    }
    for (auto& r : built) records_.push_back(std::move(r));
    return true;
  }

  /// The record of treaty `id`, built (with what it needs) from the data directory when the set has
  /// none yet. Throws `load_error` with every diagnostic when it cannot be. The record belongs to
  /// the set: on a temporary set (`treaty_set(dir).load("opsc")`) it would dangle, so that does not
  /// compile.
  const treaty_record& load(const std::string& id) && = delete;
  const treaty_record& load(const std::string& id) & {
    try {
      return load_now(id);
    } catch (...) {
      ahead_.clear();  // read before the failure: the next load reads the files again
      throw;
    }
  }

  /// The record of treaty `id`, or nullptr. Like `load` and `records`, not on a temporary set.
  const treaty_record* find(const std::string& id) const&& = delete;
  const treaty_record* find(const std::string& id) const& noexcept {
    for (const auto& r : records_)
      if (r->rules().id == id) return r.get();
    return nullptr;
  }

  /// Every record built, parents before the treaties that need them.
  std::vector<const treaty_record*> records() const&& = delete;
  std::vector<const treaty_record*> records() const& {
    std::vector<const treaty_record*> out;
    for (const auto& r : records_) out.push_back(r.get());
    return out;
  }

  const std::string& data_dir() const noexcept { return data_dir_; }
  const treaty_set_options& options() const noexcept { return options_; }

 private:
  /// `load`, which forgets what was read ahead when this throws.
  const treaty_record& load_now(const std::string& id) {
    if (const treaty_record* r = find(id)) return *r;
    std::vector<diagnostic> diags;
    if (!has_pending(id)) {
      std::string why;
      if (!is_treaty_id(id)) {
        diags.push_back({data_dir_.empty() ? id : in_data("registries", id), "", "treaty.id",
                         treaty_id_message("the treaty", id), std::nullopt, std::nullopt});  // the file, in full
        throw load_error(std::move(diags));
      }
      if (data_dir_.empty())
        why = "has no registry in the set, and the set has no data directory";
      else if (!detail::is_directory(data_dir_))
        why = "has no registry in the set, and the data directory " + data_dir_ + " does not exist";
      if (!why.empty()) {
        diags.push_back({id, "", "registry.treaty", detail::show_value(id) + " " + why, std::nullopt, std::nullopt});
        throw load_error(std::move(diags));
      }
      read_result r = read_now(id, pending_.empty());  // one built ahead only when nothing is queued
      diags.insert(diags.end(), r.reg_diags.begin(), r.reg_diags.end());
      if (r.built_ahead) {  // what `add` and `build` would have done; its registry and rules were sound
        diags.insert(diags.end(), r.rules_diags.begin(), r.rules_diags.end());
        if (!r.record) {
          diags.insert(diags.end(), r.build_diags.begin(), r.build_diags.end());
          throw load_error(std::move(diags));
        }
        records_.push_back(std::make_unique<treaty_record>(std::move(*r.record)));
        return *records_.back();
      }
      auto& reg = r.reg;
      if (reg && !names_agree(reg->file, "/treaty", "registry's \"treaty\"", reg->treaty, id, diags))
        throw load_error(std::move(diags));
      const std::size_t before_rules = diags.size();
      auto& rules = r.rules;
      diags.insert(diags.end(), r.rules_diags.begin(), r.rules_diags.end());
      if (reg && !rules && diags.size() == before_rules)  // an invalid profile has said why already
        diags.push_back({reg->file, "/treaty", "registry.treaty", "no rules for the treaty \"" + id + "\"",
                         std::nullopt, std::nullopt});
      if (!reg || !rules || !add(std::move(*reg), std::move(*rules), diags)) throw load_error(std::move(diags));
    }
    if (!build(diags)) {
      pending_.clear();
      throw load_error(std::move(diags));
    }
    if (const treaty_record* r = find(id)) return *r;
    diags.push_back({in_data("registries", id), "/treaty", "treaty.id",
                     "no record of " + detail::show_value(id) + " was built from the data directory", std::nullopt,
                     std::nullopt});
    throw load_error(std::move(diags));
  }

  /// `data_dir/kind/id.json`.
  std::string in_data(const char* kind, const std::string& id) const {
    return detail::join_path(detail::join_path(data_dir_, kind), id + ".json");
  }

  struct pending {
    registry reg;
    treaty_rules rules;
  };

  /// A treaty's registry and rules as read from the data directory, each with what reading it said.
  struct read_result {
    std::optional<registry> reg;
    std::vector<diagnostic> reg_diags;
    std::optional<treaty_rules> rules;
    std::vector<diagnostic> rules_diags;
    /// Built by `read_ahead` (the treaty stands alone): the registry and rules went into `record`,
    /// or into a build that failed, which said why in `build_diags`.
    bool built_ahead = false;
    std::optional<treaty_record> record;
    std::vector<diagnostic> build_diags;
    std::exception_ptr error;  ///< what reading threw (`read_ahead`), thrown again when it is used
  };

  /// Whether a treaty's record needs nothing but its own registry and rules: no other treaty's
  /// record (`needed_treaties`), no table of figures and no State names to resolve (`build` does
  /// those from the set's data).
  static bool stands_alone(const treaty_rules& r) {
    return needed_treaties(r).empty() && !r.general_clause && r.amendment.including.empty();
  }

  /// The registry and rules of `id`: those read ahead (and then forgotten), else read now. One built
  /// ahead is taken only `with_record`, by `load`; a parent that `build` adds is read again.
  read_result read_now(const std::string& id, bool with_record = false) {
    if (auto it = ahead_.find(id); it != ahead_.end() && (with_record || !it->second.built_ahead)) {
      read_result r = std::move(it->second);
      ahead_.erase(it);
      if (r.error) std::rethrow_exception(r.error);
      return r;
    }
    ahead_.erase(id);
    read_result r;
    r.reg = try_load_registry(in_data("registries", id), r.reg_diags);
    r.rules = rules_for(id, r.rules_diags);
    return r;
  }

  bool has_pending(const std::string& id) const {
    return std::any_of(pending_.begin(), pending_.end(), [&](const pending& p) { return p.reg.treaty == id; });
  }
  bool has(const std::string& id) const { return find(id) || has_pending(id); }

  /// Whether every registry the i-th needs is built (or not in the set at all).
  bool ready(std::size_t i, const std::vector<bool>& done) const {
    for (std::size_t k = 0; k < pending_.size(); ++k)
      if (k != i && !done[k] && depends_on(pending_[i].rules, pending_[k].reg.treaty)) return false;
    return true;
  }

  /// Adds the registries the treaties need from the data directory, and theirs in turn; a missing
  /// one is `registry.parent` (an eligibility parent may be skipped on purpose).
  void add_needed(std::vector<diagnostic>& diags) {
    for (std::size_t k = 0; k < pending_.size(); ++k) {  // grows: a parent's own parents
      const treaty_rules rules = pending_[k].rules;
      const std::string file = pending_[k].reg.file;
      auto eligibility = eligibility_parents(rules);
      for (const auto& id : entry_into_force_treaties(rules))
        eligibility.push_back(id);  // rule E7: skippable the same way
      for (const auto& id : needed_treaties(rules)) {
        if (has(id)) continue;
        const bool for_eligibility = std::find(eligibility.begin(), eligibility.end(), id) != eligibility.end();
        // The treaty reported under: only where the reports are due with that treaty's (art. 12(2)).
        const bool reporting = id == rules.parent && options_.with_reporting_parents && rules.reporting.present &&
                               rules.reporting.periodic_in_parent_reports;
        // Rule D7: the parent whose denunciation ends this treaty too, where its registry is at hand;
        // without it the record says what is not known (Paris art. 28(3): the UNFCCC's).
        const bool for_denunciation = id == rules.parent && !rules.parent_denunciation_article.empty();
        if (!for_eligibility && !reporting && !for_denunciation) continue;
        const std::string path = data_dir_.empty() ? std::string() : in_data("registries", id);
        if (path.empty() || !detail::is_regular_file(path)) {
          if (!for_eligibility && !reporting) continue;  // D7 only: the record says it is not known
          if (options_.skip_missing_eligibility_parents && !reporting) continue;  // on purpose
          diags.push_back(missing(file, rules, id, reporting, path));
          continue;
        }
        read_result r = read_now(id);
        diags.insert(diags.end(), r.reg_diags.begin(), r.reg_diags.end());
        if (!r.reg || !names_agree(r.reg->file, "/treaty", "registry's \"treaty\"", r.reg->treaty, id, diags)) continue;
        diags.insert(diags.end(), r.rules_diags.begin(), r.rules_diags.end());
        if (!r.rules) continue;
        pending_.push_back({std::move(*r.reg), std::move(*r.rules)});
      }
    }
  }

  /// The tables `rules`' clause takes a share of, where the set has them: added ones first, else the
  /// data directory's. One absent leaves the date NOT computed (the record says which table); one
  /// present and invalid is an error.
  void attach_tables(treaty_rules& rules, std::vector<diagnostic>& diags) {
    if (!rules.general_clause) return;
    for (const std::string& name : clause::facts_of(*rules.general_clause).tables) {
      if (rules.tables.count(name)) continue;
      if (const auto t = tables_.find(rules.id); t != tables_.end())
        if (const auto w = t->second.find(name); w != t->second.end()) {
          rules.tables[name] = w->second;
          continue;
        }
      if (data_dir_.empty()) continue;
      const std::string path =
          detail::join_path(detail::join_path(detail::join_path(data_dir_, "tables"), rules.id), name + ".json");
      if (!detail::entry_exists(path)) continue;
      const state_names* names = names_for(path, diags);
      if (!names) continue;
      auto w = try_load_weights(path, *names, diags);
      if (!w || !names_agree(path, "/treaty", "weights file's \"treaty\"", w->treaty, rules.id, diags) ||
          !names_agree(path, "/name", "weights file's \"name\"", w->table.name, name, diags))
        continue;
      rules.tables[name] = std::move(w->table);
    }
  }

  /// The States a clause names, under the name table's names (CTBT Annex 2's "Zaire" is the Democratic
  /// Republic of the Congo, its "Turkey" Türkiye), where the data directory has a name table; a
  /// name it does not know stays as written (and is matched to the registry's by `name_key`).
  /// The same for the States an amendment clause names (UN Charter art. 108's permanent members).
  void resolve_named(treaty_rules& rules) {
    if ((!rules.general_clause && rules.amendment.including.empty()) || data_dir_.empty() ||
        !detail::entry_exists(detail::join_path(data_dir_, "states.json")))
      return;
    std::vector<diagnostic> ignored;  // an invalid name table is said where the rows of a table need it
    const state_names* names = names_for(data_dir_, ignored);
    if (!names) return;
    if (rules.general_clause)
      clause::for_each_condition(*rules.general_clause, [&](clause::condition& c) {
        if (auto* named = std::get_if<clause::named>(&c.term))
          for (auto& s : named->states)
            if (const state_name* x = names->lookup(s)) s = x->name;
      });
    for (auto& s : rules.amendment.including)
      if (const state_name* x = names->lookup(s)) s = x->name;
  }

  /// The data directory's name table (states.json), read once; nothing, with `weights.state`, without one.
  const state_names* names_for(const std::string& needed_by, std::vector<diagnostic>& diags) {
    if (!names_) {
      const std::string path = detail::join_path(data_dir_, "states.json");
      if (!detail::entry_exists(path)) {
        diags.push_back(no_name_table(needed_by, path));
        return nullptr;
      }
      auto n = try_load_state_names(path, diags);
      if (!n) return nullptr;
      names_ = std::move(*n);
    }
    return &*names_;
  }

  diagnostic missing(const std::string& file, const treaty_rules& r, const std::string& id, bool reporting,
                     const std::string& path) const {
    const auto eligibility = eligibility_parents(r);
    const bool for_eligibility = std::find(eligibility.begin(), eligibility.end(), id) != eligibility.end();
    return {file,
            "/treaty",
            "registry.parent",
            "the " + r.short_title + " needs the registry of \"" + id + "\" (" +
                (reporting ? "its reports, article " + r.reporting.periodic_article + ", are due with that treaty's"
                 : !for_eligibility ? "its entry into force waits for that treaty's, article " +
                                          (id == r.subject_to.treaty ? r.subject_to.article : r.general_article)
                                    : "eligibility, article " + r.consent.article) +
                "), which was not given and is not in the data directory (" +
                (path.empty() ? std::string("no data directory") : path) + "): give it with " +
                std::string(detail::parent_give_with) +
                (reporting ? std::string()
                           : ", or " + std::string(detail::parent_skip_with) + " to go without the check on purpose"),
            std::nullopt,
            std::nullopt};
  }

  std::string data_dir_;
  treaty_set_options options_;
  std::map<std::string, treaty_rules> profiles_;
  std::map<std::string, std::map<std::string, clause::weight_table>> tables_;  ///< added, by treaty and name
  std::optional<state_names> names_;
  std::vector<pending> pending_;
  std::vector<std::unique_ptr<treaty_record>> records_;
  std::map<std::string, read_result> ahead_;  ///< read by `read_ahead`, not yet built
};

}  // namespace pacta
