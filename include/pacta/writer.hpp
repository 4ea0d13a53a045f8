// pacta/writer.hpp — writing registries back, atomically.
//
// `pacta record` adds an action to a registry file. The new registry is validated whole before
// anything is written, and the write is atomic: the text goes to a temporary file in the same
// directory, is flushed and synced to disk, and is then renamed over the original, so that an
// interruption leaves either the old file or the new one, never a mix. The document is kept as an
// order-preserving JSON value, so the file's keys, their order and its `x-` fields survive; the
// layout is pacta's own (one key per line at the top, one action per line), which is the layout of
// the bundled registries. POSIX only (mkstemp, fsync, rename).
#pragma once

#include <pacta/registry.hpp>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <algorithm>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace pacta {

/// One JSON value on one line, with a space after each colon and comma: `{"state": "Benin", "date": "2005-01-31"}`.
inline std::string dump_inline(const nlohmann::ordered_json& v) {
  if (v.is_object()) {
    std::string out = "{";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      out += (first ? "" : ", ") + nlohmann::ordered_json(it.key()).dump() + ": " + dump_inline(*it);
      first = false;
    }
    return out + "}";
  }
  if (v.is_array()) {
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + dump_inline(v[i]);
    return out + "]";
  }
  return v.dump();
}

/// The registry document as pacta writes it: top-level keys one per line in their order, and
/// `actions` one action per line.
inline std::string format_registry(const nlohmann::ordered_json& doc) {
  std::string out = "{\n";
  std::size_t k = 0;
  for (auto it = doc.begin(); it != doc.end(); ++it, ++k) {
    out += "  " + nlohmann::ordered_json(it.key()).dump() + ": ";
    if (it.key() == "actions" && it->is_array()) {
      if (it->empty()) {
        out += "[]";
      } else {
        out += "[\n";
        for (std::size_t i = 0; i < it->size(); ++i)
          out += "    " + dump_inline((*it)[i]) + (i + 1 < it->size() ? ",\n" : "\n");
        out += "  ]";
      }
    } else {
      out += dump_inline(*it);
    }
    out += k + 1 < doc.size() ? ",\n" : "\n";
  }
  out += "}\n";
  return out;
}

/// Where a new action goes among the actions: after the last action of the same State dated on or
/// before it (so that each State's actions stay in date order); for a State with no action yet,
/// before the first action of a State whose name sorts after it; an act with no State at the end.
inline std::size_t insertion_index(const nlohmann::ordered_json& actions, const std::string& state, const std::string& date) {
  if (state.empty()) return actions.size();
  std::optional<std::size_t> last_own, first_later_own, first_name_after;
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const auto& a = actions[i];
    if (!a.is_object() || !a.contains("state") || !a["state"].is_string()) continue;
    const std::string s = a["state"].get<std::string>();
    if (s == state) {
      const std::string d = a.contains("date") && a["date"].is_string() ? a["date"].get<std::string>() : "";
      if (d <= date) last_own = i;
      else if (!first_later_own) first_later_own = i;
    } else if (s > state && !first_name_after) {
      first_name_after = i;
    }
  }
  if (first_later_own) return *first_later_own;
  if (last_own) return *last_own + 1;
  return first_name_after.value_or(actions.size());
}

/// Faults to inject into `write_atomically`, for tests of what a failure leaves behind.
struct write_faults {
  /// Runs between the write and the rename; a crash here (or an exception) must leave the
  /// original. Tests use it to simulate an interruption.
  std::function<void()> after_temp_written;
  /// Makes the write fail with ENOSPC half-way, as on a full disk.
  bool disk_full = false;
};

/// Writes `content` to `path` atomically: a temporary file in the same directory, written, flushed
/// and synced, then renamed over `path` (keeping the original's permissions). A file without any
/// write permission bit is refused as read-only (even for root). On failure the original is
/// untouched, the temporary file is removed, `error` says why and false is returned.
inline bool write_atomically(const std::string& path, std::string_view content, std::string& error,
                             const write_faults& faults = {}) {
  const auto slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    error = path + " is not a regular file";
    return false;
  }
  if (exists && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) {
    error = path + " is read-only (it has no write permission); make it writable first";
    return false;
  }
  std::string tmpl = dir + "/." + base + ".pacta-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = "cannot create a temporary file in " + dir + ": " + std::strerror(errno);
    return false;
  }
  const std::string tmp(name.data());
  auto fail = [&](const std::string& why) {
    error = why;
    ::close(fd);
    ::unlink(tmp.c_str());
    return false;
  };
  std::size_t done = 0;
  while (done < content.size()) {
    if (faults.disk_full && done >= content.size() / 2) {
      errno = ENOSPC;
      return fail("cannot write " + tmp + ": " + std::strerror(errno));
    }
    const std::size_t chunk = faults.disk_full ? std::max<std::size_t>(1, content.size() / 2 - done) : content.size() - done;
    const ssize_t n = ::write(fd, content.data() + done, chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write " + tmp + ": " + std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return fail("cannot flush " + tmp + " to disk: " + std::strerror(errno));
  if (exists && ::fchmod(fd, st.st_mode & 07777) != 0)
    return fail("cannot set the permissions of " + tmp + ": " + std::strerror(errno));
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    error = "cannot close " + tmp + ": " + std::strerror(errno);
    return false;
  }
  if (faults.after_temp_written) {
    try {
      faults.after_temp_written();
    } catch (const std::exception& e) {
      ::unlink(tmp.c_str());
      error = std::string("interrupted before the rename (") + e.what() + ")";
      return false;
    }
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    error = "cannot replace " + path + ": " + std::strerror(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  // Make the rename itself durable.
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    (void)::fsync(dfd);
    ::close(dfd);
  }
  return true;
}

}  // namespace pacta
