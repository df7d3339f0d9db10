// Comment stripping honours the three literal kinds so `"//"` in a string is not a comment.
#include "go_source_scan.h"

#include <cctype>
#include <sstream>

namespace marmot::gosuite {
namespace {

bool isIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Skips a literal starting at text[i] (a quote) and returns the index after it.
size_t skipLiteral(const std::string &text, size_t i) {
  char quote = text[i];
  size_t j = i + 1;
  while (j < text.size() && text[j] != quote) {
    if (quote != '`' && text[j] == '\\') ++j;
    if (quote != '`' && text[j] == '\n') break;  // malformed: stop at the end of the line
    ++j;
  }
  return j < text.size() ? j + 1 : j;
}

std::string unquote(const std::string &s) {
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '`')) return s.substr(1, s.size() - 2);
  return s;
}

}  // namespace

std::string stripComments(const std::string &source) {
  std::string out = source;
  size_t i = 0;
  while (i < out.size()) {
    char c = out[i];
    if (c == '"' || c == '\'' || c == '`') {
      i = skipLiteral(out, i);
    } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '/') {
      while (i < out.size() && out[i] != '\n') out[i++] = ' ';
    } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '*') {
      size_t end = out.find("*/", i + 2);
      end = end == std::string::npos ? out.size() : end + 2;
      for (; i < end; ++i)
        if (out[i] != '\n') out[i] = ' ';
    } else {
      ++i;
    }
  }
  return out;
}

std::string blankLiterals(const std::string &code) {
  std::string out = code;
  for (size_t i = 0; i < out.size();) {
    char c = out[i];
    if (c != '"' && c != '\'' && c != '`') {
      ++i;
      continue;
    }
    size_t end = skipLiteral(out, i);
    for (size_t j = i + 1; j + 1 < end; ++j)
      if (out[j] != '\n') out[j] = ' ';
    i = end;
  }
  return out;
}

std::vector<std::string> importedPaths(const std::string &code) {
  std::vector<std::string> paths;
  std::istringstream in(code);
  std::string line;
  bool inBlock = false;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::vector<std::string> w;
    for (std::string word; words >> word;) w.push_back(word);
    if (w.empty()) continue;
    if (inBlock) {
      if (w[0] == ")") {
        inBlock = false;
        continue;
      }
      paths.push_back(unquote(w.back()));
    } else if (w[0] == "import") {
      if (w.size() >= 2 && w[1] == "(") inBlock = true;
      else if (w.size() >= 2 && w[1].rfind("(", 0) == 0) paths.push_back(unquote(w.back().substr(0, w.back().find(')'))));
      else if (w.size() >= 2) paths.push_back(unquote(w.back()));
    } else if (w[0] == "func" || w[0] == "var" || w[0] == "type" || w[0] == "const") {
      break;  // imports come before any declaration
    }
  }
  return paths;
}

std::set<std::string> qualifiedNames(const std::string &code, const std::string &qualifier) {
  std::set<std::string> names;
  const std::string needle = qualifier + ".";
  for (size_t at = code.find(needle); at != std::string::npos; at = code.find(needle, at + 1)) {
    if (at > 0 && (isIdentChar(code[at - 1]) || code[at - 1] == '.')) continue;
    size_t start = at + needle.size(), end = start;
    while (end < code.size() && isIdentChar(code[end])) ++end;
    if (end > start) names.insert(code.substr(start, end - start));
  }
  return names;
}

int lineOf(const std::string &text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

}  // namespace marmot::gosuite
