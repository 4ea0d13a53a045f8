// module.cpp — the compiled part of the Python module `pacta` (pacta._pacta): a data directory's
// treaties, their records and the queries on them, over the C++ library. The Python layer
// (python/pacta/__init__.py) gives the names users call; docs/python.md walks through them.
//
// Every object keeps the data it came from alive (a shared `data`); the set of records loads
// lazily, under a lock, with the GIL released while it reads files and builds records. Dates are
// `datetime.date` both ways. Bad input raises pacta.LoadError with the diagnostics as data; a query
// the library refuses raises pacta.QueryError, and a State no name matches pacta.UnknownStateError.
#include <pacta/pacta.hpp>
#include <pacta/reporting.hpp>
#include <pacta/state_across.hpp>
#include <pacta/treaty_set.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace pacta_python {

// ---- values between the two languages -------------------------------------------------------------

py::object to_py(pacta::date_t d) {
  return py::module_::import("datetime")
      .attr("date")(static_cast<int>(d.year()), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

py::object to_py(const std::optional<pacta::date_t>& d) {
  return d ? to_py(*d) : py::none();
}

/// A `datetime.date` (or a `datetime.datetime`, its date), else TypeError; None is today. Read by
/// its ordinal (date.toordinal), not by attributes a subclass could override.
pacta::date_t from_py(const py::object& o) {
  if (o.is_none()) return pacta::detail::local_today();
  const py::object date_type = py::module_::import("datetime").attr("date");
  if (!py::isinstance(o, date_type))
    throw py::type_error("a date is a datetime.date, not " + py::repr(o.get_type()).cast<std::string>());
  const long ordinal = date_type.attr("toordinal")(o).cast<long>();    // 1 is 1 January of year 1
  return pacta::date_t{date::sys_days{date::days{ordinal - 719163}}};  // 719163: 1 January 1970
}

/// A diagnostic in the module's words: `registry.parent` says how to give a registry in the C++
/// library's terms (as the CLI replaces them with its options).
pacta::diagnostic in_python_words(pacta::diagnostic d) {
  if (d.code != "registry.parent") return d;
  const std::pair<std::string_view, std::string_view> words[] = {
      {pacta::detail::parent_give_with, "a registry file in its registries/"},
      {pacta::detail::parent_skip_with, "a data directory that has it"}};
  for (const auto& [from, to] : words)
    if (const auto at = d.message.find(from); at != std::string::npos) d.message.replace(at, from.size(), to);
  return d;
}

/// Raises pacta.LoadError(message, diagnostics), each diagnostic a pacta.Diagnostic.
[[noreturn]] void raise_load_error(const std::vector<pacta::diagnostic>& found) {
  py::module_ errors = py::module_::import("pacta._errors");
  std::vector<pacta::diagnostic> diags;
  for (const auto& d : found) diags.push_back(in_python_words(d));
  py::list items;
  for (const auto& d : diags)
    items.append(errors.attr("Diagnostic")(d.file, d.pointer, d.code, d.message,
                                           d.line ? py::object(py::int_(*d.line)) : py::none(),
                                           d.column ? py::object(py::int_(*d.column)) : py::none()));
  std::string message = diags.empty() ? std::string("the data could not be loaded") : diags.front().to_string();
  if (diags.size() > 1) message += " (and " + std::to_string(diags.size() - 1) + " more)";
  PyErr_SetObject(errors.attr("LoadError").ptr(), errors.attr("LoadError")(message, items).ptr());
  throw py::error_already_set();
}

[[noreturn]] void raise_error(const char* kind, const std::string& message) {
  py::object cls = py::module_::import("pacta._errors").attr(kind);
  PyErr_SetObject(cls.ptr(), cls(message).ptr());
  throw py::error_already_set();
}

// ---- the data and the objects that keep it alive ------------------------------------------------------

/// A data directory's treaties, loaded as asked, and its name table.
struct data {
  std::string dir;
  pacta::treaty_set set;
  std::optional<pacta::state_names> names;
  bool every = false;  ///< every registry loaded (the cross-treaty view)
  std::mutex lock;

  explicit data(std::string d) : dir(d), set(d, pacta::all_treaties_options()) {}
  const pacta::state_names* name_table() const { return names ? &*names : nullptr; }
};

using data_ptr = std::shared_ptr<data>;

/// Runs `load` on the data without the GIL; raises LoadError with its diagnostics.
template <class F>
void load_released(data& d, F&& load) {
  std::vector<pacta::diagnostic> diags;
  {
    py::gil_scoped_release released;
    std::lock_guard<std::mutex> held(d.lock);
    try {
      load(diags);
    } catch (const pacta::load_error& e) {
      diags = e.diagnostics();
    }
  }
  if (!diags.empty()) raise_load_error(diags);
}

data_ptr open_data(const std::string& dir) {
  auto d = std::make_shared<data>(dir);
  load_released(*d, [&](std::vector<pacta::diagnostic>& diags) {
    const std::string file = pacta::detail::join_path(dir, "states.json");
    if (pacta::detail::entry_exists(file))
      if (auto n = pacta::try_load_state_names(file, diags)) d->names = std::move(*n);
  });
  return d;
}

struct treaty {
  data_ptr from;
  const pacta::treaty_record* rec = nullptr;
};

struct state {
  treaty of;
  pacta::state_handle handle;
  std::string name;
};

treaty load_treaty(const data_ptr& d, const std::string& id) {
  treaty t{d, nullptr};
  load_released(*d, [&](std::vector<pacta::diagnostic>&) { t.rec = &d->set.load(id); });
  return t;
}

/// A registry of the user's own (a file, or JSON text) under a profile (a file) or the rules the
/// data give its treaty, with the records it needs from the data.
treaty registry_treaty(const std::string& data_dir, const std::optional<std::string>& path,
                       const std::optional<std::string>& text, const std::optional<std::string>& profile) {
  auto d = open_data(data_dir);
  treaty t{d, nullptr};
  load_released(*d, [&](std::vector<pacta::diagnostic>& diags) {
    auto reg = path ? pacta::try_load_registry(*path, diags) : pacta::try_parse_registry(*text, "<text>", diags);
    if (!reg) return;
    std::optional<pacta::treaty_rules> rules =
        profile ? pacta::try_load_treaty_profile(*profile, diags) : d->set.rules_for(reg->treaty, diags);
    if (!rules) {
      if (diags.empty())
        diags.push_back({reg->file, "/treaty", "registry.treaty",
                         "no profile of \"" + reg->treaty + "\" in " + data_dir + ": give profile=PATH", std::nullopt,
                         std::nullopt});
      return;
    }
    const std::string id = reg->treaty;
    if (d->set.add(std::move(*reg), std::move(*rules), diags) && d->set.build(diags)) t.rec = d->set.find(id);
  });
  return t;
}

state find_state(const treaty& t, const std::string& typed) {
  try {
    const pacta::state_handle h = t.rec->resolve(typed, t.from->name_table());
    return state{t, h, t.rec->state(h).state};
  } catch (const pacta::query_error& e) {
    raise_error("UnknownStateError", e.what());
  }
}

// ---- what the queries return ----------------------------------------------------------------------

py::object basis_of(const pacta::basis& b, const std::string& short_title) {
  py::module_ m = py::module_::import("pacta._values");
  return m.attr("Basis")(b.rule, b.article, pacta::cite(b, short_title), b.reasoning, b.source);
}

py::object dated_of(const std::optional<pacta::dated>& d, const std::string& short_title) {
  if (!d) return py::none();
  return py::module_::import("pacta._values").attr("Dated")(to_py(d->date), basis_of(d->why, short_title));
}

template <class F>
auto query(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const pacta::query_error& e) {
    raise_error("QueryError", e.what());
  }
}

py::object status_of(const state& s, const py::object& on) {
  const pacta::date_t day = from_py(on);
  const auto st = query([&] { return s.of.rec->status_on(s.handle, day); });
  return py::module_::import("pacta._values")
      .attr("Status")(pacta::to_key(st.code), st.explanation, pacta::binds(st.code), to_py(day),
                      pacta::data_age_note(s.of.rec->source().as_of, day));
}

/// Runs `f` over the data's set under its lock, the GIL released while waiting and working: the set
/// grows while another thread loads.
template <class F>
auto with_set(data& d, F&& f) -> decltype(f()) {
  py::gil_scoped_release released;
  std::lock_guard<std::mutex> held(d.lock);
  return f();
}

py::list reports_of(const state& s, const py::object& on) {
  const pacta::date_t day = from_py(on);
  const pacta::treaty_record* parent =
      with_set(*s.of.from, [&] { return pacta::reporting_parent(s.of.from->set, *s.of.rec); });
  const auto p = query([&] { return pacta::reporting(*s.of.rec, parent).position(s.handle, day); });
  py::module_ m = py::module_::import("pacta._values");
  const std::string& title = s.of.rec->rules().short_title;
  py::list out;
  if (p.initial_due)
    out.append(
        m.attr("Report")("initial report", to_py(p.initial_due->date), basis_of(p.initial_due->why, title), "unknown"));
  if (p.next_due && !(p.initial_due && p.next_due->date == p.initial_due->date))
    out.append(m.attr("Report")(pacta::next_report_name(p), to_py(p.next_due->date), basis_of(p.next_due->why, title),
                                pacta::to_prose(p.overdue)));
  return out;
}

py::list parties_of(const treaty& t, const py::object& on) {
  const pacta::date_t day = from_py(on);
  py::module_ m = py::module_::import("pacta._values");
  const std::string& title = t.rec->rules().short_title;
  py::list out;
  for (const auto& s : t.rec->states()) {
    const auto h = t.rec->handle(s);
    const auto st = query([&] { return t.rec->status_on(h, day); });
    if (!pacta::binds(st.code)) continue;
    const pacta::consent_record* c = t.rec->consent_on(h, day);
    // The entry into force of the consent in effect that day, not the latest one (a State that
    // withdrew and joined again).
    const auto eif = c ? t.rec->entry_into_force_of(*c) : t.rec->entry_into_force_for(h);
    out.append(m.attr("Party")(s.state, pacta::to_key(st.code), dated_of(eif, title),
                               c ? py::str(pacta::to_key(c->kind)) : py::object(py::none()),
                               c ? to_py(c->deposit) : py::none()));
  }
  return m.attr("Parties")(out, pacta::data_age_note(t.rec->source().as_of, day));
}

py::object across(const data_ptr& d, const std::string& typed, const py::object& on) {
  const pacta::date_t day = from_py(on);
  load_released(*d, [&](std::vector<pacta::diagnostic>&) {
    if (!d->every) pacta::load_every_registry(d->set);
    d->every = true;
  });
  const pacta::state_match m =
      with_set(*d, [&] { return pacta::match_state(pacta::states_of(d->set), typed, d->name_table()); });
  if (!m.name) raise_error("UnknownStateError", pacta::unmatched_message(m, typed, "any treaty of the data"));
  std::string failed;
  const auto o = with_set(*d, [&] {
    try {
      return pacta::state_across(d->set, *m.name, day, {}, d->name_table());
    } catch (const pacta::query_error& e) {
      failed = e.what();
      return pacta::state_overview{};
    }
  });
  if (!failed.empty()) raise_error("QueryError", failed);
  py::module_ v = py::module_::import("pacta._values");
  py::list rows;
  for (const auto& s : o.treaties) {
    const std::string& title = s.treaty->rules().short_title;
    rows.append(v.attr("Standing")(s.treaty->rules().id, title, pacta::to_key(s.status.code), s.status.explanation,
                                   pacta::binds(s.status.code), dated_of(s.entry_into_force, title),
                                   dated_of(s.denunciation, title)));
  }
  std::optional<pacta::date_t> oldest;
  for (const auto& s : o.treaties)
    oldest = oldest ? std::min(*oldest, s.treaty->source().as_of) : s.treaty->source().as_of;
  return v.attr("Across")(o.state, to_py(day), rows,
                          oldest ? pacta::data_age_note(*oldest, day, "The oldest registry") : std::string());
}

}  // namespace pacta_python

PYBIND11_MODULE(_pacta, m) {
  using namespace pacta_python;
  m.doc() = "The compiled part of pacta: use the module pacta (docs/python.md).";
  m.attr("version") = pacta::version;

  py::class_<data, data_ptr>(m, "Data")
      .def(py::init(&open_data), py::arg("data_dir"))
      .def_property_readonly("data_dir", [](const data& d) { return d.dir; })
      .def("treaty", &load_treaty, py::arg("id"))
      .def("registries", [](const data& d) { return pacta::registry_ids(d.dir); })
      .def("profiles", [](const data& d) { return pacta::profile_ids(d.dir); })
      .def("state", &across, py::arg("name"), py::arg("on") = py::none());

  py::class_<treaty>(m, "Treaty")
      .def_property_readonly("id", [](const treaty& t) { return t.rec->rules().id; })
      .def_property_readonly("short_title", [](const treaty& t) { return t.rec->rules().short_title; })
      .def_property_readonly("title", [](const treaty& t) { return t.rec->rules().title; })
      .def_property_readonly("chapter", [](const treaty& t) { return t.rec->rules().untc_chapter; })
      .def_property_readonly("as_of", [](const treaty& t) { return to_py(t.rec->source().as_of); })
      .def_property_readonly("entry_into_force",
                             [](const treaty& t) {
                               const auto& g = t.rec->entry_into_force();
                               return g ? to_py(g->date) : py::none();
                             })
      .def_property_readonly("basis",
                             [](const treaty& t) {
                               const auto& g = t.rec->entry_into_force();
                               return g ? basis_of(g->why, t.rec->rules().short_title) : py::none();
                             })
      .def_property_readonly("not_computed",
                             [](const treaty& t) {
                               const auto& why = t.rec->entry_into_force_not_computed();
                               return why.empty() ? py::object(py::none()) : py::str(why);
                             })
      .def_property_readonly("not_known",
                             [](const treaty& t) {
                               const auto& why = t.rec->parent_denunciations_not_known();  // rule D7
                               return why.empty() ? py::object(py::none()) : py::str(why);
                             })
      .def("states", [](const treaty& t) { return pacta::detail::names_of(t.rec->states()); })
      .def("state", &find_state, py::arg("name"))
      .def("parties", &parties_of, py::arg("on") = py::none())
      .def(
          "parties_count", [](const treaty& t, const py::object& on) { return t.rec->parties_on(from_py(on)); },
          py::arg("on") = py::none());

  py::class_<state>(m, "State")
      .def_property_readonly("name", [](const state& s) { return s.name; })
      .def_property_readonly("treaty", [](const state& s) { return s.of; })
      .def_property_readonly("entry_into_force",
                             [](const state& s) {
                               const auto d = s.of.rec->entry_into_force_for(s.handle);
                               return d ? to_py(d->date) : py::none();
                             })
      .def_property_readonly("basis",
                             [](const state& s) {
                               const auto d = s.of.rec->entry_into_force_for(s.handle);
                               return d ? basis_of(d->why, s.of.rec->rules().short_title) : py::none();
                             })
      .def("status", &status_of, py::arg("on") = py::none())
      .def("reports_due", &reports_of, py::arg("on") = py::none())
      .def("actions", [](const state& s) {
        py::list out;
        const auto& reg = s.of.rec->source();
        for (std::size_t i : s.of.rec->actions_of(s.of.rec->state(s.handle)))
          out.append(py::make_tuple(pacta::to_key(reg.actions[i].kind), to_py(reg.actions[i].date)));
        return out;
      });

  m.def("registry", &registry_treaty, py::arg("data_dir"), py::arg("path") = py::none(), py::arg("text") = py::none(),
        py::arg("profile") = py::none());
}
