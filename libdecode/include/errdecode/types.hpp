// The values decode() and friends return.
//
// Everything here points into static tables compiled into the library, so an interpretation is a small
// trivially-copyable value: names, texts and remediation steps are views that stay valid for the life of
// the program. A `decoded` keeps up to max_interpretations readings inline, so decoding allocates nothing
// for inputs of up to 15 bytes (the copy of the input uses the small-string buffer).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <new>
#include <type_traits>
#include <utility>
#include <optional>
#include <string>
#include <string_view>

namespace errdecode {

/// A read-only view of a contiguous array (std::span, for C++17 consumers).
template <class T>
class span {
public:
    using value_type = T;
    using iterator = const T*;
    constexpr span() noexcept = default;
    constexpr span(const T* data, std::size_t size) noexcept : data_(data), size_(size) {}
    constexpr const T* begin() const noexcept { return data_; }
    constexpr const T* end() const noexcept { return data_ + size_; }
    constexpr const T* data() const noexcept { return data_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr const T& operator[](std::size_t i) const noexcept { return data_[i]; }
    constexpr const T& front() const noexcept { return data_[0]; }

private:
    const T* data_ = nullptr;
    std::size_t size_ = 0;
};

/// The kinds of code the library knows. Names as in DESIGN.md ("hresult", "win32", …).
enum class code_space : std::uint8_t { hresult, win32, ntstatus, caa, aadsts, m365, symptom, certflag };

std::string_view to_string(code_space s) noexcept;
std::optional<code_space> code_space_from_string(std::string_view s) noexcept;

/// A piece of text and the language it is written in ("en", "ja", …).
struct text {
    std::string_view value;
    std::string_view lang;
    bool empty() const noexcept { return value.empty(); }
};

/// One remediation step. command and reference may be empty.
struct step {
    errdecode::text text;
    std::string_view command;    ///< something to type, language-neutral
    std::string_view reference;  ///< https URL that backs the step
};

/// A family: what the prefix of a code says about where to look (see tables/families.toml).
struct family {
    std::string_view id;  ///< stable, e.g. "win32", "itf", "caa"
    text label;           ///< short, e.g. "system / network (Win32)"
    text description;     ///< one line for triage
};

struct facility {
    std::uint16_t code = 0;
    std::string_view name;  ///< e.g. "FACILITY_ITF"; empty when no header names the number
};

/// The bit fields of a 32-bit reading (HRESULT or NTSTATUS layout). Empty for other spaces.
struct structure {
    enum class layout : std::uint8_t { none, hresult, ntstatus } kind = layout::none;
    std::uint8_t severity = 0;  ///< HRESULT: 0 success / 1 failure; NTSTATUS: 0..3
    bool reserved = false;      ///< HRESULT R bit, NTSTATUS N (reserved) bit
    bool customer = false;      ///< C bit
    bool nt = false;            ///< HRESULT N bit (HRESULT_FROM_NT)
    bool x = false;             ///< HRESULT X bit
    std::uint16_t code = 0;     ///< low 16 bits
};

/// How a reading was obtained from the input.
enum class relation : std::uint8_t {
    as_written,          ///< the value exactly as the input spells it
    decimal_reading,     ///< all-digit input also read as a decimal number
    hex_reading,         ///< all-digit input also read as hexadecimal
    from_win32,          ///< HRESULT_FROM_WIN32 unwrapped: the Win32 code inside 0x8007xxxx
    from_nt,             ///< HRESULT_FROM_NT unwrapped: the NTSTATUS inside an N-bit HRESULT
    by_name,             ///< a symbolic name was given
    same_text,           ///< an app code written the same way as the input (e.g. "1001")
};
std::string_view to_string(relation r) noexcept;

/// One reading of the input.
struct interpretation {
    code_space space = code_space::hresult;
    std::uint32_t value = 0;
    relation how = relation::as_written;
    bool known = false;                 ///< a table names it or the knowledge base explains it
    bool curated = false;               ///< the knowledge base has an entry (its own or the wrapped code's)
    span<std::string_view> names;       ///< every symbolic name for this value in this space
    const errdecode::family* family = nullptr;    ///< never null for a successful reading
    std::optional<errdecode::facility> facility;  ///< hresult / ntstatus / caa readings
    structure bits;
    text summary;                       ///< one line
    text explanation;                   ///< empty when nothing curated exists
    span<step> remediation;             ///< ordered, cheapest and safest first
    span<std::string_view> sources;     ///< URLs / headers the facts come from
    span<std::string_view> related;     ///< "namespace:code" of entries worth reading too

    /// The canonical text of the value: "0x8004011D", "5", "CAA20002", "AADSTS50076", …
    std::string_view value_text() const noexcept {
        return static_text_ ? std::string_view(static_text_, value_len_) : std::string_view(value_buf_.data(), value_len_);
    }

    // Set by the library. value_text() views static text or this buffer, so copies stay valid.
    const char* static_text_ = nullptr;
    std::array<char, 20> value_buf_{};
    std::uint8_t value_len_ = 0;
};

static_assert(std::is_trivially_copyable_v<interpretation> && std::is_trivially_destructible_v<interpretation>);

/// All readings of one input, best first.
struct decoded {
    static constexpr std::size_t max_interpretations = 8;

    std::string input;  ///< exactly what was given

    decoded() noexcept {}  // user-provided: value-initialisation must not zero the storage
    decoded(const decoded& other) : input(other.input) { copy_items(other); }
    decoded(decoded&& other) noexcept : input(std::move(other.input)) { copy_items(other); }
    decoded& operator=(const decoded& other) {
        if (this != &other) { input = other.input; copy_items(other); }
        return *this;
    }
    decoded& operator=(decoded&& other) noexcept {
        if (this != &other) { input = std::move(other.input); copy_items(other); }
        return *this;
    }

    const interpretation* begin() const noexcept { return items(); }
    const interpretation* end() const noexcept { return items() + count_; }
    std::size_t size() const noexcept { return count_; }
    bool empty() const noexcept { return count_ == 0; }
    const interpretation& operator[](std::size_t i) const noexcept { return items()[i]; }
    const interpretation& best() const noexcept { return items()[0]; }
    /// True when the best reading is known to a table or the knowledge base.
    bool known() const noexcept { return count_ > 0 && items()[0].known; }

    /// The readings as a range: `for (const auto& i : d.interpretations())`.
    span<interpretation> interpretations() const noexcept { return {items(), count_}; }

    /// Used by the library: appends a default reading (the last one is reused when full).
    interpretation& add_() noexcept {
        if (count_ == max_interpretations) return items_mut()[count_ - 1] = interpretation{};
        return *new (storage_ + count_++ * sizeof(interpretation)) interpretation{};
    }
    /// Used by the library: the readings, mutable (to rank them).
    interpretation* items_mut() noexcept { return std::launder(reinterpret_cast<interpretation*>(storage_)); }

private:
    const interpretation* items() const noexcept {
        return std::launder(reinterpret_cast<const interpretation*>(storage_));
    }
    void copy_items(const decoded& other) noexcept {
        count_ = other.count_;
        for (std::size_t i = 0; i < count_; ++i) new (storage_ + i * sizeof(interpretation)) interpretation(other[i]);
    }
    // Raw storage: constructing eight readings up front would cost more than decoding one.
    alignas(interpretation) unsigned char storage_[sizeof(interpretation) * max_interpretations];
    std::size_t count_ = 0;
};

/// Options shared by the lookups.
struct options {
    std::string_view lang = "en";  ///< language of the texts; English fills in what is missing
};

/// The languages the knowledge base is written in, English first.
span<std::string_view> languages() noexcept;

}  // namespace errdecode
