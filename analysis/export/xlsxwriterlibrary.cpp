#include "analysis/export/xlsxwriterlibrary.h"

#include <cstring>

#include <dlfcn.h>

namespace clientele {

const XlsxWriterLibrary &XlsxWriterLibrary::instance()
{
    static const XlsxWriterLibrary library;
    return library;
}

XlsxWriterLibrary::XlsxWriterLibrary()
{
#ifdef __SANITIZE_ADDRESS__
    // AddressSanitizer aborts the process on a dlopen with RTLD_DEEPBIND; a sanitizer build (make
    // asan-test) has no XLSX export rather than no process.
    m_error = QStringLiteral("XLSX export is not available in an AddressSanitizer build (RTLD_DEEPBIND)");
    return;
#endif
    void *handle = nullptr;
    for (const char *name : {"libxlsxwriter.so.4", "libxlsxwriter.so"}) {
        handle = dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (handle)
            break;
    }
    if (!handle) {
        m_error = QString::fromLocal8Bit(dlerror());
        return;
    }
    bool complete = true;
    auto resolve = [&](auto &function, const char *symbol) {
        void *address = dlsym(handle, symbol);
        static_assert(sizeof(function) == sizeof(address));
        std::memcpy(&function, &address, sizeof address); // object → function pointer without a pedantic cast
        if (!function) {
            complete = false;
            m_error = QStringLiteral("libxlsxwriter lacks %1").arg(QLatin1StringView(symbol));
        }
    };
    resolve(workbookNew, "workbook_new");
    resolve(addWorksheet, "workbook_add_worksheet");
    resolve(addFormat, "workbook_add_format");
    resolve(close, "workbook_close");
    resolve(setBold, "format_set_bold");
    resolve(setNumFormat, "format_set_num_format");
    resolve(writeString, "worksheet_write_string");
    resolve(writeNumber, "worksheet_write_number");
    resolve(writeDatetime, "worksheet_write_datetime");
    resolve(setColumn, "worksheet_set_column");
    resolve(freezePanes, "worksheet_freeze_panes");
    resolve(strerror, "lxw_strerror");
    m_loaded = complete;
}

} // namespace clientele
