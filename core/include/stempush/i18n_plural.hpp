// Plural forms through the catalogs: a count picks "<key>.one" or "<key>.other" by the language's
// rule (English and Spanish, CLDR: exactly 1 is "one"; 0, 2, 21... are "other"), then {0} is the
// count and {1}, {2}... are `args`. Catalogs carry both forms:
//   "survey.kiosk.closed.one": "Kiosk mode closed: 1 response saved.",
//   "survey.kiosk.closed.other": "Kiosk mode closed: {0} responses saved."
// A form missing in Spanish falls back to English, as tr() does.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "stempush/i18n.hpp"

namespace stempush::i18n {

enum class PluralForm { One, Other };
PluralForm plural_form(Language lang, long long count);
// "<key>.one" or "<key>.other" for `count` in `lang`.
std::string plural_key(Language lang, std::string_view key, long long count);
std::string trn(std::string_view key, long long count, const std::vector<std::string>& args = {});
std::string trn_in(Language lang, std::string_view key, long long count, const std::vector<std::string>& args = {});

}  // namespace stempush::i18n

namespace stempush {
using i18n::trn;
}  // namespace stempush
