#!/usr/bin/env bash
# Serves dist/ (or $DIST) with nginx under the intranet-like sub-path $SUBPATH on 127.0.0.1:$PORT, using
# the deployment sample tests/deploy/nginx-location.conf (the same file the README documents).
# Runs in the foreground until killed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
PORT="${PORT:-8080}"
DIR="$ROOT/target/nginx-$PORT"
mkdir -p "$DIR/logs" "$DIR/tmp"
sed -e "s|@DIST@|${DIST:-$ROOT/dist}|g" -e "s|@SUBPATH_BARE@|${SUBPATH%/}|g" -e "s|@SUBPATH@|$SUBPATH|g" "$ROOT/tests/deploy/nginx-location.conf" > "$DIR/location.conf"
# Workers run as the invoking user: a checkout in a private folder (mktemp -d is mode 700)
# would be unreadable to nginx's default "nobody" workers.
cat > "$DIR/nginx.conf" <<CONF
user $(id -un) $(id -gn);
daemon off;
worker_processes 1;
pid $DIR/nginx.pid;
error_log $DIR/logs/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $DIR/logs/access.log;
    client_body_temp_path $DIR/tmp/body;
    proxy_temp_path $DIR/tmp/proxy;
    fastcgi_temp_path $DIR/tmp/fastcgi;
    uwsgi_temp_path $DIR/tmp/uwsgi;
    scgi_temp_path $DIR/tmp/scgi;
    server {
        listen 127.0.0.1:$PORT;
        include $DIR/location.conf;
    }
}
CONF
exec nginx -p "$DIR" -c "$DIR/nginx.conf"
