// galley_bench INPUT_DIR: times the reflow of every *.txt in INPUT_DIR (written by
// bench/inputs.py), stage by stage, next to one utf8proc NFC pass over the same bytes.
// Prints one JSON object per input; bench/run makes the table.
//
// galley_bench --serve: reads "PATH RUNS" lines and answers each with the median
// milliseconds of RUNS reflows of that file (warmed on its first request), so that
// bench/report.py can time the native pipeline and the WASM module (bench/wasm.mjs
// --serve) in alternation, under the same load.
//
// galley_bench --once PATH: one reflow of the file, its JSON, and one utf8proc NFC pass over
// the same bytes, nothing timed: for bench/instructions.py, which counts their instructions
// under callgrind (a count that this machine's load cannot move).
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <sys/resource.h>

#include <utf8proc.h>

#include <galley.h>

#include "articles.hpp"
#include "huge_pages.hpp"
#include "layout.hpp"
#include "lines.hpp"
#include "pages.hpp"
#include "roles.hpp"
#include "text.hpp"
#include "units.hpp"

namespace {

using clock_type = std::chrono::steady_clock;

// Median of `runs` timings of f, in seconds.
double median_seconds(int runs, const std::function<void()>& f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    const auto a = clock_type::now();
    f();
    t.push_back(std::chrono::duration<double>(clock_type::now() - a).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

// Median process CPU time (user + system, page faults included) of `runs` calls of f, in
// seconds: on a shared machine the wall time also counts the waits for a core.
double median_cpu_seconds(int runs, const std::function<void()>& f) {
  auto now = [] {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
  };
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    const double a = now();
    f();
    t.push_back(now() - a);
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

// Minor page faults of this process so far: first touches of fresh memory, which the
// kernel pays for (a large input that needs fresh pages on every run is slower per byte).
long minor_faults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The --serve loop: one request a line, one answer a line, until stdin ends.
int serve() {
  std::string path_of_text;
  std::string text;
  char line[4096];
  while (std::fgets(line, sizeof line, stdin)) {
    std::string request(line);
    const auto space = request.rfind(' ');
    if (space == std::string::npos) return 2;
    const std::string path = request.substr(0, space);
    const int runs = std::max(1, std::atoi(request.c_str() + space + 1));
    if (path != path_of_text) {
      text = read_file(path);
      path_of_text = path;
      for (int i = 0; i < 2; ++i) (void)galley::reflow(text);
    }
    std::printf("%.3f\n", median_seconds(runs, [&] { (void)galley::reflow(text); }) * 1e3);
    std::fflush(stdout);
  }
  return 0;
}

// One of each, for an instruction count (bench/instructions.py reads each function's cost).
int once(const std::filesystem::path& path) {
  const std::string text = read_file(path);
  const galley::result r = galley::reflow(text);
  const std::string json = galley::to_json(r.document);
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                          static_cast<utf8proc_ssize_t>(text.size()), &out,
                                          static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  std::free(out);
  std::printf("{\"bytes\":%zu,\"json_bytes\":%zu,\"nfc_bytes\":%td}\n", text.size(), json.size(), n);
  return r ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: galley_bench INPUT_DIR | galley_bench --serve | galley_bench --once PATH\n");
    return 2;
  }
  // With the memory the CLI gives inputs of 1 MB and more: huge pages (cli/huge_pages.hpp;
  // GALLEY_HUGE_PAGES=0 to measure without).
  galley::cli::restart_with_huge_pages(argv);
  if (std::string_view(argv[1]) == "--serve") return serve();
  if (std::string_view(argv[1]) == "--once" && argc == 3) return once(argv[2]);
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(argv[1]))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const std::string text = read_file(path);
    const int runs = text.size() > (4u << 20) ? 3 : text.size() > (512u << 10) ? 5 : 21;
#ifdef __EMSCRIPTEN__
    // Built as the module is (galley_bench_wasm): V8 runs the code in its baseline tier
    // until the optimised code arrives, as bench/wasm.mjs finds; a second of calls first.
    for (auto start = clock_type::now(); clock_type::now() - start < std::chrono::seconds(1);) (void)galley::reflow(text);
#endif
    const long faults_before = minor_faults();
    const double whole = median_seconds(runs, [&] { (void)galley::reflow(text); });
    const long faults = (minor_faults() - faults_before) / runs;
    const double whole_cpu = median_cpu_seconds(runs, [&] { (void)galley::reflow(text); });
    const double nfc = median_seconds(runs, [&] {
      utf8proc_uint8_t* out = nullptr;
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
      std::free(out);
    });
    // Stage by stage, on one run's intermediate results, page by page as reflow() reads them.
    using namespace galley::detail;
    galley::options opts;
    galley::document doc;
    std::vector<std::string_view> pages;
    for (std::size_t from = 0;;) {
      const std::size_t end = page_end(text, from);
      pages.push_back(std::string_view(text).substr(from, end - from));
      if (end == text.size()) break;
      from = end + 1;
    }
    const std::size_t n = pages.size();
    std::vector<page_text> t(n);
    std::vector<measured_lines> measured(n);
    std::vector<layout> lay(n);
    std::vector<line_roles> roles(n);
    std::vector<std::vector<unit>> units(n);
    // (Each stage over every page in one timing.)
    auto each_page = [n](const std::function<void(std::size_t)>& f) {
      return [n, &f] { for (std::size_t p = 0; p < n; ++p) f(p); };
    };
    const std::function<void(std::size_t)> text_stage = [&](std::size_t p) { t[p] = decode_page(pages[p], doc.stats); };
    // (The lines' code points, decoded for the roles and units stages as they are measured,
    // count with the lines.)
    const std::function<void(std::size_t)> lines_stage = [&](std::size_t p) { measured[p] = measure_lines(t[p]); };
    const std::function<void(std::size_t)> layout_stage = [&](std::size_t p) { lay[p] = analyse_layout(measured[p].lines, opts.language); };
    const std::function<void(std::size_t)> roles_stage = [&](std::size_t p) {
      roles[p] = assign_roles(t[p], measured[p].lines, measured[p].chars, lay[p], opts, nullptr);
    };
    const std::function<void(std::size_t)> units_stage = [&](std::size_t p) {
      units[p] = build_units(t[p], measured[p].lines, measured[p].chars, lay[p], roles[p], opts, doc.stats);
    };
    articles_scratch scratch;  // (kept from page to page, as reflow() keeps it)
    const std::function<void(std::size_t)> articles_stage = [&](std::size_t p) {
      galley::document d;
      d.stats.input_bytes = pages[p].size();  // the work budget scales with it
      assemble_articles(units[p], lay[p], opts, d, scratch);
    };
    const double t_text = median_seconds(runs, [&] { doc = {}; each_page(text_stage)(); });
    const double t_lines = median_seconds(runs, each_page(lines_stage));
    const double t_layout = median_seconds(runs, each_page(layout_stage));
    const double t_roles = median_seconds(runs, each_page(roles_stage));
    const double t_units = median_seconds(runs, each_page(units_stage));
    const double t_articles = median_seconds(runs, each_page(articles_stage));
    std::size_t line_count = 0;
    for (const page_text& p : t) line_count += p.line_count();
    // (Timed on its own: the difference of two medians of whole runs was mostly noise.)
    const galley::document reflowed = galley::reflow(text).document;
    const double t_render = median_seconds(runs, [&] { (void)galley::to_json(reflowed); });
    const double mb = static_cast<double>(text.size()) / 1e6;
    std::printf("{\"input\":\"%s\",\"bytes\":%zu,\"lines\":%zu,\"ms\":%.3f,\"mb_per_s\":%.1f,\"nfc_ms\":%.3f,"
                "\"nfc_mb_per_s\":%.1f,\"stages_ms\":{\"text\":%.3f,\"lines\":%.3f,\"layout\":%.3f,\"roles\":%.3f,"
                "\"units\":%.3f,\"articles\":%.3f,\"render_json\":%.3f},\"faults_per_run\":%ld,\"cpu_ms\":%.3f,"
                "\"huge_pages\":%s}\n",
                path.stem().c_str(), text.size(), line_count, whole * 1e3, mb / whole, nfc * 1e3, mb / nfc,
                t_text * 1e3, t_lines * 1e3, t_layout * 1e3, t_roles * 1e3, t_units * 1e3, t_articles * 1e3,
                t_render * 1e3, faults, whole_cpu * 1e3,
                galley::cli::huge_pages_requested() ? "true" : "false");
    std::fflush(stdout);
  }
  // Scaling measured in alternation: this machine's speed drifts by up to 2x within a
  // minute, and the medians above time the 1 MB and the 10 MB document seconds apart. Each
  // round times one reflow of each; the ratio of each round, and their median.
  for (const char* lang : {"zh", "en"}) {
    const auto small = std::filesystem::path(argv[1]) / (std::string(lang) + "-1MB.txt");
    const auto large = std::filesystem::path(argv[1]) / (std::string(lang) + "-10MB.txt");
    if (!std::filesystem::exists(small) || !std::filesystem::exists(large)) continue;
    const std::string a = read_file(small), b = read_file(large);
    std::vector<double> ratios;
    for (int round = 0; round < 7; ++round) {
      const double ta = median_seconds(1, [&] { (void)galley::reflow(a); });
      const double tb = median_seconds(1, [&] { (void)galley::reflow(b); });
      ratios.push_back(tb / ta);
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("{\"scaling\":\"%s\",\"median\":%.2f,\"low\":%.2f,\"high\":%.2f}\n", lang, ratios[ratios.size() / 2],
                ratios.front(), ratios.back());
  }
  return 0;
}
