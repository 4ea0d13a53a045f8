// pacta site — the directory it writes, whole or not at all, and only its own.
//
// The new site is written into a sibling of DIR (".NAME.pacta-new-PID") and swapped in by one
// rename (renameat2 RENAME_EXCHANGE, so that DIR names the old site or the new one at every moment,
// never a mix); the old one is then removed. Runs on one DIR take turns under a lock beside it
// (".NAME.pacta-site.lock", flock). A sibling an interrupted run left is removed by the next run.
// DIR is pacta's when it carries the mark `.pacta-site` (every site pacta writes has it, listing
// its files) or is empty; a DIR holding other files, or a site with a file added or changed since
// pacta wrote it, is refused unless --force. DIR itself must not be a symbolic
// link; links inside an old site are never written through, since nothing is written into it.
// POSIX and Linux (renameat2; where the file system lacks it, two renames).
#pragma once

#include "output.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pacta_cli {

/// The mark every site pacta writes carries: a file of this name in DIR, listing every file of the
/// site with its size and a hash of its content (FNV-1a, 64 bits), so that the next run can tell
/// a file someone added or edited from its own.
inline constexpr const char* site_mark = ".pacta-site";

namespace detail {

inline std::string content_hash(std::string_view content) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : content) hash = (hash ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace detail

/// The mark's text for a site of `files` (paths under DIR and contents).
template <class Files>
std::string site_manifest(const Files& files) {
  std::string out =
      "pacta site: this directory is written whole by pacta site, and replaced whole by its next run, which "
      "refuses to if a file below was changed or another added (unless --force).\n";
  for (const auto& f : files)
    out += detail::content_hash(f.content) + " " + std::to_string(f.content.size()) + " " + f.rel + "\n";
  return out;
}

/// What in an old site DIR pacta did not write as it is: files added, changed, or not files (links,
/// FIFOs), at most `limit` of them; empty when DIR is as pacta left it. A mark that lists no file
/// (an older pacta's) vouches for the whole directory.
inline std::vector<std::string> not_as_written(const std::filesystem::path& dir, std::size_t limit = 5) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::ifstream mark(dir / site_mark);
  std::string line;
  std::map<std::string, std::pair<std::string, std::uintmax_t>> listed;  // path → hash, size
  std::getline(mark, line);
  while (std::getline(mark, line)) {
    const std::size_t a = line.find(' '), b = a == std::string::npos ? a : line.find(' ', a + 1);
    if (b == std::string::npos) continue;
    listed[line.substr(b + 1)] = {line.substr(0, a), std::strtoull(line.c_str() + a + 1, nullptr, 10)};
  }
  if (listed.empty()) return out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const std::string rel = it->path().lexically_relative(dir).generic_string();  // links not followed
    const auto st = it->symlink_status(ec);
    if (fs::is_directory(st) && (rel == "treaty" || rel == "state")) continue;
    if (rel == site_mark) continue;
    const auto l = listed.find(rel);
    bool same = l != listed.end() && fs::is_regular_file(st) && fs::file_size(it->path(), ec) == l->second.second;
    if (same) {
      std::ifstream in(it->path(), std::ios::binary);
      const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      same = detail::content_hash(content) == l->second.first;
    }
    if (!same) out.push_back(rel + (l == listed.end() ? "" : " (changed)"));
    if (fs::is_directory(st)) it.disable_recursion_pending();
    if (out.size() >= limit) break;
  }
  return out;
}

/// A site being written: DIR, where it is built, and the lock held meanwhile.
class site_target {
 public:
  site_target() = default;
  site_target(const site_target&) = delete;
  site_target& operator=(const site_target&) = delete;
  ~site_target() {
    if (!done_ && !building_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(building_, ec);  // a site not swapped in is not left behind
    }
    if (lock_ >= 0) ::close(lock_);
  }

  /// Checks DIR, takes the lock, removes what interrupted runs left and makes the directory to
  /// build in; false after saying why, with nothing written.
  bool begin(const std::string& dir, bool force) {
    namespace fs = std::filesystem;
    std::error_code ec;
    given_ = dir;
    dir_ = fs::absolute(fs::path(dir), ec).lexically_normal();
    if (!dir_.has_filename()) dir_ = dir_.parent_path();
    const auto st = fs::symlink_status(dir_, ec);
    if (fs::is_symlink(st)) return refuse(" is a symbolic link: give the directory itself");
    if (fs::exists(st) && !fs::is_directory(st)) return refuse(" is not a directory");
    if (fs::is_directory(st) && !fs::exists(dir_ / site_mark, ec) && !fs::is_empty(dir_, ec) && !force)
      return refuse(" holds files pacta site did not write (it has no " + std::string(site_mark) +
                    " mark): give a new or empty directory, or --force to replace it whole");
    if (fs::is_directory(st) && !force)
      if (const auto other = not_as_written(dir_); !other.empty()) {
        std::string list;
        for (const auto& o : other) list += (list.empty() ? "" : ", ") + o;
        return refuse(" holds what pacta site did not write as it is (" + list +
                      "): move it out, or --force to replace the directory whole");
      }
    const fs::path parent = dir_.parent_path();
    fs::create_directories(parent, ec);
    const std::string name = dir_.filename().string();
    const fs::path lock = parent / ("." + name + ".pacta-site.lock");
    lock_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (lock_ < 0 || ::flock(lock_, LOCK_EX) != 0)
      return refuse(": cannot lock " + lock.string() + ": " + std::strerror(errno));
    const std::string stale = "." + name + ".pacta-";
    for (const auto& e : fs::directory_iterator(parent, ec))  // under the lock, any such sibling is stale
      if (e.path().filename().string().rfind(stale + "new-", 0) == 0 ||
          e.path().filename().string().rfind(stale + "old-", 0) == 0)
        fs::remove_all(e.path(), ec);
    building_ = parent / (stale + "new-" + std::to_string(::getpid()));
    for (const char* sub : {"", "treaty", "state"})
      if (!fs::create_directory(building_ / sub, ec) || ec)
        return refuse(": cannot create " + (building_ / sub).string() + ": " + ec.message());
    return true;
  }

  /// Where the pages go.
  std::string building() const { return building_.string(); }
  /// DIR, as given.
  std::string dir() const { return dir_.string(); }

  /// Swaps the new site in, with the old one's mode (and owner, as root); false after saying why,
  /// the old site then untouched.
  bool finish() {
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool had = fs::is_directory(fs::symlink_status(dir_, ec));
    if (had) keep_owner_and_mode();
    if (had && ::renameat2(AT_FDCWD, building_.c_str(), AT_FDCWD, dir_.c_str(), RENAME_EXCHANGE) == 0) {
      done_ = true;
      fs::remove_all(building_, ec);  // now the old site
      return true;
    }
    if (had && errno != EINVAL && errno != ENOSYS) return failed("cannot swap the new site in");
    const fs::path old =
        dir_.parent_path() / ("." + dir_.filename().string() + ".pacta-old-" + std::to_string(::getpid()));
    if (had && std::rename(dir_.c_str(), old.c_str()) != 0) return failed("cannot move the old site aside");
    if (std::rename(building_.c_str(), dir_.c_str()) != 0) {
      if (had) (void)std::rename(old.c_str(), dir_.c_str());
      return failed("cannot move the new site in");
    }
    done_ = true;
    if (had) fs::remove_all(old, ec);
    return true;
  }

 private:
  bool refuse(const std::string& why) {
    std::cerr << "pacta: " << shown(given_) << shown(why) << "; no site written\n";
    return false;
  }
  bool failed(const std::string& what) {
    std::cerr << "pacta: " << what << " (" << std::strerror(errno) << "); " << shown(given_) << " is unchanged\n";
    return false;
  }
  /// The new site takes the old one's mode and, where pacta runs as root for another user, owner.
  void keep_owner_and_mode() {
    struct stat old {};
    if (::stat(dir_.c_str(), &old) != 0) return;
    (void)::chmod(building_.c_str(), old.st_mode & 07777);
    if (::geteuid() != 0 || old.st_uid == 0) return;
    std::error_code ec;
    (void)::lchown(building_.c_str(), old.st_uid, old.st_gid);
    for (const auto& e : std::filesystem::recursive_directory_iterator(building_, ec))
      (void)::lchown(e.path().c_str(), old.st_uid, old.st_gid);
  }

  std::string given_;  // DIR as typed, for messages
  std::filesystem::path dir_, building_;
  int lock_ = -1;
  bool done_ = false;
};

}  // namespace pacta_cli
