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
    // A refusal because somebody else changed the record after the caller read it (the row
    // version the caller loaded is no longer the stored one; storage/rowversion.h). Nothing
    // was written; the caller may offer to reload the record and try again.
    static Status conflict(QString message)
    {
        Status s(std::move(message));
        s.m_conflict = true;
        return s;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    bool isConflict() const { return m_conflict; }

private:
    Status() = default;
    explicit Status(QString message) : m_error(std::move(message)), m_failed(true) { }
    QString m_error;
    bool m_failed = false;
    bool m_conflict = false;
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
    Result(const Status &status) : m_error(status.error()), m_conflict(status.isConflict()) { } // a failed Status only

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    // See Status::conflict().
    bool isConflict() const { return m_conflict; }
    // The failure as a Status, keeping whether it is a conflict.
    Status status() const
    {
        if (ok())
            return Status::success();
        return m_conflict ? Status::conflict(m_error) : Status::failure(m_error);
    }
    T take() { return std::move(*m_value); }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    bool m_conflict = false;
};

} // namespace parcours
