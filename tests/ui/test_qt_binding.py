"""The Qt binding we pin must survive signals emitted while another Python thread runs.

PySide6 6.12.0 on Python 3.11 corrupted the reference counts of True and False whenever a signal was
emitted while a second thread ran Python; the process then aborted in bool_dealloc. Background tasks
(ui/tasks.py) do exactly that, so a distribution run reporting its progress brought the window down.
The check runs in a child process, because the failure is an abort, not an exception.
"""

from __future__ import annotations

import subprocess
import sys

EMISSIONS = 20_000
# 20,000 emissions aborted 6.12.0 in every one of six tries; they take about three seconds here.
CHILD = f"""
import sys, threading
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication(sys.argv)

class Relay(QObject):
    progressed = Signal(int, int, str)

relay, received, running = Relay(), [], True
relay.progressed.connect(lambda done, total, text: received.append(done))

def busy():
    flag = False
    while running:
        flag = not flag

worker = threading.Thread(target=busy)
worker.start()
for done in range({EMISSIONS}):
    relay.progressed.emit(done, {EMISSIONS}, "step")
running = False
worker.join()
print(len(received))
"""


def test_signals_emitted_beside_a_running_thread_do_not_abort_the_process() -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=False
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.strip() == str(EMISSIONS)
