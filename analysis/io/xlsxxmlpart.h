#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

#include <quazipfile.h>

#include <string>

class QuaZip;

// Internal to XlsxReader: reading the XML parts of a workbook with hard limits on what a broken or
// hostile file can make us hold in memory.
namespace clientele::xlsx {

inline constexpr qint64 kMiB = 1024 * 1024;
// One cell's text; anything larger is a broken or hostile file, not an order export.
inline constexpr qint64 kMaxCellBytes = 64 * kMiB;

inline QString attribute(const QXmlStreamReader &xml, QLatin1StringView name)
{
    return xml.attributes().value(name).toString();
}

// One part of the zip fed to QXmlStreamReader in chunks. Feeding by hand (instead of handing the
// device over) is what lets us stop a single token from swallowing unbounded memory.
class XmlPart
{
public:
    explicit XmlPart(QuaZip *zip);
    ~XmlPart();
    Q_DISABLE_COPY_MOVE(XmlPart)

    // `held`: the part is read whole into memory, so refuse implausible sizes up front.
    bool open(const QString &name, bool held);

    // Like QXmlStreamReader::readNext(), feeding more data as needed; DOCTYPEs are refused.
    QXmlStreamReader::TokenType readNext();
    bool readStartElement(QStringView name);
    // Skips the rest of the current element, whose start tag was just read.
    bool skipElement();
    // Appends the text of the current element (start tag just read) up to its end tag, as UTF-8.
    bool appendText(std::string &out);
    // <si> and <is>: plain <t>, or rich-text runs <r><t>; phonetic hints (<rPh>) are not text.
    bool readStringItem(std::string &out);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const;
    const QXmlStreamReader &xml() const { return m_xml; }
    qint64 position() const { return m_fed; }
    qint64 size() const { return m_size; }
    void finish();

private:
    bool feed();

    QuaZipFile m_file;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    QString m_name;
    QString m_error;
    qint64 m_size = 0;
    qint64 m_fed = 0;
    qint64 m_sinceToken = 0;
    bool m_atEnd = false;
};

} // namespace clientele::xlsx
