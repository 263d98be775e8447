#include "analysis/io/textencoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    Q_ASSERT(encoder.isValid());
    return encoder(text);
}

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void canonicalName_data();
    void canonicalName();
    void utf8ErrorOffset_data();
    void utf8ErrorOffset();
};

void TestTextEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("bomLength");

    const QString chinese = u"订单编号,城市\n1,上海\n2,北京\n"_s;
    const QByteArray utf8 = chinese.toUtf8();
    const QByteArray gb = encode(chinese, "GB18030");

    QTest::newRow("empty") << QByteArray() << QByteArray("UTF-8") << 0;
    QTest::newRow("ascii") << QByteArray("id,amount\n1,2.50\n") << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                             "a,b\n")
                               << QByteArray("UTF-8") << 3;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE"
                                                "a\0,\0",
        6) << QByteArray("UTF-16LE")
                                  << 2;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0a\0,", 6) << QByteArray("UTF-16BE") << 2;
    QTest::newRow("utf-16le") << encode(chinese, "UTF-16LE") << QByteArray("UTF-16LE") << 0;
    QTest::newRow("utf-16be") << encode(chinese, "UTF-16BE") << QByteArray("UTF-16BE") << 0;
    QTest::newRow("utf-16le ascii cut odd") << QByteArray("a\0b\0c", 5) << QByteArray("UTF-16LE") << 0;
    QTest::newRow("utf-8") << utf8 << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8 cut after 1 of 3") << utf8.left(utf8.indexOf("\xE6\xB5\xB7") + 1) << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8 cut after 2 of 3") << utf8.left(utf8.indexOf("\xE6\xB5\xB7") + 2) << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8 cut after 3 of 4") << QByteArray("a,\xF0\x9F\x98") << QByteArray("UTF-8") << 0;
    QTest::newRow("gb18030") << gb << QByteArray("GB18030") << 0;
    QTest::newRow("gb18030 cut mid character") << gb.left(gb.size() - 2) << QByteArray("GB18030") << 0;
    QTest::newRow("gb18030 four-byte") << encode(u"a,𠀀€\n"_s, "GB18030") << QByteArray("GB18030") << 0;
    QTest::newRow("overlong is not utf-8") << QByteArray("\xC0\xAF\n") << QByteArray("GB18030") << 0;
    QTest::newRow("windows-1252") << encode(u"Name;Stadt\nCafé;Zürich\n"_s, "windows-1252")
                                  << QByteArray("windows-1252") << 0;
    QTest::newRow("windows-1252 euro") << QByteArray("price\n\x80 5\n") << QByteArray("windows-1252") << 0;

    // A GBK row pasted into a long UTF-8 file: still UTF-8 (the row becomes a reject).
    QByteArray mixed;
    for (int i = 0; i < 20; ++i)
        mixed += utf8;
    mixed += gb;
    QTest::newRow("utf-8 with a gbk row") << mixed << QByteArray("UTF-8") << 0;
    QTest::newRow("short gbk") << encode(u"上海"_s, "GB18030") << QByteArray("GB18030") << 0;
}

void TestTextEncoding::detect()
{
    QFETCH(QByteArray, sample);
    QFETCH(QByteArray, name);
    QFETCH(int, bomLength);
    const EncodingGuess guess = detectEncoding(sample);
    QCOMPARE(guess.name, name);
    QCOMPARE(guess.bomLength, bomLength);
    QCOMPARE(guess.fromBom, bomLength > 0);
}

void TestTextEncoding::canonicalName_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("gbk") << u"gbk"_s << QByteArray("GB18030");
    QTest::newRow("GB2312") << u"GB2312"_s << QByteArray("GB18030");
    QTest::newRow("gb18030") << u"gb18030"_s << QByteArray("GB18030");
    QTest::newRow("CP936") << u"CP936"_s << QByteArray("GB18030");
    QTest::newRow("padded") << u"  gbk "_s << QByteArray("GB18030");
    QTest::newRow("utf8") << u"utf8"_s << QByteArray("UTF-8");
    QTest::newRow("UTF-8") << u"UTF-8"_s << QByteArray("UTF-8");
    QTest::newRow("utf-8-sig") << u"utf-8-sig"_s << QByteArray("UTF-8");
    QTest::newRow("utf-16") << u"utf-16"_s << QByteArray("UTF-16LE");
    QTest::newRow("UTF16") << u"UTF16"_s << QByteArray("UTF-16LE");
    QTest::newRow("utf-16be") << u"utf-16be"_s << QByteArray("UTF-16BE");
    QTest::newRow("latin1") << u"latin1"_s << QByteArray("windows-1252");
    QTest::newRow("ISO-8859-1") << u"ISO-8859-1"_s << QByteArray("windows-1252");
    QTest::newRow("cp1252") << u"cp1252"_s << QByteArray("windows-1252");
    QTest::newRow("big5") << u"big5"_s << QByteArray("big5");
    QTest::newRow("Shift_JIS") << u"Shift_JIS"_s << QByteArray("Shift_JIS");
    QTest::newRow("unknown") << u"klingon"_s << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestTextEncoding::canonicalName()
{
    QFETCH(QString, userName);
    QFETCH(QByteArray, name);
    QCOMPARE(canonicalEncodingName(userName), name);
}

void TestTextEncoding::utf8ErrorOffset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("allowTruncatedEnd");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("ascii") << QByteArray("hello, world") << false << qsizetype(-1);
    QTest::newRow("chinese") << u"上海,北京"_s.toUtf8() << false << qsizetype(-1);
    QTest::newRow("emoji") << u"x😀"_s.toUtf8() << false << qsizetype(-1);
    QTest::newRow("after ascii words") << QByteArray("abcdefghijklmnop\xFF") << false << qsizetype(16);
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false << qsizetype(1);
    QTest::newRow("truncated") << QByteArray("ab\xE4\xB8") << false << qsizetype(2);
    QTest::newRow("truncated allowed") << QByteArray("ab\xE4\xB8") << true << qsizetype(-1);
    QTest::newRow("bad continuation not excused") << QByteArray("ab\xE4\x41") << true << qsizetype(2);
    QTest::newRow("overlong") << QByteArray("\xE0\x80\xAF") << false << qsizetype(0);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false << qsizetype(0);
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << qsizetype(0);
    QTest::newRow("gbk") << encode(u"上海"_s, "GB18030") << false << qsizetype(0);
}

void TestTextEncoding::utf8ErrorOffset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, allowTruncatedEnd);
    QFETCH(qsizetype, offset);
    QCOMPARE(clientele::utf8ErrorOffset(bytes, allowTruncatedEnd), offset);
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
