#pragma once

#include "analysis/import/columnmapping.h"
#include "analysis/import/keyhashset.h"
#include "analysis/io/recordsource.h"
#include "analysis/parse/amountparser.h"
#include "analysis/parse/datetimeparser.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace clientele {

// A record read as part of an order. Absent cells (empty) are allowed only on continuation rows of
// an order already started (Shopify leaves order-level cells empty after the first line item).
struct OrderLine
{
    std::string_view orderKey;
    std::string_view customerKey; // normalised (trimmed; lower-case e-mail; digits-only phone)
    std::string_view status;
    std::string_view channel;
    std::string_view city;
    std::string_view category;
    qint64 utcSeconds = 0;
    qint64 amountMicros = 0; // line or order amount (quantity × unit price when so mapped)
    qint64 quantityMicros = 0;
    bool hasCustomer = false;
    bool hasTime = false;
    bool hasAmount = false;
    bool hasQuantity = false;
    bool returnInvoice = false; // Online Retail 'C' invoice
    bool duplicateRow = false;  // an exact repeat of an earlier row of the file (see RowInterpreter)
};

// Why a record was not taken. `category` groups rejections in the summary ("Invalid order time");
// `detail` names the offending text.
struct Rejection
{
    QString column;
    QString category;
    QString detail;
};

// Turns records into OrderLines according to a column mapping; holds the parsers (and their caches).
class RowInterpreter
{
public:
    RowInterpreter(const QStringList &headers, const ColumnMapping &mapping, Layout layout, DateTimeParser dateParser,
        AmountParser amountParser, bool padShortRows, bool keepDuplicateRows = false);

    // False: the record is rejected (see `rejection`). Views in `line` stay valid until the next call.
    // A record whose cells are all identical to those of an earlier record that was not rejected is
    // marked `duplicateRow`; unless duplicates are kept, nothing else of `line` is then filled in.
    bool interpret(const Record &record, OrderLine &line, Rejection &rejection);

    QString customerKeyKind() const { return roleKey(m_customerRole); }
    bool keepsDuplicateRows() const { return m_keepDuplicateRows; }
    // Sizes the row hashes for about `rows` rows up front.
    void expectRows(qint64 rows) { m_rowHashes.reserve(size_t(std::max<qint64>(rows, 0))); }
    // The file is read: frees the row hashes (8-16 bytes a row) before the writer's index sorts.
    void forgetRows() { m_rowHashes = KeyHashSet(); }

private:
    std::string_view cell(const Record &record, Role role) const;
    bool parseAmount(const Record &record, OrderLine &line, Rejection &rejection);
    quint64 rowHash(const Record &record) const;
    void synthesiseOrderKey(const OrderLine &line);

    QStringList m_headers;
    ColumnMapping m_mapping;
    Layout m_layout;
    Role m_customerRole;
    DateTimeParser m_dates;
    AmountParser m_amounts;
    AmountParser m_quantities;
    bool m_padShortRows;
    bool m_keepDuplicateRows;
    KeyHashSet m_rowHashes; // of every record taken so far, to recognise exact repeats
    std::string m_customerBuffer;
    std::string m_orderKeyBuffer;
    std::unordered_map<std::string, int> m_syntheticKeyOccurrences;
};

// Trims ASCII white space, NBSP and the ideographic space.
std::string_view trimmedCell(std::string_view text);

} // namespace clientele
