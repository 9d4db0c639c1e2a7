#include "read_input.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace galley::cli {

input_source::input_source(const std::string& path)
    : name_(path == "-" ? "standard input" : "'" + path + "'") {
  if (path == "-") {
    fd_ = 0;
  } else {
    // Close-on-exec: the huge-page restart opens the file again in the new process.
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) { error_ = "cannot read " + name_ + ": " + std::strerror(errno); return; }
    owned_ = true;
  }
  struct stat st {};
  if (::fstat(fd_, &st) != 0) { error_ = "cannot read " + name_ + ": " + std::strerror(errno); return; }
  if (S_ISDIR(st.st_mode)) { error_ = name_ + " is a directory, not a file"; return; }
  if (S_ISREG(st.st_mode)) {
    // Standard input redirected from a file may already be partway through it.
    const off_t at = ::lseek(fd_, 0, SEEK_CUR);
    if (at >= 0 && at <= st.st_size) size_ = static_cast<std::size_t>(st.st_size - at);
  }
}

input_source::~input_source() {
  if (owned_) ::close(fd_);
}

std::string input_source::read_all(input_bytes& out) {
  if (!error_.empty()) return error_;
  // The known size in one read (a byte-at-a-time copy cost as much as a reflow stage), then
  // whatever else comes (a pipe, a file still growing) in growing blocks.
  std::size_t room = size_ > 0 ? size_ + 1 : std::size_t{1} << 16;
  out.data_.reset(new char[room]);
  std::size_t filled = 0;
  const auto move_to = [&](std::size_t size) {
    std::unique_ptr<char[]> block(new char[size]);
    std::memcpy(block.get(), out.data_.get(), filled);
    out.data_ = std::move(block);
    room = size;
  };
  for (;;) {
    if (filled == room) move_to(room * 2);
    const ssize_t n = ::read(fd_, out.data_.get() + filled, room - filled);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      out.size_ = filled;
      return "error while reading " + name_ + ": " + std::strerror(errno);
    }
    filled += static_cast<std::size_t>(n);
  }
  // A pipe's last doubling can leave up to half the block unused for the whole run.
  if (room > filled + filled / 4) move_to(filled);
  out.size_ = filled;
  return {};
}

}  // namespace galley::cli
