#!/usr/bin/env bash
# Run first by `npm test`: makes sure what the tests need outside npm is here — Debian's Chromium
# for the end-to-end tests, and PostgreSQL for the database tests. As root on Debian it installs
# and starts them; otherwise it stops at once with one line naming the command to run.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
pg_url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }
say() { echo "preflight: $*" >&2; }
stop() {
  say "$*"
  exit 1
}

# pg_isready comes with the PostgreSQL client; without it, try the port with bash's /dev/tcp.
pg_up() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -d "$pg_url" -q 2>/dev/null
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}

missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${missing[*]}" = fonts-dejavu-core ] && ! can_install; then
    say "no DejaVu fonts; screenshots may differ (apt-get install -y fonts-dejavu-core)"
  elif can_install; then
    say "installing ${missing[*]} from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    stop "the end-to-end tests need Chromium at $chromium_path: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH), then npm test"
  fi
fi

if ! pg_up; then
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    stop "PostgreSQL at TEST_DATABASE_URL ($TEST_DATABASE_URL) does not answer; start it, then npm test"
  fi
  if ! can_install; then
    stop "the database tests need PostgreSQL at 127.0.0.1:5432 (user postgres, trust, database test): run 'sudo apt-get install -y postgresql' and start it, or set TEST_DATABASE_URL"
  fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    say "installing PostgreSQL from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    version=$(ls /etc/postgresql | head -1)
    # Trust local TCP connections, as on the development machines.
    sed -i -E 's/^(host\s+all\s+all\s+127\.0\.0\.1\/32\s+)\S+/\1trust/' "/etc/postgresql/$version/main/pg_hba.conf"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  for _ in $(seq 1 60); do pg_up && break; sleep 0.5; done
  pg_up || stop "PostgreSQL did not start; see /var/log/postgresql"
fi
if [ -z "${TEST_DATABASE_URL:-}" ] && command -v psql >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'test'" | grep -q 1 ||
    psql -h 127.0.0.1 -U postgres -d postgres -qc 'create database test'
fi
