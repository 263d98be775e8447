<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../analysis/import/columnmapping.cpp" line="+112"/>
        <source>Column &quot;%1&quot; for %2 is ambiguous: it matches columns %3 and %4; give the column number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Column number %1 for %2 is out of range: the file has %n column(s).</source>
        <translation>
            <numerusform>%2 的列号 %1 超出范围：文件只有 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column &quot;%1&quot; for %2: give a header name or a column number from 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Order ID</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taobao / Tmall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youzan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online Retail (invoice lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No column holds the order time (order_time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column identifies the customer: map a customer ID, email, phone or name column (customer_id, email, phone, name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No amount column (amount), and the amount cannot be computed: it needs both quantity and unit_price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No amount column (amount), nor quantity and unit price columns (quantity, unit_price) to compute it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mapping &quot;%1&quot; is not of the form role=column. Valid roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown role &quot;%1&quot; in &quot;%2&quot;. Valid roles: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+92"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
<context>
    <name>clientele</name>
    <message>
        <location filename="../../views/chartexport.cpp" line="+28"/>
        <source>The chart has no size yet; show it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+11"/>
        <location filename="../../analysis/export/tablewriter.cpp" line="+120"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Exported from Clientele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/engine/customerlist.cpp" line="+38"/>
        <source>Unknown segment &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown stage &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown tier &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/export/tablewriter.cpp" line="-59"/>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <location line="+16"/>
        <location line="+67"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Some text cannot be written in %1; choose UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excel export is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/import/importer.cpp" line="+54"/>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/import/sourcefactory.cpp" line="+31"/>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown text encoding &quot;%1&quot;; try utf-8, gbk, gb18030, utf-16 or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/io/csvreader.cpp" line="+34"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>separated by &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/lifecycle/lifecycle.cpp" line="+36"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The active stage must end at 0 days or later (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The silent stage must end after the active stage, at %1 days or later (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sleeping stage must end after the silent stage, at %1 days or later (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A loyal customer needs at least 2 orders in the loyalty window (got %1), so that every loyal customer is also a repeat customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loyalty window must be at least 1 day long (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every repurchase window must be at least 1 day long (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The snapshot does not belong to this customer table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/pareto/pareto.cpp" line="+43"/>
        <source>The head must be between 1% and 100% of the customers (got %1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Lorenz curve needs at least 2 points (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A histogram needs at least 1 bin (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/tiers/tiers.cpp" line="+32"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At least one tier is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 100 tiers are supported (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rating window must be at least 1 day long (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest tier must need a spend of 0.00 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier %1 has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two tiers have the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order threshold of tier &quot;%1&quot; must be 0 (no order track) or more (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spend threshold of tier &quot;%1&quot; (%2) must be above that of tier &quot;%3&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The snapshot&apos;s trailing window is %1 days but the tiers are rated over %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Every top percentage must be between 1 and 100 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Higher tiers need smaller top percentages (%1% follows %2%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No customer spent anything in the %1 days up to the rating day, so there is nothing to suggest thresholds from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The spends are too close together to suggest %1 distinct thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::AmountParser</name>
    <message>
        <location filename="../../analysis/parse/amountparser.cpp" line="+139"/>
        <source>empty amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misplaced thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixed thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal comma in a decimal-point column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal point in a decimal-comma column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scientific notation (digits may have been rounded away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conflicting signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::Clustering</name>
    <message>
        <location filename="../../analysis/clusters/clustering.cpp" line="+67"/>
        <source>Choose at least one feature, each at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid clustering settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>There are no customers to cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clustering was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 customers differ in the chosen features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 customers are too few for %2 clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 customers are too few to compare %2 or more clusters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CsvExport</name>
    <message>
        <location filename="../../analysis/store/csvexport.cpp" line="+35"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CsvReader</name>
    <message>
        <location filename="../../analysis/io/csvreader.cpp" line="+207"/>
        <source>%1 (BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CsvReader::Private</name>
    <message>
        <location line="-172"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the encoding %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the record starting at line %1 is longer than %2; is a quote never closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record starting at line %1 is longer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unterminated quoted field starting at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid UTF-8 byte 0x%1 at byte %2 of the record (is the file in another encoding?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bytes that are not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CustomerTable</name>
    <message>
        <location filename="../../analysis/core/customertable.cpp" line="+130"/>
        <source>Cannot read the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::CustomerTableModel</name>
    <message>
        <location filename="../../models/customertablemodel.cpp" line="+35"/>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified by</source>
        <translation>识别依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersTablePage</name>
    <message>
        <location filename="../../app/gui/customerstablepage.cpp" line="+55"/>
        <source>Show All Customers</source>
        <translation>显示全部客户</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1 — %n customer(s)</source>
        <translation>
            <numerusform>%1 — %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/customerstablepage.h" line="+25"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersView</name>
    <message>
        <location filename="../../views/customersview.cpp" line="+19"/>
        <source>Filter customers by name, ID or city…</source>
        <translation>按名称、ID 或城市筛选客户…</translation>
    </message>
</context>
<context>
    <name>clientele::DateTimeParser</name>
    <message>
        <location filename="../../analysis/parse/datetimeparser.cpp" line="+187"/>
        <source>empty date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>impossible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>impossible time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year outside 1970..2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ambiguous day/month order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>impossible UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::Demo</name>
    <message>
        <location filename="../../analysis/demo/demogenerator.cpp" line="+88"/>
        <location line="+28"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportController</name>
    <message>
        <location filename="../../app/gui/importcontroller.cpp" line="+30"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import; the workspace stays as it was before</source>
        <translation>取消导入；工作区保持导入前的状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing %1… %p%</source>
        <translation>正在导入 %1… %p%</translation>
    </message>
</context>
<context>
    <name>clientele::ImportDialog</name>
    <message>
        <location filename="../../app/gui/importdialog.cpp" line="+36"/>
        <source>How are dates written in this file?</source>
        <translation>此文件中的日期采用哪种写法？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB18030 / GBK (Chinese)</source>
        <translation>GB18030 / GBK（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as:</source>
        <translation>文件编码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected:</source>
        <translation>检测结果：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which column holds what</source>
        <translation>各列对应的内容</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Day/month — 03/04/2024 is 3 April 2024</source>
        <translation>日/月 — 03/04/2024 表示 2024 年 4 月 3 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month/day — 03/04/2024 is March 4, 2024</source>
        <translation>月/日 — 03/04/2024 表示 2024 年 3 月 4 日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates such as 03/04/2024 can be read two ways and no value in this file decides it. Choose one to continue.</source>
        <translation>像 03/04/2024 这样的日期有两种读法，文件中也没有能判定读法的值。请选择一种后继续。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose an Order Export</source>
        <translation>选择订单导出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— not in file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>clientele::ImportPreviewModel</name>
    <message>
        <location filename="../../models/importpreviewmodel.cpp" line="+68"/>
        <source>Column “%1” is read as %2</source>
        <translation>“%1”列读取为：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column “%1” is not used</source>
        <translation>“%1”列不使用</translation>
    </message>
</context>
<context>
    <name>clientele::ImportRun</name>
    <message>
        <location filename="../../analysis/import/importer.cpp" line="+235"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has only one column; is it really a table of orders? Check the delimiter and the encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The columns of %1 cannot be used as they are: %2 Found columns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The order time column &quot;%1&quot; mixes day/month and month/day dates; choose the order explicitly (--date-order dmy or mdy); rows in the other order will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The order time column &quot;%1&quot; has dates like 3/5/2024 and none of them shows whether the day or the month comes first; choose it explicitly (--date-order dmy or mdy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+107"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Missing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing order time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The workspace %1 is read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+16"/>
        <source>Cannot write to the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Import of %1 stopped, nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No orders were found in %1 (%2 data rows read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All usable rows were rejected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows were skipped for their status (cancelled, closed, refunded…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The import could not be saved (%1); the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 new orders from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders were already in the workspace and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows were rejected (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::ImportSummaryDialog</name>
    <message>
        <location filename="../../app/gui/importsummarydialog.cpp" line="+28"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from %1</source>
        <translation>%1 中没有可导入的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import of %1 was cancelled. The workspace is unchanged.</source>
        <translation>已取消导入 %1，工作区未做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import of %1 failed. The workspace is unchanged.</source>
        <translation>导入 %1 失败，工作区未做任何更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>表格类型：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates read as:</source>
        <translation>日期读法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders added:</source>
        <translation>新增订单：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders already in the workspace:</source>
        <translation>工作区中已有的订单：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns added:</source>
        <translation>新增退货：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns already in the workspace:</source>
        <translation>工作区中已有的退货：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers:</source>
        <translation>新客户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded by status:</source>
        <translation>按订单状态排除：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows:</source>
        <translation>无法导入的行：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net amount added:</source>
        <translation>新增净额：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First rejected rows:</source>
        <translation>前几条无法导入的行：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>View Rejected Rows…</source>
        <translation>查看无法导入的行…</translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="+76"/>
        <source>Cannot analyse the workspace</source>
        <translation>无法分析工作区</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse the orders up to and including this day</source>
        <translation>分析截至当天（含当天）的订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the day of the latest order</source>
        <translation>使用最近一笔订单的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/gui/mainwindowmenus.cpp" line="+146"/>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Clientele</source>
        <translation>%1 — Clientele</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot read the workspace</source>
        <translation>无法读取工作区</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No workspace is open.

Use File › New Workspace… or File › Open Workspace…</source>
        <translation>尚未打开工作区。

请使用“文件 › 新建工作区…”或“文件 › 打开工作区…”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace has no orders yet.

Use File › Import… or drop CSV or Excel order exports onto this window.</source>
        <translation>此工作区还没有订单。

请使用“文件 › 导入…”，或将 CSV、Excel 订单导出文件拖放到此窗口。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the workspace…</source>
        <translation>正在加载工作区…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 orders · %2 customers · net revenue %3</source>
        <translation>%1 笔订单 · %2 位客户 · 净收入 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · %1 – %2</source>
        <translation> · %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindowmenus.cpp" line="-109"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Rejected Rows…</source>
        <translation>导出无法导入的行(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Clientele</source>
        <translation>关于 Clientele(&amp;A)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+50"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a new workspace for your order exports, or open an existing one?</source>
        <translation>要为订单导出数据新建工作区，还是打开已有的工作区？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clientele workspaces (%1)</source>
        <translation>Clientele 工作区 (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot create the workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clientele workspaces (%1);;All files (*)</source>
        <translation>Clientele 工作区 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Rejected Rows</source>
        <translation>导出无法导入的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected-rows.csv</source>
        <translation>无法导入的行.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting rejected rows…</source>
        <translation>正在导出无法导入的行…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n rejected row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Clientele</source>
        <translation>关于 Clientele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for shop order exports.&lt;/p&gt;&lt;p&gt;Imports CSV and Excel exports (Chinese or English) into a local workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;基于店铺订单导出数据的客户细分工具。&lt;/p&gt;&lt;p&gt;可将 CSV 和 Excel 导出文件（中文或英文表头）导入本地工作区。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindowpages.cpp" line="+166"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>clientele::RejectedRowsDialog</name>
    <message>
        <location filename="../../app/gui/rejectedrowsdialog.cpp" line="+23"/>
        <source>Loading rejected rows…</source>
        <translation>正在加载无法导入的行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected Rows</source>
        <translation>无法导入的行</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n row(s) were not imported.</source>
        <translation>
            <numerusform>有 %n 行未能导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Rejected Rows</source>
        <translation>导出无法导入的行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected-rows.csv</source>
        <translation>无法导入的行.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>clientele::RejectedRowsModel</name>
    <message>
        <location filename="../../models/rejectedrowsmodel.cpp" line="+64"/>
        <source>Import</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row as in the file</source>
        <translation>文件中的原始行</translation>
    </message>
</context>
<context>
    <name>clientele::RfmScorer</name>
    <message>
        <location filename="../../analysis/rfm/rfmscorer.cpp" line="+22"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monetary value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the upper bound for score %2 is %3; recency cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the lower bound for score %2 is %3; it must be at least 2 orders, because every customer has at least 1 order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the %2 for score %3 (%4) must be larger than the %2 for score %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::Roles</name>
    <message>
        <location filename="../../models/rolenames.cpp" line="+10"/>
        <source>Order ID</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer email</source>
        <translation>客户邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone</source>
        <translation>客户手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generic table</source>
        <translation>通用表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taobao / Tmall (淘宝/天猫)</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JD (京东)</source>
        <translation>京东</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youzan (有赞)</source>
        <translation>有赞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice lines (Online Retail)</source>
        <translation>发票明细（Online Retail）</translation>
    </message>
</context>
<context>
    <name>clientele::RowInterpreter</name>
    <message>
        <location filename="../../analysis/import/rowinterpreter.cpp" line="+119"/>
        <location line="+18"/>
        <source>Invalid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Invalid unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quantity × unit price is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Damaged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the order id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Invalid order time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::Segments</name>
    <message>
        <location filename="../../analysis/rfm/rfmsegments.cpp" line="+16"/>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward them, ask for reviews and referrals, give early access to new products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upsell higher-value products and invite them to the loyalty programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Potential Loyalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer membership and recommend related products to build the habit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome them and make the second order easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build awareness with samples or trial offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send limited-time offers based on what they bought before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About to Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect with popular products and a modest discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send personal win-back messages and offers before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t Lose Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact them personally, find out why they stopped, make a strong offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer relevant products at special prices; keep the cost low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try one low-cost reactivation campaign, then stop spending on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your best customers: keep them delighted with VIP service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent big spenders who buy rarely: raise frequency with membership and reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important to maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequent big spenders who have gone quiet: reach out before they lapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important to retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big spenders slipping away: find out why and make a targeted win-back offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent and frequent but small baskets: cross-sell and bundle to raise order value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent, infrequent, small spend: encourage a repeat order cheaply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General to maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequent small spenders gone quiet: low-cost reminders and promotions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General to retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low on every count: include only in low-cost mass campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::Tiers</name>
    <message>
        <location filename="../../analysis/tiers/rerating.cpp" line="+26"/>
        <source>The next rating day (%1) must be after the rating day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::Workspace</name>
    <message>
        <location filename="../../analysis/store/workspace.cpp" line="+62"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace %1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a Clientele workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>Cannot open the workspace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is an SQLite database of another program, not a Clientele workspace; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Clientele (workspace format %2; this version reads up to %3). Please update Clientele to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The workspace %1 is read-only and needs an upgrade; open it from a writable location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot prepare the workspace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Cannot upgrade the workspace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace %1 is empty or from an older version; open it for writing first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::XlsxReader</name>
    <message>
        <location filename="../../analysis/io/xlsxreader.cpp" line="+50"/>
        <source>sheet &quot;%1&quot; has no worksheet part in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/io/xlsxsharedstrings.cpp" line="+56"/>
        <source>the shared string table is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/io/xlsxsheetreader.cpp" line="+49"/>
        <source>cannot read sheet &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>invalid cell reference &quot;%1&quot; in row %2 of sheet &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cell %1 refers to shared string &quot;%2&quot;, which the workbook does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>sheet &quot;%1&quot; is damaged before its first row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet &quot;%1&quot; is damaged after row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+11"/>
        <source>sheet &quot;%1&quot; is damaged in row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/io/xlsxworkbook.cpp" line="+56"/>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the workbook has no sheet &quot;%1&quot;; available sheets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is an old-style .xls or a password-protected workbook; save it as .xlsx without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+35"/>
        <source>not an Excel workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the workbook contains no worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../analysis/io/xlsxxmlpart.cpp" line="+71"/>
        <source>the workbook has no part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the zip entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>workbook looks like a zip bomb (%1 expands from %2 to %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot decompress %1 (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>malformed XML in %1: %2 (line %3, column %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 contains a DOCTYPE declaration, which workbooks never need; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a cell in %1 holds more than %2 MiB of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 ends unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 contains a single XML token larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot decompress %1: the file is damaged (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged (checksum mismatch, zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
