#include "analysis/parse/datetimeparser.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace clientele;

Q_DECLARE_METATYPE(clientele::DateOrder)
Q_DECLARE_METATYPE(clientele::DateTimeError)

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

// Expected values come from QDateTime, an implementation independent of the parser's own
// calendar arithmetic and zone cache.
qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

qint64 local(const char *zone, int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(QByteArray(zone))).toSecsSinceEpoch();
}

QTimeZone zoneFor(const QByteArray &id)
{
    return id.isEmpty() ? QTimeZone::utc() : QTimeZone(id);
}

constexpr auto Unknown = DateOrder::Unknown;
constexpr auto DayFirst = DateOrder::DayFirst;
constexpr auto MonthFirst = DateOrder::MonthFirst;

const char *orderName(DateOrder order)
{
    return order == DayFirst ? "d/m" : order == MonthFirst ? "m/d" : "?";
}

} // namespace

class TestDateTimeParser : public QObject
{
    Q_OBJECT

private:
    static void accept(const char *zone, DateOrder order, const char *text, qint64 expected)
    {
        QTest::addRow("%s %s ok %s", zone, orderName(order), QByteArray(text).trimmed().constData())
            << QByteArray(text) << QByteArray(zone) << order << true << expected << DateTimeError::None;
    }
    static void accept(const char *text, qint64 expected) { accept("", Unknown, text, expected); }
    static void reject(const char *zone, DateOrder order, const char *text, DateTimeError error)
    {
        QTest::addRow("%s %s error %s", zone, orderName(order), text)
            << QByteArray(text) << QByteArray(zone) << order << false << qint64(0) << error;
    }
    static void reject(const char *text, DateTimeError error) { reject("", Unknown, text, error); }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *id : {"Europe/Berlin", "America/New_York", "Asia/Shanghai"})
            QVERIFY2(QTimeZone(QByteArray(id)).isValid(), id);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("zone"); // IANA id of the naive zone; empty: UTC
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("utcSeconds");
        QTest::addColumn<DateTimeError>("error");

        // Hand-computed anchors: 2023-04-01 is day 19448 since the epoch (gen_orders.py), 1997-01-01
        // is day 9862 (CDNOW).
        accept("2023-04-01 13:45:12", 19448LL * 86400 + 13 * 3600 + 45 * 60 + 12);
        accept("19970101", 9862LL * 86400);
        accept("1970-01-01 00:00:00", 0);

        // ISO 8601 and its relatives.
        accept("2024-03-05", utc(2024, 3, 5));
        accept("2024-03-05 14:22", utc(2024, 3, 5, 14, 22));
        accept("2024-03-05 14:22:33", utc(2024, 3, 5, 14, 22, 33));
        accept("2024-03-05T14:22:33", utc(2024, 3, 5, 14, 22, 33));
        accept("2024-03-05  14:22:33", utc(2024, 3, 5, 14, 22, 33));
        accept("2024-03-05 14:22:33.123", utc(2024, 3, 5, 14, 22, 33));
        accept("2024-03-05T23:59:59.999Z", utc(2024, 3, 5, 23, 59, 59));
        accept("2024-03-05T14:22:33Z", utc(2024, 3, 5, 14, 22, 33));
        accept("2024-03-05T14:22:33+08:00", utc(2024, 3, 5, 6, 22, 33));
        accept("2024-03-05 14:22:33 +0800", utc(2024, 3, 5, 6, 22, 33));
        accept("2024-03-05T14:22:33+08", utc(2024, 3, 5, 6, 22, 33));
        accept("2024-03-05T09:22:33-05:00", utc(2024, 3, 5, 14, 22, 33));
        accept("2024-03-05T14:22:33+05:30", utc(2024, 3, 5, 8, 52, 33));
        accept("2024-03-05 14:22:33 +0800 CST", utc(2024, 3, 5, 6, 22, 33));
        accept("2024-03-05 14:22:33 UTC", utc(2024, 3, 5, 14, 22, 33));
        accept("2024-03-05 14:22:33 GMT+8", utc(2024, 3, 5, 6, 22, 33));
        accept("2024-03-05 14:22:33 UTC+08:00", utc(2024, 3, 5, 6, 22, 33));
        accept("1970-01-01 00:00:00+08:00", -8 * 3600);
        accept("2100-12-31 23:59:59", utc(2100, 12, 31, 23, 59, 59));
        accept("2024/3/5 14:22", utc(2024, 3, 5, 14, 22));
        accept("2024/03/05", utc(2024, 3, 5));
        accept("2024.3.5", utc(2024, 3, 5));
        accept("2024-3-5 9:05", utc(2024, 3, 5, 9, 5));
        accept("20240305", utc(2024, 3, 5));
        accept("20240305 14:22:33", utc(2024, 3, 5, 14, 22, 33));
        accept("\xE3\x80\x80"
               "2024-03-05\xC2\xA0",
            utc(2024, 3, 5));
        // Calendar edges.
        accept("2024-02-29", utc(2024, 2, 29));
        accept("2000-02-29", utc(2000, 2, 29));
        accept("2023-12-31 23:59:59", utc(2023, 12, 31, 23, 59, 59));
        // Chinese.
        accept("2024年3月5日", utc(2024, 3, 5));
        accept("2024年03月05日 14:22:33", utc(2024, 3, 5, 14, 22, 33));
        accept("2024年3月5日 14时22分", utc(2024, 3, 5, 14, 22));
        accept("2024年3月5日14时22分33秒", utc(2024, 3, 5, 14, 22, 33));
        accept("2024年3月5日 14点", utc(2024, 3, 5, 14));
        accept("2024年3月5日 下午2:22", utc(2024, 3, 5, 14, 22));
        accept("２０２４年３月５日", utc(2024, 3, 5));
        // 12-hour clock.
        accept("", MonthFirst, "3/5/2024 2:22:05 PM", utc(2024, 3, 5, 14, 22, 5));
        accept("", MonthFirst, "3/5/2024 12:00:00 AM", utc(2024, 3, 5, 0, 0, 0));
        accept("", MonthFirst, "3/5/2024 12:30 PM", utc(2024, 3, 5, 12, 30));
        accept("", MonthFirst, "3/5/2024 11:59 pm", utc(2024, 3, 5, 23, 59));
        accept("", MonthFirst, "3/5/2024 9:15AM", utc(2024, 3, 5, 9, 15));
        accept("2024-03-05 2:22 p.m.", utc(2024, 3, 5, 14, 22));
        accept("2024-03-05 上午 9:15", utc(2024, 3, 5, 9, 15));
        accept("2024-03-05 下午12:00", utc(2024, 3, 5, 12, 0));
        accept("2024/3/5 上午12:10", utc(2024, 3, 5, 0, 10));
        accept("2024-03-05 2:22 PM +08:00", utc(2024, 3, 5, 6, 22));
        // Year last, per DateOrder.
        accept("", MonthFirst, "12/1/2010 8:26", utc(2010, 12, 1, 8, 26)); // UCI Online Retail
        accept("", DayFirst, "12/1/2010 8:26", utc(2010, 1, 12, 8, 26));
        accept("", DayFirst, "5.3.2024", utc(2024, 3, 5));
        accept("", DayFirst, "05-03-2024", utc(2024, 3, 5));
        accept("", MonthFirst, "3/5/24", utc(2024, 3, 5));
        accept("", DayFirst, "3/5/24", utc(2024, 5, 3));
        accept("25/12/2023", utc(2023, 12, 25));
        accept("12/25/2023", utc(2023, 12, 25));
        accept("13.02.2024 10:00", utc(2024, 2, 13, 10));
        accept("7/7/2023", utc(2023, 7, 7));
        accept("１２/２５/２０２３", utc(2023, 12, 25));
        // Excel serials (1900 system): 45000 is 2023-03-15, 25569 the epoch.
        accept("45000", utc(2023, 3, 15));
        accept("45000.5", utc(2023, 3, 15, 12));
        accept("45000.25", utc(2023, 3, 15, 6));
        accept("44927.5", utc(2023, 1, 1, 12));
        accept("45000.999999", utc(2023, 3, 16));              // 86399.91 s rounds into the next day
        accept("45000.0000057870", utc(2023, 3, 15, 0, 0, 0)); // 0.49999968 s
        accept("45000.00001157407", utc(2023, 3, 15, 0, 0, 1));
        accept("45000.60005787037", utc(2023, 3, 15, 14, 24, 5)); // 51845.0000 s
        accept("25569", 0);
        accept("73415.99998842", utc(2100, 12, 31, 23, 59, 59));

        // Asia/Shanghai: naive times are UTC+8; an explicit offset wins over the zone.
        accept("Asia/Shanghai", Unknown, "2024-03-05 14:22:33", utc(2024, 3, 5, 6, 22, 33));
        accept("Asia/Shanghai", Unknown, "2024-03-05 00:10", utc(2024, 3, 4, 16, 10));
        accept("Asia/Shanghai", Unknown, "2024-03-05 14:22:33+00:00", utc(2024, 3, 5, 14, 22, 33));
        accept("Asia/Shanghai", Unknown, "2024年3月5日 14时22分", utc(2024, 3, 5, 6, 22));
        accept("Asia/Shanghai", Unknown, "45000", utc(2023, 3, 14, 16));
        accept("Asia/Shanghai", Unknown, "2023-07-01 08:00", local("Asia/Shanghai", 2023, 7, 1, 8));

        // Europe/Berlin: CET +1, CEST +2; 2024-03-31 02:00 → 03:00, 2024-10-27 03:00 → 02:00.
        accept("Europe/Berlin", Unknown, "2024-01-15 12:00", utc(2024, 1, 15, 11));
        accept("Europe/Berlin", Unknown, "2024-07-15 12:00", utc(2024, 7, 15, 10));
        accept("Europe/Berlin", DayFirst, "15.07.2024 12:00", local("Europe/Berlin", 2024, 7, 15, 12));
        accept("Europe/Berlin", Unknown, "2024-03-31 01:59:59", utc(2024, 3, 31, 0, 59, 59));
        accept("Europe/Berlin", Unknown, "2024-03-31 02:00", utc(2024, 3, 31, 1, 0));  // gap: forward
        accept("Europe/Berlin", Unknown, "2024-03-31 02:30", utc(2024, 3, 31, 1, 30)); // = 03:30 CEST
        accept("Europe/Berlin", Unknown, "2024-03-31 03:00", utc(2024, 3, 31, 1, 0));
        accept("Europe/Berlin", Unknown, "2024-03-31 03:30", utc(2024, 3, 31, 1, 30));
        accept("Europe/Berlin", Unknown, "2024-10-27 01:59", utc(2024, 10, 26, 23, 59));
        accept("Europe/Berlin", Unknown, "2024-10-27 02:00", utc(2024, 10, 27, 0, 0)); // overlap: CEST
        accept("Europe/Berlin", Unknown, "2024-10-27 02:30", utc(2024, 10, 27, 0, 30));
        accept("Europe/Berlin", Unknown, "2024-10-27 02:59:59", utc(2024, 10, 27, 0, 59, 59));
        accept("Europe/Berlin", Unknown, "2024-10-27 03:00", utc(2024, 10, 27, 2, 0));
        accept("Europe/Berlin", Unknown, "2024-10-27 02:30+01:00", utc(2024, 10, 27, 1, 30));
        accept("Europe/Berlin", Unknown, "45000.5", utc(2023, 3, 15, 11));

        // America/New_York: EST -5, EDT -4; 2024-03-10 02:00 → 03:00, 2024-11-03 02:00 → 01:00.
        accept("America/New_York", Unknown, "2024-01-15 12:00", utc(2024, 1, 15, 17));
        accept("America/New_York", Unknown, "2024-07-15 12:00", utc(2024, 7, 15, 16));
        accept("America/New_York", Unknown, "2024-03-10 01:59:59", utc(2024, 3, 10, 6, 59, 59));
        accept("America/New_York", Unknown, "2024-03-10 02:30", utc(2024, 3, 10, 7, 30)); // gap
        accept("America/New_York", Unknown, "2024-03-10 03:00", utc(2024, 3, 10, 7, 0));
        accept("America/New_York", Unknown, "2024-11-03 00:59", utc(2024, 11, 3, 4, 59));
        accept("America/New_York", Unknown, "2024-11-03 01:00", utc(2024, 11, 3, 5, 0)); // overlap: EDT
        accept("America/New_York", Unknown, "2024-11-03 01:30", utc(2024, 11, 3, 5, 30));
        accept("America/New_York", Unknown, "2024-11-03 01:59:59", utc(2024, 11, 3, 5, 59, 59));
        accept("America/New_York", Unknown, "2024-11-03 02:00", utc(2024, 11, 3, 7, 0));
        accept("America/New_York", MonthFirst, "12/1/2010 8:26", utc(2010, 12, 1, 13, 26));
        accept("America/New_York", MonthFirst, "3/10/2024 2:30 AM", utc(2024, 3, 10, 7, 30));

        // Australia/Lord_Howe: +10:30 / +11, so the switch does not fall on a local hour boundary.
        accept("Australia/Lord_Howe", Unknown, "2024-10-06 01:59", utc(2024, 10, 5, 15, 29));
        accept("Australia/Lord_Howe", Unknown, "2024-10-06 02:15", utc(2024, 10, 5, 15, 45)); // gap
        accept("Australia/Lord_Howe", Unknown, "2024-10-06 02:45", utc(2024, 10, 5, 15, 45));
        accept("Australia/Lord_Howe", Unknown, "2024-10-06 03:00", utc(2024, 10, 5, 16, 0));
        accept("Australia/Lord_Howe", Unknown, "2024-04-07 01:29", utc(2024, 4, 6, 14, 29));
        accept("Australia/Lord_Howe", Unknown, "2024-04-07 01:45", utc(2024, 4, 6, 14, 45)); // overlap
        accept("Australia/Lord_Howe", Unknown, "2024-04-07 02:00", utc(2024, 4, 6, 15, 30));

        reject("", DateTimeError::Empty);
        reject("  ", DateTimeError::Empty);
        reject("N/A", DateTimeError::NotADate);
        reject("yesterday", DateTimeError::NotADate);
        reject("12345", DateTimeError::NotADate);
        reject("1234567", DateTimeError::NotADate);
        reject("1700000000", DateTimeError::NotADate);
        reject("61", DateTimeError::NotADate);
        reject("45000.", DateTimeError::NotADate);
        reject("45000.5.5", DateTimeError::NotADate);
        reject("-45000", DateTimeError::NotADate);
        reject("14:22", DateTimeError::NotADate);
        reject("2024-03-05 14", DateTimeError::NotADate);
        reject("2024-03-05 14:2", DateTimeError::NotADate);
        reject("2024-03-05 14:22:", DateTimeError::NotADate);
        reject("2024-03-05 14:22:33.", DateTimeError::NotADate);
        reject("2024-03-05x", DateTimeError::NotADate);
        reject("2024-03/05", DateTimeError::NotADate);
        reject("2024-003-05", DateTimeError::NotADate);
        reject("24-3", DateTimeError::NotADate);
        reject("3/5/202", DateTimeError::NotADate);
        reject("2024年3月5", DateTimeError::NotADate);
        reject("2024-03-05 14:22:33 +8", DateTimeError::NotADate);
        reject("2024-03-05 14:22:33 +08:0", DateTimeError::NotADate);
        reject("2024-03-05 14:22:33 +0800 (CST)", DateTimeError::NotADate);
        reject("", DayFirst, "31/02/2023", DateTimeError::ImpossibleDate);
        reject("", DayFirst, "31/02/2023 25:61", DateTimeError::ImpossibleDate);
        reject("", DayFirst, "3/25/2024", DateTimeError::ImpossibleDate);
        reject("", MonthFirst, "25/3/2024", DateTimeError::ImpossibleDate);
        reject("13/13/2023", DateTimeError::ImpossibleDate);
        reject("0/5/2024", DateTimeError::ImpossibleDate);
        reject("2023-02-29", DateTimeError::ImpossibleDate);
        reject("2100-02-29", DateTimeError::ImpossibleDate);
        reject("2023-13-01", DateTimeError::ImpossibleDate);
        reject("2023-00-10", DateTimeError::ImpossibleDate);
        reject("2023-04-31", DateTimeError::ImpossibleDate);
        reject("2023-04-00", DateTimeError::ImpossibleDate);
        reject("20231301", DateTimeError::ImpossibleDate);
        reject("2024-03-05 25:61", DateTimeError::ImpossibleTime);
        reject("2024-03-05 24:00", DateTimeError::ImpossibleTime);
        reject("2024-03-05 23:60", DateTimeError::ImpossibleTime);
        reject("2024-03-05 23:59:60", DateTimeError::ImpossibleTime);
        reject("2024年3月5日 14时61分", DateTimeError::ImpossibleTime);
        reject("", MonthFirst, "3/5/2024 13:00 PM", DateTimeError::ImpossibleTime);
        reject("", MonthFirst, "3/5/2024 0:30 AM", DateTimeError::ImpossibleTime);
        reject("1969-12-31", DateTimeError::YearOutOfRange);
        reject("1969-12-31 23:59:59", DateTimeError::YearOutOfRange);
        reject("2101-01-01", DateTimeError::YearOutOfRange);
        reject("", MonthFirst, "12/31/1969", DateTimeError::YearOutOfRange);
        reject("19691231", DateTimeError::YearOutOfRange);
        reject("20000", DateTimeError::YearOutOfRange); // serial of 1954-10-03
        reject("25568.9", DateTimeError::YearOutOfRange);
        reject("79999", DateTimeError::YearOutOfRange);
        reject("3/5/2024", DateTimeError::AmbiguousDayMonthOrder);
        reject("12/1/2010 8:26", DateTimeError::AmbiguousDayMonthOrder);
        reject("1.2.24", DateTimeError::AmbiguousDayMonthOrder);
        reject("2024-03-05 14:22:33 CST", DateTimeError::UnknownTimeZone);
        reject("2024-03-05 14:22 PST", DateTimeError::UnknownTimeZone);
        reject("2024-03-05 14:22:33+25:00", DateTimeError::InvalidOffset);
        reject("2024-03-05 14:22:33+08:75", DateTimeError::InvalidOffset);
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, zone);
        QFETCH(DateOrder, order);
        QFETCH(bool, ok);
        QFETCH(qint64, utcSeconds);
        QFETCH(DateTimeError, error);

        DateTimeParser parser(zoneFor(zone), order);
        QCOMPARE(parser.dateOrder(), order);
        const DateTimeParse result = parser.parse(view(text));
        QCOMPARE(result.error, error);
        QCOMPARE(result.ok, ok);
        if (ok) {
            QCOMPARE(result.utcSeconds, utcSeconds);
            QVERIFY(result.reason.isNull()); // nothing is built on the success path
            // A second parse is answered from the per-hour cache and must agree.
            QCOMPARE(parser.parse(view(text)).utcSeconds, utcSeconds);
        } else {
            QVERIFY(result.reason.startsWith(dateTimeErrorText(error)));
            if (error != DateTimeError::Empty)
                QVERIFY2(result.reason.contains(QString::fromUtf8(text)), qPrintable(result.reason));
        }
    }

    void reasonText()
    {
        DateTimeParser parser(QTimeZone::utc(), DateOrder::DayFirst);
        QCOMPARE(parser.parse("31/02/2023 25:61").reason, QStringLiteral("impossible date: \"31/02/2023 25:61\""));
        parser.setDateOrder(DateOrder::Unknown);
        QCOMPARE(parser.dateOrder(), DateOrder::Unknown);
        QCOMPARE(parser.parse("3/5/2024").reason, QStringLiteral("ambiguous day/month order: \"3/5/2024\""));
        QCOMPARE(parser.parse("").reason, QStringLiteral("empty date"));
        QVERIFY(dateTimeErrorText(DateTimeError::None).isEmpty());
    }

    // One parser, values in an order that hops between cached hours, split hours and zones' edges.
    void sameParserSequence()
    {
        const QTimeZone lordHowe(QByteArrayLiteral("Australia/Lord_Howe"));
        if (!lordHowe.isValid())
            QSKIP("zone not available");
        DateTimeParser parser(lordHowe);
        const struct
        {
            const char *text;
            qint64 expected;
        } rows[] = {
            {"2024-10-06 02:45", utc(2024, 10, 5, 15, 45)},
            {"2024-10-06 02:15", utc(2024, 10, 5, 15, 45)},
            {"2024-10-06 02:29:59", utc(2024, 10, 5, 15, 59, 59)},
            {"2024-10-06 02:30", utc(2024, 10, 5, 15, 30)},
            {"2024-01-01 12:00", utc(2024, 1, 1, 1, 0)},
            {"2024-10-06 02:45", utc(2024, 10, 5, 15, 45)},
            {"2024-04-07 01:45", utc(2024, 4, 6, 14, 45)},
            {"2024-04-07 01:15", utc(2024, 4, 6, 14, 15)},
            {"2024-07-01 12:00", utc(2024, 7, 1, 1, 30)},
        };
        for (const auto &row : rows) {
            const DateTimeParse r = parser.parse(row.text);
            QVERIFY2(r.ok, row.text);
            QVERIFY2(r.utcSeconds == row.expected, row.text);
        }
    }

    // Every 31 minutes of 2024 and 2025 against QDateTime, in ascending and then descending order
    // (cache filled in both directions); the DST switch hours are covered by the rows above.
    void zoneSweep_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai");
        QTest::newRow("Lord Howe (30 min DST)") << QByteArray("Australia/Lord_Howe");
    }

    void zoneSweep()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        if (!tz.isValid())
            QSKIP("zone not available");
        DateTimeParser parser(tz);
        const QDateTime first(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        std::vector<qint64> minutes;
        for (qint64 m = 0; m < 2 * 366 * 24 * 60; m += 31)
            minutes.push_back(m);
        for (int pass = 0; pass < 2; ++pass) {
            int checked = 0;
            for (const qint64 m : minutes) {
                const QDateTime naive = first.addSecs(m * 60);
                const QDateTime inZone(naive.date(), naive.time(), tz);
                // Skip gap and overlap times: the rows above pin down their documented resolution.
                if (!inZone.isValid() || inZone.date() != naive.date() || inZone.time() != naive.time()
                    || tz.offsetFromUtc(inZone.addSecs(-3600)) != tz.offsetFromUtc(inZone.addSecs(3600)))
                    continue;
                const QByteArray text = naive.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toLatin1();
                const DateTimeParse r = parser.parse(view(text));
                QVERIFY2(r.ok, text.constData());
                QVERIFY2(r.utcSeconds == inZone.toSecsSinceEpoch(), text.constData());
                ++checked;
            }
            QVERIFY(checked > 30000);
            std::reverse(minutes.begin(), minutes.end());
        }
    }

    void detector_data()
    {
        QTest::addColumn<QByteArrayList>("values");
        QTest::addColumn<bool>("sawForm");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<bool>("contradictory");
        QTest::addColumn<DateOrder>("decision");

        QTest::newRow("nothing") << QByteArrayList{} << false << false << false << Unknown;
        QTest::newRow("ISO only") << QByteArrayList{"2024-03-05", "20240305", "45000"} << false << false << false
                                  << Unknown;
        QTest::newRow("day first") << QByteArrayList{"1/2/2024", "25/12/2023 10:00"} << true << false << false
                                   << DayFirst;
        QTest::newRow("month first") << QByteArrayList{"1/2/2024", "12/25/2023"} << true << false << false
                                     << MonthFirst;
        QTest::newRow("UCI") << QByteArrayList{"12/1/2010 8:26", "12/1/2010 8:28", "12/13/2010 9:00"} << true << false
                             << false << MonthFirst;
        QTest::newRow("dots, day first") << QByteArrayList{"5.3.2024", "13.02.2024"} << true << false << false
                                         << DayFirst;
        QTest::newRow("two-digit years") << QByteArrayList{"3/5/24", "25/5/24"} << true << false << false << DayFirst;
        QTest::newRow("ambiguous") << QByteArrayList{"1/2/2024", "3/4/2024", "12/12/2024"} << true << true << false
                                   << Unknown;
        QTest::newRow("contradictory") << QByteArrayList{"25/12/2023", "12/25/2023"} << true << false << true
                                       << Unknown;
        QTest::newRow("impossible values give no evidence")
            << QByteArrayList{"13/13/2023", "N/A"} << true << false << false << Unknown;
        QTest::newRow("a damaged value among ISO dates decides nothing")
            << QByteArrayList{"2024-03-05 10:00", "31/02/2023 25:61"} << true << false << false << Unknown;
        QTest::newRow("30 February is no day-first evidence")
            << QByteArrayList{"30/2/2024", "3/4/2024"} << true << true << false << Unknown;
        QTest::newRow("same day and month is not ambiguous")
            << QByteArrayList{"5/5/2024"} << true << false << false << Unknown;
        QTest::newRow("mixed with ISO") << QByteArrayList{"2024-03-05", "5/13/2024"} << true << false << false
                                        << MonthFirst;
    }

    void detector()
    {
        QFETCH(QByteArrayList, values);
        QFETCH(bool, sawForm);
        QFETCH(bool, ambiguous);
        QFETCH(bool, contradictory);
        QFETCH(DateOrder, decision);

        DateOrderDetector detector;
        for (const QByteArray &value : values)
            detector.add(view(value));
        QCOMPARE(detector.sawDayMonthForm(), sawForm);
        QCOMPARE(detector.isAmbiguous(), ambiguous);
        QCOMPARE(detector.isContradictory(), contradictory);
        QCOMPARE(detector.decision(), decision);
    }
};

QTEST_GUILESS_MAIN(TestDateTimeParser)
#include "tst_datetimeparser.moc"
