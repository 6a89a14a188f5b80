// Kiosk state machine and PIN hashing (see survey_kiosk.hpp). SHA-256 is written from FIPS 180-4.
#include "stempush/survey_kiosk.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <random>
#include <stdexcept>

namespace stempush::survey {
namespace {

constexpr int kPinHashRounds = 20000;  // slows guessing a stolen workspace file's PIN a little

uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

const std::array<uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

std::string random_salt() {
  std::random_device device;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%08x%08x", device(), device());
  return buf;
}

std::string iterated(const std::string& salt, const std::string& pin) {
  std::string digest = sha256_hex(salt + ":" + pin);
  for (int i = 1; i < kPinHashRounds; ++i) digest = sha256_hex(salt + digest);
  return digest;
}

}  // namespace

std::string sha256_hex(const std::string& bytes) {
  std::array<uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::string msg = bytes;
  uint64_t bit_length = uint64_t(bytes.size()) * 8;
  msg.push_back(char(0x80));
  while (msg.size() % 64 != 56) msg.push_back('\0');
  for (int i = 7; i >= 0; --i) msg.push_back(char((bit_length >> (8 * i)) & 0xff));
  for (size_t block = 0; block < msg.size(); block += 64) {
    std::array<uint32_t, 64> w{};
    for (size_t t = 0; t < 16; ++t)
      for (size_t b = 0; b < 4; ++b) w[t] = (w[t] << 8) | uint8_t(msg[block + t * 4 + b]);
    for (size_t t = 16; t < 64; ++t) {
      uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
      uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    auto v = h;
    for (size_t t = 0; t < 64; ++t) {
      uint32_t s1 = rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25);
      uint32_t choose = (v[4] & v[5]) ^ (~v[4] & v[6]);
      uint32_t t1 = v[7] + s1 + choose + kRoundConstants[t] + w[t];
      uint32_t s0 = rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22);
      uint32_t majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
      uint32_t t2 = s0 + majority;
      v = {t1 + t2, v[0], v[1], v[2], v[3] + t1, v[4], v[5], v[6]};
    }
    for (size_t i = 0; i < 8; ++i) h[i] += v[i];
  }
  char out[65];
  for (size_t i = 0; i < 8; ++i) std::snprintf(out + i * 8, 9, "%08x", h[i]);
  return std::string(out, 64);
}

bool is_valid_pin(const std::string& pin) {
  if (pin.size() < 4 || pin.size() > 8) return false;
  for (char c : pin)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string hash_pin(const std::string& pin) {
  if (!is_valid_pin(pin)) throw std::invalid_argument("a PIN has 4 to 8 digits");
  std::string salt = random_salt();
  return salt + "$" + iterated(salt, pin);
}

bool pin_matches(const std::string& pin, const std::string& stored_hash) {
  size_t dollar = stored_hash.find('$');
  if (dollar == std::string::npos || !is_valid_pin(pin)) return false;
  std::string salt = stored_hash.substr(0, dollar);
  return iterated(salt, pin) == stored_hash.substr(dollar + 1);
}

Kiosk::Kiosk(const ItemBank& bank, ResponseSet& responses, std::string pin_hash)
    : responses_(responses), items_(bank.items), pin_hash_(std::move(pin_hash)) {
  if (pin_hash_.empty()) throw std::logic_error("set a staff PIN before starting kiosk mode");
  if (items_.empty()) throw std::logic_error("the survey has no items");
  forget_student();
}

void Kiosk::forget_student() {
  code_.clear();
  code_error_.clear();
  answers_.assign(items_.size(), std::nullopt);
  index_ = 0;
  language_ = Language::English;
  screen_ = Screen::Language;
}

void Kiosk::choose_language(Language lang) {
  if (screen_ != Screen::Language) return;
  language_ = lang;
  screen_ = Screen::EnterCode;
}

bool Kiosk::enter_code(const std::string& raw_code) {
  if (screen_ != Screen::EnterCode) return false;
  // The student's language, chosen a screen ago; the model has no catalogs of its own.
  bool es = language_ == Language::Spanish;
  auto code = normalize_code(raw_code);
  if (!code) {
    code_error_ = es ? "Ese código no es válido. Pide ayuda a tu facilitador."
                     : "That code is not valid. Ask your facilitator for help.";
    return false;
  }
  if (responses_.find(*code)) {
    code_error_ = es ? "Ese código ya respondió esta encuesta. Pide ayuda a tu facilitador."
                     : "That code has already answered this survey. Ask your facilitator for help.";
    return false;
  }
  code_ = *code;
  code_error_.clear();
  screen_ = Screen::Item;
  return true;
}

const Item& Kiosk::current_item() const { return items_.at(index_); }

std::optional<Answer> Kiosk::current_answer() const {
  if (screen_ != Screen::Item) return std::nullopt;
  return answers_[index_];
}

void Kiosk::answer(const Answer& value) {
  if (screen_ != Screen::Item || !answer_problem(current_item(), value).empty()) return;
  answers_[index_] = value;
  next();
}

void Kiosk::toggle_option(const std::string& option_id) {
  if (screen_ != Screen::Item || current_item().type != ItemType::MultipleChoice) return;
  const Item& item = current_item();
  if (!item.find_option(option_id)) return;
  std::vector<std::string> ids = answers_[index_] ? answers_[index_]->chosen() : std::vector<std::string>{};
  auto it = std::find(ids.begin(), ids.end(), option_id);
  if (it != ids.end()) ids.erase(it);
  else ids.push_back(option_id);
  std::vector<std::string> ordered;  // option order, as everywhere else
  for (auto& o : item.options)
    if (std::find(ids.begin(), ids.end(), o.id) != ids.end()) ordered.push_back(o.id);
  if (ordered.empty()) answers_[index_].reset();
  else answers_[index_] = Answer::choices(ordered);
}

void Kiosk::set_text(const std::string& text) {
  if (screen_ != Screen::Item || current_item().type != ItemType::ShortText) return;
  Answer a = Answer::written(text.substr(0, kMaxTextAnswer));
  if (answer_problem(current_item(), a).empty()) answers_[index_] = a;
  else answers_[index_].reset();
}

void Kiosk::next() {
  if (screen_ != Screen::Item) return;
  if (++index_ == items_.size()) finish();
}

void Kiosk::skip() {
  if (screen_ != Screen::Item) return;
  answers_[index_].reset();
  next();
}

void Kiosk::back() {
  if (screen_ == Screen::Item && index_ > 0) --index_;
}

Response Kiosk::unfinished_response() const {
  Response response;
  response.code = code_;
  for (size_t i = 0; i < items_.size(); ++i) {
    if (!answers_[i]) continue;
    Answer a = *answers_[i];
    if (items_[i].type == ItemType::ShortText) {  // stored trimmed, as a CSV import stores it
      if (auto parsed = parse_answer(items_[i], a.text())) a = *parsed;
    }
    response.answers[items_[i].id] = std::move(a);
  }
  return response;
}

size_t Kiosk::unfinished_answers() const {
  if (code_.empty()) return 0;
  size_t n = 0;
  for (auto& a : answers_) n += a ? 1 : 0;
  return n;
}

void Kiosk::finish() {
  Response response = unfinished_response();
  if (!response.answers.empty()) {
    responses_.responses.push_back(std::move(response));
    ++saved_;
  }
  // Nothing of the student stays in the kiosk once saved.
  Language lang = language_;
  forget_student();
  language_ = lang;  // the thank-you screen is in the student's language
  screen_ = Screen::ThankYou;
}

void Kiosk::next_student() {
  if (screen_ == Screen::ThankYou) forget_student();
}

void Kiosk::start_over() {
  if (screen_ == Screen::EnterCode) forget_student();
}

void Kiosk::request_exit() {
  if (screen_ == Screen::Closed || screen_ == Screen::ExitPin || screen_ == Screen::ExitChoice) return;
  return_to_ = screen_;
  screen_ = Screen::ExitPin;
}

bool Kiosk::submit_pin(const std::string& pin, double now) {
  if (screen_ != Screen::ExitPin) return false;
  if (!guard_.try_pin(pin, pin_hash_, now)) return false;
  if (unfinished_answers() > 0) {
    screen_ = Screen::ExitChoice;  // staff decide what happens to them
  } else {
    forget_student();
    screen_ = Screen::Closed;
  }
  return true;
}

void Kiosk::keep_partial() {
  if (screen_ != Screen::ExitChoice) return;
  Response response = unfinished_response();
  // A code answered meanwhile (another device's file merged in) is never overwritten.
  if (!response.answers.empty() && !responses_.find(response.code)) {
    response.partial = true;
    responses_.responses.push_back(std::move(response));
    ++saved_;
  }
  forget_student();
  screen_ = Screen::Closed;
}

void Kiosk::discard_partial() {
  if (screen_ != Screen::ExitChoice) return;
  forget_student();
  screen_ = Screen::Closed;
}

void Kiosk::cancel_exit() {
  if (screen_ != Screen::ExitPin) return;
  screen_ = return_to_;
}

namespace {

const char* screen_name(Kiosk::Screen s) {
  switch (s) {
    case Kiosk::Screen::Language: return "language";
    case Kiosk::Screen::EnterCode: return "code";
    case Kiosk::Screen::Item: return "item";
    case Kiosk::Screen::ThankYou: return "thank_you";
    default: return "exit_pin";  // Closed and ExitChoice ask for the PIN again after a restart
  }
}

Kiosk::Screen screen_from(const std::string& name) {
  if (name == "code") return Kiosk::Screen::EnterCode;
  if (name == "item") return Kiosk::Screen::Item;
  if (name == "thank_you") return Kiosk::Screen::ThankYou;
  if (name == "exit_pin") return Kiosk::Screen::ExitPin;
  return Kiosk::Screen::Language;
}

}  // namespace

nlohmann::json Kiosk::state_json() const {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  nlohmann::json out;
  out["screen"] = screen_name(screen_);
  out["return_to"] = screen_name(return_to_ == Screen::ExitPin ? Screen::Language : return_to_);
  out["language"] = language_ == Language::Spanish ? "es" : "en";
  out["code"] = code_;
  out["index"] = index_;
  nlohmann::json& answers = out["answers"] = nlohmann::json::object();
  for (size_t i = 0; i < items_.size(); ++i)
    if (answers_[i]) answers[items_[i].id] = answer_to_json(items_[i], *answers_[i]);
  out["failed_pins"] = guard_.failed();
  out["saved"] = saved_;
  return out;
}

void Kiosk::restore(const nlohmann::json& state, double now) {
  if (!state.is_object()) return;
  forget_student();
  auto text = [&](const char* key) {
    auto it = state.find(key);
    return it != state.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto number = [&](const char* key) {
    auto it = state.find(key);
    return it != state.end() && it->is_number_integer() ? it->get<long long>() : 0LL;
  };
  language_ = text("language") == "es" ? Language::Spanish : Language::English;
  screen_ = screen_from(text("screen"));
  return_to_ = screen_from(text("return_to"));
  saved_ = int(std::max(0LL, number("saved")));
  guard_.restore(int(std::clamp(number("failed_pins"), 0LL, 1000LL)), now);
  auto code = normalize_code(text("code"));
  if (code && !responses_.find(*code)) code_ = *code;
  if (auto it = state.find("answers"); it != state.end() && it->is_object() && !code_.empty()) {
    for (size_t i = 0; i < items_.size(); ++i) {
      auto a = it->find(items_[i].id);
      if (a == it->end()) continue;
      if (auto parsed = parse_answer(items_[i], a->is_string() ? a->get<std::string>() : a->dump()))
        answers_[i] = *parsed;
      else if (a->is_array()) {  // multiple choice: a list of option ids
        std::vector<std::string> ids;
        for (auto& id : *a)
          if (id.is_string()) ids.push_back(id.get<std::string>());
        Answer choice = Answer::choices(ids);
        if (answer_problem(items_[i], choice).empty()) answers_[i] = choice;
      }
    }
  }
  index_ = size_t(std::clamp(number("index"), 0LL, (long long)items_.size() - 1));
  // A student screen without a student (the code was answered meanwhile) starts afresh.
  auto needs_student = [](Screen s) { return s == Screen::Item; };
  if (code_.empty() && needs_student(screen_)) screen_ = Screen::Language;
  if (code_.empty() && needs_student(return_to_)) return_to_ = Screen::Language;
}

// ---- PinGuard ----

double PinGuard::delay() const {
  const int over = failed_ - kLockAfter;
  if (over < 0) return 0;
  double d = kFirstLockSeconds;
  for (int i = 0; i < over && d < kMaxLockSeconds; ++i) d *= 2;
  return std::min(d, kMaxLockSeconds);
}

bool PinGuard::try_pin(const std::string& pin, const std::string& stored_hash, double now) {
  if (locked_for(now) > 0) return false;
  if (pin_matches(pin, stored_hash)) return true;
  ++failed_;
  if (failed_ >= kLockAfter) locked_until_ = now + delay();
  return false;
}

double PinGuard::locked_for(double now) const { return std::max(0.0, locked_until_ - now); }

void PinGuard::restore(int failed, double now) {
  failed_ = failed;
  locked_until_ = failed_ >= kLockAfter ? now + delay() : 0;
}

}  // namespace stempush::survey
