// Staff named in the program profile, offered wherever a plugin asks for people (self-study
// raters, session facilitators): one small button per person not already listed, so nobody retypes
// the team's names on every page. The caller decides what picking someone does (add a rater, fill
// a facilitator row) and keeps it one undo step.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "stempush/profile.hpp"

namespace stempush::ui {

// Draws "From the program profile: [+ Ana Núñez] [+ Bo Li]" for staff_not_listed(profile,
// already) (profile.hpp). Returns the person clicked this frame.
// With no staff in the profile it draws a one-line hint saying where to add them; with everyone
// already listed it draws nothing. `id` keeps two pickers on one page apart.
std::optional<StaffMember> staff_picker(const char* id, const ProgramProfile& profile,
                                        const std::vector<std::string>& already);

}  // namespace stempush::ui
