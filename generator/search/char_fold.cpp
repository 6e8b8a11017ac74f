// Folding table and character classes for the search tokenizer (mirrors charClass/fold in search.js).
#include "search/char_fold.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace qaf::search::detail {
namespace {

struct Fold {
  char32_t cp;
  const char* folded;
};

// U+00C0..U+024F (less U+00D7 and U+00F7) mapped to what JavaScript computes in search.js:
// String.fromCodePoint(cp).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().
// The browser test checks the two agree on every entry.
constexpr Fold kFolds[] = {
    {0xC0, "a"}, {0xC1, "a"}, {0xC2, "a"}, {0xC3, "a"}, {0xC4, "a"}, {0xC5, "a"},
    {0xC6, "\xc3\xa6"}, {0xC7, "c"}, {0xC8, "e"}, {0xC9, "e"}, {0xCA, "e"}, {0xCB, "e"},
    {0xCC, "i"}, {0xCD, "i"}, {0xCE, "i"}, {0xCF, "i"}, {0xD0, "\xc3\xb0"}, {0xD1, "n"},
    {0xD2, "o"}, {0xD3, "o"}, {0xD4, "o"}, {0xD5, "o"}, {0xD6, "o"}, {0xD8, "\xc3\xb8"},
    {0xD9, "u"}, {0xDA, "u"}, {0xDB, "u"}, {0xDC, "u"}, {0xDD, "y"}, {0xDE, "\xc3\xbe"},
    {0xDF, "\xc3\x9f"}, {0xE0, "a"}, {0xE1, "a"}, {0xE2, "a"}, {0xE3, "a"}, {0xE4, "a"},
    {0xE5, "a"}, {0xE6, "\xc3\xa6"}, {0xE7, "c"}, {0xE8, "e"}, {0xE9, "e"}, {0xEA, "e"},
    {0xEB, "e"}, {0xEC, "i"}, {0xED, "i"}, {0xEE, "i"}, {0xEF, "i"}, {0xF0, "\xc3\xb0"},
    {0xF1, "n"}, {0xF2, "o"}, {0xF3, "o"}, {0xF4, "o"}, {0xF5, "o"}, {0xF6, "o"},
    {0xF8, "\xc3\xb8"}, {0xF9, "u"}, {0xFA, "u"}, {0xFB, "u"}, {0xFC, "u"}, {0xFD, "y"},
    {0xFE, "\xc3\xbe"}, {0xFF, "y"}, {0x100, "a"}, {0x101, "a"}, {0x102, "a"}, {0x103, "a"},
    {0x104, "a"}, {0x105, "a"}, {0x106, "c"}, {0x107, "c"}, {0x108, "c"}, {0x109, "c"},
    {0x10A, "c"}, {0x10B, "c"}, {0x10C, "c"}, {0x10D, "c"}, {0x10E, "d"}, {0x10F, "d"},
    {0x110, "\xc4\x91"}, {0x111, "\xc4\x91"}, {0x112, "e"}, {0x113, "e"}, {0x114, "e"},
    {0x115, "e"}, {0x116, "e"}, {0x117, "e"}, {0x118, "e"}, {0x119, "e"}, {0x11A, "e"},
    {0x11B, "e"}, {0x11C, "g"}, {0x11D, "g"}, {0x11E, "g"}, {0x11F, "g"}, {0x120, "g"},
    {0x121, "g"}, {0x122, "g"}, {0x123, "g"}, {0x124, "h"}, {0x125, "h"}, {0x126, "\xc4\xa7"},
    {0x127, "\xc4\xa7"}, {0x128, "i"}, {0x129, "i"}, {0x12A, "i"}, {0x12B, "i"}, {0x12C, "i"},
    {0x12D, "i"}, {0x12E, "i"}, {0x12F, "i"}, {0x130, "i"}, {0x131, "\xc4\xb1"},
    {0x132, "\xc4\xb3"}, {0x133, "\xc4\xb3"}, {0x134, "j"}, {0x135, "j"}, {0x136, "k"},
    {0x137, "k"}, {0x138, "\xc4\xb8"}, {0x139, "l"}, {0x13A, "l"}, {0x13B, "l"}, {0x13C, "l"},
    {0x13D, "l"}, {0x13E, "l"}, {0x13F, "\xc5\x80"}, {0x140, "\xc5\x80"}, {0x141, "\xc5\x82"},
    {0x142, "\xc5\x82"}, {0x143, "n"}, {0x144, "n"}, {0x145, "n"}, {0x146, "n"}, {0x147, "n"},
    {0x148, "n"}, {0x149, "\xc5\x89"}, {0x14A, "\xc5\x8b"}, {0x14B, "\xc5\x8b"}, {0x14C, "o"},
    {0x14D, "o"}, {0x14E, "o"}, {0x14F, "o"}, {0x150, "o"}, {0x151, "o"}, {0x152, "\xc5\x93"},
    {0x153, "\xc5\x93"}, {0x154, "r"}, {0x155, "r"}, {0x156, "r"}, {0x157, "r"}, {0x158, "r"},
    {0x159, "r"}, {0x15A, "s"}, {0x15B, "s"}, {0x15C, "s"}, {0x15D, "s"}, {0x15E, "s"},
    {0x15F, "s"}, {0x160, "s"}, {0x161, "s"}, {0x162, "t"}, {0x163, "t"}, {0x164, "t"},
    {0x165, "t"}, {0x166, "\xc5\xa7"}, {0x167, "\xc5\xa7"}, {0x168, "u"}, {0x169, "u"},
    {0x16A, "u"}, {0x16B, "u"}, {0x16C, "u"}, {0x16D, "u"}, {0x16E, "u"}, {0x16F, "u"},
    {0x170, "u"}, {0x171, "u"}, {0x172, "u"}, {0x173, "u"}, {0x174, "w"}, {0x175, "w"},
    {0x176, "y"}, {0x177, "y"}, {0x178, "y"}, {0x179, "z"}, {0x17A, "z"}, {0x17B, "z"},
    {0x17C, "z"}, {0x17D, "z"}, {0x17E, "z"}, {0x17F, "\xc5\xbf"}, {0x180, "\xc6\x80"},
    {0x181, "\xc9\x93"}, {0x182, "\xc6\x83"}, {0x183, "\xc6\x83"}, {0x184, "\xc6\x85"},
    {0x185, "\xc6\x85"}, {0x186, "\xc9\x94"}, {0x187, "\xc6\x88"}, {0x188, "\xc6\x88"},
    {0x189, "\xc9\x96"}, {0x18A, "\xc9\x97"}, {0x18B, "\xc6\x8c"}, {0x18C, "\xc6\x8c"},
    {0x18D, "\xc6\x8d"}, {0x18E, "\xc7\x9d"}, {0x18F, "\xc9\x99"}, {0x190, "\xc9\x9b"},
    {0x191, "\xc6\x92"}, {0x192, "\xc6\x92"}, {0x193, "\xc9\xa0"}, {0x194, "\xc9\xa3"},
    {0x195, "\xc6\x95"}, {0x196, "\xc9\xa9"}, {0x197, "\xc9\xa8"}, {0x198, "\xc6\x99"},
    {0x199, "\xc6\x99"}, {0x19A, "\xc6\x9a"}, {0x19B, "\xc6\x9b"}, {0x19C, "\xc9\xaf"},
    {0x19D, "\xc9\xb2"}, {0x19E, "\xc6\x9e"}, {0x19F, "\xc9\xb5"}, {0x1A0, "o"}, {0x1A1, "o"},
    {0x1A2, "\xc6\xa3"}, {0x1A3, "\xc6\xa3"}, {0x1A4, "\xc6\xa5"}, {0x1A5, "\xc6\xa5"},
    {0x1A6, "\xca\x80"}, {0x1A7, "\xc6\xa8"}, {0x1A8, "\xc6\xa8"}, {0x1A9, "\xca\x83"},
    {0x1AA, "\xc6\xaa"}, {0x1AB, "\xc6\xab"}, {0x1AC, "\xc6\xad"}, {0x1AD, "\xc6\xad"},
    {0x1AE, "\xca\x88"}, {0x1AF, "u"}, {0x1B0, "u"}, {0x1B1, "\xca\x8a"}, {0x1B2, "\xca\x8b"},
    {0x1B3, "\xc6\xb4"}, {0x1B4, "\xc6\xb4"}, {0x1B5, "\xc6\xb6"}, {0x1B6, "\xc6\xb6"},
    {0x1B7, "\xca\x92"}, {0x1B8, "\xc6\xb9"}, {0x1B9, "\xc6\xb9"}, {0x1BA, "\xc6\xba"},
    {0x1BB, "\xc6\xbb"}, {0x1BC, "\xc6\xbd"}, {0x1BD, "\xc6\xbd"}, {0x1BE, "\xc6\xbe"},
    {0x1BF, "\xc6\xbf"}, {0x1C0, "\xc7\x80"}, {0x1C1, "\xc7\x81"}, {0x1C2, "\xc7\x82"},
    {0x1C3, "\xc7\x83"}, {0x1C4, "\xc7\x86"}, {0x1C5, "\xc7\x86"}, {0x1C6, "\xc7\x86"},
    {0x1C7, "\xc7\x89"}, {0x1C8, "\xc7\x89"}, {0x1C9, "\xc7\x89"}, {0x1CA, "\xc7\x8c"},
    {0x1CB, "\xc7\x8c"}, {0x1CC, "\xc7\x8c"}, {0x1CD, "a"}, {0x1CE, "a"}, {0x1CF, "i"},
    {0x1D0, "i"}, {0x1D1, "o"}, {0x1D2, "o"}, {0x1D3, "u"}, {0x1D4, "u"}, {0x1D5, "u"},
    {0x1D6, "u"}, {0x1D7, "u"}, {0x1D8, "u"}, {0x1D9, "u"}, {0x1DA, "u"}, {0x1DB, "u"},
    {0x1DC, "u"}, {0x1DD, "\xc7\x9d"}, {0x1DE, "a"}, {0x1DF, "a"}, {0x1E0, "a"}, {0x1E1, "a"},
    {0x1E2, "\xc3\xa6"}, {0x1E3, "\xc3\xa6"}, {0x1E4, "\xc7\xa5"}, {0x1E5, "\xc7\xa5"},
    {0x1E6, "g"}, {0x1E7, "g"}, {0x1E8, "k"}, {0x1E9, "k"}, {0x1EA, "o"}, {0x1EB, "o"},
    {0x1EC, "o"}, {0x1ED, "o"}, {0x1EE, "\xca\x92"}, {0x1EF, "\xca\x92"}, {0x1F0, "j"},
    {0x1F1, "\xc7\xb3"}, {0x1F2, "\xc7\xb3"}, {0x1F3, "\xc7\xb3"}, {0x1F4, "g"}, {0x1F5, "g"},
    {0x1F6, "\xc6\x95"}, {0x1F7, "\xc6\xbf"}, {0x1F8, "n"}, {0x1F9, "n"}, {0x1FA, "a"},
    {0x1FB, "a"}, {0x1FC, "\xc3\xa6"}, {0x1FD, "\xc3\xa6"}, {0x1FE, "\xc3\xb8"},
    {0x1FF, "\xc3\xb8"}, {0x200, "a"}, {0x201, "a"}, {0x202, "a"}, {0x203, "a"}, {0x204, "e"},
    {0x205, "e"}, {0x206, "e"}, {0x207, "e"}, {0x208, "i"}, {0x209, "i"}, {0x20A, "i"},
    {0x20B, "i"}, {0x20C, "o"}, {0x20D, "o"}, {0x20E, "o"}, {0x20F, "o"}, {0x210, "r"},
    {0x211, "r"}, {0x212, "r"}, {0x213, "r"}, {0x214, "u"}, {0x215, "u"}, {0x216, "u"},
    {0x217, "u"}, {0x218, "s"}, {0x219, "s"}, {0x21A, "t"}, {0x21B, "t"}, {0x21C, "\xc8\x9d"},
    {0x21D, "\xc8\x9d"}, {0x21E, "h"}, {0x21F, "h"}, {0x220, "\xc6\x9e"}, {0x221, "\xc8\xa1"},
    {0x222, "\xc8\xa3"}, {0x223, "\xc8\xa3"}, {0x224, "\xc8\xa5"}, {0x225, "\xc8\xa5"},
    {0x226, "a"}, {0x227, "a"}, {0x228, "e"}, {0x229, "e"}, {0x22A, "o"}, {0x22B, "o"},
    {0x22C, "o"}, {0x22D, "o"}, {0x22E, "o"}, {0x22F, "o"}, {0x230, "o"}, {0x231, "o"},
    {0x232, "y"}, {0x233, "y"}, {0x234, "\xc8\xb4"}, {0x235, "\xc8\xb5"}, {0x236, "\xc8\xb6"},
    {0x237, "\xc8\xb7"}, {0x238, "\xc8\xb8"}, {0x239, "\xc8\xb9"}, {0x23A, "\xe2\xb1\xa5"},
    {0x23B, "\xc8\xbc"}, {0x23C, "\xc8\xbc"}, {0x23D, "\xc6\x9a"}, {0x23E, "\xe2\xb1\xa6"},
    {0x23F, "\xc8\xbf"}, {0x240, "\xc9\x80"}, {0x241, "\xc9\x82"}, {0x242, "\xc9\x82"},
    {0x243, "\xc6\x80"}, {0x244, "\xca\x89"}, {0x245, "\xca\x8c"}, {0x246, "\xc9\x87"},
    {0x247, "\xc9\x87"}, {0x248, "\xc9\x89"}, {0x249, "\xc9\x89"}, {0x24A, "\xc9\x8b"},
    {0x24B, "\xc9\x8b"}, {0x24C, "\xc9\x8d"}, {0x24D, "\xc9\x8d"}, {0x24E, "\xc9\x8f"},
    {0x24F, "\xc9\x8f"},
};

}  // namespace

CharClass char_class(char32_t cp) {
  if (cp < 0x80) {
    const bool alnum = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return alnum ? CharClass::word : CharClass::separator;
  }
  if (cp >= 0x300 && cp <= 0x36F) return CharClass::ignored;  // combining diacritical marks
  if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7) return CharClass::separator;  // Latin-1 punctuation, × ÷
  if (cp >= 0x2000 && cp <= 0x2BFF) return CharClass::separator;    // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return CharClass::separator;    // CJK punctuation
  if (cp >= 0xFE00 && cp <= 0xFE0F) return CharClass::ignored;      // variation selectors
  if (cp == 0xFEFF || cp == 0xFFFD) return CharClass::separator;    // BOM, replacement character
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return CharClass::separator;  // emoji and pictographs
  return CharClass::word;
}

std::string_view fold_latin(char32_t cp) {
  const auto* end = std::end(kFolds);
  const auto* it = std::lower_bound(std::begin(kFolds), end, cp,
                                    [](const Fold& f, char32_t c) { return f.cp < c; });
  if (it == end || it->cp != cp) return {};
  return it->folded;
}

}  // namespace qaf::search::detail
