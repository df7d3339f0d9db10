// ELF load segments to BIN, Intel HEX and UF2 (Microsoft's USB flashing format).
#include "elf_image.h"

#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Support/MemoryBuffer.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace marmot::toolchain {

OutputFormat outputFormatFor(const std::string &path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  if (ext == ".bin") return OutputFormat::Bin;
  if (ext == ".hex") return OutputFormat::Hex;
  if (ext == ".uf2") return OutputFormat::Uf2;
  return OutputFormat::Elf;
}

Result<std::vector<ImageSegment>> readLoadSegments(const std::string &elfPath) {
  using R = Result<std::vector<ImageSegment>>;
  auto buffer = llvm::MemoryBuffer::getFile(elfPath);
  if (!buffer) return R::failure("cannot read " + elfPath + ": " + buffer.getError().message());
  auto elf = llvm::object::ELF32LEFile::create((*buffer)->getBuffer());
  if (!elf) return R::failure(elfPath + " is not a 32-bit ELF file: " + llvm::toString(elf.takeError()));
  auto headers = elf->program_headers();
  if (!headers) return R::failure(elfPath + ": " + llvm::toString(headers.takeError()));
  std::vector<ImageSegment> out;
  llvm::StringRef data = (*buffer)->getBuffer();
  for (const auto &ph : *headers) {
    if (ph.p_type != llvm::ELF::PT_LOAD || ph.p_filesz == 0) continue;
    if (ph.p_offset + ph.p_filesz > data.size()) return R::failure(elfPath + ": truncated segment");
    ImageSegment seg;
    seg.address = ph.p_paddr;
    seg.bytes.assign(data.begin() + ph.p_offset, data.begin() + ph.p_offset + ph.p_filesz);
    out.push_back(std::move(seg));
  }
  std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.address < b.address; });
  return R::success(std::move(out));
}

std::vector<uint8_t> toBinary(const std::vector<ImageSegment> &segments) {
  if (segments.empty()) return {};
  uint64_t base = segments.front().address, end = base;
  for (const auto &s : segments) end = std::max(end, s.address + s.bytes.size());
  std::vector<uint8_t> out(end - base, 0xFF);
  for (const auto &s : segments) std::copy(s.bytes.begin(), s.bytes.end(), out.begin() + (s.address - base));
  return out;
}

namespace {

std::string hexRecord(uint8_t type, uint16_t address, const uint8_t *bytes, size_t n) {
  char buf[16];
  uint8_t sum = static_cast<uint8_t>(n + (address >> 8) + (address & 0xFF) + type);
  std::string line = ":";
  std::snprintf(buf, sizeof buf, "%02X%04X%02X", static_cast<unsigned>(n), address, type);
  line += buf;
  for (size_t i = 0; i < n; ++i) {
    std::snprintf(buf, sizeof buf, "%02X", bytes[i]);
    line += buf;
    sum += bytes[i];
  }
  std::snprintf(buf, sizeof buf, "%02X", static_cast<uint8_t>(-sum) & 0xFF);
  return line + buf + "\n";
}

void put32(std::vector<uint8_t> &v, size_t at, uint32_t x) {
  for (int i = 0; i < 4; ++i) v[at + i] = static_cast<uint8_t>(x >> (8 * i));
}

}  // namespace

std::string toIntelHex(const std::vector<ImageSegment> &segments) {
  std::string out;
  uint32_t upper = 0xFFFFFFFF;
  for (const auto &s : segments) {
    for (size_t off = 0; off < s.bytes.size();) {
      uint32_t addr = static_cast<uint32_t>(s.address + off);
      if ((addr >> 16) != upper) {
        upper = addr >> 16;
        uint8_t ext[2] = {static_cast<uint8_t>(upper >> 8), static_cast<uint8_t>(upper)};
        out += hexRecord(0x04, 0, ext, 2);
      }
      // A record never crosses a 64 KiB boundary.
      size_t n = std::min<size_t>({16, s.bytes.size() - off, 0x10000 - (addr & 0xFFFF)});
      out += hexRecord(0x00, addr & 0xFFFF, s.bytes.data() + off, n);
      off += n;
    }
  }
  out += ":00000001FF\n";
  return out;
}

std::vector<uint8_t> toUf2(const std::vector<ImageSegment> &segments, uint32_t familyId) {
  constexpr size_t payload = 256;
  struct Chunk { uint32_t address; std::vector<uint8_t> bytes; };
  std::vector<Chunk> chunks;
  for (const auto &s : segments)
    for (size_t off = 0; off < s.bytes.size(); off += payload) {
      Chunk c{static_cast<uint32_t>(s.address + off), {}};
      c.bytes.assign(s.bytes.begin() + off, s.bytes.begin() + std::min(s.bytes.size(), off + payload));
      c.bytes.resize(payload, 0xFF);
      chunks.push_back(std::move(c));
    }
  std::vector<uint8_t> out(chunks.size() * 512, 0);
  for (size_t i = 0; i < chunks.size(); ++i) {
    size_t b = i * 512;
    put32(out, b + 0, 0x0A324655);
    put32(out, b + 4, 0x9E5D5157);
    put32(out, b + 8, familyId ? 0x00002000 : 0);
    put32(out, b + 12, chunks[i].address);
    put32(out, b + 16, payload);
    put32(out, b + 20, static_cast<uint32_t>(i));
    put32(out, b + 24, static_cast<uint32_t>(chunks.size()));
    put32(out, b + 28, familyId);
    std::copy(chunks[i].bytes.begin(), chunks[i].bytes.end(), out.begin() + b + 32);
    put32(out, b + 508, 0x0AB16F30);
  }
  return out;
}

Result<bool> writeImage(const std::string &elfPath, OutputFormat format, const std::string &outPath, uint32_t uf2FamilyId) {
  std::error_code ec;
  if (format == OutputFormat::Elf) {
    if (std::filesystem::absolute(elfPath, ec) == std::filesystem::absolute(outPath, ec)) return Result<bool>::success(true);
    std::filesystem::copy_file(elfPath, outPath, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) return Result<bool>::failure("cannot write " + outPath + ": " + ec.message());
    return Result<bool>::success(true);
  }
  auto segments = readLoadSegments(elfPath);
  if (!segments.ok()) return Result<bool>::failure(segments.error());
  std::ofstream out(outPath, std::ios::binary | std::ios::trunc);
  if (!out) return Result<bool>::failure("cannot write " + outPath);
  if (format == OutputFormat::Hex) {
    out << toIntelHex(segments.value());
  } else {
    auto bytes = format == OutputFormat::Bin ? toBinary(segments.value()) : toUf2(segments.value(), uf2FamilyId);
    out.write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  }
  if (!out) return Result<bool>::failure("cannot write " + outPath);
  return Result<bool>::success(true);
}

}  // namespace marmot::toolchain
