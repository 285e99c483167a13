# Shared by bin/db-backup and bin/db-restore: connection settings and where the client tools are.
SW_DB_HOST="${SW_DB_HOST:-127.0.0.1}"
SW_DB_PORT="${SW_DB_PORT:-3306}"
SW_DB_USER="${SW_DB_USER:-root}"
SW_DB_PASSWORD="${SW_DB_PASSWORD:-}"
SW_DB_NAME="${SW_DB_NAME:-suarawarga}"

# The password goes through a private option file, never the command line (visible in ps).
DB_DEFAULTS="$(mktemp)"
trap 'rm -f "$DB_DEFAULTS"' EXIT
chmod 600 "$DB_DEFAULTS"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\nprotocol=TCP\n' \
  "$SW_DB_HOST" "$SW_DB_PORT" "$SW_DB_USER" "$SW_DB_PASSWORD" > "$DB_DEFAULTS"

# db_tool NAME... : the first of these client tools found in SW_DB_BIN, then on the PATH.
db_tool() {
  local name
  for name in "$@"; do
    if [[ -n "${SW_DB_BIN:-}" && -x "$SW_DB_BIN/$name" ]]; then echo "$SW_DB_BIN/$name"; return; fi
  done
  for name in "$@"; do
    if command -v "$name" > /dev/null; then command -v "$name"; return; fi
  done
  echo "no $* found: install the MariaDB/MySQL client (apt-get install mariadb-client) or set SW_DB_BIN" >&2
  exit 1
}
