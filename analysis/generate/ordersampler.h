#pragma once

#include "analysis/generate/ordergenerator.h"

#include <random>
#include <vector>

namespace clientele {

// One order of a generated shop, before it is written in a layout.
struct SampledOrder
{
    double day = 0;   // days after the start, fractional (the time of day)
    int customer = 0; // 1-based
    int group = -1;   // planted group, −1 for the BG/NBD population
    qint64 amountMinor = 0;
    int quantity = 1;
    int channel = 0;
    int city = 0;
    int category = 0;
    bool closed = false;
    qint64 returnedMinor = 0; // > 0: a partial return follows the order
};

// The customers' orders in time order, exactly options.orders of them. Draws from `rng` only, in a fixed
// order, so the same seed gives the same shop whatever the layout.
std::vector<SampledOrder> sampleOrders(const GeneratorOptions &options, std::mt19937_64 &rng);

// Names written for the index fields of SampledOrder.
extern const std::vector<const char *> GeneratedChannels;
extern const std::vector<const char *> GeneratedCities;
extern const std::vector<const char *> GeneratedCategories;

} // namespace clientele
