// Loads target descriptions (JSON with "inherits") from a folder and resolves them.
#pragma once
#include <string>
#include <vector>

#include "result.h"
#include "target.h"

namespace marmot::toolchain {

class TargetDatabase {
 public:
  explicit TargetDatabase(std::string directory);

  // Resolves one target: its own keys override inherited ones, lists are appended
  // (build-tags), and "inherits" is followed depth-first in order.
  Result<Target> load(const std::string &name) const;
  // Names of every target file, sorted.
  std::vector<std::string> names() const;
  // Buildable targets (boards), resolved; unreadable files are skipped with their error.
  std::vector<Target> boards(std::vector<std::string> *errors = nullptr) const;
  const std::string &directory() const { return m_directory; }

 private:
  std::string m_directory;
};

}  // namespace marmot::toolchain
