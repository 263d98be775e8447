#include "analysis/import/rowinterpreter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>
#include <cstring>

namespace clientele {

__extension__ using Int128 = __int128;

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Importer)
};

} // namespace

std::string_view trimmedCell(std::string_view text)
{
    auto leadingSpace = [](std::string_view s) -> size_t {
        if (s.empty())
            return 0;
        const auto c = static_cast<unsigned char>(s[0]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            return 1;
        if (s.size() >= 2 && c == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0)
            return 2;
        if (s.size() >= 3 && s.substr(0, 3) == "\xE3\x80\x80")
            return 3;
        return 0;
    };
    auto trailingSpace = [](std::string_view s) -> size_t {
        if (s.empty())
            return 0;
        const auto c = static_cast<unsigned char>(s.back());
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            return 1;
        if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0")
            return 2;
        if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80")
            return 3;
        return 0;
    };
    while (size_t n = leadingSpace(text))
        text.remove_prefix(n);
    while (size_t n = trailingSpace(text))
        text.remove_suffix(n);
    return text;
}

// What R, pandas, SQL dumps and spreadsheets write for "no value".
static bool isNullToken(std::string_view text)
{
    if (text.empty() || text.size() > 4)
        return false;
    std::array<char, 4> lower{};
    for (size_t i = 0; i < text.size(); ++i)
        lower[i] = (text[i] >= 'A' && text[i] <= 'Z') ? char(text[i] - 'A' + 'a') : text[i];
    const std::string_view t(lower.data(), text.size());
    return t == "na" || t == "n/a" || t == "#n/a" || t == "null" || t == "none" || t == "nan" || t == "nil"
        || t == "\\n" || t == "-" || t == "--";
}

// Spreadsheets turn numeric ids into "17850.0"; the id is 17850.
static std::string_view stripZeroFraction(std::string_view id)
{
    const size_t dot = id.find('.');
    if (dot == std::string_view::npos || dot == 0)
        return id;
    for (size_t i = 0; i < dot; ++i)
        if (id[i] < '0' || id[i] > '9')
            return id;
    for (size_t i = dot + 1; i < id.size(); ++i)
        if (id[i] != '0')
            return id;
    return id.substr(0, dot);
}

RowInterpreter::RowInterpreter(const QStringList &headers, const ColumnMapping &mapping, Layout layout,
    DateTimeParser dateParser, AmountParser amountParser, bool padShortRows, bool keepDuplicateRows)
    : m_headers(headers)
    , m_mapping(mapping)
    , m_layout(layout)
    , m_customerRole(mapping.customerRole())
    , m_dates(std::move(dateParser))
    , m_amounts(amountParser)
    , m_quantities(amountParser)
    , m_padShortRows(padShortRows)
    , m_keepDuplicateRows(keepDuplicateRows)
{
}

std::string_view RowInterpreter::cell(const Record &record, Role role) const
{
    const int column = m_mapping.column(role);
    if (column < 0 || size_t(column) >= record.fields.size())
        return {};
    const std::string_view text = trimmedCell(record.fields[size_t(column)]);
    return isNullToken(text) ? std::string_view() : text;
}

quint64 RowInterpreter::rowHash(const Record &record) const
{
    // All cells, in order (missing trailing cells of a short XLSX row count as empty), 8 bytes at a time;
    // each cell's last word carries its length, which keeps "ab","c" apart from "a","bc". Each step is a
    // bijection of the state, so rows that differ in one word never collide. Only compared within one
    // import: no need for a hash that is stable across versions. Inline, because it runs for every row
    // (a std::hash call per cell stood out in the import's profile).
    auto mix = [](quint64 state, quint64 word) {
        state = (state ^ word) * 0x9fb21c651e98df25ULL;
        return state ^ (state >> 29);
    };
    quint64 hash = 0x9e3779b97f4a7c15ULL;
    const size_t columns = size_t(m_headers.size());
    for (size_t i = 0; i < columns; ++i) {
        const std::string_view field = i < record.fields.size() ? record.fields[i] : std::string_view();
        const char *bytes = field.data();
        size_t left = field.size();
        for (; left >= 8; bytes += 8, left -= 8) {
            quint64 word;
            std::memcpy(&word, bytes, 8);
            hash = mix(hash, word);
        }
        quint64 last = quint64(field.size() & 0xff) << 56;
        for (size_t k = 0; k < left; ++k)
            last |= quint64(static_cast<unsigned char>(bytes[k])) << (8 * k);
        hash = mix(hash, last);
    }
    // The set indexes by the low bits: spread the high ones into them.
    hash ^= hash >> 32;
    hash *= 0xd6e8feb86659fd93ULL;
    hash ^= hash >> 32;
    return hash | 1; // 0 marks an empty slot of KeyHashSet
}

void RowInterpreter::synthesiseOrderKey(const OrderLine &line)
{
    // Without an order id column a row is an order. Its key must be the same on every re-import of the
    // same orders, however the file is laid out (column order, extra columns, 'T' in the times, 81.6 or
    // 81.60), so it derives from what the row means: customer key, UTC time and amount in minor units,
    // numbered among the rows of the file that mean the same. Keys from before this rule start "row:"
    // (docs/import.md); SHA-1 keeps the key stable across compilers and versions.
    std::string meaning(line.customerKey);
    meaning += '\x1f';
    if (line.hasTime)
        meaning += std::to_string(line.utcSeconds);
    meaning += '\x1f';
    if (line.hasAmount)
        meaning += std::to_string(microsToMinorUnits(line.amountMicros));
    const QByteArray digest
        = QCryptographicHash::hash(QByteArrayView(meaning.data(), qsizetype(meaning.size())), QCryptographicHash::Sha1)
              .toHex()
              .left(24);
    std::string base = "row2:";
    base.append(digest.constData(), size_t(digest.size()));
    const int occurrence = ++m_syntheticKeyOccurrences[base];
    m_orderKeyBuffer = base + '#' + std::to_string(occurrence);
}

bool RowInterpreter::parseAmount(const Record &record, OrderLine &line, Rejection &rejection)
{
    if (m_mapping.has(Role::Amount)) {
        const std::string_view text = cell(record, Role::Amount);
        if (text.empty())
            return true;
        const AmountParse amount = m_amounts.parse(text);
        if (!amount.ok) {
            rejection
                = {m_headers.value(m_mapping.column(Role::Amount)), ImporterText::tr("Invalid amount"), amount.reason};
            return false;
        }
        line.amountMicros = amount.micros;
        line.hasAmount = true;
        return true;
    }
    // Invoice lines: quantity × unit price, exact in micro-units (128-bit intermediate).
    const std::string_view priceText = cell(record, Role::UnitPrice);
    if (priceText.empty() || !line.hasQuantity)
        return true;
    const AmountParse price = m_amounts.parse(priceText);
    if (!price.ok) {
        rejection = {
            m_headers.value(m_mapping.column(Role::UnitPrice)), ImporterText::tr("Invalid unit price"), price.reason};
        return false;
    }
    const Int128 product = Int128(price.micros) * line.quantityMicros / 1000000;
    if (product > std::numeric_limits<qint64>::max() / 4 || product < std::numeric_limits<qint64>::min() / 4) {
        rejection = {m_headers.value(m_mapping.column(Role::UnitPrice)), ImporterText::tr("Invalid amount"),
            ImporterText::tr("quantity × unit price is too large")};
        return false;
    }
    line.amountMicros = qint64(product);
    line.hasAmount = true;
    return true;
}

bool RowInterpreter::interpret(const Record &record, OrderLine &line, Rejection &rejection)
{
    line = OrderLine();
    if (!record.problem.isEmpty()) {
        rejection = {QString(), ImporterText::tr("Damaged record"), record.problem};
        return false;
    }
    const qsizetype expected = m_headers.size();
    const qsizetype got = qsizetype(record.fields.size());
    if (got != expected) {
        bool extraCellsEmpty = got > expected;
        for (qsizetype i = expected; i < got && extraCellsEmpty; ++i)
            extraCellsEmpty = trimmedCell(record.fields[size_t(i)]).empty();
        if (!extraCellsEmpty && !(m_padShortRows && got < expected)) {
            rejection = {QString(), ImporterText::tr("Wrong number of fields"),
                ImporterText::tr("expected %1 fields, found %2").arg(expected).arg(got)};
            return false;
        }
    }

    // The row's slot among the hashes of earlier rows is a cache miss in a large file: start loading it
    // now, the parsing below hides it.
    const quint64 hash = rowHash(record);
    m_rowHashes.prefetch(hash);

    if (m_mapping.has(Role::OrderId)) {
        line.orderKey = cell(record, Role::OrderId);
        if (line.orderKey.empty()) {
            rejection = {m_headers.value(m_mapping.column(Role::OrderId)), ImporterText::tr("Missing order id"),
                ImporterText::tr("the order id is empty")};
            return false;
        }
        if (m_layout == Layout::OnlineRetail && (line.orderKey.front() == 'C' || line.orderKey.front() == 'c'))
            line.returnInvoice = true;
    }

    std::string_view customer = cell(record, m_customerRole);
    if (!customer.empty()) {
        switch (m_customerRole) {
        case Role::CustomerId:
            customer = stripZeroFraction(customer);
            break;
        case Role::CustomerEmail:
            m_customerBuffer.assign(customer);
            for (char &c : m_customerBuffer)
                if (c >= 'A' && c <= 'Z')
                    c = char(c - 'A' + 'a');
            customer = m_customerBuffer;
            break;
        case Role::CustomerPhone:
            m_customerBuffer.clear();
            for (char c : customer)
                if ((c >= '0' && c <= '9') || (c == '+' && m_customerBuffer.empty()))
                    m_customerBuffer.push_back(c);
            if (m_customerBuffer.empty())
                m_customerBuffer.assign(customer);
            customer = m_customerBuffer;
            break;
        default:
            break;
        }
        line.customerKey = customer;
        line.hasCustomer = true;
    }

    if (const std::string_view time = cell(record, Role::OrderTime); !time.empty()) {
        const DateTimeParse parsed = m_dates.parse(time);
        if (!parsed.ok) {
            rejection = {m_headers.value(m_mapping.column(Role::OrderTime)), ImporterText::tr("Invalid order time"),
                parsed.reason};
            return false;
        }
        line.utcSeconds = parsed.utcSeconds;
        line.hasTime = true;
    }

    if (m_mapping.has(Role::Quantity)) {
        if (const std::string_view text = cell(record, Role::Quantity); !text.empty()) {
            const AmountParse quantity = m_quantities.parse(text);
            if (!quantity.ok) {
                rejection = {m_headers.value(m_mapping.column(Role::Quantity)), ImporterText::tr("Invalid quantity"),
                    quantity.reason};
                return false;
            }
            line.quantityMicros = quantity.micros;
            line.hasQuantity = true;
        }
    } else {
        line.quantityMicros = 1000000;
        line.hasQuantity = true;
    }
    if (!parseAmount(record, line, rejection))
        return false;

    line.status = cell(record, Role::Status);
    line.channel = cell(record, Role::Channel);
    line.city = cell(record, Role::City);
    line.category = cell(record, Role::Category);

    // Identical rows of one order are ambiguous (line amounts add up, so a repeat doubles them); only
    // rows that were taken are remembered, so the repeat of a rejected row is rejected again.
    line.duplicateRow = !m_rowHashes.insertHash(hash);
    if (line.duplicateRow && !m_keepDuplicateRows)
        return true; // skipped: it must not take a number among the derived keys either
    if (!m_mapping.has(Role::OrderId)) {
        synthesiseOrderKey(line);
        line.orderKey = m_orderKeyBuffer;
    }
    return true;
}

} // namespace clientele
