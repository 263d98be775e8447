#pragma once

#include <QString>

#include <xlsxwriter.h>

namespace clientele {

// libxlsxwriter, loaded at run time. QuaZip (our .xlsx reader) exports its own copy of minizip under
// the same symbol names as the system libminizip that libxlsxwriter uses; linked normally, libxlsxwriter
// would call QuaZip's copy and crash in workbook_close(). Loading it with RTLD_DEEPBIND makes it bind
// to its own dependencies first.
class XlsxWriterLibrary
{
public:
    // The process-wide instance; isLoaded() false (and errorString()) when the library is missing.
    static const XlsxWriterLibrary &instance();
    bool isLoaded() const { return m_loaded; }
    QString errorString() const { return m_error; }

    lxw_workbook *(*workbookNew)(const char *) = nullptr;
    lxw_worksheet *(*addWorksheet)(lxw_workbook *, const char *) = nullptr;
    lxw_format *(*addFormat)(lxw_workbook *) = nullptr;
    lxw_error (*close)(lxw_workbook *) = nullptr;
    void (*setBold)(lxw_format *) = nullptr;
    void (*setNumFormat)(lxw_format *, const char *) = nullptr;
    lxw_error (*writeString)(lxw_worksheet *, lxw_row_t, lxw_col_t, const char *, lxw_format *) = nullptr;
    lxw_error (*writeNumber)(lxw_worksheet *, lxw_row_t, lxw_col_t, double, lxw_format *) = nullptr;
    lxw_error (*writeDatetime)(lxw_worksheet *, lxw_row_t, lxw_col_t, lxw_datetime *, lxw_format *) = nullptr;
    lxw_error (*setColumn)(lxw_worksheet *, lxw_col_t, lxw_col_t, double, lxw_format *) = nullptr;
    void (*freezePanes)(lxw_worksheet *, lxw_row_t, lxw_col_t) = nullptr;
    const char *(*strerror)(lxw_error) = nullptr;

private:
    XlsxWriterLibrary();
    bool m_loaded = false;
    QString m_error;
};

} // namespace clientele
