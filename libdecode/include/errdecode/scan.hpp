// scan(): every error code in a text — a log, a pasted dialog, a ticket, an e-mail thread — with its exact
// byte position, line and column, and its best reading.
//
// What counts as a code (a token is a run of ASCII letters, digits and '_' or their full-width forms,
// bounded by other characters):
//   - 0x + 8 hex digits with the top bit set (0x80070005, 0xC0000022, 0xCAA50021, ０ｘ８００４０１１Ｄ);
//   - CAA + 5 hex digits (CAA50021) and AADSTS + digits (AADSTS50076), in any case;
//   - a symbolic name from the tables, exact and whole (E_ACCESSDENIED, MAPI_E_FAILONEPROVIDER,
//     NERR_BadPassword, WSAECONNRESET): names with '_', and all-capital names of 8 or more characters.
//     The CamelCase descriptions of AADSTS codes (InvalidRequest, NotSupported, …) are ordinary words in
//     HTTP and JSON logs, so they are left out;
//   - after a context word, also decimal (5, -2147024891, 2147942405), bare hex (80070005), short 0x
//     (0x5) and success-range 0x values (0x00000000): `hr`, `hres`, `HRESULT` (so `Exception from
//     HRESULT:`), `error`, `err`, `errorcode`/`error_code`, `LastError`, `GetLastError()`, `dwError`,
//     `WinError`, `NativeErrorCode`, `error_codes` (Entra's JSON list, read as AADSTS), `エラー` / `エラー コード` / `エラー番号`.
//     Between the word and the number may come separators (space, `:`, `=`, `#`, `(`, `[`, quotes, their
//     full-width forms) and up to two filler words (`code`, `number`, `no`, `is`, `was`, `returned`, …).
//     After "error" the reading is the Win32 code; after "hr" the HRESULT; after "error_codes" AADSTS.
//     The event log's message reference %%1067 is a Win32 code too.
// What does not count: GUIDs and their parts, 64-bit addresses (0x00007ff6a1b2c3d4, 0xfffff801`12345678),
// hex inside longer words, 0xFFFFFFFF without context, and numbers after a context word that are times,
// dates, versions or quantities (`error 10:23`, `error 2024-01-15`, `error 5 ms`, `HTTP error 404`).
//
// Positions: `offset` counts bytes from the start of the input and is exact (the Python binding turns it
// into a str index). `line` is 1-based ('\n' ends a line). `column` is 1-based and counts characters:
// every byte that is not a UTF-8 continuation byte (10xxxxxx) starts one, so invalid bytes count one each.
//
// Design: one pass over the bytes. A vector compare finds the few places worth a look (`0x`, `_`, `aa`,
// `rr` of error, `hr`, `WS` of WSA…, `%%`, the lead byte of full-width forms, エ); only there is a token read and
// parsed. The streaming scanner keeps a bounded carry-over between chunks (a few hundred bytes), so a code
// split across reads is still found, a gigabyte-long line costs no memory, and binary input (NUL bytes,
// invalid UTF-8) is just bytes that match nothing.
#pragma once

#include <errdecode/error.hpp>
#include <errdecode/types.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace errdecode {

/// How a code was written in the text.
enum class scan_form : std::uint8_t {
    hex,      ///< 0x80070005, bare 80070005 after a context word, full-width forms
    decimal,  ///< -2147024891, 5 (after a context word)
    caa,      ///< CAA50021
    aadsts,   ///< AADSTS50076, or a number in Entra's error_codes list
    name,     ///< E_ACCESSDENIED
};
std::string_view to_string(scan_form f) noexcept;

/// One code found in a text.
struct scan_match {
    std::uint64_t offset = 0;  ///< byte offset of the first byte from the start of the input
    std::size_t length = 0;    ///< in bytes
    std::uint64_t line = 0;    ///< 1-based
    std::uint64_t column = 0;  ///< 1-based, in characters (see the top of this header)
    std::string_view text;     ///< the matched bytes; during a scanner callback, valid only inside it
    code_space space = code_space::hresult;  ///< the code as written: 0x800704C7 is an HRESULT, "error 5" Win32
    std::uint32_t value = 0;                 ///< its value in that space
    scan_form form = scan_form::hex;
    bool by_context = false;  ///< counted only because a context word came before it

    /// The canonical text of the code: "0x80070005", "5", "CAA50021", "AADSTS50076".
    std::string_view canonical() const noexcept { return {canonical_, canonical_len_}; }

    /// The best reading (names, family, summary, steps) of the code: the code itself or, for an HRESULT
    /// that wraps one, the Win32 code or NTSTATUS inside when that reading ranks first (0x800704C7 reads
    /// as ERROR_CANCELLED). Binary searches over static tables; nothing is allocated.
    result<interpretation> best(const options& opts = {}) const noexcept;

    char canonical_[20] = {};
    std::uint8_t canonical_len_ = 0;
};

using scan_callback = std::function<void(const scan_match&)>;

/// Streams text through the scanner: feed() it chunks of any size (a read buffer at a time), then
/// finish(). Matches arrive through the callback in order of offset, each exactly once whatever the
/// chunk boundaries. finish() resets the scanner, so one scanner can read several inputs in turn.
/// Throws only what the callback throws (and std::bad_alloc when memory runs out).
class scanner {
public:
    explicit scanner(scan_callback on_match);
    ~scanner();
    scanner(scanner&&) noexcept;
    scanner& operator=(scanner&&) noexcept;

    void feed(std::string_view chunk);
    void finish();

    std::uint64_t bytes_seen() const noexcept;    ///< of the current input
    std::uint64_t match_count() const noexcept;   ///< of the current input

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    friend void scan(std::string_view text, const scan_callback& on_match);
};

/// Every code in `text`, in order. Scans in place: the text is not copied.
void scan(std::string_view text, const scan_callback& on_match);

/// The same, collected; each match's `text` views into `text`.
std::vector<scan_match> scan(std::string_view text);

}  // namespace errdecode
