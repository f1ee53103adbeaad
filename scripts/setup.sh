#!/usr/bin/env bash
# Installs what Maillage needs and skips what is already there.
#   scripts/setup.sh app    the wasm target, Trunk, wasm-bindgen-cli (the version in Cargo.lock), wasm-opt
#   scripts/setup.sh test   all of the above, plus Chromium, ChromeDriver and the browser tests' npm packages
# Versions are the ones checked on this kind of machine (see ARCHITECTURE.md, "Toolchain").
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
what=${1:-app}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"

# The wasm-bindgen CLI must equal the crate version that Cargo.lock pins.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about 10 minutes the first time)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (about 3 minutes the first time)"
  # Not --locked: the CLI's locked graph wants a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
fi

# Debian's binaryen is too old for current wasm-bindgen output; npm's binaryen ships a recent wasm-opt.
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm) into .tools/"
  mkdir -p .tools
  npm install --silent --no-audit --no-fund --prefix .tools "binaryen@$BINARYEN_VERSION"
fi

if [ "$what" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's Chromium and ChromeDriver"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # Reinstall the browser tests' packages only when their lock file changed.
  if ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.installed-lock.json; then
    say "installing the browser tests' npm packages (playwright-core, axe-core)"
    (cd tests/e2e && npm ci --silent --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock.json)
  fi
fi
say "ready ($what)"
