# Writes the build's hash into sw.js (placeholder __BUILD_HASH__) so each build has its own cache.
file(SHA256 "${SITE}/app.wasm" wasm_hash)
file(SHA256 "${SITE}/app.js" js_hash)
string(SUBSTRING "${wasm_hash}${js_hash}" 0 16 stamp)
file(READ "${SITE}/sw.js" sw)
string(REPLACE "__BUILD_HASH__" "${stamp}" sw "${sw}")
file(WRITE "${SITE}/sw.js" "${sw}")
