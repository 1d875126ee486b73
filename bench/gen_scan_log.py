#!/usr/bin/env python3
"""Writes a synthetic support log for the scan benchmark: Outlook, WAM, Windows Update, event log, .NET and
Japanese lines with realistic density of codes (about one line in six carries one) among look-alikes
(GUIDs, 64-bit addresses, versions, timestamps, sizes, hashes).

    python3 bench/gen_scan_log.py OUT.log SIZE_MB [SEED]
"""
import random
import sys

CODES = ["0x80070005", "0x8004011D", "0x80040115", "0x800CCC0E", "0xCAA20003", "0xC000006D", "0x80072EFD",
         "0x800F081F", "0x80246008", "0x80048823", "0x800704C7", "0xC0000022", "0x80131500", "0x800A03EC"]
NAMES = ["E_ACCESSDENIED", "MAPI_E_FAILONEPROVIDER", "MAPI_E_NETWORK_ERROR", "STATUS_ACCESS_DENIED",
         "ERROR_INTERNET_TIMEOUT", "REGDB_E_CLASSNOTREG", "WSAECONNRESET", "E_FAIL"]


def guid(r):
    return "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                           r.getrandbits(16), r.getrandbits(48))


def ts(r):
    return "2024-03-%02d %02d:%02d:%02d.%03d" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                                 r.randint(0, 59), r.randint(0, 999))


def line(r):
    k = r.random()
    if k < 0.04:
        return f"{ts(r)} [Outlook] [tid 0x{r.getrandbits(16):x}] Sync failed: hr={r.choice(CODES)} ({r.choice(NAMES)})"
    if k < 0.07:
        return f"{ts(r)} TokenBroker: Error: {r.choice(CODES)} Correlation: {guid(r)} AADSTS{r.choice([50076, 50126, 53003, 700016])}"
    if k < 0.10:
        return f"{ts(r)}    1204    2c8   Agent   * WARNING: update {{{guid(r).upper()}}}.201 failed, hr = {r.choice(CODES)[2:]}"
    if k < 0.12:
        return f"{ts(r)} Win32 error: {r.choice([5, 1326, 1722, 10054, 12002])} GetLastError() = {r.choice([5, 740, 1314])}"
    if k < 0.14:
        return f"{ts(r)} サインインできませんでした。エラー コード: {r.choice(['CAA50021', '0x8004011D', '80090016'])}"
    if k < 0.17:
        return f"{ts(r)} System.Runtime.InteropServices.COMException (0x80070005): Exception from HRESULT: {r.choice(CODES)}"
    if k < 0.45:
        return (f"{ts(r)} [Info] heap 0x{r.getrandbits(48):016x} module base 0x{r.getrandbits(40):010x} "
                f"version 16.0.{r.randint(10000, 17999)}.{r.randint(20000, 20300)} size {r.getrandbits(30)} bytes")
    if k < 0.70:
        return (f"{ts(r)} [Verbose] request {guid(r)} session {r.getrandbits(64):016x} completed in "
                f"{r.randint(1, 5000)} ms, status 200, retries {r.randint(0, 3)}, thread {r.randint(1000, 9999)}")
    return (f"{ts(r)} [Info] Processing mailbox folder '{r.choice(['Inbox', 'Sent Items', 'Calendar', '受信トレイ'])}' "
            f"items={r.randint(0, 99999)} sha={r.getrandbits(160):040x} elapsed 00:00:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}")


def main():
    out, size_mb = sys.argv[1], int(sys.argv[2])
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    pool = [line(r) for _ in range(40000)]  # sampled with repetition: realistic and fast to write
    target = size_mb * 1024 * 1024
    written = 0
    with open(out, "wb") as f:
        while written < target:
            data = ("\n".join(r.choices(pool, k=4000)) + "\n").encode("utf-8")
            f.write(data)
            written += len(data)


if __name__ == "__main__":
    main()
