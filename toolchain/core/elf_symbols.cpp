// Reads the ELF symbol table with LLVM's object library.
#include "elf_symbols.h"

#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Support/MemoryBuffer.h>

namespace marmot::toolchain {

Result<std::map<std::string, ElfSymbol>> readElfSymbols(const std::string &elfPath) {
  using R = Result<std::map<std::string, ElfSymbol>>;
  auto buffer = llvm::MemoryBuffer::getFile(elfPath);
  if (!buffer) return R::failure("cannot read " + elfPath + ": " + buffer.getError().message());
  auto elf = llvm::object::ELF32LEFile::create((*buffer)->getBuffer());
  if (!elf) return R::failure(elfPath + " is not a 32-bit ELF file: " + llvm::toString(elf.takeError()));
  auto sections = elf->sections();
  if (!sections) return R::failure(elfPath + ": " + llvm::toString(sections.takeError()));
  std::map<std::string, ElfSymbol> out;
  for (const auto &s : *sections) {
    if (s.sh_type != llvm::ELF::SHT_SYMTAB) continue;
    auto symbols = elf->symbols(&s);
    auto strtab = elf->getStringTableForSymtab(s);
    if (!symbols || !strtab) return R::failure(elfPath + ": unreadable symbol table");
    for (const auto &sym : *symbols) {
      unsigned type = sym.getType();
      if (type != llvm::ELF::STT_FUNC && type != llvm::ELF::STT_OBJECT) continue;
      auto name = sym.getName(*strtab);
      if (!name || name->empty()) continue;
      ElfSymbol e;
      e.isFunction = type == llvm::ELF::STT_FUNC;
      e.address = e.isFunction ? (sym.st_value & ~1ull) : sym.st_value;
      e.size = sym.st_size;
      out.emplace(name->str(), e);
    }
  }
  return R::success(std::move(out));
}

}  // namespace marmot::toolchain
