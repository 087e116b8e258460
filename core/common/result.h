// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace parcours {

// The outcome of an operation that can fail. The message is already translated and meant
// for the user: it says what was refused and why. Core never shows it; the caller decides.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Status() = default;
    explicit Status(QString message) : m_error(std::move(message)), m_failed(true) { }
    QString m_error;
    bool m_failed = false;
};

// A value, or the message that says why there is none.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { } // NOLINT: implicit by design
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }
    Result(const Status &status) : m_error(status.error()) { } // a failed Status only

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    T take() { return std::move(*m_value); }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace parcours
