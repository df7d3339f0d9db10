// Flash/RAM accounting from ELF sections, attributed to Go packages through symbols.
#include "size_report.h"

#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Support/MemoryBuffer.h>

#include <cstdio>
#include <vector>

namespace marmot::toolchain {
namespace {

enum class Kind { None, Code, Rodata, Data, Bss };

template <typename Shdr>
Kind sectionKind(const Shdr &s) {
  if (!(s.sh_flags & llvm::ELF::SHF_ALLOC) || s.sh_size == 0) return Kind::None;
  if (s.sh_type == llvm::ELF::SHT_NOBITS) return Kind::Bss;
  if (s.sh_flags & llvm::ELF::SHF_EXECINSTR) return Kind::Code;
  if (s.sh_flags & llvm::ELF::SHF_WRITE) return Kind::Data;
  return Kind::Rodata;
}

void add(PackageSize &p, Kind k, uint64_t n) {
  switch (k) {
    case Kind::Code: p.code += n; break;
    case Kind::Rodata: p.rodata += n; break;
    case Kind::Data: p.data += n; break;
    case Kind::Bss: p.bss += n; break;
    case Kind::None: break;
  }
}

}  // namespace

// "machine.(*Pin).Set" -> "machine"; "github.com/a/b.F" -> "github.com/a/b";
// "__aeabi_ldivmod" -> "libgcc"; any other name without a package -> "runtime (C)".
std::string packageOfSymbol(const std::string &name) {
  std::string n = name;
  if (n.rfind("type:", 0) == 0) n = n.substr(5);
  size_t slash = n.rfind('/', n.find_first_of("(["));
  size_t dot = n.find('.', slash == std::string::npos ? 0 : slash);
  if (dot == std::string::npos || dot == 0) return n.rfind("__", 0) == 0 ? "libgcc" : "runtime (C)";
  // C statics come out as "function.variable" or "name.N": not Go packages.
  bool numericSuffix = n.find_first_not_of("0123456789", dot + 1) == std::string::npos;
  if (n.rfind("rt_", 0) == 0 || numericSuffix) return "runtime (C)";
  return n.substr(0, dot);
}

Result<SizeReport> measureElf(const std::string &elfPath) {
  using R = Result<SizeReport>;
  auto buffer = llvm::MemoryBuffer::getFile(elfPath);
  if (!buffer) return R::failure("cannot read " + elfPath + ": " + buffer.getError().message());
  auto elf = llvm::object::ELF32LEFile::create((*buffer)->getBuffer());
  if (!elf) return R::failure(elfPath + " is not a 32-bit ELF file: " + llvm::toString(elf.takeError()));
  auto sections = elf->sections();
  if (!sections) return R::failure(elfPath + ": " + llvm::toString(sections.takeError()));

  SizeReport report;
  std::vector<Kind> kinds;
  std::vector<uint64_t> attributed;
  for (const auto &s : *sections) {
    Kind k = sectionKind(s);
    kinds.push_back(k);
    attributed.push_back(0);
    PackageSize totals;
    add(totals, k, s.sh_size);
    report.code += totals.code;
    report.rodata += totals.rodata;
    report.data += totals.data;
    report.bss += totals.bss;
  }
  for (const auto &s : *sections) {
    if (s.sh_type != llvm::ELF::SHT_SYMTAB) continue;
    auto symbols = elf->symbols(&s);
    auto strtab = elf->getStringTableForSymtab(s);
    if (!symbols || !strtab) break;
    for (const auto &sym : *symbols) {
      unsigned type = sym.getType();
      if ((type != llvm::ELF::STT_FUNC && type != llvm::ELF::STT_OBJECT) || sym.st_size == 0) continue;
      if (sym.st_shndx == 0 || sym.st_shndx >= kinds.size() || kinds[sym.st_shndx] == Kind::None) continue;
      auto name = sym.getName(*strtab);
      if (!name) continue;
      add(report.packages[packageOfSymbol(name->str())], kinds[sym.st_shndx], sym.st_size);
      attributed[sym.st_shndx] += sym.st_size;
    }
  }
  // Whatever no symbol covers: vector tables, padding, stacks reserved by the linker script.
  size_t i = 0;
  for (const auto &s : *sections) {
    if (kinds[i] != Kind::None && s.sh_size > attributed[i])
      add(report.packages["(other)"], kinds[i], s.sh_size - attributed[i]);
    ++i;
  }
  return R::success(std::move(report));
}

std::string formatSizeReport(const SizeReport &r, bool full) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%8s %8s %8s %8s | %8s %8s |\n", "code", "rodata", "data", "bss", "flash", "ram");
  out += line;
  if (full) {
    for (const auto &[pkg, p] : r.packages) {
      std::snprintf(line, sizeof line, "%8llu %8llu %8llu %8llu | %8llu %8llu | %s\n", (unsigned long long)p.code,
                    (unsigned long long)p.rodata, (unsigned long long)p.data, (unsigned long long)p.bss,
                    (unsigned long long)p.flash(), (unsigned long long)p.ram(), pkg.c_str());
      out += line;
    }
  }
  std::snprintf(line, sizeof line, "%8llu %8llu %8llu %8llu | %8llu %8llu |%s\n", (unsigned long long)r.code,
                (unsigned long long)r.rodata, (unsigned long long)r.data, (unsigned long long)r.bss,
                (unsigned long long)r.flash(), (unsigned long long)r.ram(), full ? " total" : "");
  out += line;
  if (r.flashCapacity && r.ramCapacity) {
    std::snprintf(line, sizeof line, "flash %llu of %llu bytes (%.1f%%), ram %llu of %llu bytes (%.1f%%)\n",
                  (unsigned long long)r.flash(), (unsigned long long)r.flashCapacity, 100.0 * r.flash() / r.flashCapacity,
                  (unsigned long long)r.ram(), (unsigned long long)r.ramCapacity, 100.0 * r.ram() / r.ramCapacity);
    out += line;
  }
  return out;
}

}  // namespace marmot::toolchain
