// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/cell.h"
#include "trajectory/isodate.h"

#include <optional>

namespace parcours {

// placement.span_key (schema 0002): cell × 10^16 + start × 10^8 + end, dates as yyyymmdd
// numbers, 99999999 for an open end. The evolution engine and the placement import read it
// instead of three text columns.
struct Span
{
    Cell cell;
    qint64 start; // julian day
    qint64 end;   // julian day, or isodate::kOpenEnd
};

inline constexpr qint64 kSpanOpenEnd = 99999999;

// nullopt when the key does not decode to a known cell and real days.
inline std::optional<Span> decodeSpanKey(qint64 key)
{
    const qint64 cell = key / 10000000000000000LL;
    const qint64 rest = key % 10000000000000000LL;
    const qint64 end = rest % 100000000;
    if (key < 0 || cell >= kCellCount)
        return std::nullopt;
    const auto startDay = isodate::julianDayFromNumber(rest / 100000000);
    const auto endDay = end == kSpanOpenEnd ? std::optional<qint64>(isodate::kOpenEnd) : isodate::julianDayFromNumber(end);
    if (!startDay || !endDay)
        return std::nullopt;
    return Span{static_cast<Cell>(cell), *startDay, *endDay};
}

} // namespace parcours
