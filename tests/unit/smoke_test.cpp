#include <catch2/catch_test_macros.hpp>
#include "stempush/registry.hpp"
TEST_CASE("registry lists the installed plugins") {
  stempush::Registry r;
  stempush::register_plugin_models(r);
  REQUIRE(r.entries().size() >= 2);
}
