// pacta/detail/files.hpp — the library's file plumbing, declared: reading an input (a file or
// standard input) with diagnostics, the few questions it asks of a data directory, and today's
// date in the local time zone. The
// definitions (POSIX and <filesystem>) are compiled into libpacta (src/lib/files.cpp), or included
// here in header-only mode (PACTA_HEADER_ONLY, pacta/config.hpp): a program that includes pacta's
// headers does not include POSIX headers or <filesystem> through them.
//
// Every file pacta reads goes through `open_input`: a missing or unreadable file, a directory and a
// file over the size limit are each a diagnostic (`io.read` with the system's reason, or
// `io.too-large`), never an exception or a silent empty input. `-` is standard input. A regular
// file is known by its size and can be read again (to place an error); a pipe, a FIFO or standard
// input is read once. `read_input` reads an input whole; `block_reader` reads it in blocks, for the
// streaming registry reader. Programs that read files the same way include <pacta/input.hpp>.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/config.hpp>
#include <pacta/diagnostic.hpp>

#include <cstddef>
#include <cstdio>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace pacta::detail {

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
file_handle open_input(const std::string& path, std::vector<diagnostic>& diags, std::size_t limit, input_info& info);

/// Reads what is left of an opened input whole, with `io.too-large` past `limit` bytes and
/// `io.read` on a read error.
bool read_rest(std::FILE* f, const std::string& path, std::string& out, std::vector<diagnostic>& diags,
               std::size_t limit);

/// Reads an input whole (a file, or `-` for standard input), with a diagnostic when it cannot:
/// `io.read` (missing, unreadable, a directory) or `io.too-large` (over `limit`, checked before
/// reading anything where the size is known).
bool read_input(const std::string& path, std::string& out, std::vector<diagnostic>& diags,
                std::size_t limit = max_input_bytes);

/// Reads a whole file in large blocks. Returns false (and leaves `out` empty) when it cannot be
/// opened or read.
bool read_file(const std::string& path, std::string& out);

/// `a/b`, as the system joins paths (no doubled separator).
std::string join_path(const std::string& a, const std::string& b);

/// Whether there is an entry at `path`, of any kind: a file, a directory, or a link, even to nothing.
bool entry_exists(const std::string& path);
/// Whether `path` is a directory (through links).
bool is_directory(const std::string& path);
/// Whether `path` is a regular file (through links).
bool is_regular_file(const std::string& path);
/// The stems of the `.json` entries of directory `dir` ("opsc" for opsc.json), sorted; empty when
/// `dir` cannot be read.
std::vector<std::string> json_stems(const std::string& dir);

/// Today in the local time zone (the day a user means by "today"); the UTC day when the local time
/// cannot be had. The default date of every query the CLI and the Python module answer.
date_t local_today();

/// A file read in blocks of 256 KiB, for parsers that read a character at a time: the memory it holds
/// is one block, whatever the file's size. It stops at `limit` bytes (then `too_large()`). A file
/// known to be smaller (`size_hint`, its size when regular) takes a block of its size: most registries
/// are tens of kilobytes, and a whole block for each is memory the system must map and clear.
class block_reader {
 public:
  block_reader(std::FILE* f, std::size_t limit, std::size_t size_hint = block)
      : f_(f),
        limit_(limit),
        size_(size_hint < min_block ? min_block
              : size_hint < block   ? size_hint + 1
                                    : block),
        buf_(new char[size_]) {}

  /// The next block, or false at the end of the file, on a read error or past the limit.
  bool next(const char*& begin, const char*& end) {
    if (done_) return false;
    const std::size_t n = std::fread(buf_.get(), 1, size_, f_);
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
  static constexpr std::size_t min_block = std::size_t{4} << 10;
  std::FILE* f_;
  std::size_t limit_;
  std::size_t size_;  ///< of the buffer: one block, or the file's size and a byte (its end is then seen at once)
  std::unique_ptr<char[]> buf_;
  std::size_t total_ = 0;
  bool done_ = false;
  bool error_ = false;
  bool too_large_ = false;
};

}  // namespace pacta::detail

#ifdef PACTA_HEADER_ONLY
#include <pacta/detail/files_impl.hpp>
#endif
