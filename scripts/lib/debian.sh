# Installing from Debian's packages, as root or through sudo. Source this file.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# install_debian_packages PACKAGE...: apt-get install, after refreshing the package lists.
install_debian_packages() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
