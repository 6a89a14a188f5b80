// The synthetic survey export both belonging benchmarks (native and browser) import.
#pragma once
#include <string>

#include "belonging/model/data.hpp"

namespace bench {

// A Google-Forms-like export: timestamp, code, group, one column per item (by its text).
inline std::string make_csv(const belonging::BelongingData& data, int rows, unsigned seed) {
  std::string text = "Timestamp,Code,Group";
  for (auto& item : data.bank.items) text += ",\"" + item.text.en + "\"";
  text += "\r\n";
  unsigned state = seed;
  auto next = [&] { state = state * 1103515245u + 12345u; return (state >> 16) & 0x7fff; };
  for (int r = 0; r < rows; ++r) {
    text += "2026/11/23 10:00:00,S" + std::to_string(100000 + r) + ",G" + std::to_string(r % 7);
    for (auto& item : data.bank.items) text += "," + std::to_string(1 + next() % unsigned(item.points));
    text += "\r\n";
  }
  return text;
}

}  // namespace bench
