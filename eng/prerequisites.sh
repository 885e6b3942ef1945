#!/usr/bin/env bash
# Native prerequisites of ModelDsl, idempotent; run by both README commands.
#
# TorchSharp 0.107 (LibTorch 2.10) needs libstdc++ from GCC 13 or newer (symbol version GLIBCXX_3.4.32).
# Debian 12 ships GCC 12's. On Debian 12, as root, this script adds the Debian 13 ("trixie") suite with
# the mirror already configured, pinned to priority 100 so nothing else is upgraded from it, and installs
# libstdc++6 from it. Where the symbol is already present it does nothing; on other systems it explains
# what to install.
#
# NativeAOT publishing needs clang and zlib's headers: as root with apt, it installs clang and zlib1g-dev
# when they are missing; otherwise it says what to install.
set -euo pipefail

readonly SYMBOL="GLIBCXX_3.4.32"
say() { printf '[prerequisites] %s\n' "$*" >&2; }

libstdcxx_paths() {
    { ldconfig -p 2>/dev/null | awk '/libstdc\+\+\.so\.6 /{print $NF}'; \
      ls /usr/lib/x86_64-linux-gnu/libstdc++.so.6 /usr/lib/aarch64-linux-gnu/libstdc++.so.6 /usr/lib64/libstdc++.so.6 2>/dev/null; } | sort -u
}

has_symbol() {
    local lib
    for lib in $(libstdcxx_paths); do
        if grep -qa "$SYMBOL" "$lib" 2>/dev/null; then return 0; fi
    done
    return 1
}

ensure_libstdcxx() {
    if has_symbol; then
        say "libstdc++ provides $SYMBOL: nothing to do."
        return 0
    fi

    codename=""
    if [ -r /etc/os-release ]; then
        # shellcheck disable=SC1091
        codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    fi

    if [ "$codename" != "bookworm" ]; then
        say "libstdc++ lacks $SYMBOL, which TorchSharp's native library (LibTorch 2.10) needs."
        say "Install libstdc++ from GCC 13 or newer with your system's package manager"
        say "(e.g. Ubuntu 24.04+/Debian 13+: 'apt-get install libstdc++6'; Fedora 39+: 'dnf install libstdc++'), then run again."
        exit 1
    fi

    if [ "$(id -u)" -ne 0 ]; then
        say "libstdc++ lacks $SYMBOL. On Debian 12 this script can install a newer one from Debian 13 (trixie),"
        say "pinned to priority 100, but that needs root: run 'sudo bash eng/prerequisites.sh'."
        exit 1
    fi

    # The mirror URI and keyring of the existing Debian entry (deb822 or one-line format).
    uri="" keyring=""
    if [ -r /etc/apt/sources.list.d/debian.sources ]; then
        uri=$(awk '/^URIs:/ && !found {print $2; found=1}' /etc/apt/sources.list.d/debian.sources)
        keyring=$(awk '/^Signed-By:/ && !found {print $2; found=1}' /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ] && [ -r /etc/apt/sources.list ]; then
        uri=$(awk '$1=="deb" && $3 ~ /^bookworm$/ {print $2; exit}' /etc/apt/sources.list)
    fi
    uri=${uri:-http://deb.debian.org/debian}
    keyring=${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}

    say "Adding Debian 13 (trixie) from $uri, pinned to priority 100, to install libstdc++6 with $SYMBOL."
    cat > /etc/apt/sources.list.d/modeldsl-trixie.sources <<SOURCES
# Added by ModelDsl eng/prerequisites.sh: libstdc++6 from Debian 13 for TorchSharp (GLIBCXX_3.4.32).
Types: deb
URIs: $uri
Suites: trixie
Components: main
Signed-By: $keyring
SOURCES
    cat > /etc/apt/preferences.d/modeldsl-trixie <<'PIN'
# Added by ModelDsl eng/prerequisites.sh: never take packages from trixie unless asked for (-t trixie).
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN

    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq -t trixie libstdc++6 >/dev/null

    if has_symbol; then
        say "Installed libstdc++6 from trixie: $SYMBOL is present."
    else
        say "libstdc++6 was installed from trixie but $SYMBOL is still missing; please report this."
        exit 1
    fi
}

# NativeAOT publishing (the AotDecisions sample and its test) needs a C toolchain and zlib's headers.
ensure_aot_toolchain() {
    if command -v clang >/dev/null && { [ -e /usr/include/zlib.h ] || [ -e /usr/local/include/zlib.h ]; }; then
        say "clang and zlib headers are present (NativeAOT): nothing to do."
        return 0
    fi
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        say "Installing clang and zlib1g-dev for NativeAOT publishing."
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq clang zlib1g-dev >/dev/null
        return 0
    fi
    say "NativeAOT publishing needs clang and zlib's development files (Debian/Ubuntu: apt-get install clang zlib1g-dev)."
    exit 1
}

ensure_libstdcxx
ensure_aot_toolchain
