#pragma once

#include "analysis/engine/analysisrun.h"

#include <memory>

// A hand-made shop for the GUI tests of the RFM and Customers pages: 120 customers with 1–6 orders
// spread over ~400 days, amounts from 1.00 to 600.00 (some below 10.00, so text sorting would differ
// from numeric sorting), a few returns, Chinese and Latin keys and cities. Deterministic.
namespace customerfixture {

struct Shop
{
    std::shared_ptr<const clientele::CustomerTable> table;
    std::shared_ptr<const clientele::AnalysisResults> results;
};

// Scored with quintiles, clustered with k = 2.
Shop shop();

} // namespace customerfixture
