#!/usr/bin/env python3
"""The benchmark peer: the same job as `errdecode scan --summary` done the usual way in Python, a `re`
pattern over the same forms and a Counter of matches.

    python3 bench/py_scan_peer.py FILE
"""
import collections
import re
import sys

# The same forms as scan_bench.sh gives ripgrep.
PATTERN = re.compile(
    rb"0[xX][0-9A-Fa-f]{8}\b|\b(?i:CAA)[0-9A-Fa-f]{5}\b|\b(?i:AADSTS)[0-9]+\b|\b[A-Z][A-Z0-9]*_[A-Za-z0-9_]+\b"
    rb"|\b(?i:hr|hresult|error|err|errorcode|error_code|lasterror|getlasterror)\b[^0-9A-Za-z\n]{0,6}-?[0-9A-Fa-f]+\b"
    rb"|\xef\xbc\x90\xef\xbd\x98|\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc")

counts = collections.Counter()
with open(sys.argv[1], "rb") as f:
    for line in f:
        for m in PATTERN.finditer(line):
            counts[m.group()] += 1
for code, n in counts.most_common():
    sys.stdout.write(f"{n}\t{code.decode('utf-8', 'replace')}\n")
