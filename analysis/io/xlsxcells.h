#pragma once

#include <QStringView>
#include <QtGlobal>

#include <string>
#include <string_view>

// Pure conversions used by XlsxReader for the text of single cells; separate so that tests can
// check the edge cases (serial 60, rounding, exotic number formats) without building workbooks.
namespace clientele::xlsx {

// "C7" -> 2 (0-based column); -1 if the reference has no valid column (> XFD).
int columnFromReference(std::string_view reference);
// "C7" -> 7; 0 if there is no row number.
qint64 rowFromReference(std::string_view reference);

// Shortest text that reads back as the same double; plain decimal notation for ordinary
// magnitudes (1e-7 <= |v| < 1e21), scientific only beyond. `text` not a number: false.
bool formatNumber(std::string_view text, std::string &out);
std::string formatDouble(double value);

// Excel serial date (1900 system with its fictitious 1900-02-29, or 1904 system) as
// "yyyy-MM-dd HH:mm:ss", rounded to the nearest second. False outside 0 .. 9999-12-31.
bool serialToDateTime(double serial, bool date1904, std::string &out);

// Whether a number format shows a date or time: built-in ids, or a format code with
// y/m/d/h/s tokens outside quoted text, [brackets] and escaped characters.
bool isDateFormatId(int numFmtId);
bool isDateFormatCode(QStringView code);

// OOXML escapes characters XML cannot carry as _xHHHH_ (and a literal "_x" as _x005F_).
void decodeEscapes(std::string &text);

} // namespace clientele::xlsx
