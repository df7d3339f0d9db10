// marmot-bench: prints Marmot's performance figures beside their anchors, measured side by
// side in one run: blinky flash/RAM against a C program, exact instruction counts under
// QEMU -icount (start-up, goroutine switch by channel and by Gosched, channel, allocation),
// and compile times.
// usage: marmot-bench [-section size|instructions|compile]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "builder.h"
#include "elf_symbols.h"
#include "instruction_trace.h"
#include "reference_c.h"

namespace fs = std::filesystem;
using namespace marmot::toolchain;
using namespace marmot::bench;

namespace {

struct Row {
  std::string what, figure, anchor, verdict;
};

void printTable(const std::string &title, const std::vector<Row> &rows) {
  std::printf("\n%s\n", title.c_str());
  std::printf("%-46s %-22s %-30s %s\n", "measure", "figure", "anchor", "");
  for (const auto &r : rows) std::printf("%-46s %-22s %-30s %s\n", r.what.c_str(), r.figure.c_str(), r.anchor.c_str(), r.verdict.c_str());
  std::fflush(stdout);
}

std::string verdict(bool ok) { return ok ? "meets" : "MISSES"; }

struct Context {
  InstallLayout layout;
  std::string benchDir;
  std::string scratch;
};

// Firmware as it is flashed to the board (targets that only exist in emulation: as they run).
Result<BuildResult> buildGo(const Context &ctx, const std::string &target, const std::string &program,
                            bool panicTrap = false) {
  BuildRequest req;
  req.runsOn = RunsOn::Board;
  req.panicTrap = panicTrap;
  req.target = target;
  req.package = program;
  req.optLevel = "z";
  BuildResult r = Builder(ctx.layout).build(req);
  if (!r.ok) {
    std::string msg;
    for (const auto &d : r.diagnostics) msg += d.toString() + "\n";
    return Result<BuildResult>::failure(msg);
  }
  return Result<BuildResult>::success(r);
}

// Writes programs/NAME.go.in with N substituted to scratch and returns its path.
std::string instantiate(const Context &ctx, const std::string &name, int n) {
  std::ifstream in(ctx.benchDir + "/programs/" + name + ".go.in");
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  text.replace(text.find("@N@"), 3, std::to_string(n));
  std::string dir = ctx.scratch + "/" + name + "-" + std::to_string(n);
  fs::create_directories(dir);
  std::ofstream(dir + "/main.go") << text;
  return dir + "/main.go";
}

void sizeSection(const Context &ctx) {
  std::vector<Row> rows;
  for (const char *board : {"microbit", "cortex-m-qemu"}) {
    auto target = Builder(ctx.layout).target(board).value();
    auto go = buildGo(ctx, board, ctx.benchDir + "/programs/blinky.go");
    bool isMicrobit = std::string(board) == "microbit";
    // The C reference drives nRF51 registers: it is built for the micro:bit only.
    auto c = isMicrobit ? buildReferenceC(target, ctx.benchDir, "blinky_nrf51.c", ctx.scratch + "/blinky-c.elf")
                        : Result<std::string>::failure("");
    if (!go.ok()) {
      rows.push_back({std::string("blinky on ") + board, "build failed", "", go.error().substr(0, 200)});
      continue;
    }
    const SizeReport &g = go.value().size;
    rows.push_back({std::string("blinky flash, Go, ") + board, std::to_string(g.flash()) + " B",
                    isMicrobit ? "<= 3000 B (TinyGo 0.33: 3128)" : "", isMicrobit ? verdict(g.flash() <= 3000) : ""});
    rows.push_back({std::string("blinky RAM, Go, ") + board, std::to_string(g.ram()) + " B",
                    isMicrobit ? "<= 2300 B (TinyGo 0.33: 2264)" : "", isMicrobit ? verdict(g.ram() <= 2300) : ""});
    // -panic=trap stops on a panic or fault without a message, as the C program does.
    std::optional<uint64_t> trapFlash;
    if (isMicrobit) {
      auto trap = buildGo(ctx, board, ctx.benchDir + "/programs/blinky.go", true);
      if (trap.ok()) trapFlash = trap.value().size.flash();
      rows.push_back({std::string("blinky flash, Go -panic=trap, ") + board,
                      trap.ok() ? std::to_string(*trapFlash) + " B" : "build failed", "",
                      trap.ok() ? "" : trap.error().substr(0, 200)});
    }
    if (c.ok()) {
      auto cs = measureElf(c.value());
      if (cs.ok()) {
        double cFlash = double(std::max<uint64_t>(1, cs.value().flash()));
        rows.push_back({std::string("blinky flash, C clang-15 -Os, ") + board,
                        std::to_string(cs.value().flash()) + " B", "", ""});
        rows.push_back({std::string("blinky RAM, C clang-15 -Os, ") + board, std::to_string(cs.value().ram()) + " B (incl. stack)", "", ""});
        char buf[64];
        if (trapFlash) {
          double ratio = double(*trapFlash) / cFlash;
          std::snprintf(buf, sizeof buf, "%.2fx", ratio);
          rows.push_back({"Go/C flash, like for like (-panic=trap)", buf, "Go <= 3x C", verdict(ratio <= 3.0)});
        }
        std::snprintf(buf, sizeof buf, "%.2fx", double(g.flash()) / cFlash);
        rows.push_back({"Go/C flash, Go with panic/fault messages", buf, "(C reports nothing)", ""});
      }
    } else if (isMicrobit) {
      rows.push_back({std::string("blinky, C, ") + board, "build failed", "", c.error().substr(0, 200)});
    }
  }
  printTable("Blinky size (bytes; RAM = data + bss + reserved stack)", rows);
}

Result<uint64_t> instructionsToSymbol(const Context &ctx, const Target &t, const std::string &elf, const std::string &symbol,
                                      uint64_t *total = nullptr) {
  auto syms = readElfSymbols(elf);
  if (!syms.ok()) return Result<uint64_t>::failure(syms.error());
  auto it = syms.value().find(symbol);
  if (it == syms.value().end()) return Result<uint64_t>::failure(symbol + " not found in " + elf);
  auto counts = countInstructions(t, elf, {it->second.address}, ctx.scratch);
  if (!counts.ok()) return Result<uint64_t>::failure(counts.error());
  if (total) *total = counts.value().total;
  return Result<uint64_t>::success(counts.value().firstReached[0]);
}

// Instructions per operation: (I(n2) - I(n1)) / (n2 - n1) / perIteration, measured from
// main.main to the end of the program, so start-up and fixed costs cancel.
Result<double> perOperation(const Context &ctx, const Target &t, const std::string &program, int n1, int n2, double perIteration) {
  uint64_t totals[2] = {0, 0}, starts[2] = {0, 0};
  int ns[2] = {n1, n2};
  for (int i = 0; i < 2; ++i) {
    auto built = buildGo(ctx, t.name, instantiate(ctx, program, ns[i]));
    if (!built.ok()) return Result<double>::failure(built.error());
    auto start = instructionsToSymbol(ctx, t, built.value().elfPath, "main.main", &totals[i]);
    if (!start.ok()) return Result<double>::failure(start.error());
    starts[i] = start.value();
  }
  double delta = double(totals[1] - starts[1]) - double(totals[0] - starts[0]);
  return Result<double>::success(delta / double(n2 - n1) / perIteration);
}

void instructionSection(const Context &ctx) {
  std::vector<Row> rows;
  auto t = Builder(ctx.layout).target("cortex-m-qemu").value();
  char buf[96];

  uint64_t cStart = 0;
  auto cElf = buildReferenceC(t, ctx.benchDir, "empty_main.c", ctx.scratch + "/empty-c.elf");
  if (cElf.ok()) {
    auto n = instructionsToSymbol(ctx, t, cElf.value(), "main");
    if (n.ok()) cStart = n.value();
    rows.push_back({"start-up, C: reset to main", n.ok() ? std::to_string(n.value()) : "failed", "", n.ok() ? "" : n.error().substr(0, 120)});
  }
  auto goEmpty = buildGo(ctx, "cortex-m-qemu", ctx.benchDir + "/programs/empty.go");
  if (goEmpty.ok()) {
    auto toMain = instructionsToSymbol(ctx, t, goEmpty.value().elfPath, "main.main");
    auto toInit = instructionsToSymbol(ctx, t, goEmpty.value().elfPath, "runtime.callMain");
    if (toMain.ok() && toInit.ok()) {
      uint64_t runtimePart = toInit.value(), initPart = toMain.value() - toInit.value();
      rows.push_back({"start-up, Go: reset to runtime.callMain", std::to_string(runtimePart), "<= 2x C (" + std::to_string(2 * cStart) + ")",
                      cStart ? verdict(runtimePart <= 2 * cStart) : ""});
      rows.push_back({"start-up, Go: package initialisation", std::to_string(initPart), "(the program's own)", ""});
      rows.push_back({"start-up, Go: reset to main.main", std::to_string(toMain.value()), "", ""});
    } else {
      rows.push_back({"start-up, Go", "failed", "", (toMain.ok() ? toInit.error() : toMain.error()).substr(0, 120)});
    }
  } else {
    rows.push_back({"start-up, Go", "build failed", "", goEmpty.error().substr(0, 160)});
  }

  struct Op { const char *label, *program; double perIteration; const char *anchor; double bar; };
  const Op ops[] = {
      {"goroutine switch (unbuffered ping-pong)", "pingpong", 2.0, "<= 60 instructions", 60},
      {"goroutine switch (runtime.Gosched)", "gosched", 2.0, "", 0},
      {"channel send+receive (buffered, no switch)", "chansendrecv", 1.0, "", 0},
      {"allocation (16 B object, GC amortised)", "alloc", 1.0, "", 0},
  };
  for (const Op &op : ops) {
    auto r = perOperation(ctx, t, op.program, 200, 1200, op.perIteration);
    if (r.ok()) {
      std::snprintf(buf, sizeof buf, "%.1f", r.value());
      rows.push_back({op.label, buf, op.anchor, op.bar > 0 ? verdict(r.value() <= op.bar) : ""});
    } else {
      rows.push_back({op.label, "failed", op.anchor, r.error().substr(0, 160)});
    }
  }
  printTable("Instructions on the emulated Cortex-M3 (QEMU -icount shift=0, exact)", rows);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

void compileSection(const Context &ctx) {
  std::vector<Row> rows;
  std::string project = ctx.scratch + "/compile-blinky";
  fs::create_directories(project);
  fs::copy_file(ctx.benchDir + "/programs/blinky.go", project + "/main.go", fs::copy_options::overwrite_existing);
  auto timeBuild = [&](bool cold, int variant) {
    if (cold) fs::remove_all(ctx.scratch + "/cache");
    // "One line changed": the sleep duration differs between builds.
    std::ifstream in(ctx.benchDir + "/programs/blinky.go");
    std::stringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    auto at = text.find("500 * time.Millisecond");
    text.replace(at, 3, std::to_string(500 + variant));
    std::ofstream(project + "/main.go") << text;
    auto start = std::chrono::steady_clock::now();
    auto r = buildGo(ctx, "microbit", project);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r.ok() ? secs : -1.0;
  };
  std::vector<double> cold, warm;
  for (int i = 0; i < 5; ++i) {
    cold.push_back(timeBuild(true, i));
    warm.push_back(timeBuild(false, 10 + i));
  }
  char buf[96];
  bool coldOk = *std::min_element(cold.begin(), cold.end()) >= 0, warmOk = *std::min_element(warm.begin(), warm.end()) >= 0;
  std::snprintf(buf, sizeof buf, "median %.2f s (min %.2f, max %.2f)", median(cold), *std::min_element(cold.begin(), cold.end()),
                *std::max_element(cold.begin(), cold.end()));
  rows.push_back({"compile blinky, cold (empty cache), 5 runs", coldOk ? buf : "build failed", "<= 20 s", coldOk ? verdict(median(cold) <= 20) : ""});
  std::snprintf(buf, sizeof buf, "median %.2f s (min %.2f, max %.2f)", median(warm), *std::min_element(warm.begin(), warm.end()),
                *std::max_element(warm.begin(), warm.end()));
  rows.push_back({"compile blinky, warm (one line changed)", warmOk ? buf : "build failed", "<= 1.5 s", warmOk ? verdict(median(warm) <= 1.5) : ""});
  printTable("Compile time on this machine (2 cores)", rows);
}

}  // namespace

int main(int argc, char **argv) {
  std::string only = argc == 3 && std::string(argv[1]) == "-section" ? argv[2] : "";
  Context ctx;
  ctx.layout = InstallLayout::fromExecutable(argv[0]);
  ctx.benchDir = MARMOT_BENCH_DIR;
  ctx.scratch = (fs::temp_directory_path() / ("marmot-bench-" + std::to_string(::getpid()))).string();
  fs::create_directories(ctx.scratch);
  setenv("XDG_CACHE_HOME", (ctx.scratch + "/cache").c_str(), 1);
  std::printf("marmot-bench: figures measured in one run on this machine\n");
  if (only.empty() || only == "size") sizeSection(ctx);
  if (only.empty() || only == "instructions") instructionSection(ctx);
  if (only.empty() || only == "compile") compileSection(ctx);
  fs::remove_all(ctx.scratch);
  return 0;
}
