"""Build the offline wheelhouse: the project's wheel and a wheel of every dependency for one platform and Python
version, in one folder with install.sh and install.bat, to copy to a machine with no network.

    .venv/bin/python packaging/wheelhouse.py linux      # → dist/wheelhouse-linux-py3.11/
    .venv/bin/python packaging/wheelhouse.py windows    # the same for 64-bit Windows, from any machine

Needs pip and `packaging` (`pip install -e ".[release]"`) and the network to the package index.
"""

from __future__ import annotations

import argparse
import email.parser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
INSTALLERS = ("install.sh", "install.bat")
VERSION_FILE = "python-version.txt"  # the installers check their Python against it
# The environment markers and wheel platforms of each target (x86-64). PySide6 6.11 needs glibc 2.34.
TARGETS: dict[str, tuple[dict[str, str], list[str]]] = {
    "linux": (
        {"os_name": "posix", "sys_platform": "linux", "platform_system": "Linux", "platform_machine": "x86_64"},
        ["manylinux2014_x86_64", *(f"manylinux_2_{minor}_x86_64" for minor in range(17, 35))],
    ),
    "windows": (
        {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64"},
        ["win_amd64"],
    ),
}


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def requirements(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA") and n.count("/") == 1)
        return email.parser.Parser().parsestr(archive.read(name).decode("utf-8")).get_all("Requires-Dist") or []


def missing(folder: Path, markers: dict[str, str]) -> list[str]:
    """What the wheels in *folder* require on the target and no wheel there provides. pip evaluates environment
    markers for the machine it runs on, so a requirement only the target has (`; sys_platform == "win32"`) is
    left out of a download for another platform."""
    present = {canonicalize_name(parse_wheel_filename(w.name)[0]) for w in folder.glob("*.whl")}
    wanted = []
    for wheel in sorted(folder.glob("*.whl")):
        for line in requirements(wheel):
            requirement = Requirement(line)
            applies = requirement.marker is None or requirement.marker.evaluate({**markers, "extra": ""})
            if applies and canonicalize_name(requirement.name) not in present:
                requirement.marker = None
                wanted.append(str(requirement))
    return sorted(set(wanted))


def build(platform: str, python: str, out: Path) -> None:
    markers, platforms = TARGETS[platform]
    markers = {**markers, "python_version": python, "python_full_version": f"{python}.0"}
    target = ["--only-binary=:all:", "--python-version", python, "--implementation", "cp"]
    target += ["--abi", f"cp{python.replace('.', '')}", *(f"--platform={p}" for p in platforms)]
    if out.exists() and any(out.iterdir()):
        if not (out / VERSION_FILE).exists():  # only an earlier wheelhouse is replaced
            raise SystemExit(f"{out} is not empty and holds no wheelhouse: choose another --out")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    pip("wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(REPO))
    [own] = out.glob("*.whl")
    pip("download", "--quiet", "--dest", str(out), *target, str(own))
    while wanted := missing(out, markers):
        before = set(out.glob("*.whl"))
        pip("download", "--quiet", "--dest", str(out), *target, *wanted)
        if set(out.glob("*.whl")) == before:
            raise SystemExit(f"no wheel for {platform} provides: {', '.join(wanted)}")
    for name in INSTALLERS:
        shutil.copy2(HERE / name, out / name)
    (out / VERSION_FILE).write_text(python, encoding="ascii")
    print(f"{out}: {len(list(out.glob('*.whl')))} wheels for {platform}, Python {python}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog="Then copy OUT to the machine.")
    parser.add_argument("platform", choices=sorted(TARGETS), help="the platform of the machine it is for")
    current = f"{sys.version_info.major}.{sys.version_info.minor}"
    parser.add_argument("--python", default=current, help=f"its Python version (default {current}: this one's)")
    parser.add_argument("--out", type=Path, help="the folder to make (default dist/wheelhouse-PLATFORM-pyPYTHON)")
    args = parser.parse_args(argv)
    build(args.platform, args.python, args.out or REPO / "dist" / f"wheelhouse-{args.platform}-py{args.python}")


if __name__ == "__main__":
    main()
