#pragma once

#include "analysis/import/columnmapping.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// The vocabulary of order exports: which header names may fill which role (with priorities), and
// which header sets identify a platform's layout. This is data, normalised once on first use; the
// detection and assignment that use it live in columnmapping.cpp.
namespace clientele::headers {

constexpr unsigned layoutBit(Layout layout)
{
    return 1u << unsigned(layout);
}
constexpr unsigned AnyLayout = 0;

// Folds the many ways one header is written in real exports onto one key: full-width forms
// (ＯＲＤＥＲ，（元）, ideographic space) become ASCII by NFKC, case is folded, a trailing currency
// or count unit in brackets is dropped ("订单实付(元)" is "订单实付"), and everything that is not a
// letter or digit goes, so "Order-Date", "order_date" and "ORDER DATE:" are the same. 帐/账 are
// used interchangeably in Chinese exports (JD writes 下单帐号), so they are unified too.
QString normalize(QStringView header);

struct NormalizedSynonym
{
    Role role;
    int priority;     // higher wins when several columns could fill the role
    unsigned layouts; // layoutBit()s of the layouts it is limited to, or AnyLayout
};

// normalised header → every role it may fill
const QHash<QString, std::vector<NormalizedSynonym>> &synonymIndex();

// Headers that (nearly) only one platform writes count double ("strong"); shared words (订单状态,
// Total) count once ("weak") and only help when a strong header is present, so a generic
// "Name, Email, Total, Created at" file stays generic. Keys are normalised; table order is the
// order in which layouts win ties.
struct NormalizedSignature
{
    Layout layout;
    int minStrong;
    QStringList strong;
    QStringList weak;
};

const std::vector<NormalizedSignature> &normalizedSignatures();

} // namespace clientele::headers
