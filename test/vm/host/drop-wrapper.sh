#!/bin/bash
# The server command for the access test, run by the rig inside its network namespace:
#   drop-wrapper.sh SHARE_DIR SERVER_COMMAND...
# Runs the server and, whenever the guest creates SHARE_DIR/drop-request (through the 9p share),
# aborts the server's established TCP connections on $VMCLIENT_PORT (`ss -K`: the guest's
# kernel client gets a reset and reconnects, from whatever source address its route now has),
# then creates SHARE_DIR/dropped, holding "ok" or why not (`ss -K` needs a host kernel with
# CONFIG_INET_DIAG_DESTROY). The rig's SIGTERM reaches the whole process group.
set -u
share=$1
shift
"$@" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server"; exit $?' TERM INT
while kill -0 "$server" 2>/dev/null; do
    if [[ -e $share/drop-request ]]; then
        rm -f "$share/drop-request"
        filter="( sport = :${VMCLIENT_PORT} )"
        ss -K -t state established "$filter" > /dev/null
        left=$(ss -H -t state established "$filter" | wc -l)
        if [[ $left == 0 ]]; then echo ok; else echo "ss -K left $left connection(s) open"; fi > "$share/dropped"
    fi
    sleep 0.1
done
wait "$server"
