// Kiosk mode as a pure state machine: one shared device, student after student.
//   Language -> EnterCode -> Item (one per screen) ... -> ThankYou -> (next_student) Language
// Leaving needs the staff PIN (ExitPin); the PIN is kept only as a salted hash.
// The view draws the current screen and forwards taps; all rules live here so they are tested.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "belonging/model/data.hpp"

namespace belonging {

// "salt$hex" of an iterated SHA-256 of salt and PIN. A PIN is 4 to 8 digits.
std::string hash_pin(const std::string& pin);
bool pin_matches(const std::string& pin, const std::string& stored_hash);
bool is_valid_pin(const std::string& pin);
std::string sha256_hex(const std::string& bytes);  // exposed for its known-answer test

class Kiosk {
 public:
  enum class Screen { Language, EnterCode, Item, ThankYou, ExitPin, Closed };

  // Throws std::logic_error when no staff PIN is set: a kiosk that cannot be locked is not started.
  Kiosk(BelongingData& data, SurveyKind kind);

  Screen screen() const { return screen_; }
  Language language() const { return language_; }
  void choose_language(Language lang);  // Language -> EnterCode

  // EnterCode -> Item. False (and code_error() says why, in the student's language) when the code
  // is invalid or already answered this survey.
  bool enter_code(const std::string& raw_code);
  const std::string& code_error() const { return code_error_; }

  size_t item_index() const { return index_; }
  size_t item_count() const { return items_.size(); }
  const Item& current_item() const;
  std::optional<int> current_answer() const;  // what this student chose on this screen, if any
  // Records the answer and moves on; after the last item the response is saved into the data and
  // the screen becomes ThankYou.
  void answer(int value);
  void skip();  // leave this item unanswered
  void back();  // previous item (to change an answer)

  // ThankYou -> Language, forgetting everything about the previous student.
  void next_student();

  // Any screen -> ExitPin; the student's unfinished answers are discarded.
  void request_exit();
  // ExitPin: the right PIN closes the kiosk; a wrong one stays and counts.
  bool submit_pin(const std::string& pin);
  void cancel_exit();  // ExitPin -> Language (a fresh start)
  int failed_pin_attempts() const { return failed_pins_; }

  int saved_responses() const { return saved_; }  // this kiosk session, for the staff on exit

 private:
  void forget_student();
  void finish();

  BelongingData& data_;
  SurveyKind kind_;
  std::vector<const Item*> items_;
  Screen screen_ = Screen::Language;
  Language language_ = Language::English;
  std::string code_, code_error_;
  std::vector<std::optional<int>> answers_;
  size_t index_ = 0;
  int failed_pins_ = 0;
  int saved_ = 0;
};

}  // namespace belonging
