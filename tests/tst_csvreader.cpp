#include "analysis/io/csvreader.h"
#include "analysis/io/textencoding.h"
#include "support/testsupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;
using Lines = QList<qint64>;

struct ReadResult
{
    Rows rows;
    Lines lines;
    QStringList raws;
    QStringList problems; // one per record, empty if none
    std::optional<ReadError> error;
    CsvFormat format;
    QString description;
};

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

ReadResult readAll(const QString &path, std::optional<CsvFormat> format = {}, const CsvReadOptions &options = {})
{
    ReadResult result;
    CsvReader reader(path, std::move(format), options);
    result.format = reader.format();
    result.description = reader.description();
    Record record;
    while (reader.next(record)) {
        QStringList fields;
        for (const std::string_view field : record.fields)
            fields.append(text(field));
        result.rows.append(fields);
        result.lines.append(record.line);
        result.raws.append(text(record.raw));
        result.problems.append(record.problem);
    }
    result.error = reader.error();
    return result;
}

QByteArray encode(const QString &content, QStringConverter::Encoding encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(content);
}

QByteArray encode(const QString &content, const char *encoding)
{
    QStringEncoder encoder(encoding);
    Q_ASSERT(encoder.isValid());
    return encoder(content);
}

} // namespace

Q_DECLARE_METATYPE(std::optional<clientele::CsvFormat>)

namespace {

const CsvFormat Utf8Comma{QByteArrayLiteral("UTF-8"), ','};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parse_data();
    void parse();
    void raw();
    void position();
    void invalidUtf8InUtf8File();
    void invalidBytesInGb18030File();
    void encodings_data();
    void encodings();
    void bomOverridesUtf16ByteOrder();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void description_data();
    void description();
    void recordTooLong_data();
    void recordTooLong();
    void recordTooLongDefaultLimit();
    void missingFile();
    void generatedGb18030Export();

private:
    QString write(const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCsvReader::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(u"f%1.csv"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test fixture");
    return path;
}

void TestCsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QStringList>("problems"); // empty list: no record has a problem

    struct Case
    {
        const char *name;
        QByteArray input;
        Rows rows;
        Lines lines;
        QStringList problems;
    };
    const QList<Case> cases = {
        {"LF", "a,b,c\n1,2,3\n", {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}, {1, 2}, {}},
        {"CRLF", "a,b\r\n1,2\r\n", {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}, {1, 2}, {}},
        {"lone CR", "a,b\r1,2\r", {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}, {1, 2}, {}},
        {"mixed line ends", "a\r\nb\nc\rd", {{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}}, {1, 2, 3, 4}, {}},
        {"no final line end", "a,b\n1,2", {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}, {1, 2}, {}},
        {"quoted delimiter", "\"a,b\",c\n", {{u"a,b"_s, u"c"_s}}, {1}, {}},
        {"quoted LF", "h1,h2\n\"x\ny\",z\nlast,row\n", {{u"h1"_s, u"h2"_s}, {u"x\ny"_s, u"z"_s}, {u"last"_s, u"row"_s}},
            {1, 2, 4}, {}},
        {"quoted CRLF", "h\r\n\"x\r\ny\"\r\nz\r\n", {{u"h"_s}, {u"x\r\ny"_s}, {u"z"_s}}, {1, 2, 4}, {}},
        {"quoted lone CR", "\"x\ry\",1\rz\r", {{u"x\ry"_s, u"1"_s}, {u"z"_s}}, {1, 3}, {}},
        {"several quoted newlines", "\"1\n2\n\n3\",\"a\nb\"\nnext\n", {{u"1\n2\n\n3"_s, u"a\nb"_s}, {u"next"_s}},
            {1, 6}, {}},
        {"doubled quotes", "\"say \"\"hi\"\"\",2\n", {{u"say \"hi\""_s, u"2"_s}}, {1}, {}},
        {"only quotes", "\"\"\"\",\"\"\n", {{u"\""_s, u""_s}}, {1}, {}},
        {"empty fields", ",,\n", {{u""_s, u""_s, u""_s}}, {1}, {}},
        {"delimiter at EOF", "a,", {{u"a"_s, u""_s}}, {1}, {}},
        {"empty quoted record", "\"\"\n", {{u""_s}}, {1}, {}},
        {"blank lines LF", "a\n\n\nb\n", {{u"a"_s}, {u"b"_s}}, {1, 4}, {}},
        {"blank lines CRLF", "a\r\n\r\nb\r\n\r\n", {{u"a"_s}, {u"b"_s}}, {1, 3}, {}},
        {"blank lines CR", "a\r\rb", {{u"a"_s}, {u"b"_s}}, {1, 3}, {}},
        {"CR CRLF", "a\r\r\nb", {{u"a"_s}, {u"b"_s}}, {1, 3}, {}},
        {"leading blank lines", "\n\r\na\n", {{u"a"_s}}, {3}, {}},
        {"empty file", "", {}, {}, {}},
        {"only line ends", "\n\r\n\r", {}, {}, {}},
        {"excel guard unquoted", "=\"00123\",x\n", {{u"00123"_s, u"x"_s}}, {1}, {}},
        {"excel guard quoted", "\"=\"\"00123\"\"\",x\n", {{u"00123"_s, u"x"_s}}, {1}, {}},
        {"excel guard last field", "x,=\"007\"", {{u"x"_s, u"007"_s}}, {1}, {}},
        {"formulas kept", "=SUM(A1),=1,=\n", {{u"=SUM(A1)"_s, u"=1"_s, u"="_s}}, {1}, {}},
        {"equals at EOF", "x,=", {{u"x"_s, u"="_s}}, {1}, {}},
        {"stray quotes unquoted", "ab\"c,5\" screen,x\"\n", {{u"ab\"c"_s, u"5\" screen"_s, u"x\""_s}}, {1}, {}},
        {"text after closing quote", "\"abc\"def,\"x\" \n", {{u"abcdef"_s, u"x "_s}}, {1}, {}},
        {"whitespace kept", " a , \"b\" \n", {{u" a "_s, u" \"b\" "_s}}, {1}, {}},
        {"ragged rows", "a,b,c\n1\n1,2,3,4\n", {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}},
            {1, 2, 3}, {}},
        {"unterminated quote", "a,b\n1,\"open\n2,3\n", {{u"a"_s, u"b"_s}, {u"1"_s, u"open\n2,3\n"_s}}, {1, 2},
            {QString(), u"unterminated quoted field starting at line 2"_s}},
        {"unterminated quote on later line", "a\n\"x\ny\",\"z\n", {{u"a"_s}, {u"x\ny"_s, u"z\n"_s}}, {1, 2},
            {QString(), u"unterminated quoted field starting at line 3"_s}},
        {"utf-8 text", "名字,城市\n张三,\"上海, 浦东\"\n", {{u"名字"_s, u"城市"_s}, {u"张三"_s, u"上海, 浦东"_s}},
            {1, 2}, {}},
    };
    for (const Case &c : cases) {
        for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(1) << 20}) {
            QTest::addRow("%s/chunk %lld", c.name, qlonglong(chunk))
                << c.input << chunk << c.rows << c.lines << c.problems;
        }
    }
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, chunkSize);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    QFETCH(QStringList, problems);

    const ReadResult result = readAll(write(input), Utf8Comma, CsvReadOptions{chunkSize, 1 << 20});
    QVERIFY(!result.error);
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.lines, lines);
    if (problems.isEmpty())
        problems = QStringList(rows.size(), QString());
    QCOMPARE(result.problems, problems);
}

void TestCsvReader::raw()
{
    const QByteArray input = "a,\"b\nc\"\r\n=\"1\",\"x\"\"y\"\rlast";
    for (const qsizetype chunk : {qsizetype(1), qsizetype(4), qsizetype(1) << 20}) {
        const ReadResult result = readAll(write(input), Utf8Comma, CsvReadOptions{chunk, 1 << 20});
        QCOMPARE(result.raws, (QStringList{u"a,\"b\nc\""_s, u"=\"1\",\"x\"\"y\""_s, u"last"_s}));
        QCOMPARE(result.rows.at(1), (QStringList{u"1"_s, u"x\"y"_s}));
    }
}

void TestCsvReader::position()
{
    const QString path = write("a,b\n1,2\n\n3,4\n");
    CsvReader reader(path, Utf8Comma);
    QCOMPARE(reader.size(), 13);
    QCOMPARE(reader.position(), 0);
    Record record;
    QVERIFY(reader.next(record));
    QCOMPARE(reader.position(), 4);
    QVERIFY(reader.next(record));
    QCOMPARE(reader.position(), 8);
    QVERIFY(reader.next(record));
    QCOMPARE(record.line, 4);
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.position(), reader.size());
    QVERIFY(!reader.error());
}

void TestCsvReader::invalidUtf8InUtf8File()
{
    // A GBK row pasted into a UTF-8 export: only that record is damaged, and the file as a
    // whole is still recognised as UTF-8.
    QByteArray input = QStringLiteral("名字,城市\n").toUtf8();
    for (int i = 0; i < 30; ++i)
        input += QStringLiteral("张三%1,上海\n").arg(i).toUtf8();
    input += encode(u"李四,北京\n"_s, "GB18030");
    input += QStringLiteral("王五,广州\n").toUtf8();

    for (const qsizetype chunk : {qsizetype(3), qsizetype(1) << 20}) {
        const ReadResult result = readAll(write(input), std::nullopt, CsvReadOptions{chunk, 1 << 20});
        QVERIFY(!result.error);
        QCOMPARE(result.format.encoding, QByteArray("UTF-8"));
        QCOMPARE(result.rows.size(), 33);
        for (int i = 0; i < 33; ++i)
            QCOMPARE(result.problems.at(i).isEmpty(), i != 31);
        QVERIFY2(result.problems.at(31).contains(u"invalid UTF-8 byte 0xc0 at byte 1 "_s),
            qPrintable(result.problems.at(31)));
        QCOMPARE(result.lines.at(31), 32);
        // raw stays valid UTF-8 for the reject list
        const QByteArray raw = result.raws.at(31).toUtf8();
        QCOMPARE(utf8ErrorOffset(raw), -1);
        QVERIFY(raw.contains(",")); // the delimiter survives the repair
        QCOMPARE(result.rows.at(32), (QStringList{u"王五"_s, u"广州"_s}));
    }
}

void TestCsvReader::invalidBytesInGb18030File()
{
    const QByteArray input
        = encode(u"名字,城市\n张三,上海\n"_s, "GB18030") + "x,\x80\xff\n" + encode(u"李四,北京\n"_s, "GB18030");
    const ReadResult result = readAll(write(input), CsvFormat{QByteArrayLiteral("GB18030"), ','});
    QVERIFY(!result.error);
    QCOMPARE(result.rows.size(), 4);
    QVERIFY(result.problems.at(0).isEmpty());
    QVERIFY(result.problems.at(1).isEmpty());
    QVERIFY(!result.problems.at(2).isEmpty());
    QCOMPARE(result.rows.at(3), (QStringList{u"李四"_s, u"北京"_s}));
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("content");

    const QString chinese = u"订单编号;城市;备注\n1;上海;\"北京,朝阳\"\n2;深圳;𠀀 emoji 😀\n"_s;
    const QString latin = u"Name;Stadt;Preis\nCafé;Zürich;€5\nNaïve;Köln;3\n"_s;
    QTest::newRow("utf-8") << encode(chinese, QStringConverter::Utf8) << QByteArray("UTF-8") << chinese;
    QTest::newRow("utf-8 bom") << encode(chinese, QStringConverter::Utf8, true) << QByteArray("UTF-8") << chinese;
    QTest::newRow("utf-16le bom") << encode(chinese, QStringConverter::Utf16LE, true) << QByteArray("UTF-16LE")
                                  << chinese;
    QTest::newRow("utf-16be bom") << encode(chinese, QStringConverter::Utf16BE, true) << QByteArray("UTF-16BE")
                                  << chinese;
    QTest::newRow("utf-16le") << encode(chinese, QStringConverter::Utf16LE) << QByteArray("UTF-16LE") << chinese;
    QTest::newRow("utf-16be") << encode(chinese, QStringConverter::Utf16BE) << QByteArray("UTF-16BE") << chinese;
    QTest::newRow("gb18030") << encode(chinese, "GB18030") << QByteArray("GB18030") << chinese;
    QTest::newRow("windows-1252") << encode(latin, "windows-1252") << QByteArray("windows-1252") << latin;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, content);

    Rows expected;
    for (const QString &line : content.split(u'\n', Qt::SkipEmptyParts)) {
        QStringList fields = line.split(u';');
        for (QString &field : fields) {
            if (field.startsWith(u'"'))
                field = field.mid(1, field.size() - 2);
        }
        expected.append(fields);
    }
    const QString path = write(bytes);
    // Small chunks split multi-byte characters (and surrogate pairs) between reads.
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), qsizetype(1) << 20}) {
        const ReadResult sniffed = readAll(path, std::nullopt, CsvReadOptions{chunk, 1 << 20});
        QVERIFY(!sniffed.error);
        QCOMPARE(sniffed.format.encoding, encoding);
        QCOMPARE(sniffed.format.delimiter, ';');
        QCOMPARE(sniffed.rows, expected);
        QCOMPARE(sniffed.lines, (Lines{1, 2, 3}));
        QCOMPARE(sniffed.problems, QStringList(3, QString()));

        const ReadResult given = readAll(path, CsvFormat{encoding, ';'}, CsvReadOptions{chunk, 1 << 20});
        QCOMPARE(given.rows, expected);
    }
}

void TestCsvReader::bomOverridesUtf16ByteOrder()
{
    const QString content = u"a|b\n甲|乙\n"_s;
    const QString path = write(encode(content, QStringConverter::Utf16BE, true));
    const ReadResult result = readAll(path, CsvFormat{canonicalEncodingName(u"utf-16"_s), '|'});
    QCOMPARE(result.format.encoding, QByteArray("UTF-16BE"));
    QCOMPARE(result.rows, (Rows{{u"a"_s, u"b"_s}, {u"甲"_s, u"乙"_s}}));

    // A UTF-8 BOM is skipped when UTF-8 is chosen explicitly.
    const ReadResult utf8 = readAll(write("\xEF\xBB\xBFid|x\n"), CsvFormat{QByteArrayLiteral("UTF-8"), '|'});
    QCOMPARE(utf8.rows, (Rows{{u"id"_s, u"x"_s}}));
}

void TestCsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<char>("delimiter");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n4;5;6,25\n") << ';';
    QTest::newRow("tab with commas in text")
        << QByteArray("name\tcity\nx\tSuzhou, Jiangsu\ny\tShanghai, China\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n3|4\n") << '|';
    QTest::newRow("quoted semicolons") << QByteArray("\"a;b;c\",d\n\"1;2\",3\n") << ',';
    QTest::newRow("quoted newlines") << QByteArray("a;b\n\"x\ny,z,w\";2\n3;4\n") << ';';
    QTest::newRow("tie prefers comma") << QByteArray("a,b;c\n1,2;3\n") << ',';
    QTest::newRow("more fields win a tie") << QByteArray("a;b;c,d\n1;2;3,4\n") << ';';
    QTest::newRow("more consistent wins") << QByteArray("a|b|c;d\n1|2|3;4\n5;6;7|8\n9|10|11;12\n") << '|';
    QTest::newRow("single column") << QByteArray("a\nb\nc\n") << ',';
    QTest::newRow("empty") << QByteArray() << ',';
    QTest::newRow("header only") << QByteArray("a;b;c") << ';';
    QTest::newRow("truncated last line") << QByteArray("a;b;c\n1;2;3\n4;5;6\n7,8,9,10,11,12") << ';';
    QTest::newRow("gb18030 tab") << encode(u"订单编号\t城市\n1\t上海, 浦东\n"_s, "GB18030") << '\t';
    QTest::newRow("utf-16le semicolon") << encode(u"a;b,c\n1;2,3\n3;4\n"_s, QStringConverter::Utf16LE) << ';';
}

void TestCsvReader::sniffDelimiter()
{
    QFETCH(QByteArray, head);
    QFETCH(char, delimiter);
    QCOMPARE(sniffCsvFormat(head).delimiter, delimiter);
}

void TestCsvReader::description_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<std::optional<CsvFormat>>("format");
    QTest::addColumn<QString>("description");

    QTest::newRow("sniffed utf-8") << QByteArray("a,b\n") << std::optional<CsvFormat>()
                                   << u"UTF-8 (detected), comma-separated"_s;
    QTest::newRow("sniffed gb18030") << encode(u"城市;金额\n上海;1\n"_s, "GB18030") << std::optional<CsvFormat>()
                                     << u"GB18030 (detected), semicolon-separated"_s;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx|y\n") << std::optional<CsvFormat>()
                         << u"UTF-8 (BOM), pipe-separated"_s;
    QTest::newRow("given") << QByteArray("a\tb\n") << std::optional<CsvFormat>(CsvFormat{"UTF-8", '\t'})
                           << u"UTF-8, tab-separated"_s;
}

void TestCsvReader::description()
{
    QFETCH(QByteArray, bytes);
    QFETCH(std::optional<CsvFormat>, format);
    QFETCH(QString, description);
    CsvReader reader(write(bytes), format);
    QVERIFY(reader.isOpen());
    QCOMPARE(reader.description(), description);
}

void TestCsvReader::recordTooLong_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<qint64>("errorLine");

    const QByteArray atLimit(100, 'x');
    const QByteArray overLimit(101, 'x');
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(64), qsizetype(1) << 20}) {
        QTest::addRow("at limit/chunk %lld", qlonglong(chunk)) << "h\n" + atLimit + "\nz\n" << chunk << 3 << qint64(0);
        QTest::addRow("over limit/chunk %lld", qlonglong(chunk)) << "h\n\n" + overLimit + "\nz\n"
                                                                 << chunk << 1 << qint64(3);
        QTest::addRow("over limit at EOF/chunk %lld", qlonglong(chunk)) << "h\n" + overLimit << chunk << 1 << qint64(2);
        QTest::addRow("unterminated quote/chunk %lld", qlonglong(chunk))
            << "h\n\"" + QByteArray(30, '\n') + overLimit << chunk << 1 << qint64(2);
    }
}

void TestCsvReader::recordTooLong()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, goodRecords);
    QFETCH(qint64, errorLine);

    const ReadResult result = readAll(write(input), Utf8Comma, CsvReadOptions{chunkSize, 100});
    QCOMPARE(result.rows.size(), goodRecords);
    QCOMPARE(bool(result.error), errorLine != 0);
    if (result.error) {
        QCOMPARE(result.error->line, errorLine);
        QVERIFY(result.error->message.contains(u"longer than"_s));
    }
}

void TestCsvReader::recordTooLongDefaultLimit()
{
    // 65 MiB in one line, never terminated: reading stops at the 64 MiB limit with the line.
    const QString path = m_dir.filePath(u"long.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,comment\n1,\"");
        const QByteArray block(1 << 20, 'y');
        for (int i = 0; i < 65; ++i)
            QCOMPARE(file.write(block), block.size());
    }
    CsvReader reader(path);
    Record record;
    QVERIFY(reader.next(record));
    QVERIFY(!reader.next(record));
    QVERIFY(reader.error());
    QCOMPARE(reader.error()->line, 2);
    QVERIFY(reader.position() < reader.size());
    QFile::remove(path);
}

void TestCsvReader::missingFile()
{
    CsvReader reader(m_dir.filePath(u"does-not-exist.csv"_s));
    QVERIFY(!reader.isOpen());
    QVERIFY(reader.error());
    Record record;
    QVERIFY(!reader.next(record));
}

void TestCsvReader::generatedGb18030Export()
{
    GeneratorOptions options;
    options.orders = 3000;
    options.returnShare = 0;
    options.encoding = "GB18030";
    options.byteOrderMark = false;
    options.crlf = true;
    options.dirtyShare = 0.05;
    QString error;
    const QString path = testsupport::generateOrders(m_dir, u"orders_zh.csv"_s, options, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const qint64 physicalLines = bytes.count('\n'); // CRLF line ends, LF inside quoted fields

    const ReadResult result = readAll(path);
    QVERIFY(!result.error);
    QCOMPARE(result.format.encoding, QByteArray("GB18030"));
    QCOMPARE(result.format.delimiter, ',');
    QCOMPARE(result.rows.size(), 3001);
    QCOMPARE(result.rows.first(),
        (QStringList{u"订单编号"_s, u"买家会员名"_s, u"订单付款时间"_s, u"买家实际支付金额"_s, u"宝贝总数量"_s,
            u"渠道"_s, u"收货城市"_s, u"类目"_s, u"订单状态"_s}));
    QCOMPARE(result.problems, QStringList(3001, QString()));
    QCOMPARE(result.lines.last(), physicalLines);
    QVERIFY(physicalLines > 3001); // the dirty rows include quoted newlines
    int ragged = 0;
    for (const QStringList &row : result.rows)
        ragged += row.size() != 9;
    QVERIFY(ragged > 0);

    // Chunk boundaries anywhere (also inside GB18030 characters) do not change the outcome.
    const ReadResult chunked = readAll(path, std::nullopt, CsvReadOptions{4093, 1 << 20});
    QCOMPARE(chunked.rows, result.rows);
    QCOMPARE(chunked.lines, result.lines);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
