// Kiosk mode as a pure state machine: one shared device, student after student.
//   Language -> EnterCode -> Item (one per screen) ... -> ThankYou -> (next_student) Language
// Leaving needs the staff PIN (ExitPin); the PIN is kept only as a salted hash. The view
// (stempush/ui/survey_ui.hpp) draws the current screen and forwards taps; every rule lives here
// so that it is tested without a screen.
//
// Room left for later needs: a lockdown of the device belongs to the view and the platform; a
// partial response is what finish() saves today when a student skips items (it saves any
// response with at least one answer); a survey label travels with the ResponseSet, not here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "stempush/survey.hpp"

namespace stempush::survey {

// "salt$hex" of an iterated SHA-256 of salt and PIN. A PIN is 4 to 8 digits.
std::string hash_pin(const std::string& pin);  // throws std::invalid_argument for a bad PIN
bool pin_matches(const std::string& pin, const std::string& stored_hash);
bool is_valid_pin(const std::string& pin);
std::string sha256_hex(const std::string& bytes);  // FIPS 180-4; exposed for its known-answer test

class Kiosk {
 public:
  enum class Screen { Language, EnterCode, Item, ThankYou, ExitPin, Closed };

  // Answers go into `responses` (which must outlive the kiosk); the items are copied, so an edit
  // of the bank cannot pull them away mid-student. Throws std::logic_error when no staff PIN is
  // set (a kiosk that cannot be locked is not started) or the bank has no items.
  Kiosk(const ItemBank& bank, ResponseSet& responses, std::string pin_hash);

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
  std::optional<Answer> current_answer() const;  // what this student gave on this screen, if any

  // Scale and single choice: records the answer and moves on (an invalid answer is ignored).
  // After the last item the response is saved and the screen becomes ThankYou.
  void answer(const Answer& value);
  // Multiple choice: ticks or unticks an option on this screen; short text: sets the text
  // (blank clears it). Both stay on the screen until next().
  void toggle_option(const std::string& option_id);
  void set_text(const std::string& text);
  void next();  // moves on, keeping what this screen holds
  void skip();  // leaves this item unanswered and moves on
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

  ResponseSet& responses_;
  std::vector<Item> items_;
  std::string pin_hash_;
  Screen screen_ = Screen::Language;
  Language language_ = Language::English;
  std::string code_, code_error_;
  std::vector<std::optional<Answer>> answers_;
  size_t index_ = 0;
  int failed_pins_ = 0;
  int saved_ = 0;
};

}  // namespace stempush::survey
