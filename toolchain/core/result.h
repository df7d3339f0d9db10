// Errors are values: a small result type for toolchain operations that can fail with a
// message a user can act on.
#pragma once
#include <string>
#include <utility>

namespace marmot::toolchain {

template <typename T>
class Result {
 public:
  static Result success(T value) { return Result(std::move(value), {}); }
  static Result failure(std::string message) { return Result(T{}, std::move(message)); }
  bool ok() const { return m_error.empty(); }
  const T &value() const { return m_value; }
  T &value() { return m_value; }
  const std::string &error() const { return m_error; }

 private:
  Result(T value, std::string error) : m_value(std::move(value)), m_error(std::move(error)) {}
  T m_value;
  std::string m_error;
};

}  // namespace marmot::toolchain
