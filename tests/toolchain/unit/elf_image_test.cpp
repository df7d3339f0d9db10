// BIN, Intel HEX and UF2 writers on hand-made segments.
#include <gtest/gtest.h>

#include "elf_image.h"

using namespace marmot::toolchain;

TEST(ElfImage, IntelHexRecordsAndChecksums) {
  std::vector<ImageSegment> segs = {{0x0, {0x01, 0x02, 0x03}}};
  // :03 0000 00 010203 F7 ; extended address record first, EOF last.
  EXPECT_EQ(toIntelHex(segs), ":020000040000FA\n:03000000010203F7\n:00000001FF\n");
}

TEST(ElfImage, IntelHexSplitsAt64KiB) {
  std::vector<ImageSegment> segs = {{0xFFFE, {1, 2, 3, 4}}};
  std::string hex = toIntelHex(segs);
  EXPECT_NE(hex.find(":02FFFE000102"), std::string::npos);
  EXPECT_NE(hex.find(":020000040001F9"), std::string::npos);
  EXPECT_NE(hex.find(":020000000304F7"), std::string::npos);
}

TEST(ElfImage, BinaryFillsGapsWithErasedFlash) {
  std::vector<ImageSegment> segs = {{0x100, {1}}, {0x103, {2}}};
  EXPECT_EQ(toBinary(segs), (std::vector<uint8_t>{1, 0xFF, 0xFF, 2}));
}

TEST(ElfImage, Uf2BlocksCarryMagicAddressAndFamily) {
  std::vector<ImageSegment> segs = {{0x2000, std::vector<uint8_t>(300, 0xAB)}};
  auto uf2 = toUf2(segs, 0xE48BFF56);
  ASSERT_EQ(uf2.size(), 1024u);
  auto word = [&](size_t at) { return uf2[at] | uf2[at + 1] << 8 | uf2[at + 2] << 16 | uint32_t(uf2[at + 3]) << 24; };
  EXPECT_EQ(word(0), 0x0A324655u);
  EXPECT_EQ(word(4), 0x9E5D5157u);
  EXPECT_EQ(word(8), 0x2000u);
  EXPECT_EQ(word(12), 0x2000u);
  EXPECT_EQ(word(512 + 12), 0x2100u);
  EXPECT_EQ(word(512 + 20), 1u);
  EXPECT_EQ(word(512 + 24), 2u);
  EXPECT_EQ(word(28), 0xE48BFF56u);
  EXPECT_EQ(word(508), 0x0AB16F30u);
  EXPECT_EQ(uf2[512 + 32 + 43], 0xAB);
  EXPECT_EQ(uf2[512 + 32 + 44], 0xFF);
}

TEST(ElfImage, FormatFromExtension) {
  EXPECT_EQ(outputFormatFor("a.HEX"), OutputFormat::Hex);
  EXPECT_EQ(outputFormatFor("x/a.uf2"), OutputFormat::Uf2);
  EXPECT_EQ(outputFormatFor("a.bin"), OutputFormat::Bin);
  EXPECT_EQ(outputFormatFor("a"), OutputFormat::Elf);
}

TEST(ElfImage, NonElfInputIsAClearError) {
  auto r = readLoadSegments("/etc/hostname");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("not a 32-bit ELF"), std::string::npos);
}
