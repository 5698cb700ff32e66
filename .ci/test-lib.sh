# Shared by the shell tests (.ci/test-pre-commit, .ci/test-action): assertions and a release on 127.0.0.1.
# Source it after `cd` to the repository; call `finish` at the end.

passed=0
failed=0
server_pid=
work=$(mktemp -d)
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

check() { # DESCRIPTION COMMAND...: one assertion
  local what=$1
  shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $what"; else failed=$((failed + 1)); echo "  FAIL $what"; fi
}
contains() { grep -qF -- "$2" "$1"; }
lacks() { ! grep -qF -- "$2" "$1"; }
now_ms() { date +%s%3N; }

# The release as the release workflow publishes it (.ci/release-assets from target/), served on 127.0.0.1
# under $work/releases/vX.Y.Z/, with a copy whose .sha256 is wrong under $work/tampered/. Sets version, port,
# HEADROOM_RELEASE_URL.
serve_release() {
  version=$(DIST_DIR="$work/dist" .ci/release-assets 2> /dev/null | sed -n 's/^version=//p')
  mkdir -p "$work/releases/v$version" "$work/tampered/v$version"
  cp "$work/dist/"* "$work/releases/v$version/"
  cp "$work/dist/headroom-$version.jar" "$work/tampered/v$version/"
  echo "0000000000000000000000000000000000000000000000000000000000000000  headroom-$version.jar" \
    > "$work/tampered/v$version/headroom-$version.jar.sha256"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work" > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/" > /dev/null 2>&1 && break; sleep 0.2; done
  export HEADROOM_RELEASE_URL="http://127.0.0.1:$port/releases"
}
jar_gets() { grep -c "GET /releases/v$version/headroom-$version.jar HTTP" "$work/server.log" || true; }

git_quiet() { git -c user.name=t -c user.email=t@example.invalid -c init.defaultBranch=main -c commit.gpgsign=false "$@" > /dev/null; }

# DIR: a git repository of this checkout's files as they are now (committed or not), tagged v$version, as a
# stand-in for the project's repository at a release.
make_hook_repo() {
  mkdir -p "$1"
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && cp --parents -p -- "$f" "$1/"
  done
  (cd "$1" && git_quiet init && git_quiet add -A && git_quiet commit -m release && git_quiet tag "v$version")
}

finish() { # NAME: prints the closing line and the logs of a failed run
  if [ "$failed" -gt 0 ]; then
    for f in "$work"/*.log; do echo "--- $f"; cat "$f"; done
  fi
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
