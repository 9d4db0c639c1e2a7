// The CLI as users run it: real process, real files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include <unistd.h>

#include "corpus.hpp"

namespace {

struct run_result {
  int status = -1;
  std::string out;
};

// Runs the CLI with args (after `env`, e.g. "env NAME=value ", when given).
run_result run(const std::string& args, const std::string& env = "") {
  run_result r;
  const std::string cmd = env + GALLEY_CLI_PATH + " " + args + " 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

// A file in the temporary directory, named for this process (test runs may overlap) and
// removed when it goes out of scope.
class temp_file {
 public:
  temp_file(const std::string& name, const std::string& content)
      : path_(std::filesystem::temp_directory_path() / ("galley-cli-test-" + std::to_string(::getpid()) + "-" + name)) {
    if (content.empty()) return;
    std::FILE* f = std::fopen(path_.c_str(), "wb");
    REQUIRE(f != nullptr);
    std::fwrite(content.data(), 1, content.size(), f);
    std::fclose(f);
  }
  temp_file(const temp_file&) = delete;
  temp_file& operator=(const temp_file&) = delete;
  ~temp_file() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string string() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace

TEST_CASE("cli: --help and --version succeed", "[cli]") {
  auto h = run("--help");
  CHECK(h.status == 0);
  CHECK(h.out.find("--format") != std::string::npos);
  auto v = run("--version");
  CHECK(v.status == 0);
  CHECK(v.out.rfind("galley ", 0) == 0);
}

TEST_CASE("cli: bad invocations fail with one line on stderr", "[cli]") {
  for (const char* args : {"/nonexistent/page.txt", "/tmp", "--format", "--format yaml",
                           "--bogus", "a.txt b.txt", "--spacing sideways", "--max-input-bytes 0", "--jobs",
                           "--jobs two", "-j 99999"}) {
    INFO(args);
    auto r = run(args);
    CHECK(r.status != 0);
    CHECK(r.out.rfind("galley: ", 0) == 0);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
  }
}

TEST_CASE("cli: every format renders the page's text", "[cli]") {
  const auto page = temp_file("page.txt", "Storm closes harbour\n\nThe harbour was closed on Monday after a storm.\n");
  for (const char* fmt : {"json", "markdown", "html", "text"}) {
    INFO(fmt);
    auto r = run(std::string("--format ") + fmt + " " + page.string());
    CHECK(r.status == 0);
    CHECK(r.out.find("harbour was closed on Monday") != std::string::npos);
  }
  const temp_file out("out.json", "");
  auto w = run("--format json --output " + out.string() + " " + page.string());
  CHECK(w.status == 0);
  CHECK(galley::test::read_file(out.path()).find("\"articles\"") != std::string::npos);
}

TEST_CASE("cli: an input over the limit is refused clearly", "[cli]") {
  const auto page = temp_file("big.txt", std::string(2000, 'x'));
  auto r = run("--max-input-bytes 1000 " + page.string());
  CHECK(r.status != 0);
  CHECK(r.out.find("larger than") != std::string::npos);
}

TEST_CASE("cli: a large input gives the same result by path, redirected or piped, with and without the huge-page restart", "[cli]") {
  // Past huge_pages_from_bytes the CLI may start itself again (cli/huge_pages.hpp): the
  // arguments and the unread standard input must reach the second start whole.
  std::string doc;
  for (int n = 0; doc.size() < (1u << 20) + 4096; ++n) {
    doc += "Harbour report number " + std::to_string(n) + "\n\n";
    for (int k = 0; k < 6; ++k)
      doc += "The harbour board met on Monday " + std::to_string(n * 7 + k) +
             " and decided that the storm walls would be raised before winter.\n";
    doc += "\n";
  }
  const auto big = temp_file("huge.txt", doc);
  for (const std::string& how : {"--format json " + big.string(), "--format json - < " + big.string()}) {
    INFO(how);
    const auto restarted = run(how);
    REQUIRE(restarted.status == 0);
    CHECK(restarted.out.find("Harbour report number 0") != std::string::npos);
    CHECK(restarted.out.find("storm walls") != std::string::npos);
    const auto without = run(how, "env GALLEY_HUGE_PAGES=0 ");
    CHECK(without.status == 0);
    CHECK(restarted.out == without.out);
  }
  // A pipe's size is unknown before reading: read in growing blocks, to the same result.
  CHECK(run("--format json -", "cat " + big.string() + " | ").out == run("--format json " + big.string()).out);
}

TEST_CASE("cli: a document of pages gives the same JSON on one thread and on several", "[cli]") {
  std::string doc;
  for (int p = 1; p <= 6; ++p)
    doc += "Page " + std::to_string(p) + " headline\n\nThe harbour was closed on Monday after a storm, page " + std::to_string(p) +
           " said.\n\f";
  const auto path = temp_file("pages.txt", doc);
  const auto one = run("--format json --jobs 1 " + path.string());
  REQUIRE(one.status == 0);
  CHECK(one.out.find("\"pages\": 7") != std::string::npos);
  for (const char* jobs : {"-j 2", "--jobs 0", ""}) {
    INFO(jobs);
    CHECK(run(std::string("--format json ") + jobs + " " + path.string()).out == one.out);
  }
}
