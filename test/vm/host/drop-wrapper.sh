#!/bin/bash
# The server command for the access test, run by the rig inside its network namespace:
#   drop-wrapper.sh SHARE_DIR SERVER_COMMAND...
# Runs the server and, whenever the guest creates SHARE_DIR/drop-request (through the 9p share),
# aborts the server's established TCP connections on $VMCLIENT_PORT (`ss -K`: the guest's
# kernel client gets a reset and reconnects, from whatever source address its route now has),
# then creates SHARE_DIR/dropped. The rig's SIGTERM reaches the whole process group.
set -u
share=$1
shift
"$@" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server"; exit $?' TERM INT
while kill -0 "$server" 2>/dev/null; do
    if [[ -e $share/drop-request ]]; then
        rm -f "$share/drop-request"
        ss -K -t state established "( sport = :${VMCLIENT_PORT} )" > /dev/null
        touch "$share/dropped"
    fi
    sleep 0.1
done
wait "$server"
