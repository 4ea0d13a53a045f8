// pacta/writer.hpp — writing registries back, atomically.
//
// `pacta record` adds an action to a registry file. The new registry is validated whole before
// anything is written, and the write is atomic: the text goes to a temporary file in the same
// directory as the file (the target of a symbolic link, not the link), is flushed and synced to
// disk, given the original's owner, group and mode, and is then renamed over the original, so that
// an interruption leaves either the old file or the new one, never a mix. Writers of one file take
// turns through an exclusive lock on it (`file_lock`), so that no update is lost. The text itself
// (the document kept as written, in pacta's layout) is pacta/registry_text.hpp, included here.
// POSIX only (open, flock, fsync, rename).
//
// Example:
//   std::string error;
//   if (!pacta::write_atomically("opsc.json", text, error)) std::cerr << error << '\n';
#pragma once

#include <pacta/registry_text.hpp>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

namespace detail {

/// Faults to inject into `write_atomically`, for the tests of what a failure leaves behind (a test
/// hook: not part of the library's interface).
struct write_faults {
  /// Runs between the write and the rename; a crash here (or an exception) must leave the
  /// original. Tests use it to simulate an interruption.
  std::function<void()> after_temp_written;
  /// Makes the write fail with ENOSPC half-way, as on a full disk.
  bool disk_full = false;
};

}  // namespace detail

/// Which file a path names on disk, and which version of it: device, inode, size and time of
/// the last change (nanoseconds). A file replaced, or edited in place, is another identity.
struct file_identity {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  long long modified_ns = 0;
  static file_identity of(const struct stat& st) noexcept {
    return {st.st_dev, st.st_ino, st.st_size,
            static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + static_cast<long long>(st.st_mtim.tv_nsec)};
  }
  friend bool operator==(const file_identity& a, const file_identity& b) noexcept {
    return a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified_ns == b.modified_ns;
  }
  friend bool operator!=(const file_identity& a, const file_identity& b) noexcept { return !(a == b); }
};

/// What `write_atomically` may be told beyond the text.
struct write_options {
  detail::write_faults faults;  ///< tests only
  /// Called with the temporary file's path when it is created, and with "" once it is renamed or
  /// removed: a program that handles SIGINT/SIGTERM removes the file it was last told of.
  std::function<void(const std::string&)> temporary;
  /// When set, the file must still be this one, unchanged, just before the rename (it was read
  /// under a lock, and another program may have replaced or edited it since): otherwise nothing is
  /// written.
  std::optional<file_identity> expect;
};

namespace detail {

/// The file a path leads to through symbolic links (at most 40 of them): the link's target,
/// relative to the link's directory, or the path itself when it is no link. The target need not
/// exist (a new file is then created there).
inline std::string follow_links(std::string path, bool* loop = nullptr) {
  if (loop) *loop = false;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat lst {};
    if (::lstat(path.c_str(), &lst) != 0 || !S_ISLNK(lst.st_mode)) return path;
    std::vector<char> buf(static_cast<std::size_t>(lst.st_size > 0 ? lst.st_size : 255) + 1);
    const ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size());
    if (n <= 0 || static_cast<std::size_t>(n) >= buf.size()) return path;
    std::string target(buf.data(), static_cast<std::size_t>(n));
    if (target.front() != '/') {
      const auto slash = path.find_last_of('/');
      if (slash != std::string::npos) target = path.substr(0, slash + 1) + target;
    }
    path = std::move(target);
  }
  if (loop) *loop = true;  // more than 40 links: a loop
  return path;
}

/// The directory part and the name part of a path ("." for a bare name).
inline std::pair<std::string, std::string> split_path(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return {".", path};
  return {path.substr(0, slash == 0 ? 1 : slash), path.substr(slash + 1)};
}

/// The prefix of the temporary files written for a file named `base`: `.NAME.pacta-`, with a long
/// name shortened (and told apart by a hash of the whole name), so that the temporary name fits
/// the system's limit of 255 bytes whatever the file's name.
inline std::string temporary_prefix(const std::string& base) {
  constexpr std::size_t keep = 64;
  if (base.size() <= keep) return "." + base + ".pacta-";
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : base) h = (h ^ c) * 16777619u;
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", h);
  std::size_t cut = keep - 9;
  while (cut > 0 && (static_cast<unsigned char>(base[cut]) & 0xC0) == 0x80) --cut;
  return "." + base.substr(0, cut) + "-" + hex + ".pacta-";
}

/// Creates a new temporary file `<dir>/<prefix>XXXXXX` with mode 0666 less the umask (as any new
/// file), exclusively. Returns the descriptor (or -1, errno set) and its path.
inline int create_temporary(const std::string& dir, const std::string& prefix, std::string& made) {
  static constexpr char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::random_device rd;
  std::mt19937_64 gen((static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^ static_cast<std::uint64_t>(::getpid()));
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = dir + "/" + prefix;
    for (int k = 0; k < 6; ++k) name += letters[gen() % (sizeof letters - 1)];
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      made = std::move(name);
      return fd;
    }
    if (errno != EEXIST) return -1;
  }
  errno = EEXIST;
  return -1;
}

/// Writes all of `content` to `fd`; false with errno set on failure.
inline bool write_all(int fd, std::string_view content, const detail::write_faults& faults = {}) {
  std::size_t done = 0;
  while (done < content.size()) {
    if (faults.disk_full && done >= content.size() / 2) {
      errno = ENOSPC;
      return false;
    }
    const std::size_t chunk =
        faults.disk_full ? std::max<std::size_t>(1, content.size() / 2 - done) : content.size() - done;
    const ssize_t n = ::write(fd, content.data() + done, chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

/// The descriptor a path names when it is one of this process's own (`/dev/stdout`,
/// `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`, however spelled: `//dev/./stdout`), else -1.
/// Such a path is written through the descriptor, as the shell opened it (appending after `>>`).
inline int own_descriptor(const std::string& path) {
  if (path.empty() || path.front() != '/') return -1;
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i < path.size()) {
    const std::size_t j = path.find('/', i);
    const std::string part = path.substr(i, j == std::string::npos ? std::string::npos : j - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (j == std::string::npos) break;
    i = j + 1;
  }
  auto number = [](const std::string& s) {
    if (s.empty() || s.size() > 6 || s.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::stoi(s);
  };
  if (parts.size() == 2 && parts[0] == "dev") {
    if (parts[1] == "stdin") return 0;
    if (parts[1] == "stdout") return 1;
    if (parts[1] == "stderr") return 2;
  }
  if (parts.size() == 3 && parts[0] == "dev" && parts[1] == "fd") return number(parts[2]);
  if (parts.size() == 4 && parts[0] == "proc" && (parts[1] == "self" || parts[1] == std::to_string(::getpid())) &&
      parts[2] == "fd")
    return number(parts[3]);
  return -1;
}

}  // namespace detail

// Public: where a path leads (`follow_links`) and whether it names one of the process's own
// descriptors (`own_descriptor`), as `write_atomically` decides them.
using detail::follow_links;
using detail::own_descriptor;

namespace detail {

/// The last step of `replace_file`: the test hook, the check that nobody changed the file
/// meanwhile (`options.expect`), the rename, and the directory synced so that the rename is durable.
template <typename Remove>
bool rename_into_place(const std::string& tmp, const std::string& target, const std::string& dir,
                       const std::string& shown, std::string& error, const write_options& options,
                       Remove&& remove_temporary) {
  if (options.faults.after_temp_written) {
    try {
      options.faults.after_temp_written();
    } catch (const std::exception& e) {
      error = std::string("interrupted before the rename (") + e.what() + ")" + remove_temporary();
      return false;
    }
  }
  if (options.expect) {
    struct stat again {};
    if (::stat(target.c_str(), &again) != 0 || file_identity::of(again) != *options.expect) {
      error = shown +
              " was replaced or changed by another program while pacta was changing it; nothing was "
              "written (run the command again)" +
              remove_temporary();
      return false;
    }
  }
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    error = "cannot replace " + shown + ": " + std::strerror(errno) + remove_temporary();
    return false;
  }
  if (options.temporary) options.temporary("");
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)::fsync(dfd);
    ::close(dfd);
  }
  return true;
}

/// One of this process's descriptors (`/dev/stdout`, …): written through it, as the shell opened it.
inline bool write_to_descriptor(int own, const std::string& path, std::string_view content, std::string& error,
                                const detail::write_faults& faults) {
  if (::fcntl(own, F_GETFD) == -1) {
    error = "cannot write " + path + ": descriptor " + std::to_string(own) + " is not open";
    return false;
  }
  if (!write_all(own, content, faults)) {
    error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

/// What is not a regular file (a device, a pipe, a FIFO), written in place. A FIFO that no process
/// reads is refused, not waited on.
inline bool write_in_place(const std::string& target, const std::string& shown, std::string_view content,
                           std::string& error, const detail::write_faults& faults) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    error = "cannot open " + shown + ": " +
            (errno == ENXIO ? std::string("no process is reading it") : std::string(std::strerror(errno)));
    return false;
  }
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  if (!write_all(fd, content, faults)) {
    error = "cannot write " + shown + ": " + std::strerror(errno);
    ::close(fd);
    return false;
  }
  if (::close(fd) != 0) {
    error = "cannot write " + shown + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

/// Whether an existing regular file may be replaced: not read-only, not hard-linked.
inline bool replaceable(const struct stat& st, const std::string& shown, std::string& error) {
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) {
    error = shown + " is read-only (it has no write permission); make it writable first";
    return false;
  }
  if (st.st_nlink > 1) {
    error = shown + " has " + std::to_string(st.st_nlink) +
            " hard links; replacing it would leave the other names with the old text. Write to a copy "
            "that has one link, or break the link first (cp FILE FILE.new && mv FILE.new FILE)";
    return false;
  }
  return true;
}

/// The text to a temporary file beside `target`, synced, given the original's owner, group and mode
/// (`original`, when the file exists), then renamed over it; the temporary file removed on failure.
inline bool replace_file(const std::string& target, const std::string& shown, const struct stat* original,
                         std::string_view content, std::string& error, const write_options& options) {
  const auto [dir, base] = split_path(target);
  std::string tmp;
  const int fd = create_temporary(dir, temporary_prefix(base), tmp);
  if (fd < 0) {
    error = "cannot create a temporary file in " + dir + ": " + std::strerror(errno);
    return false;
  }
  if (options.temporary) options.temporary(tmp);
  auto remove_temporary = [&]() {
    std::string note;
    if (::unlink(tmp.c_str()) != 0)
      note = "; the temporary file " + tmp + " could not be removed (" + std::strerror(errno) + "): remove it by hand";
    if (options.temporary) options.temporary("");
    return note;
  };
  auto fail = [&](const std::string& why) {
    ::close(fd);
    error = why + remove_temporary();
    return false;
  };
  if (!write_all(fd, content, options.faults)) return fail("cannot write " + tmp + ": " + std::strerror(errno));
  if (::fsync(fd) != 0) return fail("cannot flush " + tmp + " to disk: " + std::strerror(errno));
  if (original) {
    struct stat now {};
    if (::fstat(fd, &now) == 0 && (now.st_uid != original->st_uid || now.st_gid != original->st_gid) &&
        ::fchown(fd, original->st_uid, original->st_gid) != 0)
      return fail("cannot keep the owner and group of " + shown + " (" + std::to_string(original->st_uid) + ":" +
                  std::to_string(original->st_gid) + "): " + std::strerror(errno) + "; nothing was written");
    if (::fchmod(fd, original->st_mode & 07777) != 0)
      return fail("cannot keep the permissions of " + shown + ": " + std::strerror(errno));
  }
  if (::close(fd) != 0) {
    error = "cannot close " + tmp + ": " + std::strerror(errno) + remove_temporary();
    return false;
  }
  return rename_into_place(tmp, target, dir, shown, error, options, remove_temporary);
}

}  // namespace detail

/// Writes `content` to `path` atomically: a temporary file in the same directory, written, flushed
/// and synced, then renamed over `path`.
///
/// - A symbolic link is followed: its target is replaced and the link stays a link.
/// - An existing file keeps its owner, group and permissions; when they cannot be kept (a user
///   who may not give the file to its owner), nothing is written and `error` says so.
/// - A new file gets mode 0666 less the umask, as files made by other programs do.
/// - A file with more than one hard link is refused: replacing it would split the links (one
///   name would keep the old text); `error` says how to go on.
/// - A file without any write permission bit is refused as read-only (even for root).
/// - What is not a regular file (a terminal, a pipe, /dev/null, a FIFO) and any file under /dev or
///   /proc is written in place, never replaced.
///
/// On failure the original is untouched, the temporary file is removed (or `error` names it when
/// it cannot be), and false is returned.
inline bool write_atomically(const std::string& path, std::string_view content, std::string& error,
                             const write_options& options) {
  if (const int own = detail::own_descriptor(path); own >= 0)
    return detail::write_to_descriptor(own, path, content, error, options.faults);
  bool loop = false;
  const std::string target = detail::follow_links(path, &loop);
  const std::string shown = target == path ? path : path + " (a link to " + target + ")";
  if (loop) {
    error = "cannot write " + path + ": too many levels of symbolic links (a loop)";
    return false;
  }
  struct stat st {};
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    error = shown + " is a directory, not a regular file";
    return false;
  }
  if (exists && !S_ISREG(st.st_mode)) return detail::write_in_place(target, shown, content, error, options.faults);
  if (exists && !detail::replaceable(st, shown, error)) return false;
  return detail::replace_file(target, shown, exists ? &st : nullptr, content, error, options);
}

/// `write_atomically` with faults injected (tests) and nothing else.
inline bool write_atomically(const std::string& path, std::string_view content, std::string& error,
                             const detail::write_faults& faults = {}) {
  write_options options;
  options.faults = faults;
  return write_atomically(path, content, error, options);
}

/// An exclusive lock on a file (flock(2)), held while the object lives: the writers of one
/// registry take turns, each reading the file as the previous one left it. The lock is on the
/// file itself (a symbolic link is followed); when another writer replaced the file while this one
/// waited, the new file is locked instead, so the holder always has the file the path names.
///
/// Example:
///   std::string error;
///   auto lock = pacta::file_lock::acquire("opsc.json", error);
///   if (!lock) { std::cerr << error; return 1; }
///   std::string text;
///   lock->read(text, error);   // the file as it is now, under the lock
class file_lock {
 public:
  /// Waits for the lock on the file `path` names. Returns nothing, with `error`, when the file
  /// cannot be opened or locked.
  static std::optional<file_lock> acquire(const std::string& path, std::string& error,
                                          const std::function<void()>& waiting = {}) {
    for (int attempt = 0; attempt < 1000; ++attempt) {
      const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
      if (fd < 0) {
        error = "cannot open " + path + ": " + std::strerror(errno);
        return std::nullopt;
      }
      struct stat st {};
      if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        error = path + " is not a regular file";
        ::close(fd);
        return std::nullopt;
      }
      int r = ::flock(fd, LOCK_EX | LOCK_NB);
      if (r != 0 && errno == EWOULDBLOCK) {
        if (waiting) waiting();  // another writer holds it: say so, then wait
        while ((r = ::flock(fd, LOCK_EX)) != 0 && errno == EINTR) {
        }
      }
      if (r != 0) {
        error = "cannot lock " + path + ": " + std::strerror(errno);
        ::close(fd);
        return std::nullopt;
      }
      struct stat held {
      }, named{};
      if (::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
          held.st_ino == named.st_ino)
        return file_lock(fd, file_identity::of(held));
      ::close(fd);  // replaced while waiting: lock the new file
    }
    error = "cannot lock " + path + ": it keeps being replaced";
    return std::nullopt;
  }

  file_lock(file_lock&& o) noexcept : fd_(o.fd_), id_(o.id_) { o.fd_ = -1; }
  file_lock& operator=(file_lock&& o) noexcept {
    if (this != &o) {
      release();
      fd_ = o.fd_;
      id_ = o.id_;
      o.fd_ = -1;
    }
    return *this;
  }
  file_lock(const file_lock&) = delete;
  file_lock& operator=(const file_lock&) = delete;
  ~file_lock() { release(); }

  /// The locked file's identity (as of the last `read`), for `write_options::expect`.
  file_identity identity() const noexcept { return id_; }

  /// Reads the whole locked file (up to `limit` bytes) into `out`.
  bool read(std::string& out, std::string& error, std::size_t limit = std::size_t{4} << 30) {
    out.clear();
    char buf[1 << 16];
    off_t at = 0;
    for (;;) {
      const ssize_t n = ::pread(fd_, buf, sizeof buf, at);
      if (n < 0) {
        if (errno == EINTR) continue;
        error = std::string("cannot read the file: ") + std::strerror(errno);
        return false;
      }
      if (n == 0) {
        struct stat st {};
        if (::fstat(fd_, &st) == 0) id_ = file_identity::of(st);
        return true;
      }
      if (out.size() + static_cast<std::size_t>(n) > limit) {
        error = "the file has more than " + std::to_string(limit) + " bytes";
        return false;
      }
      out.append(buf, static_cast<std::size_t>(n));
      at += n;
    }
  }

 private:
  file_lock(int fd, file_identity id) : fd_(fd), id_(id) {}
  void release() noexcept {
    if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the lock
    fd_ = -1;
  }
  int fd_ = -1;
  file_identity id_;
};

/// Removes the temporary files that interrupted writes of `path` left beside it (`.NAME.pacta-XXXXXX`).
/// Call it only while holding `path`'s `file_lock`: every writer of the file holds the lock while
/// its temporary file exists, so the ones found then are stale. Returns how many were removed; the
/// ones that could not be are named in `left`.
inline std::size_t remove_stale_temporaries(const std::string& path, std::vector<std::string>& left) {
  const auto [dir, base] = detail::split_path(detail::follow_links(path));
  const std::string prefix = detail::temporary_prefix(base);
  std::unique_ptr<DIR, int (*)(DIR*)> d(::opendir(dir.c_str()), &::closedir);
  if (!d) return 0;
  std::size_t removed = 0;
  while (const dirent* e = ::readdir(d.get())) {
    const std::string name = e->d_name;
    if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string full = dir + "/" + name;
    if (::unlink(full.c_str()) == 0)
      ++removed;
    else
      left.push_back(full);
  }
  return removed;
}

}  // namespace pacta
