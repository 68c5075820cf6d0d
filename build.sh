#!/usr/bin/env bash
# One entry point for a fresh machine: installs what is missing, builds, then runs the chosen job.
#   ./build.sh demo [config]   render the demo corpus, train, print the Table I/II report (default pipelines/demo.json)
#   ./build.sh test            run the whole test suite
#   ./build.sh bench [filter]  run the BenchmarkDotNet suite (Release)
#   ./build.sh setup           only install system packages and restore
set -euo pipefail
cd "$(dirname "$0")"

need_pkgs=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || need_pkgs+=(ffmpeg)
[ -f /usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml ] || need_pkgs+=(opencv-data)
# OpenCvSharp's native library links against GTK 3.
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || need_pkgs+=(libgtk-3-0)

if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
  else
    echo "error: missing system packages: ${need_pkgs[*]} (Debian: sudo apt-get install ${need_pkgs[*]})" >&2
    exit 2
  fi
fi
command -v dotnet >/dev/null 2>&1 || { echo "error: the .NET 10 SDK (dotnet) is required" >&2; exit 2; }

verb="${1:-demo}"; shift || true
case "$verb" in
  setup) dotnet restore TcWgan.MLNet.sln ;;
  demo)
    dotnet build src/TcWgan.Cli -c Release -nologo -v q
    dotnet run --no-build -c Release --project src/TcWgan.Cli -- experiment "${1:-pipelines/demo.json}" "${@:2}" ;;
  test) dotnet test TcWgan.MLNet.sln -c Release -nologo "$@" ;;
  bench) dotnet run -c Release --project benchmarks/TcWgan.Benchmarks -- --filter "${1:-*}" "${@:2}" ;;
  *) echo "usage: ./build.sh demo|test|bench|setup" >&2; exit 2 ;;
esac
