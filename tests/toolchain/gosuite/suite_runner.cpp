// A fixed pool of worker threads pulls the next index from an atomic counter; finished
// outcomes are released to the sink as soon as every earlier test has finished too.
#include "suite_runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace marmot::gosuite {

std::vector<TestOutcome> runSuite(const std::vector<SuiteTest> &tests, const Board &board, unsigned jobs,
                                  const RunFunction &run, const OutcomeSink &sink) {
  std::vector<TestOutcome> outcomes(tests.size());
  std::vector<bool> done(tests.size(), false);
  std::vector<size_t> toRun;
  for (size_t i = 0; i < tests.size(); ++i) {
    std::string reason = skipReason(tests[i].name, tests[i].source, tests[i].header, board);
    if (reason.empty()) {
      toRun.push_back(i);
    } else {
      outcomes[i].kind = TestOutcome::Skip;
      outcomes[i].reason = reason;
      done[i] = true;
    }
  }

  std::mutex mutex;
  size_t nextToReport = 0;
  auto release = [&] {  // with `mutex` held
    while (nextToReport < tests.size() && done[nextToReport]) {
      if (sink) sink(tests[nextToReport], outcomes[nextToReport]);
      ++nextToReport;
    }
  };
  {
    std::lock_guard<std::mutex> lock(mutex);
    release();
  }

  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t k = next++; k < toRun.size(); k = next++) {
      size_t i = toRun[k];
      auto start = std::chrono::steady_clock::now();
      RunFacts facts = run(tests[i]);
      TestOutcome outcome;
      outcome.reason = judgeRun(facts, tests[i].expectedOutput);
      outcome.kind = outcome.reason.empty() ? TestOutcome::Pass : TestOutcome::Fail;
      outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::lock_guard<std::mutex> lock(mutex);
      outcomes[i] = outcome;
      done[i] = true;
      release();
    }
  };
  unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(toRun.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto &thread : pool) thread.join();
  return outcomes;
}

}  // namespace marmot::gosuite
