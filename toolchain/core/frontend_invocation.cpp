// Front-end process handling: argument vector, exit codes, diagnostics.
#include "frontend_invocation.h"

#include "process.h"

namespace marmot::toolchain {

std::vector<std::string> frontendArguments(const InstallLayout &layout, const Target &target, const FrontendRequest &request) {
  std::string tags;
  for (const auto &tag : target.buildTags) tags += (tags.empty() ? "" : ",") + tag;
  return {layout.frontend(), "-goroot", layout.goroot, "-overlay", layout.gorootOverlay(),
          "-goos", target.goos, "-goarch", target.goarch, "-tags", tags,
          "-triple", target.llvmTarget, "-gc", request.gc, "-opt", request.optLevel, "-stack-size", std::to_string(request.stackSize),
          "-dir", request.workDir, "-o", request.outputIr, request.package};
}

Result<std::vector<Diagnostic>> runFrontend(const InstallLayout &layout, const Target &target, const FrontendRequest &request) {
  using R = Result<std::vector<Diagnostic>>;
  auto run = runProcess(frontendArguments(layout, target, request), ProcessOptions{true, true, request.workDir, 300});
  if (!run.ok()) return R::failure("the Go front end is missing (" + run.error() + "): reinstall Marmot or rebuild it");
  const ProcessResult &p = run.value();
  if (p.exitCode == 0) return R::success({});
  if (p.exitCode == 1) {
    auto diags = Diagnostic::parseAll(p.errors);
    if (!diags.empty()) return R::success(diags);
  }
  std::string message = p.errors.empty() ? p.output : p.errors;
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  if (message.empty()) message = "the Go front end stopped unexpectedly (exit status " + std::to_string(p.exitCode) + ")";
  return R::failure(message);
}

}  // namespace marmot::toolchain
