// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <random>

namespace parcours::demo {

// Random draws from integers only, so that a seed gives the same data with every compiler
// and standard library (the standard fixes mt19937_64's sequence, not its distributions').
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) { }

    // lo..hi, both included. The modulo bias is below 2^-40 for the spans used here.
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_engine() % quint64(hi - lo + 1)); }
    bool chance(int permille) { return between(0, 999) < permille; }
    // lo..hi, more often near lo (the smaller of two draws: a linearly falling density).
    qint64 low(qint64 lo, qint64 hi) { return std::min(between(lo, hi), between(lo, hi)); }
    // An index into a list whose most frequent items come first.
    int frequent(qsizetype size) { return int(low(0, size - 1)); }
    template<size_t N>
    int weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(between(0, total - 1));
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N - 1);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace parcours::demo
