// pacta/input.hpp — reading an input file, or standard input, with diagnostics.
//
// Every file pacta reads goes through `open_input`: a missing or unreadable file, a directory and a
// file over the size limit are each a diagnostic (`io.read` with the system's reason, or
// `io.too-large`), never an exception or a silent empty input. `-` is standard input. A regular
// file is known by its size and can be read again (to place an error); a pipe, a FIFO or standard
// input is read once. `read_input` reads an input whole; `block_reader` reads it in blocks, for the
// streaming registry reader.
//
// Example:
//   std::vector<pacta::diagnostic> diags;
//   std::string text;
//   if (!pacta::read_input("reports.json", text, diags))
//     std::cerr << diags.front().to_string() << '\n';   // reports.json: (document): cannot open the
//                                                       // file: No such file or directory [io.read]
#pragma once

#include <pacta/diagnostic.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace pacta {

/// The largest input file pacta reads whole (treaty profiles, reports, names, pages): 256 MiB.
inline constexpr std::size_t max_input_bytes = std::size_t{256} << 20;

/// The largest registry file pacta reads: 4 GiB. A registry is read as a stream (never held whole);
/// a million actions are about 90 MB, and what is kept of them takes less than twice the file.
inline constexpr std::size_t max_registry_bytes = std::size_t{4} << 30;

using file_handle = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

/// What `open_input` found: a regular file (its size is known and it can be read again, to place an
/// error), or a stream (standard input, a pipe, a FIFO, a device), which is read once.
struct input_info {
  std::size_t size = 0;  ///< bytes, for a regular file; 0 for a stream
  bool regular = false;
};

/// Opens an input for reading, with a diagnostic when it cannot: `io.read` (missing, unreadable, a
/// directory, with the system's reason) or `io.too-large` (a regular file over `limit`, checked
/// before reading anything). `-` is standard input. A FIFO is opened without waiting for a writer:
/// with none, it reads as empty instead of hanging.
inline file_handle open_input(const std::string& path, std::vector<diagnostic>& diags, std::size_t limit,
                              input_info& info) {
  info = {};
  auto fail = [&](const std::string& why) {
    diags.push_back({path, "", "io.read", why, std::nullopt, std::nullopt});
    return file_handle(nullptr, &std::fclose);
  };
  const int fd = path == "-" ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return fail(std::string("cannot open the file: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int e = errno;
    ::close(fd);
    return fail(std::string("cannot read the file: ") + std::strerror(e));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return fail("this is a directory, not a file");
  }
  // Reads block from here on (a FIFO whose writer has gone reads as its end).
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0 && (flags & O_NONBLOCK)) (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  info.regular = S_ISREG(st.st_mode);
  if (info.regular) {
    if (static_cast<unsigned long long>(st.st_size) > limit) {
      ::close(fd);
      diags.push_back({path, "", "io.too-large",
                       "the file has " + std::to_string(st.st_size) + " bytes, more than the limit of " +
                           std::to_string(limit) + " bytes; nothing was read",
                       std::nullopt, std::nullopt});
      return file_handle(nullptr, &std::fclose);
    }
    info.size = static_cast<std::size_t>(st.st_size);
  }
  file_handle f(::fdopen(fd, "rb"), &std::fclose);
  if (!f) {
    const int e = errno;
    ::close(fd);
    return fail(std::string("cannot read the file: ") + std::strerror(e));
  }
  return f;
}

/// Reads what is left of an opened input whole, with `io.too-large` past `limit` bytes and
/// `io.read` on a read error.
inline bool read_rest(std::FILE* f, const std::string& path, std::string& out, std::vector<diagnostic>& diags,
                      std::size_t limit) {
  char buf[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (out.size() + n > limit) {
      out.clear();
      diags.push_back({path, "", "io.too-large",
                       "the input has more than the limit of " + std::to_string(limit) + " bytes", std::nullopt,
                       std::nullopt});
      return false;
    }
    out.append(buf, n);
  }
  if (std::ferror(f)) {
    out.clear();
    diags.push_back({path, "", "io.read", std::string("cannot read the file: ") + std::strerror(errno), std::nullopt,
                     std::nullopt});
    return false;
  }
  return true;
}

/// Reads an input whole (a file, or `-` for standard input), with a diagnostic when it cannot:
/// `io.read` (missing, unreadable, a directory) or `io.too-large` (over `limit`, checked before
/// reading anything where the size is known).
inline bool read_input(const std::string& path, std::string& out, std::vector<diagnostic>& diags,
                       std::size_t limit = max_input_bytes) {
  out.clear();
  input_info info;
  file_handle f = open_input(path, diags, limit, info);
  if (!f) return false;
  out.reserve(info.size);
  return read_rest(f.get(), path, out, diags, limit);
}

/// A file read in blocks of 256 KiB, for parsers that read a character at a time: the memory it holds
/// is one block, whatever the file's size. It stops at `limit` bytes (then `too_large()`).
class block_reader {
 public:
  block_reader(std::FILE* f, std::size_t limit) : f_(f), limit_(limit), buf_(new char[block]) {}

  /// The next block, or false at the end of the file, on a read error or past the limit.
  bool next(const char*& begin, const char*& end) {
    if (done_) return false;
    const std::size_t n = std::fread(buf_.get(), 1, block, f_);
    if (n == 0) {
      error_ = std::ferror(f_) != 0;
      done_ = true;
      return false;
    }
    total_ += n;
    if (total_ > limit_) {
      too_large_ = done_ = true;
      return false;
    }
    begin = buf_.get();
    end = buf_.get() + n;
    return true;
  }

  bool read_error() const noexcept { return error_; }
  bool too_large() const noexcept { return too_large_; }
  std::size_t bytes_read() const noexcept { return total_; }

  /// An input iterator over the file's characters (value type char), as nlohmann's iterator input
  /// adapter takes: equal to a default-constructed iterator at the end.
  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    iterator() = default;
    explicit iterator(block_reader* r) : r_(r) { refill(); }
    reference operator*() const noexcept { return *cur_; }
    iterator& operator++() {
      if (++cur_ == end_) refill();
      return *this;
    }
    friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.cur_ == b.cur_; }
    friend bool operator!=(const iterator& a, const iterator& b) noexcept { return a.cur_ != b.cur_; }

   private:
    void refill() {
      if (!r_->next(cur_, end_)) cur_ = end_ = nullptr;
    }
    block_reader* r_ = nullptr;
    const char* cur_ = nullptr;
    const char* end_ = nullptr;
  };

  iterator begin() { return iterator(this); }
  static iterator end() { return iterator(); }

 private:
  static constexpr std::size_t block = std::size_t{256} << 10;
  std::FILE* f_;
  std::size_t limit_;
  std::unique_ptr<char[]> buf_;
  std::size_t total_ = 0;
  bool done_ = false;
  bool error_ = false;
  bool too_large_ = false;
};

namespace detail {

/// Reads a whole file in large blocks. Returns false (and leaves `out` empty) when it cannot be
/// opened or read.
inline bool read_file(const std::string& path, std::string& out) {
  out.clear();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return false;
  char buf[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) out.append(buf, n);
  if (std::ferror(f.get())) {
    out.clear();
    return false;
  }
  return true;
}

// The names this header's functions had as internals.
using pacta::block_reader;
using pacta::file_handle;
using pacta::input_info;
using pacta::max_input_bytes;
using pacta::max_registry_bytes;
using pacta::open_input;
using pacta::read_input;
using pacta::read_rest;
}  // namespace detail

}  // namespace pacta
