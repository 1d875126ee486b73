// decode(): every input form, ranking, structure, and every error.
#include <errdecode/errdecode.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace errdecode;

namespace {

decoded ok(std::string_view input, std::string_view lang = "en") {
    auto r = decode(input, {lang});
    INFO("input: ", std::string(input));
    REQUIRE_MESSAGE(r.has_value(), r.error().message());
    return r.value();
}

std::error_code fails(std::string_view input) {
    auto r = decode(input);
    INFO("input: ", std::string(input));
    REQUIRE(r.has_error());
    return r.error();
}

bool has_name(const interpretation& i, std::string_view name) {
    return std::find(i.names.begin(), i.names.end(), name) != i.names.end();
}

const interpretation* reading(const decoded& d, code_space space) {
    for (const auto& i : d)
        if (i.space == space) return &i;
    return nullptr;
}

}  // namespace

TEST_CASE("every spelling of one HRESULT gives the same best reading") {
    for (std::string_view input : {"0x8004011D", "0x8004011d", "0X8004011D", "8004011D", "8004011d", "-2147221219",
                                   "2147746077", "\xEF\xBC\x90\xEF\xBD\x98\xEF\xBC\x98\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x94"
                                   "\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x91\xEF\xBC\xA4",  // ０ｘ８００４０１１Ｄ
                                   "  0x8004011D\t", "\xE3\x80\x80" "0x8004011D", "0x8004011DL", "(0x8004011D)",
                                   "\"0x8004011D\"", "0x8004011D.", "MAPI_E_FAILONEPROVIDER", "mapi_e_failoneprovider"}) {
        const auto d = ok(input);
        CHECK(d.input == input);
        CHECK(d.best().space == code_space::hresult);
        CHECK(d.best().value == 0x8004011Du);
        CHECK(d.best().value_text() == "0x8004011D");
        CHECK(has_name(d.best(), "MAPI_E_FAILONEPROVIDER"));
    }
}

TEST_CASE("HRESULT structure") {
    const auto d = ok("0x8004011D");
    const auto& i = d.best();
    CHECK(i.bits.kind == structure::layout::hresult);
    CHECK(i.bits.severity == 1);
    CHECK_FALSE(i.bits.reserved);
    CHECK_FALSE(i.bits.customer);
    CHECK_FALSE(i.bits.nt);
    CHECK(i.bits.code == 0x11D);
    REQUIRE(i.facility);
    CHECK(i.facility->code == 4);
    CHECK(i.facility->name == "FACILITY_ITF");
    REQUIRE(i.family);
    CHECK(i.family->id == "itf");
}

TEST_CASE("HRESULT_FROM_WIN32 is unwrapped into the Win32 reading") {
    const auto d = ok("0x80070005");
    REQUIRE(d.size() >= 2);
    CHECK(d[0].space == code_space::hresult);
    CHECK(has_name(d[0], "E_ACCESSDENIED"));
    const auto* w = reading(d, code_space::win32);
    REQUIRE(w);
    CHECK(w->value == 5);
    CHECK(w->value_text() == "5");
    CHECK(w->how == relation::from_win32);
    CHECK(has_name(*w, "ERROR_ACCESS_DENIED"));
    CHECK(d[0].family->id == "win32");
}

TEST_CASE("Win32 codes in decimal, hex and by name") {
    for (std::string_view input : {"5", "0x5", "0x00000005", "ERROR_ACCESS_DENIED", "error_access_denied"}) {
        const auto d = ok(input);
        const auto* w = reading(d, code_space::win32);
        REQUIRE(w);
        CHECK(w->value == 5);
        CHECK(has_name(*w, "ERROR_ACCESS_DENIED"));
    }
    const auto d = ok("0x000003E9");
    CHECK(reading(d, code_space::win32)->value == 1001);
}

TEST_CASE("HRESULT_FROM_WIN32(...) and HRESULT_FROM_NT(...) as written in source") {
    for (std::string_view input : {"HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED)", "HRESULT_FROM_WIN32(5)",
                                   "hresult_from_win32(0x5)"}) {
        const auto d = ok(input);
        CHECK(d.best().value == 0x80070005u);
        CHECK(has_name(d.best(), "E_ACCESSDENIED"));
    }
    const auto nt = ok("HRESULT_FROM_NT(STATUS_ACCESS_DENIED)");
    CHECK(nt.best().space == code_space::hresult);
    CHECK(nt.best().value == 0xD0000022u);
    CHECK(nt.best().bits.nt);
    const auto* inner = reading(nt, code_space::ntstatus);
    REQUIRE(inner);
    CHECK(inner->how == relation::from_nt);
    CHECK(has_name(*inner, "STATUS_ACCESS_DENIED"));
    CHECK(fails("HRESULT_FROM_WIN32()") == errc::malformed_number);
    CHECK(fails("HRESULT_FROM_WIN32(NOT_A_NAME_X)") == errc::unknown_name);
    CHECK(fails("HRESULT_FROM_NT(5)") == errc::not_a_code);
}

TEST_CASE("NTSTATUS") {
    for (std::string_view input : {"0xC0000022", "-1073741790", "STATUS_ACCESS_DENIED", "c0000022"}) {
        const auto d = ok(input);
        const auto* nt = reading(d, code_space::ntstatus);
        REQUIRE(nt);
        CHECK(nt->value == 0xC0000022u);
        CHECK(has_name(*nt, "STATUS_ACCESS_DENIED"));
        CHECK(nt->bits.kind == structure::layout::ntstatus);
        CHECK(nt->bits.severity == 3);
        CHECK(nt->family->id == "ntstatus");
    }
}

TEST_CASE("HRESULT_FROM_NT is unwrapped") {
    const auto d = ok("0xD0000022");
    const auto* nt = reading(d, code_space::ntstatus);
    REQUIRE(nt);
    CHECK(nt->value == 0xC0000022u);
    CHECK(nt->how == relation::from_nt);
}

TEST_CASE("CAA codes in every spelling") {
    for (std::string_view input : {"CAA50021", "caa50021", "0xCAA50021", "CAA50021.",
                                   "\xEF\xBC\xA3\xEF\xBC\xA1\xEF\xBC\xA1\xEF\xBC\x95\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x91"}) {
        const auto d = ok(input);
        CHECK(d.best().space == code_space::caa);
        CHECK(d.best().value == 0xCAA50021u);
        CHECK(d.best().value_text() == "CAA50021");
        CHECK(d.best().family->id == "caa");
    }
}

TEST_CASE("AADSTS codes") {
    const auto d = ok("aadsts700016");
    CHECK(d.best().space == code_space::aadsts);
    CHECK(d.best().value == 700016);
    CHECK(d.best().value_text() == "AADSTS700016");
    CHECK(d.best().family->id == "aadsts");
    CHECK(ok("AADSTS50076").best().value_text() == "AADSTS50076");
}

TEST_CASE("an 8-digit all-decimal input is read both ways, the known reading first") {
    const auto d = ok("80070005");
    REQUIRE(d.size() >= 2);
    CHECK(d[0].value == 0x80070005u);
    CHECK(d[0].how == relation::hex_reading);
    bool decimal = false;
    for (const auto& i : d) decimal = decimal || (i.how == relation::decimal_reading && i.value == 80070005u);
    CHECK(decimal);
}

TEST_CASE("1001 is both an app code and a Win32 code") {
    const auto d = ok("1001");
    const auto* w = reading(d, code_space::win32);
    REQUIRE(w);
    CHECK(has_name(*w, "ERROR_STACK_OVERFLOW"));
    CHECK(reading(d, code_space::m365) != nullptr);
}

TEST_CASE("an unknown but well-formed value decodes structurally") {
    const auto d = ok("0x8004FFFE");
    CHECK_FALSE(d.known());
    CHECK(d.best().space == code_space::hresult);
    CHECK(d.best().facility->name == "FACILITY_ITF");
    CHECK(d.best().names.empty());
    CHECK_FALSE(d.best().summary.empty());
}

TEST_CASE("integers decode like their hex text") {
    auto r = decode(0x80070005u);
    REQUIRE(r);
    CHECK(r.value().input == "0x80070005");
    CHECK(has_name(r.value().best(), "E_ACCESSDENIED"));
}

TEST_CASE("errors say what is wrong") {
    CHECK(fails("") == errc::empty_input);
    CHECK(fails("   \t ") == errc::empty_input);
    CHECK(fails("hello") == errc::not_a_code);
    CHECK(fails("0x") == errc::malformed_number);
    CHECK(fails("0xZZZ") == errc::malformed_number);
    CHECK(fails("0x1FFFFFFFF") == errc::out_of_range);
    CHECK(fails("4294967296") == errc::out_of_range);
    CHECK(fails("-2147483649") == errc::out_of_range);
    CHECK(fails("99999999999999999999999") == errc::out_of_range);
    CHECK(fails("E_NO_SUCH_THING") == errc::unknown_name);
    CHECK(fails("error 0x8004011D occurred") == errc::text_around_code);
    CHECK(fails("CAA5002") == errc::malformed_number);
    CHECK(fails("AADSTS") == errc::malformed_number);
    CHECK(fails("AADSTS12x") == errc::malformed_number);
    CHECK(fails("3E9") == errc::malformed_number);
    CHECK(fails("-") == errc::malformed_number);
    CHECK(fails(std::string_view("0x5\0", 4)) == errc::invalid_utf8);
    CHECK(fails("\xFF\xFE") == errc::invalid_utf8);
    CHECK(fails(std::string(5000, '1')) == errc::input_too_long);
    CHECK(fails("hello world") == errc::not_a_code);
    CHECK(fails("{}") == errc::not_a_code);
    CHECK(fails("( )") == errc::not_a_code);
    CHECK(fails("_") == errc::not_a_code);
    CHECK(fails("__") == errc::not_a_code);
    CHECK(fails("E_") == errc::unknown_name);
    auto r = decode("5", {"xx"});
    REQUIRE(r.has_error());
    CHECK(r.error() == errc::unknown_language);
    CHECK(r.error().message().find("language") != std::string::npos);
    CHECK(make_error_code(errc::not_a_code).message().find("expected hex") != std::string::npos);
}

TEST_CASE("reverse lookup") {
    auto r = values_of("e_fail");
    REQUIRE(r);
    REQUIRE(r.value().size() == 1);
    CHECK(r.value()[0].value == 0x80004005u);
    CHECK(r.value()[0].name == "E_FAIL");
    auto alias = decode("MAPI_E_CALL_FAILED");
    REQUIRE(alias);
    CHECK(has_name(alias.value().best(), "E_FAIL"));
    CHECK(values_of("NOT_A_NAME_AT_ALL").error() == errc::unknown_name);
}

TEST_CASE("lookup in one space") {
    auto r = lookup(code_space::win32, 5);
    REQUIRE(r);
    CHECK(r.value().value_text() == "5");
    CHECK(lookup(code_space::win32, 65000).error() == errc::unknown_code);
}

TEST_CASE("copies of a decoded result stay valid") {
    decoded copy;
    {
        auto r = decode("0x80070005");
        REQUIRE(r);
        copy = r.value();
    }
    CHECK(copy.best().value_text() == "0x80070005");
    decoded moved = std::move(copy);
    CHECK(moved.best().value_text() == "0x80070005");
}
