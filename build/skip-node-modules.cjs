// electron-builder `beforeBuild` hook. The main and preload bundles are self-contained (esbuild
// bundles every dependency; only 'electron' stays external), so the installer ships no
// node_modules: resolving to false tells electron-builder not to install, rebuild or collect
// production dependencies at all. (The `files` patterns exclude node_modules as well.)
module.exports = async function beforeBuild() {
  return false;
};
