// pacta/detail/files_impl.hpp — the definitions of pacta/detail/files.hpp: compiled once into
// libpacta (src/lib/files.cpp), or included by files.hpp in header-only mode (PACTA_HEADER_ONLY).
// Not to be included otherwise: it holds no include of files.hpp, which includes it (no cycle).
#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <system_error>

namespace pacta::detail {

/// The system's words for an error number, safe to call from several threads at once (the files of
/// a data directory are read on several: treaty_set::read_ahead), which std::strerror is not required
/// to be.
PACTA_INLINE std::string system_error_text(int e) {
  return std::generic_category().message(e);
}

PACTA_INLINE file_handle open_input(const std::string& path, std::vector<diagnostic>& diags, std::size_t limit,
                                    input_info& info) {
  info = {};
  auto fail = [&](const std::string& why) {
    diags.push_back({path, "", "io.read", why, std::nullopt, std::nullopt});
    return file_handle(nullptr, &std::fclose);
  };
  const int fd = path == "-" ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return fail(std::string("cannot open the file: ") + system_error_text(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int e = errno;
    ::close(fd);
    return fail(std::string("cannot read the file: ") + system_error_text(e));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return fail("this is a directory, not a file");
  }
  // A device (/dev/zero, /dev/urandom) never ends: it would be read to the size limit, gigabytes of
  // memory for a registry. Standard input ("-") is read whatever it is; a pipe is read to its end.
  if ((S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) && path != "-") {
    ::close(fd);
    return fail("this is a device, not a file");
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
    return fail(std::string("cannot read the file: ") + system_error_text(e));
  }
  return f;
}

PACTA_INLINE bool read_rest(std::FILE* f, const std::string& path, std::string& out, std::vector<diagnostic>& diags,
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
    diags.push_back({path, "", "io.read", std::string("cannot read the file: ") + system_error_text(errno),
                     std::nullopt, std::nullopt});
    return false;
  }
  return true;
}

PACTA_INLINE bool read_input(const std::string& path, std::string& out, std::vector<diagnostic>& diags,
                             std::size_t limit) {
  out.clear();
  input_info info;
  file_handle f = open_input(path, diags, limit, info);
  if (!f) return false;
  out.reserve(info.size);
  return read_rest(f.get(), path, out, diags, limit);
}

PACTA_INLINE bool read_file(const std::string& path, std::string& out) {
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

PACTA_INLINE std::string join_path(const std::string& a, const std::string& b) {
  return (std::filesystem::path(a) / b).string();
}

PACTA_INLINE bool entry_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(std::filesystem::symlink_status(path, ec));
}

PACTA_INLINE bool is_directory(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_directory(path, ec);
}

PACTA_INLINE bool is_regular_file(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

PACTA_INLINE std::vector<std::string> json_stems(const std::string& dir) {
  std::vector<std::string> stems;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".json") stems.push_back(e.path().stem().string());
  std::sort(stems.begin(), stems.end());
  return stems;
}

PACTA_INLINE date_t local_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (::localtime_r(&now, &local) == nullptr) return date_t{date::floor<date::days>(std::chrono::system_clock::now())};
  return date_t{date::year{local.tm_year + 1900}, date::month{static_cast<unsigned>(local.tm_mon + 1)},
                date::day{static_cast<unsigned>(local.tm_mday)}};
}

}  // namespace pacta::detail
