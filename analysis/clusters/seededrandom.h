#pragma once

#include <QtGlobal>

#include <random>

namespace clientele {

// Reproducible random numbers for the clustering code. std::mt19937_64 itself is fully specified by
// the standard, but std::uniform_*_distribution are not (libstdc++, libc++ and MSVC give different
// numbers), so the two conversions we need are written here and documented in docs/metrics/clusters.md.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    // Uniform in [0, 1): the top 53 bits of one engine output, times 2^-53.
    double uniform01() { return double(m_engine() >> 11) * 0x1.0p-53; }

    // Uniform integer in [0, n), n > 0: rejection sampling on the largest multiple of n below 2^64,
    // so there is no modulo bias.
    quint64 below(quint64 n)
    {
        const quint64 limit = ~quint64(0) - (~quint64(0) % n + 1) % n; // last accepted value
        for (;;) {
            const quint64 x = m_engine();
            if (x <= limit)
                return x % n;
        }
    }

    // Independent seed for a named sub-stream (restart r, the k search sample …): SplitMix64 of seed
    // combined with the stream number, so sub-streams do not depend on how many numbers others drew.
    static quint64 derive(quint64 seed, quint64 stream)
    {
        quint64 z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace clientele
