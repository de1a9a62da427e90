"""End to end on a real JupyterHub, on this machine only: what `make test-hub` runs.

usage: _build/hub-venv/bin/python deploy/jupyterhub/e2e.py [--edition student] [--notebook PATH]...

1. Publishes the student edition (the folder ``make student`` writes, without ``keys/``) as a commit
   on the branch ``student-edition`` of a git repository in a temporary folder: the stand-in for
   the course's public repository.
2. Starts JupyterHub (from _build/hub-venv), with configurable-http-proxy from node_modules/, the
   DummyAuthenticator (two allowed students) and SimpleLocalProcessSpawner, whose homes are folders
   of the temporary folder (no system users, nothing written outside it). Hub, proxy and servers
   bind 127.0.0.1 on free ports.
3. Logs each student in through the REST API (``POST /hub/api/users/NAME/tokens`` with a username
   and password: a token), starts their server, checks that the other student cannot reach it, and
   opens the nbgitpuller link that ``links.py`` makes for the notebook as a browser would (the hub's
   login form, then OAuth on the student's server); then runs the pull that nbgitpuller's page
   starts, and checks the clone is in the student's own home.
4. Executes the notebook in each student's server through the Jupyter server API: a session (a real
   kernel, started in the notebook's folder), every code cell sent over the kernel's websocket, and
   every reply required to be "ok".
5. The first student edits the notebook, a new commit lands on the edition, and the student opens
   the link again: the commit arrives and the edit stays.
6. Stops the servers, the hub and the proxy, and kills whatever is left of the processes it started
   (each carries a marker in its environment), then removes the temporary folder.

It stops by itself: every request has a timeout, and the whole run a deadline (``--timeout``),
after which it cleans up and fails. Exit status 0 only if every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import requests
import websocket

import links

ROOT = Path(__file__).resolve().parents[2]
HUB_VENV = ROOT / "_build" / "hub-venv"
PROXY = ROOT / "node_modules" / ".bin" / "configurable-http-proxy"
STUDENTS = ("ada", "grace")
MARKER = "DEEPSEEK_SHOCK_HUB_E2E"
REQUEST_TIMEOUT = 30


class Deadline(Exception):
    """The whole run took longer than --timeout."""


def log(message: str) -> None:
    print(f"test-hub: {message}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args: list[str], cwd: Path) -> None:
    """Run git in ``cwd``, reading no user or system configuration."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(cwd), "GIT_CONFIG_NOSYSTEM": "1",
           "LANG": "C.UTF-8"}
    subprocess.run(args, cwd=cwd, env=env, check=True, timeout=60, stdout=subprocess.DEVNULL)


def publish_edition(edition: Path, remote: Path, branch: str) -> str:
    """Commit the student edition (without answer keys) on ``branch`` of a new repository at ``remote``;
    its file:// URL."""
    if not edition.is_dir():
        raise SystemExit(f"test-hub: --edition {edition}: not a folder (run `make student` first)")
    shutil.copytree(edition, remote, ignore=shutil.ignore_patterns("keys", "__pycache__", ".*"))
    git = ["git", "-c", "user.name=test-hub", "-c", "user.email=test-hub@127.0.0.1",
           "-c", "init.defaultBranch=" + branch, "-c", "commit.gpgsign=false"]
    run(git + ["init", "--quiet"], remote)
    run(git + ["add", "--all"], remote)
    run(git + ["commit", "--quiet", "-m", "Student edition (test-hub)"], remote)
    return remote.as_uri()


def hub_config(work: Path, ports: dict, service_token: str) -> Path:
    """jupyterhub_config.py for this run: everything on 127.0.0.1, everything under ``work``. The
    servers and their kernels run in _build/hub-venv, built like the single-user image of
    config.yaml: requirements.txt plus deploy/jupyterhub/requirements-hub.txt."""
    config = {
        "JupyterHub.bind_url": f"http://127.0.0.1:{ports['hub']}",
        "JupyterHub.hub_ip": "127.0.0.1",
        "JupyterHub.hub_port": ports["hub_api"],
        "JupyterHub.db_url": f"sqlite:///{work / 'jupyterhub.sqlite'}",
        "JupyterHub.cookie_secret_file": str(work / "jupyterhub_cookie_secret"),
        "JupyterHub.pid_file": str(work / "jupyterhub.pid"),
        "JupyterHub.authenticator_class": "dummy",
        "JupyterHub.spawner_class": "simple",
        "JupyterHub.cleanup_servers": True,
        "JupyterHub.services": [{"name": "test-hub", "api_token": service_token}],
        "JupyterHub.load_roles": [{"name": "test-hub", "services": ["test-hub"],
                                   "scopes": ["list:users", "read:users", "admin:servers"]}],
        "Authenticator.allowed_users": list(STUDENTS),
        "ConfigurableHTTPProxy.command": [str(PROXY)],
        "ConfigurableHTTPProxy.api_url": f"http://127.0.0.1:{ports['proxy_api']}",
        "ConfigurableHTTPProxy.should_start": True,
        "SimpleLocalProcessSpawner.home_dir_template": str(work / "home" / "{username}"),
        "Spawner.ip": "127.0.0.1",
        "Spawner.cmd": [str(HUB_VENV / "bin" / "jupyterhub-singleuser")],
        # The hub runs as root here (as CI does); the servers run as the same user.
        "Spawner.args": ["--allow-root"],
        "Spawner.start_timeout": 120,
        "Spawner.http_timeout": 120,
        "Spawner.environment": {MARKER: os.environ[MARKER], "PYDEVD_DISABLE_FILE_VALIDATION": "1",
                                "PYTHONDONTWRITEBYTECODE": "1"},
    }
    path = work / "jupyterhub_config.py"
    path.write_text("".join(f"c.{key} = {value!r}\n" for key, value in config.items()), encoding="utf-8")
    return path


class Hub:
    """A running JupyterHub, and the requests made to it."""

    def __init__(self, url: str, service_token: str, homes: dict[str, Path]):
        self.url, self.service_token, self.homes = url, service_token, homes

    def api(self, method: str, path: str, token: str | None = None, expect=(200,), **kwargs):
        headers = {"Authorization": f"token {token or self.service_token}"}
        response = requests.request(method, f"{self.url}/hub/api{path}", headers=headers,
                                    timeout=REQUEST_TIMEOUT, **kwargs)
        if response.status_code not in expect:
            raise AssertionError(f"{method} /hub/api{path}: HTTP {response.status_code}, expected "
                                 f"{expect}: {response.text[:300]}")
        return response

    def wait_ready(self, deadline: float) -> None:
        while True:
            try:
                if requests.get(f"{self.url}/hub/api/", timeout=5).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            check_deadline(deadline, "the hub to answer")
            time.sleep(0.5)

    def login(self, name: str) -> str:
        """A token for ``name``, got by logging in with a username and password (DummyAuthenticator)."""
        body = {"auth": {"username": name, "password": "any password"}, "note": "test-hub login"}
        response = requests.post(f"{self.url}/hub/api/users/{name}/tokens", json=body,
                                 timeout=REQUEST_TIMEOUT)
        if response.status_code != 201:
            raise AssertionError(f"login of {name}: HTTP {response.status_code}: {response.text[:300]}")
        return response.json()["token"]

    def browser_login(self, name: str) -> requests.Session:
        """A session with the cookies a browser gets from the hub's login form (DummyAuthenticator)."""
        browser = requests.Session()
        browser.get(f"{self.url}/hub/login", timeout=REQUEST_TIMEOUT).raise_for_status()
        form = {"username": name, "password": "any password", "_xsrf": browser.cookies.get("_xsrf", "")}
        response = browser.post(f"{self.url}/hub/login", data=form, timeout=REQUEST_TIMEOUT)
        if response.status_code != 200 or "jupyterhub-session-id" not in browser.cookies:
            raise AssertionError(f"login form of {name}: HTTP {response.status_code} at {response.url}")
        return browser

    def start_server(self, name: str, token: str, deadline: float) -> None:
        self.api("POST", f"/users/{name}/server", token, expect=(201, 202))
        while not self.api("GET", f"/users/{name}", token).json()["servers"].get("", {}).get("ready"):
            check_deadline(deadline, f"{name}'s server to start")
            time.sleep(0.5)


def terminated(signum, frame):
    raise Deadline(f"stopped by signal {signum}")


def check_deadline(deadline: float, waiting_for: str) -> None:
    if time.monotonic() > deadline:
        raise Deadline(f"gave up waiting for {waiting_for}")


def pull(hub: Hub, name: str, link: str, home: Path) -> str:
    """Open the nbgitpuller ``link`` in ``name``'s browser session (the hub sends it on to their server,
    which logs them in by OAuth), run the pull that nbgitpuller's page starts, return the opened path."""
    browser = hub.browser_login(name)
    page = browser.get(link, timeout=REQUEST_TIMEOUT)
    landed = urlsplit(page.url)
    if page.status_code != 200 or landed.path != f"/user/{name}/git-pull":
        raise AssertionError(f"{name}: the link landed on {page.url} (HTTP {page.status_code}), "
                             f"expected /user/{name}/git-pull")
    query = {key: values[0] for key, values in parse_qs(landed.query).items()}
    # What nbgitpuller's page does in the browser: an event stream from git-pull/api.
    api = f"{hub.url}/user/{name}/git-pull/api"
    params = {key: query[key] for key in ("repo", "branch")}
    phases = []
    with browser.get(api, params=params, stream=True, timeout=REQUEST_TIMEOUT) as stream:
        for line in stream.iter_lines(decode_unicode=True):
            if line and line.startswith("data:"):
                event = json.loads(line[len("data:"):])
                phases.append(event.get("phase"))
                if event.get("phase") == "error":
                    raise AssertionError(f"{name}: nbgitpuller failed: {event.get('message')}\n"
                                         f"{event.get('output', '')}")
                if event.get("phase") == "finished":
                    break
    if "finished" not in phases:
        raise AssertionError(f"{name}: nbgitpuller's stream ended without 'finished': {phases}")
    urlpath = query["urlpath"]
    prefix = links.INTERFACES["lab"]
    if not urlpath.startswith(prefix):
        raise AssertionError(f"{name}: urlpath {urlpath!r} does not open JupyterLab")
    opened = urlpath[len(prefix):]
    if not (home / opened).is_file():
        raise AssertionError(f"{name}: after the pull, {opened} is not in {home}")
    return opened


def execute(hub: Hub, name: str, token: str, path: str, deadline: float) -> int:
    """Run every code cell of notebook ``path`` in a new kernel of ``name``'s server; the number of
    cells run. Raises on the first cell whose reply is not "ok"."""
    base, headers = f"{hub.url}/user/{name}/api", {"Authorization": f"token {token}"}
    got = requests.get(f"{base}/contents/{path}", headers=headers, timeout=REQUEST_TIMEOUT)
    got.raise_for_status()
    cells = [c for c in got.json()["content"]["cells"] if c["cell_type"] == "code"]
    session = requests.post(f"{base}/sessions", headers=headers, timeout=REQUEST_TIMEOUT, json={
        "path": path, "type": "notebook", "name": Path(path).name, "kernel": {"name": "python3"}})
    session.raise_for_status()
    kernel = session.json()["kernel"]["id"]
    ws_url = f"ws{hub.url[len('http'):]}/user/{name}/api/kernels/{kernel}/channels"
    ws = websocket.create_connection(ws_url, header=[f"Authorization: token {token}"], timeout=120)
    try:
        setup = ("import os\nprint(os.getcwd())")
        cwd = run_cell(ws, setup, deadline)["stdout"].strip()
        if cwd != str(hub.homes[name] / Path(path).parent):
            raise AssertionError(f"{name}: the kernel runs in {cwd}, not in the notebook's folder")
        outputs = 0
        for number, cell in enumerate(cells, 1):
            code = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            result = run_cell(ws, code, deadline)
            if result["status"] != "ok":
                raise AssertionError(f"{name}: {path}, code cell {number}: {result['error']}")
            outputs += result["outputs"]
        if not cells or not outputs:
            raise AssertionError(f"{name}: {path} ran {len(cells)} code cells and showed {outputs} outputs")
    finally:
        ws.close()
        requests.delete(f"{base}/sessions/{session.json()['id']}", headers=headers, timeout=REQUEST_TIMEOUT)
    return len(cells)


def run_cell(ws, code: str, deadline: float) -> dict:
    """Send one execute_request; wait for its reply and for the kernel to be idle again."""
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test-hub",
                   "session": "test-hub", "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True}}))
    result, idle = {"status": None, "stdout": "", "error": "", "outputs": 0}, False
    while result["status"] is None or not idle:
        check_deadline(deadline, "a cell to finish")
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "execute_reply":
            result["status"] = content["status"]
            if content["status"] != "ok":
                result["error"] = f"{content.get('ename')}: {content.get('evalue')}"
        elif kind == "stream" and content.get("name") == "stdout":
            result["stdout"] += content["text"]
            result["outputs"] += 1
        elif kind in ("display_data", "execute_result"):
            result["outputs"] += 1
        elif kind == "status" and content["execution_state"] == "idle":
            idle = True
    return result


def update_keeps_work(hub: Hub, name: str, token: str, remote: Path, link: str, opened: str) -> None:
    """The student edits the notebook, the instructor commits something new, the student opens the
    link again: the new commit arrives and the student's edit stays (nbgitpuller's merge)."""
    url, headers = f"{hub.url}/user/{name}/api/contents/{opened}", {"Authorization": f"token {token}"}
    model = requests.get(url, headers=headers, timeout=REQUEST_TIMEOUT).json()
    note = f"My notes ({name})."
    model["content"]["cells"].append({"cell_type": "markdown", "metadata": {}, "source": note})
    saved = requests.put(url, headers=headers, timeout=REQUEST_TIMEOUT,
                         json={"type": "notebook", "format": "json", "content": model["content"]})
    saved.raise_for_status()
    (remote / "NEWS.md").write_text("A correction from your instructor.\n", encoding="utf-8")
    git = ["git", "-c", "user.name=test-hub", "-c", "user.email=test-hub@127.0.0.1", "-c", "commit.gpgsign=false"]
    run(git + ["add", "NEWS.md"], remote)
    run(git + ["commit", "--quiet", "-m", "A correction"], remote)
    pull(hub, name, link, hub.homes[name])
    clone = hub.homes[name] / Path(opened).parts[0]
    if not (clone / "NEWS.md").is_file():
        raise AssertionError(f"{name}: the second pull did not bring the instructor's new commit")
    if note not in (hub.homes[name] / opened).read_text(encoding="utf-8"):
        raise AssertionError(f"{name}: the second pull lost the student's edit of {opened}")


def marked_processes(marker: str) -> list[int]:
    """Pids of the processes whose environment carries ``MARKER=marker``: the ones this run started."""
    found, needle = [], f"{MARKER}={marker}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if needle in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def stop(hub_process: subprocess.Popen | None, marker: str) -> None:
    if hub_process is not None and hub_process.poll() is None:
        hub_process.send_signal(signal.SIGTERM)  # the hub stops its servers and its proxy
        try:
            hub_process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(hub_process.pid, signal.SIGKILL)
    left = marked_processes(marker)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if left:
        log(f"killed {len(left)} process(es) left over: {left}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edition", type=Path, default=ROOT / "student",
                        help="the student edition to publish (default: student/, from `make student`)")
    parser.add_argument("--notebook", action="append", required=True,
                        help="a notebook of the edition to run in each student's server, e.g. "
                             "chapters/01_timeline.ipynb; repeatable")
    parser.add_argument("--branch", default=links.DEFAULT_BRANCH)
    parser.add_argument("--timeout", type=float, default=300, help="seconds for the whole run")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (and its logs)")
    args = parser.parse_args(argv)
    notebooks = args.notebook
    for tool in (PROXY, HUB_VENV / "bin" / "jupyterhub"):
        if not Path(tool).exists():
            raise SystemExit(f"test-hub: {tool} is missing; run it through `make test-hub`")
    started = time.monotonic()
    deadline = started + args.timeout
    # A SIGTERM (e.g. from `timeout`) unwinds through the cleanup below, like the deadline does.
    signal.signal(signal.SIGTERM, terminated)
    marker = os.environ[MARKER] = uuid.uuid4().hex
    work = Path(tempfile.mkdtemp(prefix="deepseek-test-hub-"))
    hub_process, ok = None, False
    try:
        remote = work / "remote" / "deepseek-shock"
        repo_url = publish_edition(args.edition.resolve(), remote, args.branch)
        missing = [n for n in notebooks if not (remote / n).is_file()]
        if missing:
            raise SystemExit(f"test-hub: not in the edition {args.edition}: {', '.join(missing)}")
        ports = {key: free_port() for key in ("hub", "hub_api", "proxy_api")}
        service_token = secrets.token_hex(32)
        config = hub_config(work, ports, service_token)
        env = {"PATH": f"{HUB_VENV / 'bin'}:/usr/local/bin:/usr/bin:/bin", "HOME": str(work),
               "LANG": "C.UTF-8", MARKER: marker,
               "PYTHONDONTWRITEBYTECODE": "1"}
        with open(work / "jupyterhub.log", "wb") as hub_log:
            hub_process = subprocess.Popen([str(HUB_VENV / "bin" / "jupyterhub"), "-f", str(config)],
                                           cwd=work, env=env, stdout=hub_log, stderr=subprocess.STDOUT,
                                           start_new_session=True)
        hub = Hub(f"http://127.0.0.1:{ports['hub']}", service_token,
                  {name: work / "home" / name for name in STUDENTS})
        hub.wait_ready(deadline)
        log(f"JupyterHub and configurable-http-proxy up on 127.0.0.1:{ports['hub']} "
            f"({time.monotonic() - started:.1f} s)")
        # The hub adds the allowed students to its database when it starts.
        names = sorted(user["name"] for user in hub.api("GET", "/users").json())
        assert names == sorted(STUDENTS), f"the hub knows the users {names}, expected {STUDENTS}"
        refused = requests.post(f"{hub.url}/hub/api/users/mallory/tokens", timeout=REQUEST_TIMEOUT,
                                json={"auth": {"username": "mallory", "password": "x"}})
        assert refused.status_code == 403, f"a user not allowed got HTTP {refused.status_code}"
        tokens = {name: hub.login(name) for name in STUDENTS}
        for name in STUDENTS:
            hub.homes[name].mkdir(parents=True)
            hub.start_server(name, tokens[name], deadline)
        log(f"{' and '.join(STUDENTS)} logged in with tokens, servers running "
            f"({time.monotonic() - started:.1f} s)")
        other = requests.get(f"{hub.url}/user/{STUDENTS[0]}/api/contents", timeout=REQUEST_TIMEOUT,
                             headers={"Authorization": f"token {tokens[STUDENTS[1]]}"},
                             allow_redirects=False)
        assert other.status_code in (302, 403), \
            f"{STUDENTS[1]} reached {STUDENTS[0]}'s server: HTTP {other.status_code}"
        def link_to(notebook: str) -> str:
            return links.nbgitpuller_link(hub.url, repo_url, notebook, args.branch)

        for name in STUDENTS:
            for notebook in notebooks:
                link = link_to(notebook)
                clone = hub.homes[name] / links.clone_folder(repo_url)
                assert clone.exists() == (notebook != notebooks[0]), f"{clone} before {name}'s first pull"
                opened = pull(hub, name, link, hub.homes[name])
                log(f"{name}: nbgitpuller cloned {args.branch} into "
                    f"home/{name}/{links.clone_folder(repo_url)} ({time.monotonic() - started:.1f} s)")
                count = execute(hub, name, tokens[name], opened, deadline)
                log(f"{name}: ran the {count} code cells of {opened} in a kernel of their server, "
                    f"all ok ({time.monotonic() - started:.1f} s)")
        first = STUDENTS[0]
        update_keeps_work(hub, first, tokens[first], remote, link_to(notebooks[0]),
                          f"{links.clone_folder(repo_url)}/{notebooks[0]}")
        log(f"{first}: a second click brought the instructor's new commit and kept their own edit "
            f"({time.monotonic() - started:.1f} s)")
        for name in STUDENTS:
            hub.api("DELETE", f"/users/{name}/server", expect=(202, 204))
        ok = True
    except (AssertionError, Deadline, requests.RequestException, websocket.WebSocketException,
            subprocess.SubprocessError) as exc:
        log(f"FAILED: {type(exc).__name__}: {exc}")
        log_file = work / "jupyterhub.log"
        if log_file.exists():
            print("--- last lines of the hub's log ---\n" + "\n".join(
                log_file.read_text(errors="replace").splitlines()[-40:]), file=sys.stderr)
    finally:
        stop(hub_process, marker)
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    log(f"{'passed' if ok else 'failed'} in {time.monotonic() - started:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
