#!/usr/bin/env bash
# Builds the Linux installer target/installer/normdesk_<version>-1_amd64.deb (统信UOS, 麒麟, Debian,
# Ubuntu): mvn package, a Java runtime trimmed by jlink to the modules normdesk uses, then
# jpackage --type deb. The package installs into /opt/normdesk and adds a menu entry
# 规范性文件审核备案 (办公). User data stays in ~/.local/share/normdesk, outside the package.
#
# Needs: JDK 17+ (jdeps, jlink, jpackage; from JAVA_HOME or PATH), Maven, fakeroot, dpkg-deb, and a
# display or xvfb-run (one start of the window records the classes for the class archive).
# See installer/README.md.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: installer/build-deb.sh [--version X.Y.Z] [--skip-package]

  --version X.Y.Z   package version (default: the pom's version without -SNAPSHOT etc.)
  --skip-package    reuse target/app from an earlier `mvn package` instead of building it

Environment:
  MVN_ARGS                   extra Maven arguments, e.g. MVN_ARGS=-o for an offline build
  DPKG_DEB_COMPRESSOR_TYPE   read by dpkg-deb; gzip builds faster than the default xz (on a busy
                             2-core machine 9 instead of 17 minutes); the package gets ~15% bigger
EOF
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

version_override=""
skip_package=false
while [ $# -gt 0 ]; do
    case "$1" in
        --version) version_override="${2:?--version needs a value}"; shift 2 ;;
        --skip-package) skip_package=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done

fail() { echo "build-deb: $*" >&2; exit 1; }

# JDK tools: from JAVA_HOME when set, else from PATH.
jdk_tool() {
    local t="$1"
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$t" ]; then
        echo "$JAVA_HOME/bin/$t"
    elif command -v "$t" >/dev/null 2>&1; then
        command -v "$t"
    else
        fail "$t not found: install a JDK 17 or newer (not only a JRE) and set JAVA_HOME"
    fi
}
JDEPS="$(jdk_tool jdeps)"; JLINK="$(jdk_tool jlink)"; JPACKAGE="$(jdk_tool jpackage)"; JAR="$(jdk_tool jar)"
for t in fakeroot dpkg-deb; do
    command -v "$t" >/dev/null 2>&1 || fail "$t not found: sudo apt-get install $t"
done

app="target/app"
out="target/installer"
work="target/installer-work/deb"

# 1. The application: target/app/normdesk.jar and its libraries in target/app/lib. target/app is
#    emptied first so that jars of older dependency versions do not end up in the package.
if [ "$skip_package" = false ]; then
    rm -rf "$app"
    echo "== mvn package"
    # shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
    mvn -B -q ${MVN_ARGS:-} package -DskipTests
fi
[ -f "$app/normdesk.jar" ] || fail "$app/normdesk.jar missing; run without --skip-package"

# 2. The version: the pom's, as Maven wrote it into the jar's manifest (Implementation-Version).
#    Installers need a plain number, so 0.2.0-SNAPSHOT becomes 0.2.0.
if [ -n "$version_override" ]; then
    version="$version_override"
else
    rm -rf "$work/manifest" && mkdir -p "$work/manifest"
    (cd "$work/manifest" && "$JAR" xf "$root/$app/normdesk.jar" META-INF/MANIFEST.MF)
    version="$(sed -n 's/^Implementation-Version: *\([^[:space:]]*\).*/\1/p' "$work/manifest/META-INF/MANIFEST.MF")"
    version="${version%%-*}"
fi
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "version '$version' is not of the form 1.2.3"
echo "== version $version"

# 3. The runtime: the modules jdeps finds in the application, plus those looked up at run time
#    (installer/jlink-modules.txt says which and why), Chinese and English locale data only.
echo "== jdeps"
found="$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$app/lib/*" "$app/normdesk.jar" | tail -n 1)"
[[ "$found" =~ ^java\.base ]] || fail "jdeps did not print a module list: $found"
extra="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/jlink-modules.txt" | grep -v '^$' | paste -sd, -)"
modules="$(echo "$found,$extra" | tr , '\n' | sort -u | paste -sd, -)"
echo "   modules: $modules"
rm -rf "$work/runtime"
echo "== jlink"
"$JLINK" --add-modules "$modules" --include-locales=zh,en \
    --strip-debug --no-header-files --no-man-pages --output "$work/runtime"
# The trimmed runtime must at least start the application.
"$work/runtime/bin/java" -jar "$app/normdesk.jar" --version >/dev/null \
    || fail "the trimmed runtime does not start normdesk"

# 4. The class list: one start of the window under the trimmed runtime records the classes it
#    loads (names only). The package carries it, and its postinst dumps those classes into a class
#    data sharing archive beside the jars where they are installed (the archive is tied to the jars'
#    paths, so it cannot be made here); every start then maps them from that file instead of
#    loading about 9,000 classes one by one, which took about half of a start on a 2-core PC. The
#    start needs a display: the desktop's, or Xvfb through xvfb-run. Without either the package is
#    built without the list and starts without the archive.
input="$work/input"
rm -rf "$input" "$work/probe-data" "$work/probe.properties"
cp -r "$app" "$input"
with_display() {
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        "$@"
    elif command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a "$@"
    else
        return 1
    fi
}
echo "== class list"
"$work/runtime/bin/java" -jar "$input/normdesk.jar" --data "$work/probe-data" demo >/dev/null \
    || fail "the trimmed runtime could not load the demo register"
if with_display "$work/runtime/bin/java" -XX:DumpLoadedClassList="$input/normdesk.classlist" \
        -Dnormdesk.startupProbe="$work/probe.properties" -cp "$input/normdesk.jar" \
        org.normdesk.app.Launcher --data "$work/probe-data" >/dev/null 2>&1 \
        && grep -q '^startMs=' "$work/probe.properties"; then
    echo "   $(wc -l < "$input/normdesk.classlist") classes; a start took $(sed -n 's/^startMs=//p' "$work/probe.properties") ms without the archive"
else
    rm -f "$input/normdesk.classlist"
    echo "   WARNING: no display (set DISPLAY or install xvfb): the package will start without a class archive" >&2
fi

# 5. The package.
echo "== jpackage --type deb"
mkdir -p "$out"
rm -f "$out/normdesk_${version}-1_amd64.deb"
rm -rf "$work/jpackage-tmp"
"$JPACKAGE" --type deb \
    --name normdesk \
    --app-version "$version" \
    --description "规范性文件合法性审核与备案管理：登记、合法性审核、备案与清理（离线）" \
    --vendor "normdesk" \
    --copyright "normdesk contributors, Apache-2.0" \
    --license-file LICENSE \
    --input "$input" \
    --main-jar normdesk.jar \
    --java-options '-XX:SharedArchiveFile=$APPDIR/normdesk.jsa' \
    --java-options '-Xshare:auto' \
    --main-class org.normdesk.app.Launcher \
    --runtime-image "$work/runtime" \
    --icon "$here/resources/normdesk.png" \
    --resource-dir "$here/resources/linux" \
    --linux-shortcut \
    --linux-menu-group Office \
    --linux-app-category misc \
    --linux-deb-maintainer "${NORMDESK_DEB_MAINTAINER:-normdesk@example.org}" \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" \
    --temp "$work/jpackage-tmp" \
    --dest "$out"

deb="$out/normdesk_${version}-1_amd64.deb"
[ -f "$deb" ] || fail "jpackage did not write $deb"
echo "== $deb ($(du -h "$deb" | cut -f1))"
echo "   install: sudo dpkg -i $deb    (or: sudo apt install ./$deb)"
