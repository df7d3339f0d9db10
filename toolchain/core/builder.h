// Build orchestration: front end -> IR compile -> link -> image -> size.
#pragma once
#include "build_request.h"
#include "install_layout.h"
#include "result.h"
#include "target.h"

namespace marmot::toolchain {

class Builder {
 public:
  explicit Builder(InstallLayout layout);

  BuildResult build(const BuildRequest &request) const;
  Result<Target> target(const std::string &name) const;
  const InstallLayout &layout() const { return m_layout; }

 private:
  InstallLayout m_layout;
};

// The folder for intermediate files of one build: $XDG_CACHE_HOME/marmot/builds/<key>
// (or ~/.cache/...). Created on demand.
std::string buildCacheDir(const std::string &key);

}  // namespace marmot::toolchain
