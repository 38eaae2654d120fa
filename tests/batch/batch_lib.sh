# Helpers shared by the batch tests (sourced, not run).

failures=0
fail() {
  echo "FAIL $1"
  failures=$((failures + 1))
}

# make_cvs DIR N CORPUS: N good résumés under DIR, in ten subfolders, each a
# copy of a corpus file or a perturbation of it (CRLF line ends, an extra
# line), so results differ and the subfolders are mirrored in --out-dir.
make_cvs() {
  python3 - "$1" "$2" "$3" <<'PY'
import pathlib, sys
out, count, corpus = pathlib.Path(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
sources = sorted(corpus.glob("[0-9][0-9][0-9].txt"))
for i in range(count):
    data = sources[i % len(sources)].read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None  # UTF-16 or a legacy encoding: copied as it is
    if text is not None and i % 3 == 1:
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    elif text is not None and i % 3 == 2:
        data = (text.rstrip("\n") + f"\nReference: batch-{i}\n").encode("utf-8")
    path = out / f"g{i % 10}" / f"cv{i:04d}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
PY
}

# count_results DIR: the number of result files (*.json) under DIR.
count_results() {
  find "$1" -type f -name '*.json' 2>/dev/null | wc -l
}

# temporary_files DIR: hidden files under DIR (WriteFileAtomically's .NAME.tmp.*).
temporary_files() {
  find "$1" -name '.*' 2>/dev/null
}

# wait_until_count PID DIR N: until DIR holds N results or PID has exited.
wait_until_count() {
  while kill -0 "$1" 2>/dev/null && (($(count_results "$2") < $3)); do sleep 0.02; done
}

# line_count FILE: its number of lines, 0 while it does not exist yet.
line_count() {
  if [[ -f $1 ]]; then wc -l <"$1"; else echo 0; fi
}

# wait_for_handler PID: until PID catches SIGINT (Linux: SigCgt in
# /proc/PID/status), so a signal sent next is not lost. A background job of a
# script starts with SIGINT ignored, and cvparse installs its handler only
# once its lexicons are loaded.
wait_for_handler() {
  local mask
  while kill -0 "$1" 2>/dev/null; do
    mask=$(awk '/^SigCgt:/ {print $2}' "/proc/$1/status" 2>/dev/null)
    [[ -n $mask ]] && (((16#$mask & 2) != 0)) && return 0
    sleep 0.01
  done
}
