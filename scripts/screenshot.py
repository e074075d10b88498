#!/usr/bin/env python3
# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Screenshot a page of a running Odoo (e.g. `make demo`) for the README.

    .venv/bin/python scripts/screenshot.py URL_PATH OUT.png [--width 1400 --height 800]

Logs in as admin/admin (or --login, e.g. the demo member on a phone:
``--login member --width 390 --height 844``), then drives headless Chromium through the DevTools
protocol (websocket-client).
"""

import argparse
import base64
import json
import subprocess
import tempfile
import time
import urllib.request

import requests
import websocket


def login(base, db, login="admin", password="admin"):
    session = requests.Session()
    response = session.post(
        f"{base}/web/session/authenticate",
        json={"params": {"db": db, "login": login, "password": password}},
        timeout=30,
    )
    response.raise_for_status()
    return session.cookies["session_id"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("out")
    parser.add_argument("--base", default="http://localhost:8069")
    parser.add_argument("--db", default="party_demo")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--wait", type=float, default=6)
    parser.add_argument("--login", default="admin")
    parser.add_argument("--password", help="default: the login")
    parser.add_argument("--click", action="append", default=[], help="CSS selector")
    args = parser.parse_args()
    session_id = login(args.base, args.db, args.login, args.password or args.login)
    profile = tempfile.mkdtemp()
    chrome = subprocess.Popen(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=9333",
            "--remote-allow-origins=*",
            f"--window-size={args.width},{args.height}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                targets = json.load(
                    urllib.request.urlopen("http://127.0.0.1:9333/json")
                )
                break
            except OSError:
                time.sleep(0.2)
        page = next(t for t in targets if t["type"] == "page")
        ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        counter = iter(range(1, 10**6))

        def call(method, **params):
            msg_id = next(counter)
            ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
            while True:
                message = json.loads(ws.recv())
                if message.get("id") == msg_id:
                    return message.get("result", {})

        call("Network.enable")
        call(
            "Network.setCookie",
            name="session_id",
            value=session_id,
            url=args.base,
            path="/",
        )
        call(
            "Emulation.setDeviceMetricsOverride",
            width=args.width,
            height=args.height,
            deviceScaleFactor=2 if args.width < 600 else 1,
            mobile=args.width < 600,
        )
        call("Page.navigate", url=args.base + args.path)
        time.sleep(args.wait)
        for selector in args.click:
            call(
                "Runtime.evaluate",
                expression=f"document.querySelector({json.dumps(selector)}).click()",
            )
            time.sleep(2)
        shot = call("Page.captureScreenshot", format="png")
        with open(args.out, "wb") as out:
            out.write(base64.b64decode(shot["data"]))
    finally:
        chrome.terminate()


if __name__ == "__main__":
    main()
