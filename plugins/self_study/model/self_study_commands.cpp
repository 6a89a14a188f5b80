// placeholder, filled below
#include "self_study/model/self_study_model.hpp"
#include "stempush/cli.hpp"
namespace self_study {
void SelfStudyModel::add_commands(stempush::cli::CommandTable&) {}
}
