// Kiosk mode as a pure state machine: one shared device, student after student.
//   Language -> EnterCode -> Item (one per screen) ... -> ThankYou -> (next_student) Language
// Leaving needs the staff PIN (ExitPin); the PIN is kept only as a salted hash. Wrong PINs lock
// the exit for a growing delay (PinGuard, driven by the clock the caller passes in, so tests need
// no sleeping) and are counted for the staff. After the right PIN, a student's unfinished answers
// are kept as a partial response or discarded, as staff choose (ExitChoice): a tap on the exit
// never throws them away. The view (stempush/ui/survey_ui.hpp) draws the current screen and
// forwards taps; state_json()/restore() let the shell reopen a running kiosk after a reload or a
// restart (the lockdown). Every rule lives here so that it is tested without a screen.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/survey.hpp"

namespace stempush::survey {

// "salt$hex" of an iterated SHA-256 of salt and PIN. A PIN is 4 to 8 digits.
std::string hash_pin(const std::string& pin);  // throws std::invalid_argument for a bad PIN
bool pin_matches(const std::string& pin, const std::string& stored_hash);
bool is_valid_pin(const std::string& pin);
std::string sha256_hex(const std::string& bytes);  // FIPS 180-4; exposed for its known-answer test

// Wrong staff PINs: from the kLockAfter-th wrong PIN on, each locks the exit for
// kFirstLockSeconds, doubled per further wrong PIN, at most kMaxLockSeconds (a student trying
// PINs gets a few tries, then waits ever longer; staff who mistype twice are not held up).
// Times are the caller's monotonic seconds.
class PinGuard {
 public:
  static constexpr int kLockAfter = 3;
  static constexpr double kFirstLockSeconds = 30, kMaxLockSeconds = 15 * 60;

  // False without looking at the PIN while locked; a wrong PIN counts and may lock.
  bool try_pin(const std::string& pin, const std::string& stored_hash, double now);
  double locked_for(double now) const;  // seconds left, 0 when a PIN may be tried
  int failed() const { return failed_; }
  // After a restart the clock is new: a guard that was locking locks again for its full delay.
  void restore(int failed, double now);

 private:
  double delay() const;
  int failed_ = 0;
  double locked_until_ = 0;
};

class Kiosk {
 public:
  enum class Screen { Language, EnterCode, Item, ThankYou, ExitPin, ExitChoice, Closed };

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
  // EnterCode -> Language (a student who chose the wrong language or cannot find a code).
  void start_over();

  // Any screen -> ExitPin. The student's unfinished answers stay until staff decide.
  void request_exit();
  // ExitPin: the right PIN closes the kiosk, or goes to ExitChoice when a student left answers
  // unfinished; a wrong one stays, counts and may lock the exit (exit_locked_for). `now` is the
  // app's monotonic clock in seconds.
  bool submit_pin(const std::string& pin, double now = 0);
  double exit_locked_for(double now) const { return guard_.locked_for(now); }
  void cancel_exit();  // ExitPin -> the screen the student was on, answers intact
  int failed_pin_attempts() const { return guard_.failed(); }
  // ExitChoice -> Closed: keep the unfinished answers as a response marked partial, or drop them.
  void keep_partial();
  void discard_partial();
  // Answers a student gave before leaving unfinished (0 on a fresh screen).
  size_t unfinished_answers() const;

  int saved_responses() const { return saved_; }  // this kiosk session, for the staff on exit

  // Everything needed to reopen this kiosk where it was (the student's answers by item id, the
  // screen, wrong PINs, responses saved), for the shell to keep on the device. restore() reads it
  // back onto a kiosk built on the same survey; answers to items no longer in the bank are
  // dropped. Closed and ExitChoice reopen as ExitPin: after a restart the PIN is asked again.
  nlohmann::json state_json() const;
  void restore(const nlohmann::json& state, double now);

 private:
  void forget_student();
  void finish();
  Response unfinished_response() const;

  ResponseSet& responses_;
  std::vector<Item> items_;
  std::string pin_hash_;
  Screen screen_ = Screen::Language;
  Language language_ = Language::English;
  std::string code_, code_error_;
  std::vector<std::optional<Answer>> answers_;
  size_t index_ = 0;
  Screen return_to_ = Screen::Language;  // where cancel_exit() goes back to
  PinGuard guard_;
  int saved_ = 0;
};

}  // namespace stempush::survey
