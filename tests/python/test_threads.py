"""Many threads decoding and searching at once get exactly what one thread gets."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import errdecode

INPUTS = ["0x8004011D", "-2147024891", "1001", "CAA50021", "AADSTS50076", "E_ACCESSDENIED", "0xC0000022",
          "80070005", "0x80041234", "０ｘ８００４０１１Ｄ"]
QUERIES = ["暗号化された接続を使用できません", "encrypted connection", "outlook", "FAILONEPROVIDER", "sign in"]


def work(n: int):
    lang = ("en", "ja")[n % 2]
    code = INPUTS[n % len(INPUTS)]
    query = QUERIES[n % len(QUERIES)]
    return (n, errdecode.decode(code, lang=lang).to_dict(),
            [h.to_dict() for h in errdecode.search(query, lang=lang)],
            errdecode.decode_cert_flags(0x80000018 | n % 0x80, lang=lang).to_dict())


def test_threads_get_identical_results():
    rounds = 400
    expected = {n: work(n) for n in range(rounds)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(rounds)))
    assert len(results) == rounds
    for result in results:
        assert result == expected[result[0]]
