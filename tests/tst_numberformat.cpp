// The one helper of each kind: money as text (CLI, CSV), money in JSON, money on screen, day ↔ date.
#include "analysis/core/days.h"
#include "analysis/core/money.h"
#include "models/numberformat.h"

#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Min = std::numeric_limits<qint64>::min();
constexpr qint64 Max = std::numeric_limits<qint64>::max();

const QLocale English(QLocale::English, QLocale::UnitedStates);
const QLocale German(QLocale::German, QLocale::Germany);

} // namespace

class TestNumberFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // minor units → exact C-locale text; the last two digits are the minor digits, the sign goes in front
    // even when the major part is 0.
    void minorUnitsText_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0.00"_s;
        QTest::newRow("one fen") << qint64(1) << u"0.01"_s;
        QTest::newRow("minus one fen") << qint64(-1) << u"-0.01"_s;
        QTest::newRow("minus five fen") << qint64(-5) << u"-0.05"_s;
        QTest::newRow("whole") << qint64(-100) << u"-1.00"_s;
        QTest::newRow("plain") << qint64(123456) << u"1234.56"_s;
        QTest::newRow("no grouping") << qint64(123456789) << u"1234567.89"_s;
        // 2^63 − 1 = 9223372036854775807 and −2^63 (whose magnitude does not fit in qint64).
        QTest::newRow("max") << Max << u"92233720368547758.07"_s;
        QTest::newRow("min") << Min << u"-92233720368547758.08"_s;
    }
    void minorUnitsText()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        QCOMPARE(clientele::minorUnitsText(minor), text);
    }

    // The JSON number is the double a reader gets from the text: 123.45 is the double nearest to 123.45.
    void majorUnits_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("0.10") << qint64(10);
        QTest::newRow("123.45") << qint64(12345);
        QTest::newRow("-0.01") << qint64(-1);
        QTest::newRow("-1234567.89") << qint64(-123456789);
        QTest::newRow("2^53 - 1") << (qint64(1) << 53) - 1;
        QTest::newRow("2^53 + 1") << (qint64(1) << 53) + 1; // no longer exact as a double
        QTest::newRow("max") << Max;
        QTest::newRow("min") << Min;
    }
    void majorUnits()
    {
        QFETCH(qint64, minor);
        QCOMPARE(clientele::majorUnits(minor), clientele::minorUnitsText(minor).toDouble());
    }

    void majorUnitsByHand()
    {
        QCOMPARE(clientele::majorUnits(12345), 123.45);
        QCOMPARE(clientele::majorUnits(-5), -0.05);
        QCOMPARE(clientele::majorUnits(10), 0.1);
    }

    // Half away from zero: 2.5 → 3, −2.5 → −3 (not banker's rounding to 2 / −2).
    void roundMinorUnits_data()
    {
        QTest::addColumn<double>("minor");
        QTest::addColumn<qint64>("rounded");
        QTest::newRow("0.49") << 0.49 << qint64(0);
        QTest::newRow("0.5") << 0.5 << qint64(1);
        QTest::newRow("-0.5") << -0.5 << qint64(-1);
        QTest::newRow("2.5") << 2.5 << qint64(3);
        QTest::newRow("-2.5") << -2.5 << qint64(-3);
        QTest::newRow("-2.4999") << -2.4999 << qint64(-2);
        QTest::newRow("1e12 + 0.5") << 1e12 + 0.5 << qint64(1000000000001);
        QTest::newRow("nan") << std::nan("") << qint64(0);
    }
    void roundMinorUnits()
    {
        QFETCH(double, minor);
        QFETCH(qint64, rounded);
        QCOMPARE(clientele::roundMinorUnits(minor), rounded);
    }

    void insertMoney()
    {
        QJsonObject o;
        clientele::insertMoney(o, u"net_revenue"_s, -123456);
        QCOMPARE(o.size(), 2);
        QCOMPARE(o.value(u"net_revenue"_s).toDouble(), -1234.56);
        QCOMPARE(o.value(u"net_revenue_minor"_s).toInteger(), qint64(-123456));
    }

    // On screen: the same digits as minorUnitsText, with the locale's grouping, decimal point and sign.
    void formatMoney_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("zero") << qint64(0) << u"0.00"_s << u"0,00"_s;
        QTest::newRow("minus five fen") << qint64(-5) << u"-0.05"_s << u"-0,05"_s;
        QTest::newRow("grouped") << qint64(123456789) << u"1,234,567.89"_s << u"1.234.567,89"_s;
        QTest::newRow("negative grouped") << qint64(-100000) << u"-1,000.00"_s << u"-1.000,00"_s;
        QTest::newRow("min") << Min << u"-92,233,720,368,547,758.08"_s << u"-92.233.720.368.547.758,08"_s;
    }
    void formatMoney()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(clientele::formatMoney(minor, English), english);
        QCOMPARE(clientele::formatMoney(minor, German), german);
        // GUI and CLI/JSON/CSV show the same number: drop the grouping and they are the same text.
        QCOMPARE(QString(english).remove(u','), clientele::minorUnitsText(minor));
    }

    // A mean in fractional minor units is rounded like roundMinorUnits before it is shown.
    void formatFractionalMoney()
    {
        QCOMPARE(clientele::formatMoney(250.5, English), u"2.51"_s);
        QCOMPARE(clientele::formatMoney(-250.5, English), u"-2.51"_s);
        QCOMPARE(clientele::formatMoney(-250.4, English), u"-2.50"_s);
        QCOMPARE(clientele::formatMoney(std::nan(""), English), u"—"_s);
    }

    void formatPercent()
    {
        QCOMPARE(clientele::formatPercent(0.1234, 1, English), u"12.3%"_s);
        QCOMPARE(clientele::formatPercent(0.5, 0, English), u"50%"_s);
        QCOMPARE(clientele::formatPercent(0.1234, 1, German), u"12,3%"_s);
    }

    // Day 0 is 1970-01-01; 1972 and 2000 are leap years, 1900 is not (before day 0, still handled).
    void days_data()
    {
        QTest::addColumn<qint32>("day");
        QTest::addColumn<QString>("iso");
        QTest::newRow("epoch") << 0 << u"1970-01-01"_s;
        QTest::newRow("day before") << -1 << u"1969-12-31"_s;
        QTest::newRow("a year on") << 365 << u"1971-01-01"_s;
        QTest::newRow("1972 leap day") << 365 + 365 + 31 + 28 << u"1972-02-29"_s;
        // 1970..2023: 54 years, 13 of them leap (1972, 1976 … 2020) → 54·365 + 13 = 19723 = 2024-01-01.
        QTest::newRow("2024-01-01") << 19723 << u"2024-01-01"_s;
        QTest::newRow("2024 leap day") << 19723 + 31 + 28 << u"2024-02-29"_s;
        // 1900-01-01 lies 70 years before: 70·365 + 17 leap days (1904 … 1968) = 25567.
        QTest::newRow("1900-01-01") << -25567 << u"1900-01-01"_s;
    }
    void days()
    {
        QFETCH(qint32, day);
        QFETCH(QString, iso);
        QCOMPARE(dayToIsoDate(day), iso);
        QCOMPARE(dayFromIsoDate(iso), std::optional<qint32>(day));
        QCOMPARE(dateOfDay(day), QDate::fromString(iso, Qt::ISODate));
        QCOMPARE(dayOfDate(QDate::fromString(iso, Qt::ISODate)), day);
    }

    void invalidIsoDates()
    {
        QCOMPARE(dayFromIsoDate(u"2023-02-29"_s), std::nullopt);
        QCOMPARE(dayFromIsoDate(QString()), std::nullopt);
        QCOMPARE(dayFromIsoDate(u"31.12.2024"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
