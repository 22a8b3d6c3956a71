#pragma once

// std::expected where the standard library has it (g++ 12 in C++23 mode). clang 14, which the
// libFuzzer build uses, cannot compile libstdc++ 12's <expected>, so a minimal stand-in with
// the same names and the subset of the interface CardBridge uses takes its place there.
#include <version>

#if defined(__cpp_lib_expected)
#include <expected>
namespace cardbridge {
using std::expected;
using std::unexpected;
} // namespace cardbridge
#else
#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace cardbridge {

template<typename E> class unexpected {
public:
    explicit unexpected(E error)
        : m_error(std::move(error))
    {
    }
    const E &error() const & { return m_error; }
    E &error() & { return m_error; }
    E &&error() && { return std::move(m_error); }

private:
    E m_error;
};

template<typename T, typename E> class expected {
public:
    using value_type = T;
    using error_type = E;
    expected() requires std::is_default_constructible_v<T> : m_state(std::in_place_index<0>) { }
    template<typename U = T>
    requires std::is_constructible_v<T, U &&> expected(U &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {
    }
    template<typename G>
    expected(unexpected<G> error)
        : m_state(std::in_place_index<1>, std::move(error).error())
    {
    }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }
    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    E &error() & { return std::get<1>(m_state); }
    const E &error() const & { return std::get<1>(m_state); }
    template<typename U> T value_or(U &&fallback) const &
    {
        return has_value() ? value() : T(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> m_state;
};

template<typename E> class expected<void, E> {
public:
    using value_type = void;
    using error_type = E;
    expected() = default;
    template<typename G>
    expected(unexpected<G> error)
        : m_error(std::move(error).error())
        , m_failed(true)
    {
    }

    bool has_value() const { return !m_failed; }
    explicit operator bool() const { return has_value(); }
    void value() const { assert(has_value()); }
    const E &error() const { return m_error; }

private:
    E m_error {};
    bool m_failed = false;
};

} // namespace cardbridge
#endif
