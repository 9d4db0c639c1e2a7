#include "traditional.hpp"

#include <algorithm>

namespace galley::detail {

namespace {

// The traditional forms (Hong Kong's and Taiwan's: OpenCC's s2t, s2hk and s2tw tables, a
// character at a time) of the ideographs in the lexicons' entries and tests, sorted, and
// below them, at the same places, their simplified forms; of the surnames, the sixty most
// common (scripts/traditional-forms.py 60: the module's size budget holds no more). (Two strings of UTF-16 units,
// all in the BMP: half the size of a table of pairs of code points.)
constexpr std::u16string_view traditional_forms =
    u"來劉吳呂員啓啟單國圖報場孫尋對導廣張據攝東楊歐減為爲發盧確範簡約網緊編羅聞聲臺華葉蔣蘇術視覺覽計訊記設許諸謝譚讀責貼資趙"
    u"載輯轉遞遲遺鄧鄭銷錦鍾鏈長閱閲陳陸陽電韓類餘馬馮黃";
constexpr std::u16string_view simplified_forms =
    u"来刘吴吕员启启单国图报场孙寻对导广张据摄东杨欧减为为发卢确范简约网紧编罗闻声台华叶蒋苏术视觉览计讯记设许诸谢谭读责贴资赵"
    u"载辑转递迟遗邓郑销锦钟链长阅阅陈陆阳电韩类余马冯黄";
static_assert(traditional_forms.size() == simplified_forms.size());
static_assert(std::is_sorted(traditional_forms.begin(), traditional_forms.end()));

}  // namespace

char32_t simplified_form(char32_t c) {
  // (Every traditional form is an ideograph of the BMP, past U+4E00.)
  if (c < U'\u4e00' || c > 0xFFFF) return c;
  const auto at = std::lower_bound(traditional_forms.begin(), traditional_forms.end(), static_cast<char16_t>(c));
  if (at == traditional_forms.end() || *at != c) return c;
  return simplified_forms[static_cast<std::size_t>(at - traditional_forms.begin())];
}

std::u32string_view lexicon_text(std::u32string_view s, char32_t* room) {
  std::size_t k = 0;
  while (k < s.size() && simplified_form(s[k]) == s[k]) ++k;
  if (k == s.size()) return s;
  std::copy(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(k), room);
  for (; k < s.size(); ++k) room[k] = simplified_form(s[k]);
  return {room, s.size()};
}

}  // namespace galley::detail
