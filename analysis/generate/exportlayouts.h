#pragma once

#include "analysis/generate/ordergenerator.h"
#include "analysis/generate/ordersampler.h"

#include <random>
#include <string>
#include <vector>

namespace clientele {

// One row of a generated export, its fields as UTF-8 text.
using GeneratedRow = std::vector<std::string>;

struct LayoutColumn
{
    const char *header;
    bool numeric = false; // written as a number cell in XLSX
};

// Where a layout keeps the fields that damaged rows spoil.
struct LayoutFields
{
    int customer;
    int time;
    int amount;
    int city;
};

const std::vector<LayoutColumn> &layoutColumns(GeneratedLayout layout);
LayoutFields layoutFields(GeneratedLayout layout);

// What one order became in a layout: its rows and what they add up to.
struct WrittenOrder
{
    std::vector<GeneratedRow> rows;
    bool written = false;     // false: the layout has no way to say "closed" and leaves such orders out
    qint64 amountMinor = 0;   // as written (invoice lines: Σ quantity × unit price)
    qint64 returnedMinor = 0; // the return row's amount, 0 if none was written
};

// The rows of `order`. `orderNumber` is the platform's running number; `details` draws the layout's own
// choices (line items), so the shop itself (customers, days, amounts) is the same in every layout.
WrittenOrder layoutOrderRows(GeneratedLayout layout, const SampledOrder &order, qint64 orderNumber, const QDate &start,
    std::mt19937_64 &details);

} // namespace clientele
