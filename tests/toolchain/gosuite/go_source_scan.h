// Light lexical scanning of one Go source file: comments removed, imported paths, and the
// names used after a package qualifier (`os.Exit`). Enough for skip decisions, not a parser.
#pragma once
#include <set>
#include <string>
#include <vector>

namespace marmot::gosuite {

// The source with comments replaced by spaces (newlines kept, so line numbers still hold);
// string, rune and raw-string literals are left as they are.
std::string stripComments(const std::string &source);

// The code with the contents of string, rune and raw-string literals replaced by spaces.
std::string blankLiterals(const std::string &codeWithoutComments);

// Import paths, in order, from `import "p"`, `import name "p"` and `import ( ... )` blocks.
std::vector<std::string> importedPaths(const std::string &codeWithoutComments);

// Identifiers X used as `qualifier.X` (qualifier not itself part of a longer name).
std::set<std::string> qualifiedNames(const std::string &codeWithoutComments, const std::string &qualifier);

// 1-based line number of a byte offset.
int lineOf(const std::string &text, size_t offset);

}  // namespace marmot::gosuite
