@echo off
rem Installs the Planning Workbench from the wheels beside this script, with no network (see --help).
setlocal
set "HERE=%~dp0"
set "DEFAULT=%LOCALAPPDATA%\yrd-planning-workbench\venv"
if /i "%~1"=="--help" goto usage
if /i "%~1"=="-h" goto usage
if /i "%~1"=="/?" goto usage

set "VENV=%~1"
if "%VENV%"=="" set "VENV=%DEFAULT%"
if not exist "%HERE%python-version.txt" goto not_a_wheelhouse
set /p WANTED=<"%HERE%python-version.txt"

rem The Python launcher picks the version the wheels are for; PYTHON overrides it.
if defined PYTHON goto check
set "PYTHON=python"
where py >nul 2>nul && set "PYTHON=py -%WANTED%"
:check
%PYTHON% -c "import sys; sys.exit('%%d.%%d' %% sys.version_info[:2] != '%WANTED%')" 2>nul || goto wrong_python
%PYTHON% -m venv "%VENV%" || exit /b 1
"%VENV%\Scripts\python.exe" -m pip install --quiet --disable-pip-version-check --no-index --find-links "%HERE%." --upgrade yrd-planning-workbench || exit /b 1
echo Installed. Run: "%VENV%\Scripts\workbench.exe"
exit /b 0

:usage
echo usage: install.bat [--help] [VENV]
echo.
echo Installs the Planning Workbench from the wheels in this folder, with no network, into the virtual
echo environment VENV (default %DEFAULT%), made with the Python the wheels are for
echo (python-version.txt): %%PYTHON%%, else "py -X.Y", else python. Then run VENV\Scripts\workbench.exe.
exit /b 0

:not_a_wheelhouse
echo "%HERE%" is not a wheelhouse: build one with packaging\wheelhouse.py 1>&2
exit /b 1

:wrong_python
echo These wheels are for Python %WANTED%: install it from python.org, or set PYTHON to a Python %WANTED%. 1>&2
exit /b 1
