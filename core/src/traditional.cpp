#include "traditional.hpp"

#include <algorithm>

namespace galley::detail {

namespace {

// The traditional forms (Hong Kong's and Taiwan's: OpenCC's s2t, s2hk and s2tw tables, a
// character at a time) of the ideographs in the lexicons' entries and tests, sorted, and
// below them, at the same places, their simplified forms. (Two strings of UTF-16 units,
// all in the BMP: half the size of a table of pairs of code points.)
constexpr std::u16string_view traditional_forms =
    u"來劉叢吳呂員啓啟喬單嚴國圖報場塗婁孫宮寧尋對導嶽師廣張據攝東楊榮欒歐減湯溫為爲畢發盧確竇範簡紀約網緊編繆羅聞聲聶臺莊華萬"
    u"葉蔣藍蘆蘇蘭術衛衞視覺覽計訊記設許諸謝譚讀責費貼賀資賈趙車載輯轉農遊遞遲遺邊鄒鄔鄧鄭鄺銷錢錦鍾鏈長閆閔閱閲關陳陸陽電鞏韋"
    u"韓項顏類顧餘饒馬馮駱魯鮑麥黃黨齊龍龐龔";
constexpr std::u16string_view simplified_forms =
    u"来刘丛吴吕员启启乔单严国图报场涂娄孙宫宁寻对导岳师广张据摄东杨荣栾欧减汤温为为毕发卢确窦范简纪约网紧编缪罗闻声聂台庄华万"
    u"叶蒋蓝芦苏兰术卫卫视觉览计讯记设许诸谢谭读责费贴贺资贾赵车载辑转农游递迟遗边邹邬邓郑邝销钱锦钟链长闫闵阅阅关陈陆阳电巩韦"
    u"韩项颜类顾余饶马冯骆鲁鲍麦黄党齐龙庞龚";
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

std::u32string_view lexicon_text(std::u32string_view s, bool traditional, std::u32string& buf) {
  if (!traditional) return s;
  std::size_t k = 0;
  while (k < s.size() && simplified_form(s[k]) == s[k]) ++k;
  if (k == s.size()) return s;
  buf.assign(s);
  for (; k < buf.size(); ++k) buf[k] = simplified_form(buf[k]);
  return buf;
}

}  // namespace galley::detail
