// errdecode._core: the C++ half of the Python package, kept thin on purpose.
//
// Every result crosses as a dict built by the same templates that write the CLI's --json text
// (errdecode/detail/render.hpp), so the Python objects' to_dict() is the CLI's --json output by
// construction, without rendering and re-parsing JSON; errdecode/_types.py wraps the dicts in classes. What
// this file owns is argument conversion (str, UTF-8 bytes, ints in the signed or unsigned 32-bit
// reading), raising errdecode.DecodeError with the library's stable id and message, releasing the GIL
// around work that can take long, and running the command line on the process's real stdin/stdout.
//
// A new library call joins with one function here (plus its wrapper in errdecode/__init__.py).
#include "cli.hpp"

#include <errdecode/detail/render.hpp>
#include <errdecode/errdecode.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace py = pybind11;

namespace {

using code_arg = py::typing::Union<py::str, py::bytes, py::int_>;

/// A render.hpp sink that builds the Python objects json.loads would make of the CLI's JSON text.
/// Runs with the GIL held.
class py_builder {
public:
    py::object take() { return std::move(root_); }

    void open_object() { push(py::reinterpret_steal<py::object>(checked(PyDict_New()))); }
    void open_array() { push(py::reinterpret_steal<py::object>(checked(PyList_New(0)))); }
    void close_object() { stack_.pop_back(); }
    void close_array() { stack_.pop_back(); }
    void key(std::string_view k) { key_ = interned(k); }
    void input(std::string_view text) {
        key("input");
        value(text);
    }
    void value(std::string_view s) {
        attach(py::reinterpret_steal<py::object>(
            checked(PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace"))));
    }
    void value(bool b) { attach(py::bool_(b)); }
    void value(std::uint64_t n) { attach(py::reinterpret_steal<py::object>(checked(PyLong_FromUnsignedLongLong(n)))); }
    void value(double d) { attach(py::reinterpret_steal<py::object>(checked(PyFloat_FromDouble(d)))); }

private:
    static PyObject* checked(PyObject* o) {
        if (o == nullptr) throw py::error_already_set();
        return o;
    }
    /// Keys are the string literals of render.hpp: one interned str each, made once.
    static py::object interned(std::string_view k) {
        static auto* cache = new std::unordered_map<const char*, py::object>();  // outlives the interpreter
        auto it = cache->find(k.data());
        if (it == cache->end()) {
            PyObject* s = checked(PyUnicode_FromStringAndSize(k.data(), static_cast<Py_ssize_t>(k.size())));
            PyUnicode_InternInPlace(&s);
            it = cache->emplace(k.data(), py::reinterpret_steal<py::object>(s)).first;
        }
        return it->second;
    }
    void push(py::object o) {
        attach(o);
        stack_.push_back(std::move(o));
    }
    void attach(const py::object& o) {
        if (stack_.empty()) {
            root_ = o;
            return;
        }
        PyObject* top = stack_.back().ptr();
        const int status = PyDict_Check(top) ? PyDict_SetItem(top, key_.ptr(), o.ptr()) : PyList_Append(top, o.ptr());
        if (status != 0) throw py::error_already_set();
    }

    py::object root_;
    py::object key_;
    std::vector<py::object> stack_;
};

/// What json.loads makes of one JSON object; typed so the module's signatures say "dict[str, object]".
using json_dict = py::typing::Dict<py::str, py::object>;

template <class Render>
json_dict build(Render&& render) {
    py_builder b;
    render(b);
    return py::reinterpret_borrow<json_dict>(b.take());
}

/// Raises errdecode.DecodeError(message, code=<stable id>, input=<the argument as given>).
[[noreturn]] void raise_decode_error(py::handle input, std::error_code error) {
    const bool ours = error.category() == errdecode::error_category();
    const std::string id = ours ? std::string(errdecode::errc_id(static_cast<errdecode::errc>(error.value())))
                                : std::string(error.category().name());
    py::object type = py::module_::import("errdecode._errors").attr("DecodeError");
    py::object exception = type(error.message(), py::arg("code") = id, py::arg("input") = input);
    PyErr_SetObject(type.ptr(), exception.ptr());
    throw py::error_already_set();
}

template <class T>
T value_or_raise(errdecode::result<T> r, py::handle input) {
    if (!r) raise_decode_error(input, r.error());
    return std::move(r).value();
}

/// The UTF-8 text of a str argument; a str that cannot be UTF-8 (lone surrogates) is invalid_utf8.
std::string utf8_of(py::handle text, const char* what) {
    if (!PyUnicode_Check(text.ptr()))
        throw py::type_error(std::string(what) + " must be str, not " + Py_TYPE(text.ptr())->tp_name);
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (data == nullptr) {
        PyErr_Clear();
        raise_decode_error(text, errdecode::errc::invalid_utf8);
    }
    return std::string(data, static_cast<std::size_t>(size));
}

/// A code as the caller gave it: text (str, or bytes taken as UTF-8) or a 32-bit number.
struct code_input {
    std::string text;
    bool is_number = false;
    std::uint32_t number = 0;
};

/// Accepts str, bytes and integers (anything with __index__ except bool). Integers are read as 32-bit
/// values, signed or unsigned: -2147024891 and 2147942405 are both 0x80070005; anything outside
/// [-2**31, 2**32) is errc::out_of_range rather than silently wrapped.
code_input read_code(py::handle code, const char* what) {
    PyObject* o = code.ptr();
    if (PyUnicode_Check(o)) return {utf8_of(code, what)};
    if (PyBytes_Check(o)) return {std::string(PyBytes_AS_STRING(o), static_cast<std::size_t>(PyBytes_GET_SIZE(o)))};
    if (PyBool_Check(o) || !PyIndex_Check(o))
        throw py::type_error(std::string(what) + " must be str, bytes or int, not " + Py_TYPE(o)->tp_name);
    py::object index = py::reinterpret_steal<py::object>(PyNumber_Index(o));
    if (!index) throw py::error_already_set();
    int overflow = 0;
    const long long v = PyLong_AsLongLongAndOverflow(index.ptr(), &overflow);
    if (v == -1 && PyErr_Occurred()) throw py::error_already_set();
    if (overflow != 0 || v < std::numeric_limits<std::int32_t>::min() || v > std::numeric_limits<std::uint32_t>::max())
        raise_decode_error(code, errdecode::errc::out_of_range);
    code_input in;
    in.is_number = true;
    in.number = static_cast<std::uint32_t>(v);  // the two's-complement reading of a negative value
    return in;
}

json_dict decode(py::handle code, py::handle lang_arg) {
    const code_input in = read_code(code, "code");
    const std::string lang = utf8_of(lang_arg, "lang");
    auto r = in.is_number ? errdecode::decode(in.number, {lang}) : errdecode::decode(in.text, {lang});
    const auto d = value_or_raise(std::move(r), code);
    return build([&](py_builder& b) { errdecode::detail::put_decoded(b, d); });
}

json_dict decode_cert_flags(py::handle mask, py::handle lang_arg) {
    const code_input in = read_code(mask, "mask");
    const std::string lang = utf8_of(lang_arg, "lang");
    auto r = in.is_number ? errdecode::decode_cert_flags(in.number, {lang}) : errdecode::decode_cert_flags(in.text, {lang});
    const auto flags = value_or_raise(std::move(r), mask);
    // An integer mask is shown the way decode() shows an integer code.
    const errdecode::detail::hex32 hex(in.number);
    const std::string_view input = in.is_number ? hex.view() : std::string_view(in.text);
    return build([&](py_builder& b) { errdecode::detail::put_cert_flags(b, input, flags); });
}

json_dict search(py::handle query_arg, py::handle lang_arg, py::handle limit_arg) {
    const std::string query = utf8_of(query_arg, "query");
    const std::string lang = utf8_of(lang_arg, "lang");
    if (PyBool_Check(limit_arg.ptr()) || !PyLong_Check(limit_arg.ptr()))
        throw py::type_error(std::string("limit must be int, not ") + Py_TYPE(limit_arg.ptr())->tp_name);
    int overflow = 0;
    const long long limit = PyLong_AsLongLongAndOverflow(limit_arg.ptr(), &overflow);
    if (overflow < 0 || (overflow == 0 && limit < 1))
        throw py::value_error("limit must be at least 1, not " + py::str(limit_arg).cast<std::string>());
    const std::size_t most = overflow > 0 ? std::numeric_limits<std::size_t>::max() : static_cast<std::size_t>(limit);
    errdecode::result<std::vector<errdecode::search_hit>> hits = std::vector<errdecode::search_hit>{};
    {
        py::gil_scoped_release release;  // ranking every entry is the one long call; let other threads run
        hits = errdecode::search(query, {lang, most});
    }
    const auto found = value_or_raise(std::move(hits), query_arg);
    return build([&](py_builder& b) { errdecode::detail::put_search(b, query, found); });
}

/// Every code in a text: (start, end, dict) per match, where start/end are str indices (code points) and
/// the dict is the CLI's `scan --json` object. The scan and the decoding run without the GIL.
std::vector<std::tuple<std::size_t, std::size_t, json_dict>> scan(py::handle text_arg, py::handle lang_arg) {
    const std::string text = utf8_of(text_arg, "text");
    const std::string lang = utf8_of(lang_arg, "lang");
    const auto known = errdecode::languages();
    if (std::none_of(known.begin(), known.end(), [&](std::string_view l) { return l == lang; }))
        raise_decode_error(lang_arg, errdecode::errc::unknown_language);
    struct found {
        std::size_t start, end;
        errdecode::scan_match match;  // its text views into `text`, which outlives this function's loop
        errdecode::interpretation best;
    };
    std::vector<found> matches;
    {
        py::gil_scoped_release release;  // a log can be large
        // Matches arrive in order of offset, so byte offsets turn into code-point indices in one pass:
        // every byte that is not a UTF-8 continuation byte starts a code point.
        std::size_t byte = 0, index = 0;
        const auto advance = [&](std::size_t to) {
            for (; byte < to; ++byte)
                if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++index;
        };
        errdecode::scan(text, [&](const errdecode::scan_match& m) {
            advance(static_cast<std::size_t>(m.offset));
            const std::size_t start = index;
            advance(static_cast<std::size_t>(m.offset) + m.length);
            if (auto best = m.best({lang})) matches.push_back({start, index, m, best.value()});
        });
    }
    std::vector<std::tuple<std::size_t, std::size_t, json_dict>> out;
    out.reserve(matches.size());
    for (const auto& f : matches)
        out.emplace_back(f.start, f.end,
                         build([&](py_builder& b) { errdecode::detail::put_scan_match(b, f.match, f.best, {}); }));
    return out;
}

json_dict lookup_entry(py::handle key_arg, py::handle lang_arg) {
    const std::string key = utf8_of(key_arg, "key");
    const std::string lang = utf8_of(lang_arg, "lang");
    const auto entry = value_or_raise(errdecode::lookup_entry(key, {lang}), key_arg);
    return build([&](py_builder& b) { errdecode::detail::put_interpretation(b, entry); });
}

std::vector<std::tuple<std::string, std::uint32_t, std::string>> values_of(py::handle name_arg) {
    const std::string name = utf8_of(name_arg, "name");
    std::vector<std::tuple<std::string, std::uint32_t, std::string>> out;
    for (const auto& v : value_or_raise(errdecode::values_of(name), name_arg))
        out.emplace_back(std::string(errdecode::to_string(v.space)), v.value, std::string(v.name));
    return out;
}

std::vector<std::string> languages() {
    std::vector<std::string> out;
    for (auto l : errdecode::languages()) out.emplace_back(l);
    return out;
}

/// The command line on the process's own stdin/stdout/stderr (file descriptors 0, 1, 2).
/// argv comes as bytes (os.fsencode of sys.argv), so arguments that are not UTF-8 reach the CLI unchanged.
int cli(const py::typing::List<py::bytes>& argv_list) {
    std::vector<std::string> argv;
    for (py::handle a : argv_list) {
        if (!PyBytes_Check(a.ptr()))
            throw py::type_error(std::string("argv items must be bytes, not ") + Py_TYPE(a.ptr())->tp_name);
        argv.emplace_back(PyBytes_AS_STRING(a.ptr()), static_cast<std::size_t>(PyBytes_GET_SIZE(a.ptr())));
    }
    std::vector<const char*> args;
    for (const auto& a : argv) args.push_back(a.c_str());
    py::gil_scoped_release release;  // reading stdin can block
    const int status = errdecode::cli::run(static_cast<int>(args.size()), args.data(), std::cin, std::cout, std::cerr);
    std::cout.flush();
    std::cerr.flush();
    std::fflush(stdout);
    std::fflush(stderr);
    return status;
}

}  // namespace

PYBIND11_MODULE(_core, m) {
    m.doc() = R"doc(The compiled half of errdecode: JSON texts in the CLI's shape; use the errdecode package instead.)doc";
    m.attr("__version__") = errdecode::version;

    m.def(
        "decode", [](const code_arg& code, const py::str& lang) { return decode(code, lang); }, py::arg("code"),
        py::arg("lang"), R"doc(Every reading of one code, as the CLI's --json object; raises errdecode.DecodeError.)doc");
    m.def(
        "decode_cert_flags", [](const code_arg& mask, const py::str& lang) { return decode_cert_flags(mask, lang); },
        py::arg("mask"), py::arg("lang"), R"doc(The flags of a certificate-problem mask, as the CLI's --cert --json object.)doc");
    m.def(
        "search", [](const py::str& query, const py::str& lang, const py::int_& limit) { return search(query, lang, limit); },
        py::arg("query"), py::arg("lang"), py::arg("limit"),
        R"doc(Ranked entries for a message, symptom words or a name fragment, as the CLI's search --json object.)doc");
    m.def(
        "scan", [](const py::str& text, const py::str& lang) { return scan(text, lang); }, py::arg("text"),
        py::arg("lang"),
        R"doc((start, end, JSON) for every code in a text: str indices and the CLI's scan --json object.)doc");
    m.def(
        "lookup_entry", [](const py::str& key, const py::str& lang) { return lookup_entry(key, lang); }, py::arg("key"),
        py::arg("lang"), R"doc(One curated entry by "namespace:code", as an interpretation JSON object.)doc");
    m.def(
        "values_of", [](const py::str& name) { return values_of(name); }, py::arg("name"),
        R"doc((namespace, value, name) for every value a symbolic name stands for.)doc");
    m.def("languages", &languages, R"doc(The languages the knowledge base is written in, English first.)doc");
    m.def("cli", &cli, py::arg("argv"),
          R"doc(Runs the errdecode command line on the process's stdin and stdout; returns the exit status.)doc");
}
