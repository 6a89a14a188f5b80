#include "idb_storage.hpp"

#include <emscripten.h>

namespace stempush::web {
namespace {
// One IndexedDB sync at a time: overlapping FS.syncfs calls have lost data in other projects.
struct SyncState {
  bool running = false;
  bool queued = false;
  std::string error;
};
SyncState& sync_state() {
  static SyncState s;
  return s;
}
void start_sync() {
  sync_state().running = true;
  EM_ASM({ Module.stempushSyncfs(); });
}
}  // namespace

void IdbStorage::flush() {
  SyncState& s = sync_state();
  if (s.running) s.queued = true;
  else start_sync();
}

bool IdbStorage::flush_pending() const { return sync_state().running || sync_state().queued; }
std::string IdbStorage::flush_error() const { return sync_state().error; }

}  // namespace stempush::web

// Called by pre.js when FS.syncfs(false) finishes. `error` is empty on success.
extern "C" EMSCRIPTEN_KEEPALIVE void stempush_sync_done(const char* error) {
  auto& s = stempush::web::sync_state();
  s.running = false;
  s.error = error ? error : "";
  if (s.queued) {
    s.queued = false;
    stempush::web::start_sync();
  }
}
