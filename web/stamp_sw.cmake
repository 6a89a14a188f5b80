# Writes the build's stamp into sw.js (__BUILD_HASH__: version + hash of app.wasm and app.js, so
# each build has its own cache) and the version into sw.js and loader.js (__APP_VERSION__).
file(SHA256 "${SITE}/app.wasm" wasm_hash)
file(SHA256 "${SITE}/app.js" js_hash)
string(SUBSTRING "${wasm_hash}${js_hash}" 0 16 stamp)
foreach(name sw.js loader.js)
  file(READ "${SITE}/${name}" text)
  string(REPLACE "__BUILD_HASH__" "${VERSION}-${stamp}" text "${text}")
  string(REPLACE "__APP_VERSION__" "${VERSION}" text "${text}")
  file(WRITE "${SITE}/${name}" "${text}")
endforeach()
