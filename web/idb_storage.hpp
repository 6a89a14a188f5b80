// Browser storage: the folder code of the core running on Emscripten's IDBFS mount (/data),
// plus flush() that copies the mount into IndexedDB. One sync runs at a time (overlapping
// syncs lose data); a save during a sync queues one more. The state lives in pre.js.
#pragma once
#include "stempush/storage.hpp"

namespace stempush::web {

class IdbStorage : public DirectoryStorage {
 public:
  IdbStorage() : DirectoryStorage("/data") {}
  void flush() override;
  bool flush_pending() const override;
  std::string flush_error() const override;
};

}  // namespace stempush::web
