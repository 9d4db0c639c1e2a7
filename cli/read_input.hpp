// The CLI's input, a file or standard input, read whole in as few system calls as it allows.
#ifndef GALLEY_CLI_READ_INPUT_HPP
#define GALLEY_CLI_READ_INPUT_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace galley::cli {

/**
 * The input's bytes, in a block not filled before the read fills it (a std::string's
 * resize wrote the whole input's size in zeros first).
 */
class input_bytes {
 public:
  std::string_view view() const { return {data_.get(), size_}; }
  /** Frees the bytes. */
  void release() {
    data_.reset();
    size_ = 0;
  }

 private:
  friend class input_source;
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
};

/** An opened input: a file, or standard input ("-"), not read yet. */
class input_source {
 public:
  /** Opens path ("-" for standard input); error() says why when it cannot be read. */
  explicit input_source(const std::string& path);
  ~input_source();
  input_source(const input_source&) = delete;
  input_source& operator=(const input_source&) = delete;

  /** Why the input cannot be read (one line), or empty. */
  const std::string& error() const { return error_; }
  /** The size known before reading (a file, or standard input redirected from one); else 0. */
  std::size_t size_before_reading() const { return size_; }
  /** Reads the input to its end into out; returns an error message, or empty on success. */
  std::string read_all(input_bytes& out);

 private:
  std::string name_;
  std::string error_;
  int fd_ = -1;
  bool owned_ = false;
  std::size_t size_ = 0;
};

}  // namespace galley::cli

#endif
