#!/usr/bin/env bash
# What a screen reader gets from the reader: starts it on a virtual screen with the AT-SPI bus (and Orca,
# when installed, writing what it would say to a debug file), prints the article's links and headings
# and the visible controls without a name (tests/ui/atspi_probe.py), presses keys and prints what Orca
# said after each.
#   scripts/screen-reader-tour.sh OUT "KEYS" APP_COMMAND...
#   e.g. scripts/screen-reader-tour.sh /tmp/tour "Tab Tab Tab Tab shift+Tab h Return" \
#          .venv/bin/cancer-reader --open https://www.cancer.gov/types/breast/treatment/immunotherapy
# Needs: apt-get install at-spi2-core gsettings-desktop-schemas python3-pyatspi dbus-x11 xvfb xdotool orca
# Environment: APP_WAIT (seconds before probing, default 8), KEY_WAIT (seconds after each key, 1.5),
# PROBE_ARGS (e.g. --no-article for the kiosk's home screen). Keys with modifiers ("ctrl+Home") are held
# down around the key; "type:fatigue" types the word. Orca's own settings stay in OUT/home.
set -u
# One tour at a time on this machine: Orca refuses to start beside another Orca of the same user, and
# its --replace would SIGKILL every other user's-own Orca (someone else's tour), so it is not used.
if [ -z "${TOUR_LOCKED:-}" ]; then
  exec env TOUR_LOCKED=1 flock "${TOUR_LOCK:-/tmp/screen-reader-tour.lock}" "$0" "$@"
fi
here=$(cd "$(dirname "$0")/.." && pwd)
out=$1; keys=$2; shift 2
mkdir -p "$out/home"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$out/display" >/dev/null 2>&1 & xpid=$!
for _ in $(seq 50); do [ -s "$out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$out/display")"
eval "$(dbus-launch --sh-syntax)"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & bpid=$!
sleep 1
HOME="$out/home" QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb \
  "$@" --data-dir "$out/data" --cache-dir "$out/cache" >"$out/app.log" 2>&1 & apid=$!
sleep "${APP_WAIT:-8}"
xdotool search --name "Cancer Information Reader" windowfocus >/dev/null 2>&1
/usr/bin/python3 "$here/tests/ui/atspi_probe.py" --timeout "${PROBE_WAIT:-60}" --parts-optional ${PROBE_ARGS:-} >"$out/structure.json" 2>"$out/probe.log"
opid=
if command -v orca >/dev/null; then
  HOME="$out/home" orca --debug-file="$out/orca.log" >/dev/null 2>&1 & opid=$!
  sleep 5
  xdotool search --name "Cancer Information Reader" windowfocus >/dev/null 2>&1
  sleep 2
fi
KEY_WAIT=${KEY_WAIT:-1.5} /usr/bin/python3 - "$out" $keys <<'PY'
import json, os, subprocess, sys, time
out, keys = sys.argv[1], sys.argv[2:]
marks = []
for key in keys:
    marks.append((key, time.time()))
    *held, last = key.split("+")
    if key.startswith("type:"):  # words typed at a person's pace: type:fatigue
        subprocess.run(["xdotool", "type", "--delay", "150", key[5:]])
    elif held:  # held down around the key, as a person does: Orca reads the modifiers at the key's release
        subprocess.run(["xdotool", "keydown", *held, "sleep", "0.2", "key", last, "sleep", "0.3", "keyup", *held])
    else:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key])
    time.sleep(float(os.environ["KEY_WAIT"]))
time.sleep(3)
json.dump(marks, open(os.path.join(out, "marks.json"), "w"))
PY
kill $opid $apid 2>/dev/null; sleep 1  # Orca writes the last lines of its debug file as it quits
kill $bpid $xpid "$DBUS_SESSION_BUS_PID" 2>/dev/null
/usr/bin/python3 - "$out" <<'PY' >"$out/tour.txt"
import datetime as dt, json, os, re, sys
out = sys.argv[1]
marks = json.load(open(os.path.join(out, "marks.json")))
log = os.path.join(out, "orca.log")
echo = ("tab", "left shift", "return", "escape", "down", "up", "shift", "h", "f7", "left alt", "home",
        "left control", "plus", "end")
speech = []
if os.path.exists(log):
    day = dt.date.today()
    text = open(log, errors="replace").read()  # one thing said may run over several lines
    # Continuation lines of one utterance are indented; say-all lines have no {...} after the quote.
    pattern = r"(\d\d):(\d\d):(\d\d\.\d+) - SPEECH OUTPUT: '(.*?)' ?(?:\{[^\n]*\})?(?=\n\S|\n?\Z)"
    for m in re.finditer(pattern, text, re.S):
        words = " ".join(m[4].split())
        if words and words.lower() not in echo:
            when = dt.datetime.combine(day, dt.time(int(m[1]), int(m[2]))).timestamp() + float(m[3])
            speech.append((when, words))
for i, (key, when) in enumerate(marks):
    end = marks[i + 1][1] if i + 1 < len(marks) else float("inf")
    said = [w for t, w in speech if when <= t < end and w != "Screen reader off."]
    if len(said) > 8:  # say all: the start is what matters
        said = said[:6] + [f"… {len(said) - 6} more lines"]
    print(f"{i + 1:2d} {key}: " + " | ".join(said))
PY
cat "$out/structure.json"; echo; cat "$out/tour.txt"
