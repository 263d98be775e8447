#include "analysis/parse/amountparser.h"

#include <QByteArrayList>
#include <QTest>

#include <limits>

using namespace clientele;

Q_DECLARE_METATYPE(clientele::DecimalSeparator)
Q_DECLARE_METATYPE(clientele::AmountError)

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

constexpr auto Point = DecimalSeparator::Point;
constexpr auto Comma = DecimalSeparator::Comma;
constexpr qint64 kUnit = 1000000;

} // namespace

class TestAmountParser : public QObject
{
    Q_OBJECT

private:
    static void accept(const char *text, DecimalSeparator mode, qint64 micros)
    {
        QTest::addRow("%s ok %s", mode == Point ? "point" : "comma", QByteArray(text).trimmed().constData())
            << QByteArray(text) << mode << true << micros << AmountError::None;
    }
    static void reject(const char *text, DecimalSeparator mode, AmountError error)
    {
        QTest::addRow("%s error %s", mode == Point ? "point" : "comma", text)
            << QByteArray(text) << mode << false << qint64(0) << error;
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<DecimalSeparator>("mode");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<AmountError>("error");

        // Plain numbers and signs.
        accept("0", Point, 0);
        accept("12", Point, 12 * kUnit);
        accept("12.5", Point, 12500000);
        accept("12.50", Point, 12500000);
        accept("007", Point, 7 * kUnit);
        accept(".5", Point, 500000);
        accept("5.", Point, 5 * kUnit);
        accept("-12.5", Point, -12500000);
        accept("+5", Point, 5 * kUnit);
        accept("(12.50)", Point, -12500000);
        accept("12.50-", Point, -12500000);
        accept("-0", Point, 0);
        accept("\xE2\x88\x92"
               "12.5",
            Point, -12500000); // U+2212 minus sign
        accept("\xEF\xBC\x8D"
               "3",
            Point, -3 * kUnit); // full-width minus
        accept("\xEF\xBC\x88"
               "3\xEF\xBC\x89",
            Point, -3 * kUnit); // full-width parentheses
        accept("12\r\n", Point, 12 * kUnit);
        // Currency signs and codes, before or after, with or without space.
        accept("¥1,234.50", Point, 1234500000);
        accept("￥12.50", Point, 12500000);
        accept("$12.50", Point, 12500000);
        accept("＄12.50", Point, 12500000);
        accept("£3", Point, 3 * kUnit);
        accept("€ 12,50", Comma, 12500000);
        accept("12,50 €", Comma, 12500000);
        accept("12.50元", Point, 12500000);
        accept("12.50 元", Point, 12500000);
        accept("RMB 12.50", Point, 12500000);
        accept("rmb12.50", Point, 12500000);
        accept("CNY 12.50", Point, 12500000);
        accept("12.50 USD", Point, 12500000);
        accept("12.50 usd", Point, 12500000);
        accept("Eur 1.234,56", Comma, 1234560000);
        accept("GBP 3", Point, 3 * kUnit);
        accept("-¥12.50", Point, -12500000);
        accept("¥-12.50", Point, -12500000);
        accept("($12.50)", Point, -12500000);
        accept("$(12.50)", Point, -12500000);
        accept("- 12.50", Point, -12500000);
        accept("¥12.50元", Point, 12500000);
        // Thousands separators, groups of three.
        accept("1,234", Point, 1234 * kUnit);
        accept("1,234,567.89", Point, 1234567890000);
        accept("1.234", Comma, 1234 * kUnit);
        accept("1.234,56", Comma, 1234560000);
        accept("1.234.567,89", Comma, 1234567890000);
        accept("1'234.50", Point, 1234500000);
        accept("1\xE2\x80\x99"
               "234.50",
            Point, 1234500000); // right single quotation mark
        accept("1 234,50", Comma, 1234500000);
        accept("1\xC2\xA0"
               "234,50",
            Comma, 1234500000); // NBSP
        accept("1\xE2\x80\xAF"
               "234,50",
            Comma, 1234500000); // narrow NBSP
        accept("1 234 567.25", Point, 1234567250000);
        accept("12,5", Comma, 12500000);
        accept(",5", Comma, 500000);
        // Whitespace around, full-width digits and punctuation.
        accept("\xE3\x80\x80"
               "12.50\xC2\xA0",
            Point, 12500000);
        accept("\t 12.50 \t", Point, 12500000);
        accept("１２３．４５", Point, 123450000);
        accept("￥１，２３４．５０", Point, 1234500000);
        accept("１２", Point, 12 * kUnit);
        // Six decimals are exact, the seventh rounds half away from zero.
        accept("0.000001", Point, 1);
        accept("0.0000005", Point, 1);
        accept("0.00000049999", Point, 0);
        accept("-0.0000005", Point, -1);
        accept("-0.00000049", Point, 0);
        accept("1.23456749", Point, 1234567);
        accept("1.2345675", Point, 1234568);
        accept("-1.2345665", Point, -1234567);
        accept("(1.2345675)", Point, -1234568);
        accept("0.9999995", Point, 1 * kUnit);
        accept("1234567.891234", Point, 1234567891234);
        accept("9223372036854.775807", Point, std::numeric_limits<qint64>::max());
        accept("-9223372036854.775807", Point, -std::numeric_limits<qint64>::max());
        accept("9223372036854.7758074", Point, std::numeric_limits<qint64>::max());

        reject("", Point, AmountError::Empty);
        reject("   ", Point, AmountError::Empty);
        reject("\xC2\xA0", Point, AmountError::Empty);
        reject("N/A", Point, AmountError::NotANumber);
        reject("abc", Point, AmountError::NotANumber);
        reject("1.2.3", Point, AmountError::NotANumber);
        reject("-", Point, AmountError::NotANumber);
        reject("¥", Point, AmountError::NotANumber);
        reject("()", Point, AmountError::NotANumber);
        reject(".", Point, AmountError::NotANumber);
        reject("12%", Point, AmountError::NotANumber);
        reject("1-2", Point, AmountError::NotANumber);
        reject("(12.50", Point, AmountError::NotANumber);
        reject("12.50)", Point, AmountError::NotANumber);
        reject("¥¥12", Point, AmountError::NotANumber);
        reject("12.5'0", Point, AmountError::NotANumber);
        reject("US$12", Point, AmountError::NotANumber);
        reject("--5", Point, AmountError::ConflictingSigns);
        reject("+-5", Point, AmountError::ConflictingSigns);
        reject("-(12)", Point, AmountError::ConflictingSigns);
        reject("(-12)", Point, AmountError::ConflictingSigns);
        reject("-12-", Point, AmountError::ConflictingSigns);
        reject("¥1,2123.45", Point, AmountError::MisplacedThousandsSeparator);
        reject("1,23,456", Point, AmountError::MisplacedThousandsSeparator);
        reject("1,,234", Point, AmountError::MisplacedThousandsSeparator);
        reject("12,34,567.00", Point, AmountError::MisplacedThousandsSeparator);
        reject("1234,567", Point, AmountError::MisplacedThousandsSeparator);
        reject("1,234,56", Point, AmountError::MisplacedThousandsSeparator);
        reject("1,", Point, AmountError::MisplacedThousandsSeparator);
        reject("12 50", Point, AmountError::MisplacedThousandsSeparator);
        reject("1.2.3", Comma, AmountError::MisplacedThousandsSeparator);
        reject("1.23.456,00", Comma, AmountError::MisplacedThousandsSeparator);
        reject("1,234 567", Point, AmountError::MixedThousandsSeparators);
        reject("1'234,567.00", Point, AmountError::MixedThousandsSeparators);
        reject("12,50", Point, AmountError::DecimalCommaInPointColumn);
        reject("12,5", Point, AmountError::DecimalCommaInPointColumn);
        reject("1234,5", Point, AmountError::DecimalCommaInPointColumn);
        reject("1.234,56", Point, AmountError::DecimalCommaInPointColumn);
        reject("1 234,50", Point, AmountError::DecimalCommaInPointColumn);
        reject("€12,5000", Point, AmountError::DecimalCommaInPointColumn);
        reject("12.50", Comma, AmountError::DecimalPointInCommaColumn);
        reject("1,234.56", Comma, AmountError::DecimalPointInCommaColumn);
        reject("1 234.5", Comma, AmountError::DecimalPointInCommaColumn);
        reject("1.23E+05", Point, AmountError::ScientificNotation);
        reject("1e5", Point, AmountError::ScientificNotation);
        reject("9223372036854.775808", Point, AmountError::OutOfRange);
        reject("9223372036854.7758075", Point, AmountError::OutOfRange);
        reject("99999999999999", Point, AmountError::OutOfRange);
        reject("-100000000000000000000000", Point, AmountError::OutOfRange);
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(DecimalSeparator, mode);
        QFETCH(bool, ok);
        QFETCH(qint64, micros);
        QFETCH(AmountError, error);

        const AmountParser parser(mode);
        QCOMPARE(parser.decimalSeparator(), mode);
        const AmountParse result = parser.parse(view(text));
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.error, error);
        if (ok) {
            QCOMPARE(result.micros, micros);
            QVERIFY(result.reason.isNull()); // nothing is built on the success path
        } else {
            QVERIFY(result.reason.startsWith(amountErrorText(error)));
            if (error != AmountError::Empty)
                QVERIFY2(result.reason.contains(QString::fromUtf8(text)), qPrintable(result.reason));
        }
    }

    void reasonText()
    {
        const AmountParser point;
        QCOMPARE(point.parse("N/A").reason, QStringLiteral("not a number: \"N/A\""));
        QCOMPARE(point.parse("¥1,2123.45").reason, QStringLiteral("misplaced thousands separator: \"¥1,2123.45\""));
        QCOMPARE(point.parse("12,50").reason, QStringLiteral("decimal comma in a decimal-point column: \"12,50\""));
        QCOMPARE(point.parse(" ").reason, QStringLiteral("empty amount"));
        QCOMPARE(AmountParser(DecimalSeparator::Comma).parse("12.50").reason,
            QStringLiteral("decimal point in a decimal-comma column: \"12.50\""));
        QVERIFY(amountErrorText(AmountError::None).isEmpty());
    }

    void detect_data()
    {
        QTest::addColumn<QByteArrayList>("samples");
        QTest::addColumn<DecimalSeparator>("expected");

        QTest::newRow("no samples") << QByteArrayList{} << Point;
        QTest::newRow("decimal points") << QByteArrayList{"12.50", "3.99", "100"} << Point;
        QTest::newRow("decimal commas") << QByteArrayList{"12,5", "3,99", "100"} << Comma;
        QTest::newRow("german grouping") << QByteArrayList{"1.234,56", "7,00"} << Comma;
        QTest::newRow("english grouping") << QByteArrayList{"1,234.56", "7.00"} << Point;
        QTest::newRow("both kinds: point wins") << QByteArrayList{"12,5", "12.50"} << Point;
        QTest::newRow("only three-digit groups") << QByteArrayList{"1,234", "5,678"} << Point;
        QTest::newRow("single dotted thousand") << QByteArrayList{"1.234"} << Point;
        QTest::newRow("repeated dots") << QByteArrayList{"1.234.567"} << Comma;
        QTest::newRow("repeated commas") << QByteArrayList{"1,234,567", "1,5"} << Point;
        QTest::newRow("currency and comma") << QByteArrayList{"¥12,50", "€ 3,00"} << Comma;
        QTest::newRow("space grouping, comma") << QByteArrayList{"1 234,50"} << Comma;
        QTest::newRow("full-width comma") << QByteArrayList{"１２，５"} << Comma;
        QTest::newRow("junk ignored") << QByteArrayList{"N/A", "12,50", "", "12,"} << Comma;
        QTest::newRow("integers only") << QByteArrayList{"12", "300"} << Point;
    }

    void detect()
    {
        QFETCH(QByteArrayList, samples);
        QFETCH(DecimalSeparator, expected);
        std::vector<std::string_view> views;
        for (const QByteArray &s : samples)
            views.push_back(view(s));
        QCOMPARE(detectDecimalSeparator(views), expected);
    }

    void minorUnits_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<qint64>("minor");

        QTest::newRow("zero") << qint64(0) << qint64(0);
        QTest::newRow("0.012345") << qint64(12345) << qint64(1);
        QTest::newRow("0.005") << qint64(5000) << qint64(1);
        QTest::newRow("0.004999") << qint64(4999) << qint64(0);
        QTest::newRow("-0.005") << qint64(-5000) << qint64(-1);
        QTest::newRow("-0.004999") << qint64(-4999) << qint64(0);
        QTest::newRow("0.015 not banker's") << qint64(15000) << qint64(2);
        QTest::newRow("0.025 not banker's") << qint64(25000) << qint64(3);
        QTest::newRow("-0.015") << qint64(-15000) << qint64(-2);
        QTest::newRow("12.50") << qint64(12500000) << qint64(1250);
        QTest::newRow("1.234567") << qint64(1234567) << qint64(123);
        QTest::newRow("1.235") << qint64(1235000) << qint64(124);
        QTest::newRow("-1.235") << qint64(-1235000) << qint64(-124);
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << qint64(922337203685478);
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << qint64(-922337203685478);
    }

    void minorUnits()
    {
        QFETCH(qint64, micros);
        QFETCH(qint64, minor);
        QCOMPARE(microsToMinorUnits(micros), minor);
    }
};

QTEST_GUILESS_MAIN(TestAmountParser)
#include "tst_amountparser.moc"
