<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../analysis/import/columnmapping.cpp" line="+112"/>
        <source>Column &quot;%1&quot; for %2 is ambiguous: it matches columns %3 and %4; give the column number instead.</source>
        <translation>%2 的列名“%1”有歧义：同时匹配第 %3 列和第 %4 列，请改用列号。</translation>
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
        <translation>%2 没有名为“%1”的列：请填写表头名称，或 1 到 %3 之间的列号。</translation>
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
        <translation>金额</translation>
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
        <translation>通用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taobao / Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youzan</source>
        <translation>有赞</translation>
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
        <translation>Online Retail（发票明细）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No column holds the order time (order_time).</source>
        <translation>没有包含下单时间的列（order_time）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column identifies the customer: map a customer ID, email, phone or name column (customer_id, email, phone, name).</source>
        <translation>没有能识别客户的列：请映射客户 ID、邮箱、手机号或姓名列（customer_id、email、phone、name）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No amount column (amount), and the amount cannot be computed: it needs both quantity and unit_price.</source>
        <translation>没有金额列（amount），也无法计算金额：需要同时有数量和单价（quantity、unit_price）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No amount column (amount), nor quantity and unit price columns (quantity, unit_price) to compute it from.</source>
        <translation>没有金额列（amount），也没有可用于计算金额的数量和单价列（quantity、unit_price）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mapping &quot;%1&quot; is not of the form role=column. Valid roles: %2.</source>
        <translation>映射“%1”的格式不是 角色=列。有效角色：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown role &quot;%1&quot; in &quot;%2&quot;. Valid roles: %3.</source>
        <translation>“%2”中的角色“%1”未知。有效角色：%3。</translation>
    </message>
</context>
<context>
    <name>HoldoutCheck</name>
    <message>
        <location filename="../../analysis/predict/holdout.cpp" line="+19"/>
        <source>The holdout period is empty.</source>
        <translation>验证期内没有数据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The calibration period has no repeat purchases to fit the model on.</source>
        <translation>校准期内没有复购，无法拟合模型。</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <location filename="../../analysis/predict/prediction.cpp" line="+78"/>
        <source>No customer has bought twice yet: there is nothing to fit the model on.</source>
        <translation>还没有客户购买过两次，无法拟合模型。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+108"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
<context>
    <name>clientele::AliveHistogramModel</name>
    <message>
        <location filename="../../models/predictionmodels.cpp" line="+183"/>
        <source>P(alive) (%)</source>
        <translation>存活概率 (P(alive), %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat buyers</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time buyers</source>
        <translation>一次性购买客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share (%)</source>
        <translation>占比 (%)</translation>
    </message>
</context>
<context>
    <name>clientele::AmountParser</name>
    <message>
        <location filename="../../analysis/parse/amountparser.cpp" line="+137"/>
        <source>empty amount</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misplaced thousands separator</source>
        <translation>千位分隔符位置错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixed thousands separators</source>
        <translation>千位分隔符混用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal comma in a decimal-point column</source>
        <translation>小数点列中出现小数逗号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal point in a decimal-comma column</source>
        <translation>小数逗号列中出现小数点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scientific notation (digits may have been rounded away)</source>
        <translation>科学计数法（数字可能已被舍入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conflicting signs</source>
        <translation>正负号冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount out of range</source>
        <translation>金额超出范围</translation>
    </message>
</context>
<context>
    <name>clientele::AnalysisSettingsDialog</name>
    <message>
        <location filename="../../app/gui/analysissettingsdialog.cpp" line="+25"/>
        <source>RFM scores</source>
        <translation>RFM 评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80/20 diagnosis</source>
        <translation>80/20 诊断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membership tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quintiles (rank among active customers)</source>
        <translation>五分位（在活跃客户中排名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds (fixed cut points below)</source>
        <translation>门槛（使用下面的固定分界点）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue (orders − returns)</source>
        <translation>净收入（订单 − 退货）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Analysis Settings</source>
        <translation>分析设置</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>e.g. 100, 300, 1000, 3000</source>
        <translation>例如 100, 300, 1000, 3000</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: &quot;%2&quot; is not a list of amounts like 100, 300, 1000, 3000.</source>
        <translation>%1：“%2”不是金额列表（例如 100, 300, 1000, 3000）。</translation>
    </message>
</context>
<context>
    <name>clientele::ChartExport</name>
    <message>
        <location filename="../../views/chartexport.cpp" line="+35"/>
        <source>The chart has no size yet; show it first.</source>
        <translation>图表尚无尺寸，请先显示图表。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+15"/>
        <location line="+17"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Exported from Clientele</source>
        <translation>导出自 Clientele</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>请选择以 .png、.svg 或 .pdf 结尾的文件。</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+7"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
</context>
<context>
    <name>clientele::ChurnWarningModel</name>
    <message>
        <location filename="../../models/predictionmodels.cpp" line="+97"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders minus returns, up to the as-of day</source>
        <translation>订单减去退货，统计到截至日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability that the customer is still buying (BG/NBD), in percent</source>
        <translation>客户仍在购买的概率（BG/NBD），以百分比表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P(alive) (%)</source>
        <translation>存活概率 (P(alive), %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchase days in the next %1 days</source>
        <translation>未来 %1 天内预期的购买天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected orders (%1 days)</source>
        <translation>预期订单数（%1 天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounted margin of the expected purchases in the next %1 months</source>
        <translation>未来 %1 个月预期购买的折现毛利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV (%1 months)</source>
        <translation>客户终身价值 (CLV)（%1 个月）</translation>
    </message>
</context>
<context>
    <name>clientele::ClusterProfileModel</name>
    <message>
        <location filename="../../models/clusterprofilemodel.cpp" line="+103"/>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label (Chinese)</source>
        <translation>中文标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean recency (days)</source>
        <translation>平均近度（天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean orders</source>
        <translation>平均订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean net revenue</source>
        <translation>人均净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clusters are numbered by net revenue, descending: 0 brings in the most.</source>
        <translation>聚类按净收入从高到低编号：0 号贡献最多。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers in the cluster ÷ active customers.</source>
        <translation>该聚类的客户数 ÷ 活跃客户数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean days since the last order, at the as-of date.</source>
        <translation>截至日期时距最近一次下单的平均天数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean net revenue (orders − returns) per customer, in currency units.</source>
        <translation>每位客户的平均净收入（订单 − 退货），以货币单位计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue (orders − returns) of the cluster, in currency units.</source>
        <translation>该聚类的净收入（订单 − 退货），以货币单位计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster net revenue ÷ net revenue of all active customers.</source>
        <translation>该聚类净收入 ÷ 全部活跃客户的净收入。</translation>
    </message>
</context>
<context>
    <name>clientele::ClusterScatterView</name>
    <message>
        <location filename="../../views/clustercharts.cpp" line="+47"/>
        <location line="+40"/>
        <location line="+9"/>
        <source>Customers by cluster</source>
        <translation>各聚类的客户分布</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+39"/>
        <source>No results yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Recency (days since last order)</source>
        <translation>近度（距最近一次下单的天数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders (count)</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue (currency units)</source>
        <translation>净收入（货币单位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order value (currency units)</source>
        <translation>客单价（货币单位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenure (days since first order)</source>
        <translation>客龄（距首次下单的天数）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 customers drawn (seeded sample, every cluster kept)</source>
        <translation>已绘制 %2 位客户中的 %1 位（固定种子抽样，保留每个聚类）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1 customers</source>
        <translation>全部 %1 位客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · log scales, value + 1 so zero fits; negative net revenue shown as 0</source>
        <translation> · 对数坐标，数值加 1 以显示 0；负净收入按 0 显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers by cluster (PCA projection)</source>
        <translation>各聚类的客户分布（PCA 投影）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster %1: %2
%3
%4 customers (%5% of active)</source>
        <translation>聚类 %1：%2
%3
%4 位客户（占活跃客户的 %5%）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Principal component %1 (%2% of variance)</source>
        <translation>主成分 %1（解释 %2% 的方差）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 + 1, log scale</source>
        <translation>%1 + 1，对数坐标</translation>
    </message>
</context>
<context>
    <name>clientele::Clustering</name>
    <message>
        <location filename="../../analysis/clusters/clustering.cpp" line="+67"/>
        <source>Choose at least one feature, each at most once.</source>
        <translation>请至少选择一个特征，且每个特征只能选一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid clustering settings.</source>
        <translation>聚类设置无效。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There are no customers to cluster.</source>
        <translation>没有可聚类的客户。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clustering was cancelled.</source>
        <translation>聚类已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 customers differ in the chosen features.</source>
        <translation>所选特征上互不相同的客户少于 %1 位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 customers are too few for %2 clusters.</source>
        <translation>%1 位客户太少，无法分成 %2 个聚类。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 customers are too few to compare %2 or more clusters.</source>
        <translation>%1 位客户太少，无法比较 %2 个及以上的聚类。</translation>
    </message>
</context>
<context>
    <name>clientele::ClustersPage</name>
    <message>
        <location filename="../../views/clusterspage.cpp" line="+30"/>
        <source>Recency</source>
        <translation>近度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monetary</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AOV</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenure</source>
        <translation>客龄</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R: days since the last order (近度)</source>
        <translation>R（近度）：距最近一次下单的天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F: number of orders (频率)</source>
        <translation>F（频率）：订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M: net revenue (金额)</source>
        <translation>M（金额）：净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order value: net revenue ÷ orders (客单价)</source>
        <translation>客单价：净收入 ÷ 订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenure: days since the first order (客龄)</source>
        <translation>客龄：距首次下单的天数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Auto (silhouette)</source>
        <translation>自动（轮廓系数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of clusters. Auto compares k = 2…10 by the mean silhouette (see the chart).</source>
        <translation>聚类数。“自动”按平均轮廓系数比较 k = 2…10（见图表）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCA projection</source>
        <translation>PCA 投影</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two chosen axes (log)</source>
        <translation>两个选定坐标轴（对数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PCA shows the two directions along which the clustering features vary most.</source>
        <translation>PCA 显示聚类特征变化最大的两个方向。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>k:</source>
        <translation>k：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features:</source>
        <translation>特征：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least two features are needed.</source>
        <translation>至少需要两个特征。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vs</source>
        <translation>对</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Double-click a cluster to list its customers.</source>
        <translation>双击某个聚类可列出其客户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cluster %1: %2 (%3)</source>
        <translation>聚类 %1：%2（%3）</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Clustering…</source>
        <translation>正在聚类…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>k chosen by the highest silhouette</source>
        <translation>k 取轮廓系数最高者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k fixed at %1</source>
        <translation>k 固定为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; curve from the last automatic search</source>
        <translation>；曲线来自上一次自动搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; choose Auto to compare k</source>
        <translation>；选择“自动”可比较不同 k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · fitted on a sample of %1 customers</source>
        <translation> · 基于 %1 位客户的样本拟合</translation>
    </message>
    <message>
        <location filename="../../views/clusterspage.h" line="+33"/>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
</context>
<context>
    <name>clientele::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>clientele::CsvReader</name>
    <message>
        <location filename="../../analysis/io/csvreader.cpp" line="+35"/>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe-separated</source>
        <translation>竖线分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>separated by &apos;%1&apos;</source>
        <translation>以“%1”分隔</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the encoding %1 is not supported</source>
        <translation>不支持编码 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the record starting at line %1 is longer than %2; is a quote never closed?</source>
        <translation>从第 %1 行开始的记录超过 %2；是否有引号未闭合？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record starting at line %1 is longer than %2</source>
        <translation>从第 %1 行开始的记录超过 %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unterminated quoted field starting at line %1</source>
        <translation>从第 %1 行开始的带引号字段未闭合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid UTF-8 byte 0x%1 at byte %2 of the record (is the file in another encoding?)</source>
        <translation>记录第 %2 个字节为无效的 UTF-8 字节 0x%1（文件是否为其他编码？）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bytes that are not valid %1</source>
        <translation>不是有效 %1 编码的字节</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the record at line %1 has more than %2 fields, the most a spreadsheet can have; is the delimiter right?</source>
        <translation>第 %1 行的记录超过 %2 个字段，超出了电子表格所能容纳的最大列数；分隔符是否正确？</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 (BOM)</source>
        <translation>%1（BOM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (detected)</source>
        <translation>%1（自动检测）</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerList</name>
    <message>
        <location filename="../../analysis/engine/customerlist.cpp" line="+39"/>
        <source>Unknown segment &quot;%1&quot;; use one of: %2.</source>
        <translation>未知客群“%1”；可用值：%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown stage &quot;%1&quot;; use one of: %2.</source>
        <translation>未知阶段“%1”；可用值：%2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown tier &quot;%1&quot;; use one of: %2.</source>
        <translation>未知会员等级“%1”；可用值：%2。</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerListModel</name>
    <message>
        <location filename="../../models/customerlistmodel.cpp" line="+224"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avg. order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recency, days</source>
        <translation>近度（天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12-month spend</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value class</source>
        <translation>价值分类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster label</source>
        <translation>聚类标签</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerTable</name>
    <message>
        <location filename="../../analysis/core/customertable.cpp" line="+123"/>
        <source>Cannot read the workspace: %1</source>
        <translation>无法读取工作区：%1</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message>
        <location filename="../../views/customerspage.cpp" line="+54"/>
        <source>All segments</source>
        <translation>全部客群</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer or city contains…</source>
        <translation>客户或城市包含…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show all customers again</source>
        <translation>重新显示全部客户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rows (or all rows) as tab-separated text with a header</source>
        <translation>将选中的行（未选中时为全部行）连同表头复制为制表符分隔的文本</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All clusters</source>
        <translation>全部聚类</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cluster %1: %2</source>
        <translation>聚类 %1：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Showing: %1</source>
        <translation>当前显示：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · net revenue %2</source>
        <translation>%1 · 净收入 %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is nothing to export yet.</source>
        <translation>暂无可导出的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/customerspage.h" line="+34"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
</context>
<context>
    <name>clientele::DateTimeParser</name>
    <message>
        <location filename="../../analysis/parse/datetimeparser.cpp" line="+187"/>
        <source>empty date</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>impossible date</source>
        <translation>日期不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>impossible time</source>
        <translation>时间不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year outside 1970..2100</source>
        <translation>年份不在 1970..2100 范围内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ambiguous day/month order</source>
        <translation>日/月顺序不明确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown time zone</source>
        <translation>未知时区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>impossible UTC offset</source>
        <translation>UTC 偏移无效</translation>
    </message>
</context>
<context>
    <name>clientele::Demo</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>clientele::ExportFile</name>
    <message>
        <location filename="../../analysis/export/exportfile.cpp" line="+53"/>
        <source>%1 was not written: %2 Choose another file name.</source>
        <translation>未写入 %1：%2请另选文件名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No file name was given for the export.</source>
        <translation>导出未指定文件名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is the open workspace, which an export never replaces.</source>
        <translation>它是当前打开的工作区，导出绝不会覆盖工作区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it belongs to the open workspace (its %1 file).</source>
        <translation>它属于当前打开的工作区（工作区的 %1 文件）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a folder.</source>
        <translation>它是一个文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a regular file (a device, pipe or socket).</source>
        <translation>它不是普通文件（而是设备、管道或套接字）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a Clientele workspace, which an export never replaces.</source>
        <translation>它是 Clientele 工作区，导出绝不会覆盖工作区。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it belongs to the Clientele workspace %1 (its %2 file).</source>
        <translation>它属于 Clientele 工作区 %1（工作区的 %2 文件）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the file was not opened.</source>
        <translation>文件未打开。</translation>
    </message>
</context>
<context>
    <name>clientele::FunnelModel</name>
    <message>
        <location filename="../../models/lifecyclemodels.cpp" line="+161"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers reached</source>
        <translation>到达客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion from previous step (%)</source>
        <translation>较上一步转化率 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers at this step</source>
        <translation>停留在此步的客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment net revenue</source>
        <translation>该层净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment revenue share (%)</source>
        <translation>该层收入占比 (%)</translation>
    </message>
</context>
<context>
    <name>clientele::Generator</name>
    <message>
        <location filename="../../analysis/generate/ordergenerator.cpp" line="+55"/>
        <source>Unknown encoding: %1</source>
        <translation>未知编码：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The number of orders must be between 1 and 100000000.</source>
        <translation>订单数必须在 1 到 100000000 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period must be between 61 and 36500 days.</source>
        <translation>时间跨度必须在 61 到 36500 天之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BG/NBD parameters r, alpha, a and b must be positive.</source>
        <translation>BG/NBD 参数 r、alpha、a 和 b 必须为正数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shares must be between 0 and 1.</source>
        <translation>比例必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behaviour groups must be 0 or between 2 and %1.</source>
        <translation>行为分组数必须为 0，或在 2 到 %1 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start date is not valid.</source>
        <translation>开始日期无效。</translation>
    </message>
</context>
<context>
    <name>clientele::HeadDistributionModel</name>
    <message>
        <location filename="../../models/paretomodels.cpp" line="+75"/>
        <source>First-order amount</source>
        <translation>首单金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders per customer</source>
        <translation>人均订单数</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Top %1% (%2 customers)</source>
        <translation>前 %1%（%2 位客户）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p10</source>
        <translation>P10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p25</source>
        <translation>P25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p75</source>
        <translation>P75</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
</context>
<context>
    <name>clientele::HoldoutModel</name>
    <message>
        <location filename="../../models/predictionmodels.cpp" line="-244"/>
        <source>%1 customers with %2 repeat purchases before the split: %3 purchases per customer in the holdout period, %4 predicted</source>
        <translation>%1 位客户在分割日前复购 %2 次：验证期内人均购买 %3 次，预测 %4 次</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Repeat purchases before split</source>
        <translation>分割日前复购次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted</source>
        <translation>预测</translation>
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
        <location filename="../../app/gui/importdialog.cpp" line="+37"/>
        <source>How are dates written in this file?</source>
        <translation>此文件中的日期采用哪种写法？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep rows that repeat an earlier row exactly (normally counted once)</source>
        <translation>保留与前面某行完全相同的重复行（默认只计一次）</translation>
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
        <location line="+10"/>
        <source>A row whose cells are all identical to an earlier row of the file is normally imported once: line items of an order add up, so a repeated line would count twice. Check this if such rows are real repeat purchases.</source>
        <translation>文件中与前面某行所有单元格都完全相同的行，默认只导入一次：同一订单的各明细行金额会相加，重复的明细行会被算两次。如果这些行确实是重复购买，请勾选此项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose an Order Export</source>
        <translation>选择订单导出文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <name>clientele::ImportSummaryDialog</name>
    <message>
        <location filename="../../app/gui/importsummarydialog.cpp" line="+31"/>
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
        <translation>表格模板：</translation>
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
        <source>Duplicate rows:</source>
        <translation>重复行：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (kept)</source>
        <translation>%1（已保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (counted once)</source>
        <translation>%1（只计一次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows:</source>
        <translation>无法导入的行：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net amount added:</source>
        <translation>新增净额：</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>clientele::Importer</name>
    <message>
        <location filename="../../analysis/import/sourcehead.cpp" line="+17"/>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <location filename="../../analysis/import/importer.cpp" line="+173"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has only one column; is it really a table of orders? Check the delimiter and the encoding.</source>
        <translation>文件只有一列，它真的是订单表吗？请检查分隔符和编码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The columns of %1 cannot be used as they are: %2 Found columns: %3.</source>
        <translation>%1 的列无法直接使用：%2 找到的列：%3。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The order time column &quot;%1&quot; mixes day/month and month/day dates; choose the order explicitly (--date-order dmy or mdy); rows in the other order will be rejected.</source>
        <translation>下单时间列“%1”中同时有日/月和月/日两种写法；请明确指定顺序（--date-order dmy 或 mdy），另一种顺序的行将无法导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The order time column &quot;%1&quot; has dates like 3/5/2024 and none of them shows whether the day or the month comes first; choose it explicitly (--date-order dmy or mdy).</source>
        <translation>下单时间列“%1”中的日期都像 3/5/2024，无法判断日和月哪个在前；请明确指定（--date-order dmy 或 mdy）。</translation>
    </message>
    <message>
        <location line="+141"/>
        <location filename="../../analysis/import/orderassembler.cpp" line="+61"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../analysis/import/orderassembler.cpp" line="+125"/>
        <source>Missing customer</source>
        <translation>缺少客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing order time</source>
        <translation>缺少下单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing amount</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <location filename="../../analysis/import/importer.cpp" line="+24"/>
        <source>The workspace %1 is read-only; nothing was imported.</source>
        <translation>工作区 %1 为只读，未导入任何内容。</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+261"/>
        <location line="+64"/>
        <location line="+44"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>已取消导入，工作区未做任何更改。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation>工作区正忙或无法写入：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+25"/>
        <location line="+5"/>
        <location line="+18"/>
        <source>Cannot write to the workspace: %1</source>
        <translation>无法写入工作区：%1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Import of %1 stopped, nothing was imported: %2</source>
        <translation>%1 的导入已中止，未导入任何内容：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No orders were found in %1 (%2 data rows read).</source>
        <translation>%1 中没有找到订单（已读取 %2 行数据）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All usable rows were rejected: %1.</source>
        <translation>所有可用的行都无法导入：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows were skipped for their status (cancelled, closed, refunded…).</source>
        <translation>有 %1 行因订单状态（已取消、已关闭、已退款…）被跳过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace is unchanged.</source>
        <translation>工作区未做任何更改。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import could not be saved (%1); the workspace is unchanged.</source>
        <translation>导入无法保存（%1），工作区未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was saved in the workspace&apos;s log (%1-wal) but could not be copied into the workspace: %2. Free space on the disk and open the workspace again.</source>
        <translation>导入已保存在工作区的日志（%1-wal）中，但无法写入工作区：%2。请释放磁盘空间后重新打开工作区。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 new orders from %2.</source>
        <translation>已从 %2 导入 %1 笔新订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 orders were already in the workspace and were skipped.</source>
        <translation>有 %1 笔订单已在工作区中，已跳过。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rows were exact repeats of earlier rows of the file and were kept.</source>
        <translation>%1 行与文件中前面的行完全相同，已保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows were exact repeats of earlier rows of the file and were counted once.</source>
        <translation>%1 行与文件中前面的行完全相同，只计一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows were rejected (%2).</source>
        <translation>有 %1 行无法导入（%2）。</translation>
    </message>
    <message>
        <location filename="../../analysis/import/rowinterpreter.cpp" line="+174"/>
        <location line="+19"/>
        <source>Invalid amount</source>
        <translation>金额无效</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Invalid unit price</source>
        <translation>单价无效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quantity × unit price is too large</source>
        <translation>数量 × 单价过大</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Damaged record</source>
        <translation>记录已损坏</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong number of fields</source>
        <translation>字段数不对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际有 %2 个</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Missing order id</source>
        <translation>缺少订单编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order id is empty</source>
        <translation>订单编号为空</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Invalid order time</source>
        <translation>下单时间无效</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid quantity</source>
        <translation>数量无效</translation>
    </message>
    <message>
        <location filename="../../analysis/import/sourcefactory.cpp" line="+36"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a file; import the order exports inside it.</source>
        <translation>%1 是文件夹，不是文件；请导入其中的订单导出文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file (a device, pipe or socket); import a saved order export.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）；请导入已保存的订单导出文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 cannot be read: permission denied.</source>
        <translation>无法读取文件 %1：权限不足。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook cannot be read.</source>
        <translation>无法读取该工作簿。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown text encoding &quot;%1&quot;; try utf-8, gbk, gb18030, utf-16 or windows-1252.</source>
        <translation>未知文本编码“%1”；请尝试 utf-8、gbk、gb18030、utf-16 或 windows-1252。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../analysis/import/importertext.h" line="+20"/>
        <source>Import of %1 stopped: there is not enough memory for it. Nothing was imported; the workspace is unchanged.</source>
        <translation>%1 的导入已停止：内存不足。未导入任何内容，工作区未改变。</translation>
    </message>
</context>
<context>
    <name>clientele::KCandidateModel</name>
    <message>
        <location filename="../../models/kcandidatemodel.cpp" line="+61"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean silhouette</source>
        <translation>平均轮廓系数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inertia</source>
        <translation>惯性</translation>
    </message>
</context>
<context>
    <name>clientele::Lifecycle</name>
    <message>
        <location filename="../../analysis/lifecycle/lifecycle.cpp" line="+42"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>复购客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyal</source>
        <translation>忠诚客</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The active stage must end at 0 days or later (got %1).</source>
        <translation>活跃阶段的上限必须不小于 0 天（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The silent stage must end after the active stage, at %1 days or later (got %2).</source>
        <translation>沉默阶段必须在活跃阶段之后结束，即不小于 %1 天（当前为 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sleeping stage must end after the silent stage, at %1 days or later (got %2).</source>
        <translation>睡眠阶段必须在沉默阶段之后结束，即不小于 %1 天（当前为 %2）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A loyal customer needs at least 2 orders in the loyalty window (got %1), so that every loyal customer is also a repeat customer.</source>
        <translation>忠诚客户在忠诚周期内至少需要 2 笔订单（当前为 %1），这样每位忠诚客户也都是复购客户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The loyalty window must be at least 1 day long (got %1).</source>
        <translation>忠诚周期至少为 1 天（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every repurchase window must be at least 1 day long (got %1).</source>
        <translation>每个复购周期至少为 1 天（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The snapshot does not belong to this customer table.</source>
        <translation>该快照不属于此客户表。</translation>
    </message>
</context>
<context>
    <name>clientele::LifecyclePage</name>
    <message>
        <location filename="../../views/lifecyclepage.cpp" line="+40"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Double-click a stage to list its customers.</source>
        <translation>双击某个阶段可列出其客户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First-to-second order repurchase</source>
        <translation>首单后的复购（第二单）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only customers old enough to have had the whole window are counted. Hover for details.</source>
        <translation>只统计首单距今已满整个周期的客户。悬停可查看详情。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activity stages</source>
        <translation>活跃度阶段</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stage boundaries and loyalty</source>
        <translation>阶段边界与忠诚度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> orders</source>
        <translation> 单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal: at least this many orders in the loyalty window.</source>
        <translation>忠诚：忠诚周期内的订单数不少于此值。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Active up to</source>
        <translation>活跃：不超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent up to</source>
        <translation>沉默：不超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping up to</source>
        <translation>睡眠：不超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal from</source>
        <translation>忠诚：不少于</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer funnel: new → repeat → loyal</source>
        <translation>客户漏斗：新客 → 复购 → 忠诚</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funnel step</source>
        <translation>漏斗步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers reached (count)</source>
        <translation>到达客户数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2
Reached: %3 customers (%4 of the previous step)
Highest step for %5 customers, net revenue %6 (%7)</source>
        <translation>%1 %2
到达：%3 位客户（上一步的 %4）
%5 位客户止步于此，净收入 %6（%7）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customers per activity stage</source>
        <translation>各活跃度阶段的客户数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage (days since the last order)</source>
        <translation>阶段（距最近一次下单的天数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers (count)</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a bar to list the stage&apos;s customers.</source>
        <translation>双击柱形可列出该阶段的客户。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 customers as of %2 · net revenue %3 · naive repurchase rate %4 (customers with 2+ orders)</source>
        <translation>截至 %2 共 %1 位客户 · 净收入 %3 · 简单复购率 %4（下单 2 次及以上的客户）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2</source>
        <translation>%2的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of revenue</source>
        <translation>占收入 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stage: %1 (%2)</source>
        <translation>阶段：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../views/lifecyclepage.h" line="+33"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
</context>
<context>
    <name>clientele::LifecycleStageModel</name>
    <message>
        <location filename="../../models/lifecyclemodels.cpp" line="-122"/>
        <source>%1 (%2): last order %3 days ago; %4 customers, %5 of net revenue</source>
        <translation>%1（%2）：最近一次下单在 %3 天前；%4 位客户，占净收入 %5</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last order</source>
        <translation>距最近下单天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share (%)</source>
        <translation>占比 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue share (%)</source>
        <translation>收入占比 (%)</translation>
    </message>
</context>
<context>
    <name>clientele::LorenzModel</name>
    <message>
        <location filename="../../models/paretomodels.cpp" line="-101"/>
        <source>Share of customers (%)</source>
        <translation>客户占比 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of net revenue (%)</source>
        <translation>净收入占比 (%)</translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="+70"/>
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
        <location line="+2"/>
        <location filename="../../app/gui/mainwindowmenus.cpp" line="+149"/>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Clientele</source>
        <translation>%1 — Clientele</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location filename="../../app/gui/mainwindowmenus.cpp" line="-110"/>
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
        <source>Analysis &amp;Settings…</source>
        <translation>分析设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Clientele</source>
        <translation>关于 Clientele(&amp;A)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+49"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a new workspace for your order exports, or open an existing one?</source>
        <translation>要为订单导出数据新建工作区，还是打开已有的工作区？</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+9"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+11"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clientele workspaces (%1);;All files (*)</source>
        <translation>Clientele 工作区 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Rejected Rows</source>
        <translation>导出无法导入的行</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+11"/>
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
        <location line="+8"/>
        <source>About Clientele</source>
        <translation>关于 Clientele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for shop order exports.&lt;/p&gt;&lt;p&gt;Imports CSV and Excel exports (Chinese or English) into a local workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;基于店铺订单导出数据的客户细分工具。&lt;/p&gt;&lt;p&gt;可将 CSV 和 Excel 导出文件（中文或英文表头）导入本地工作区。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindowpages.cpp" line="+156"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>clientele::Numbers</name>
    <message>
        <location filename="../../models/numberformat.cpp" line="+39"/>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
</context>
<context>
    <name>clientele::OverviewModel</name>
    <message>
        <location filename="../../models/overviewmodel.cpp" line="+64"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat-purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gini coefficient</source>
        <translation>基尼系数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top %1% revenue share</source>
        <translation>前 %1% 客户收入占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As-of date</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>up to the as-of date</source>
        <translation>截至该日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with at least one order</source>
        <translation>至少下过一单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency units, orders − returns</source>
        <translation>货币单位，订单 − 退货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency units per order</source>
        <translation>每笔订单的货币单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customers with 2+ orders</source>
        <translation>下单 2 次及以上的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, last order ≤ %2 days ago</source>
        <translation>%1，最近一次下单 ≤ %2 天前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 = equal, 1 = one customer has all</source>
        <translation>0 = 完全平均，1 = 一位客户独占</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of net revenue</source>
        <translation>占净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latest order day unless set</source>
        <translation>默认为最近一笔订单的日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of orders placed on or before the as-of date (returns do not reduce it).</source>
        <translation>截至日期（含）之前的下单数（退货不扣减）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers whose first order is on or before the as-of date (see Metrics › RFM, “active customers”).</source>
        <translation>首单在截至日期（含）之前的客户（见“指标 › RFM”中的“活跃客户”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order amounts minus returned amounts, on or before the as-of date, in currency units (Metrics › RFM, M).</source>
        <translation>截至日期（含）之前的订单金额减去退货金额，以货币单位计（指标 › RFM，M）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net revenue ÷ number of orders, rounded to a whole minor unit (Metrics › RFM).</source>
        <translation>净收入 ÷ 订单数，四舍五入到最小货币单位（指标 › RFM）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers with at least two orders ÷ all customers. Biased low by recent first-time buyers; the Lifecycle page shows window-based repurchase rates (Metrics › Lifecycle).</source>
        <translation>下单至少两次的客户 ÷ 全部客户。近期首购客户会使其偏低；“生命周期”页提供按周期计算的复购率（指标 › 生命周期）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers in the “active” stage — last order at most %1 days before the as-of date — ÷ all customers (Metrics › Lifecycle, stages).</source>
        <translation>处于“活跃”阶段的客户（最近一次下单距截至日期不超过 %1 天）÷ 全部客户（指标 › 生命周期，阶段）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inequality of net revenue across customers (negative revenue counted as 0), from the exact Lorenz curve (Metrics › 80/20).</source>
        <translation>净收入在客户间的不均衡程度（负收入按 0 计），由精确的洛伦兹曲线计算（指标 › 80/20）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of net revenue brought in by the top %1% of customers by net revenue (Metrics › 80/20).</source>
        <translation>按净收入排名前 %1% 的客户贡献的净收入占比（指标 › 80/20）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is computed as the customers stood at the end of this day (Metrics › RFM, as-of day).</source>
        <translation>所有数值都按客户在当天结束时的状态计算（指标 › RFM，截至日期）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>clientele::OverviewPage</name>
    <message>
        <location filename="../../views/overviewpage.cpp" line="+81"/>
        <source>11 RFM segments</source>
        <translation>11 个 RFM 客群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 value classes (重要价值 …)</source>
        <translation>8 类价值分类（重要价值 …）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Segments:</source>
        <translation>客群：</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Segment %1 (%2)</source>
        <translation>客群 %1（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customers per segment</source>
        <translation>各客群客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of %1 · hover for the Chinese name, click a bar to list the customers</source>
        <translation>截至 %1 · 悬停查看中文名，点击柱形列出客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>No results yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customers (count)</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2
%3 customers (%4), %5 of net revenue
%6</source>
        <translation>%1 · %2
%3 位客户（%4），占净收入 %5
%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to list these customers.</source>
        <translation>点击列出这些客户。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customers by activity stage</source>
        <translation>各活跃度阶段的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the last order: %1</source>
        <translation>距最近一次下单天数：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <location filename="../../views/overviewpage.h" line="+26"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>clientele::Parameters</name>
    <message>
        <location filename="../../analysis/engine/parameterkeys.cpp" line="+140"/>
        <source>Scoring method</source>
        <translation>评分方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quintiles: each score is a rank among the active customers (about a fifth each, ties share a score); thresholds: fixed cut points below, the same meaning on every date. Default quintiles.</source>
        <translation>quintiles（五分位）：按在活跃客户中的排名评分（每档约五分之一，数值相同的客户得分相同）；thresholds（门槛）：使用下面固定的分界点，在任何日期含义都一样。默认 quintiles。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>M measures</source>
        <translation>M 的口径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net_revenue: orders minus returns; average_order_value: net revenue per order. Default net_revenue.</source>
        <translation>net_revenue：订单减去退货后的净收入；average_order_value：每笔订单的净收入（客单价）。默认 net_revenue。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R cut points (days)</source>
        <translation>R 分界点（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold scoring: the last order at most this many days ago for R 5, 4, 3, 2 (increasing); older is R 1. Default 30,90,180,365.</source>
        <translation>门槛评分：最近一次下单距今不超过这些天数时 R 分别为 5、4、3、2（递增）；更久为 R 1。默认 30,90,180,365。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F cut points (orders)</source>
        <translation>F 分界点（订单数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold scoring: at least this many orders for F 2, 3, 4, 5 (increasing, each at least 2). Default 2,3,4,5.</source>
        <translation>门槛评分：订单数至少达到这些值时 F 分别为 2、3、4、5（递增，每个至少为 2）。默认 2,3,4,5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M cut points (money)</source>
        <translation>M 分界点（金额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold scoring: at least this M for M 2, 3, 4, 5 (increasing). On the command line and in the settings file in minor units (cents, 分). Default 100.00, 300.00, 1000.00, 3000.00 (10000,30000,100000,300000).</source>
        <translation>门槛评分：M 至少达到这些金额时 M 分别为 2、3、4、5（递增）。命令行和设置文件中以最小货币单位（分）表示。默认 100.00, 300.00, 1000.00, 3000.00（10000,30000,100000,300000）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active up to (days)</source>
        <translation>活跃上限（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active: the last order at most this many days ago. Default 63.</source>
        <translation>活跃：最近一次下单距今不超过这么多天。默认 63。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silent up to (days)</source>
        <translation>沉默上限（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent: the last order at most this many days ago (more than for active). Default 126.</source>
        <translation>沉默：最近一次下单距今不超过这么多天（大于活跃上限）。默认 126。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sleeping up to (days)</source>
        <translation>睡眠上限（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping: the last order at most this many days ago; beyond it a customer is lost. Default 365.</source>
        <translation>睡眠：最近一次下单距今不超过这么多天；超过即为流失。默认 365。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loyal from (orders)</source>
        <translation>忠诚客门槛（订单数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal: at least this many orders within the loyalty window (at least 2). Default 4.</source>
        <translation>忠诚客：在忠诚周期内至少有这么多笔订单（至少 2）。默认 4。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loyalty window (days)</source>
        <translation>忠诚周期（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loyalty window: this many days up to the as-of date. Default 365.</source>
        <translation>忠诚周期：截至日期之前的这么多天。默认 365。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repurchase windows (days)</source>
        <translation>复购周期（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the first order within which the repurchase rates count a second order. Default 30,60,90,180,365.</source>
        <translation>复购率统计首单后多少天内的第二笔订单。默认 30,60,90,180,365。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Head: top (%)</source>
        <translation>头部：前（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 80/20 head: this top percent of customers by net revenue. Default 20.</source>
        <translation>80/20 头部：按净收入排名前这么多百分比的客户。默认 20。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating window (days)</source>
        <translation>评级周期（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers rate the spend and orders of this many days up to the as-of date. Default 365.</source>
        <translation>会员等级按截至日期之前这么多天内的消费额和订单数评级。默认 365。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of clusters</source>
        <translation>聚类数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 chooses it by the silhouette between the smallest and largest number below. Default 0.</source>
        <translation>0 表示在下面的最小和最大聚类数之间按轮廓系数自动选择。默认 0。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic choice from</source>
        <translation>自动选择的最小聚类数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest number of clusters the automatic choice tries (at least 2). Default 2.</source>
        <translation>自动选择时尝试的最小聚类数（至少 2）。默认 2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic choice up to</source>
        <translation>自动选择的最大聚类数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest number of clusters the automatic choice tries. Default 10.</source>
        <translation>自动选择时尝试的最大聚类数。默认 10。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the k-means starts: the same seed gives the same clusters. Default 1.</source>
        <translation>k-means 初始点的随机种子：相同的种子得到相同的聚类。默认 1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What clusters compare: two or more of recency, frequency, monetary, average_order_value, tenure. Default recency,frequency,monetary.</source>
        <translation>聚类比较的特征：recency（近度）、frequency（频率）、monetary（金额）、average_order_value（客单价）、tenure（客龄）中的两个或以上。默认 recency,frequency,monetary。</translation>
    </message>
</context>
<context>
    <name>clientele::Pareto</name>
    <message>
        <location filename="../../analysis/pareto/pareto.cpp" line="+44"/>
        <source>The head must be between 1% and 100% of the customers (got %1%).</source>
        <translation>头部客户比例必须在 1% 到 100% 之间（当前为 %1%）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Lorenz curve needs at least 2 points (got %1).</source>
        <translation>洛伦兹曲线至少需要 2 个点（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A histogram needs at least 1 bin (got %1).</source>
        <translation>直方图至少需要 1 个分组（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>clientele::ParetoTiersPage</name>
    <message>
        <location filename="../../views/paretotierspage.cpp" line="+85"/>
        <source>Double-click a tier to list its members.</source>
        <translation>双击某个等级可列出其会员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier: %1</source>
        <translation>会员等级：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Head customers: distributions (seeds for tier rules)</source>
        <translation>头部客户分布（用于设定等级规则）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier summary (rating window up to the as-of day)</source>
        <translation>等级汇总（评级周期截至截至日期）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lorenz curve</source>
        <translation>洛伦兹曲线</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Equality</source>
        <translation>绝对平均线</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head boundary</source>
        <translation>头部分界</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+181"/>
        <source>Lorenz curve of net revenue</source>
        <translation>净收入洛伦兹曲线</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Share of customers (%), poorest first</source>
        <translation>客户占比 (%)，由低到高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of net revenue (%)</source>
        <translation>净收入占比 (%)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: %2% of %3</source>
        <translation>%1：占%3的 %2%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>net spend</source>
        <translation>净消费额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiers: share of members and of net spend</source>
        <translation>各等级的会员占比与净消费额占比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net spend</source>
        <translation>净消费额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share (%)</source>
        <translation>占比 (%)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use suggested thresholds</source>
        <translation>使用建议门槛</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tier studio…</source>
        <translation>等级方案工作室…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these tiers as a named design, compare designs, export a PDF report, present.</source>
        <translation>将当前等级保存为命名方案，对比方案，导出 PDF 报告，或进入演示模式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier rules: net spend ≥ threshold (or the optional orders track)</source>
        <translation>等级规则：净消费额 ≥ 门槛（或可选的订单数条件）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulates a first rating this many days before the as-of day and the re-rating on the as-of day, on the orders of the data.</source>
        <translation>模拟在截至日期前若干天进行首次评级、并在截至日期重新评级，基于数据中的订单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone gets the tier earned</source>
        <translation>按实际达到的等级评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop at most one tier</source>
        <translation>最多降一级</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re-rate after</source>
        <translation>重新评级间隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downgrade rule</source>
        <translation>降级规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-rating what-if</source>
        <translation>重新评级模拟</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 ≥ %2 (top %3%)</source>
        <translation>%1 ≥ %2（前 %3%）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lorenz curve of net revenue — Gini %1</source>
        <translation>净收入洛伦兹曲线 — 基尼系数 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Top %1% of customers bring %2% of revenue</source>
        <translation>前 %1% 的客户贡献 %2% 的收入</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rated on %1, re-rated on %2: %3 customers — ↑ %4 up, = %5 stay, ↓ %6 down. %7 newcomers joined in between (not in the matrix).</source>
        <translation>%1 首次评级，%2 重新评级：%3 位客户 — ↑ %4 位升级，= %5 位不变，↓ %6 位降级。期间新加入 %7 位（不计入矩阵）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 were kept above their earned tier by the rule.</source>
        <translation>有 %1 位因规则保留在高于实际达到的等级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rating day is before the first order, so its tiers are incomplete.</source>
        <translation>首次评级日早于第一笔订单，因此其等级不完整。</translation>
    </message>
    <message>
        <location filename="../../views/paretotierspage.h" line="+41"/>
        <source>80/20 &amp; Tiers</source>
        <translation>80/20 与等级</translation>
    </message>
</context>
<context>
    <name>clientele::PredictionPage</name>
    <message>
        <location filename="../../views/predictionpage.cpp" line="+131"/>
        <source>Prediction settings</source>
        <translation>预测设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected orders and the repurchase score look this many days ahead.</source>
        <translation>预期订单数和复购评分向后预测的天数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+12"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>A valuable customer whose P(alive) is below this gets a churn warning.</source>
        <translation>高价值客户的存活概率低于此值时发出流失预警。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuable: the top share of customers by net revenue.</source>
        <translation>高价值客户：按净收入排名靠前的这部分客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBG/NBD</source>
        <translation>MBG/NBD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BG/NBD: customers drop out only right after a repeat purchase, so a one-time buyer always counts as alive.
MBG/NBD: customers may also drop out right after their first purchase, so one-time buyers can be gone too.</source>
        <translation>BG/NBD：客户只会在复购之后流失，因此一次性购买客户始终算作存活。
MBG/NBD：客户在首次购买之后也可能流失，因此一次性购买客户也可能已经流失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value counts the expected purchases of this many months.</source>
        <translation>客户终身价值计入此月数内的预期购买。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of revenue that is profit; 100 % gives the CLV in revenue.</source>
        <translation>收入中利润所占的比例；设为 100% 时客户终身价值按收入计算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> % per year</source>
        <translation> %/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual discount rate for future purchases in the CLV.</source>
        <translation>客户终身价值中未来购买的年折现率。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive) below</source>
        <translation>存活概率（P(alive)）低于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuable</source>
        <translation>高价值客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLV horizon</source>
        <translation>CLV 预测期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn warnings: valuable customers at risk</source>
        <translation>流失预警：有流失风险的高价值客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in Customers page</source>
        <translation>在客户页显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the warned customers on the Customers page.</source>
        <translation>在客户页列出收到预警的客户。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fitted model</source>
        <translation>拟合模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitions: docs/metrics/prediction.md</source>
        <translation>定义：docs/metrics/prediction.md</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repeat buying (BG/NBD)</source>
        <translation>复购（BG/NBD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend (Gamma-Gamma)</source>
        <translation>消费金额（Gamma-Gamma）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+129"/>
        <source>Calibration/holdout check</source>
        <translation>校准期/验证期检验</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Holdout purchases per customer (mean count)</source>
        <translation>验证期人均购买次数（平均值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat purchases before the split (count) / customers</source>
        <translation>分割日前复购次数 / 客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model is fitted on the purchases up to the split day and predicts each customer&apos;s purchases after it; bars that agree mean the model tracks reality.</source>
        <translation>模型用分割日及之前的购买拟合，并预测每位客户在分割日之后的购买；柱形一致说明模型与实际相符。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Distribution of P(alive)</source>
        <translation>存活概率（P(alive)）分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers (count)</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive) (%, 10 % bins)</source>
        <translation>存活概率 (P(alive), %，每 10% 一组)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under BG/NBD a customer who never bought again counts as alive (100 %); choose MBG/NBD to let one-time buyers drop out.</source>
        <translation>在 BG/NBD 下，从未复购的客户算作存活（100%）；选择 MBG/NBD 可让一次性购买客户流失。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Fitting the repurchase model…</source>
        <translation>正在拟合复购模型…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repurchase model is off; it is fitted when this page is shown.</source>
        <translation>复购模型尚未运行；显示此页时才会拟合。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fitted on %1 customers as of %2 · %3 expected orders in the next %4 days · P(alive): the probability that a customer is still buying</source>
        <translation>截至 %2 基于 %1 位客户拟合 · 未来 %4 天预期订单数 %3 · 存活概率（P(alive)）：客户仍在购买的概率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No prediction: %1</source>
        <translation>无法预测：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 valuable customers (top %3 by net revenue) have P(alive) below %4.</source>
        <translation>%2 位高价值客户（净收入前 %3）中有 %1 位的存活概率低于 %4。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fitted on purchases up to %1; holdout %2 – %3 (%4 days)</source>
        <translation>用截至 %1 的购买拟合；验证期 %2 – %3（%4 天）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No holdout check (too little history)</source>
        <translation>无验证期检验（历史数据太少）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Churn warnings: %1 valuable customers</source>
        <translation>流失预警：%1 位高价值客户</translation>
    </message>
    <message>
        <location filename="../../views/predictionpage.h" line="+40"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>clientele::PredictionSummaryModel</name>
    <message>
        <location filename="../../models/predictionsummarymodel.cpp" line="+18"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r (purchase rate shape)</source>
        <translation>r（购买率形状参数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>α (rate scale, weeks)</source>
        <translation>α（购买率尺度参数，周）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>α (rate scale, days)</source>
        <translation>α（购买率尺度参数，天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a (dropout shape)</source>
        <translation>a（流失形状参数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b (dropout shape)</source>
        <translation>b（流失形状参数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend p</source>
        <translation>消费 p</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend q</source>
        <translation>消费 q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend γ</source>
        <translation>消费 γ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend fit converged</source>
        <translation>消费模型已收敛</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers fitted</source>
        <translation>拟合客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time buyers</source>
        <translation>一次性购买客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuable customers</source>
        <translation>高价值客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected orders (next %1 days)</source>
        <translation>预期订单数（未来 %1 天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total CLV (%1 months)</source>
        <translation>客户终身价值 (CLV) 合计（%1 个月）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>BG/NBD: customers can only drop out right after a repeat purchase. MBG/NBD also lets one-time buyers drop out.</source>
        <translation>BG/NBD：客户只会在复购之后流失。MBG/NBD 还允许一次性购买客户流失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While alive, a customer buys at a rate λ that varies between customers as Gamma(r, α); the mean rate is r/α purchases per time unit.</source>
        <translation>客户存活期间以购买率 λ 购买，λ 在客户之间服从 Gamma(r, α) 分布；平均购买率为每时间单位 r/α 次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After each purchase a customer drops out with a probability p that varies as Beta(a, b); the mean dropout probability is a/(a+b).</source>
        <translation>每次购买后，客户以概率 p 流失，p 服从 Beta(a, b) 分布；平均流失概率为 a/(a+b)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log-likelihood of the data at the fitted parameters (higher is better).</source>
        <translation>数据在拟合参数下的对数似然（越高越好）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the optimiser reached a maximum (gradient close to zero).</source>
        <translation>优化器是否达到最大值（梯度接近零）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gamma-Gamma spend model: order values vary as Gamma(p, ν) around each customer&apos;s mean, ν varies between customers as Gamma(q, γ); γ in money units.</source>
        <translation>Gamma-Gamma 消费模型：订单金额围绕每位客户的均值服从 Gamma(p, ν) 分布，ν 在客户之间服从 Gamma(q, γ) 分布；γ 以金额为单位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with a first order on or before the as-of day.</source>
        <translation>首单在截至日期当天或之前的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers with a single purchase day (no repeat purchase yet).</source>
        <translation>只在一天有购买的客户（尚未复购）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers in the top %1 by net revenue (net revenue at least %2).</source>
        <translation>净收入排名前 %1 的客户（净收入至少 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valuable customers whose P(alive) is below %1.</source>
        <translation>存活概率低于 %1 的高价值客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sum over all customers of the expected purchase days in the horizon.</source>
        <translation>所有客户在预测期内预期购买天数的总和。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of the customers&apos; lifetime values (discounted margin).</source>
        <translation>所有客户终身价值之和（折现毛利）。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>MBG/NBD</source>
        <translation>MBG/NBD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no fit</source>
        <translation>未拟合</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>数值</translation>
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
        <location line="+5"/>
        <source>Rejected Rows</source>
        <translation>无法导入的行</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n row(s) were not imported.</source>
        <translation>
            <numerusform>有 %n 行未能导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Rejected Rows</source>
        <translation>导出无法导入的行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected-rows.csv</source>
        <translation>无法导入的行.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>clientele::RejectedRowsModel</name>
    <message>
        <location filename="../../models/rejectedrowsmodel.cpp" line="+48"/>
        <source>Import</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row as in the file</source>
        <translation>文件中的原始行</translation>
    </message>
</context>
<context>
    <name>clientele::RepurchaseModel</name>
    <message>
        <location filename="../../models/lifecyclemodels.cpp" line="+96"/>
        <source>Only customers whose first order is at least N days before the as-of day are counted (&quot;eligible&quot;): newer customers have not had N days to come back yet, and counting them would make the rate look too low. The rate is repurchased / eligible.</source>
        <translation>只统计首单距截至日期至少 N 天的客户（“合格客户”）：更新的客户还没有满 N 天的回购时间，计入会使复购率偏低。复购率 = 已复购 ÷ 合格客户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Naive rate over all customers (biased low): %1</source>
        <translation>全部客户的简单复购率（偏低）：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Window (days after first order)</source>
        <translation>周期（首单后天数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligible customers</source>
        <translation>合格客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second order within window</source>
        <translation>周期内下第二单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repurchase rate (%)</source>
        <translation>复购率 (%)</translation>
    </message>
</context>
<context>
    <name>clientele::ReratingModel</name>
    <message>
        <location filename="../../models/tiermodels.cpp" line="+323"/>
        <source>%1 → %2: %3 customers</source>
        <translation>%1 → %2：%3 位客户</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier at the first rating: %1</source>
        <translation>首次评级的等级：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier at the re-rating: %1</source>
        <translation>重新评级的等级：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>从 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to %1</source>
        <translation>到 %1</translation>
    </message>
</context>
<context>
    <name>clientele::RfmHeatmapModel</name>
    <message>
        <location filename="../../models/rfmheatmapmodel.cpp" line="+57"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean net revenue per customer</source>
        <translation>人均净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>customers per cell</source>
        <translation>每格客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per customer, in the shop&apos;s currency</source>
        <translation>每位客户，以店铺币种计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per cell, in the shop&apos;s currency</source>
        <translation>每格，以店铺币种计</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 of revenue</source>
        <translation>占收入 %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>R %1 · F %2</source>
        <translation>R %1 · F %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last order %1–%2 days before the as-of day</source>
        <translation>最近一次下单在截至日期前 %1–%2 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2 orders</source>
        <translation>%1–%2 笔订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers: %1 (%2 of active customers)</source>
        <translation>客户数：%1（占活跃客户的 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean order value: %1</source>
        <translation>平均订单金额：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean net revenue per customer: %1</source>
        <translation>人均净收入：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net revenue: %1 (%2 of total)</source>
        <translation>净收入：%1（占总额的 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net revenue: %1</source>
        <translation>净收入：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mostly: %1 (%2)</source>
        <translation>主要客群：%1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R 5 (recent)</source>
        <translation>R 5（最近）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R 1 (long ago)</source>
        <translation>R 1（最久）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F 5 (most orders)</source>
        <translation>F 5（订单最多）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F 1 (fewest)</source>
        <translation>F 1（订单最少）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
</context>
<context>
    <name>clientele::RfmHeatmapView</name>
    <message>
        <location filename="../../views/rfmheatmappainting.cpp" line="+41"/>
        <source>No RFM scores yet: open a workspace with orders.</source>
        <translation>暂无 RFM 评分：请打开有订单的工作区。</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Frequency score (5 = most orders)  →</source>
        <translation>频率评分（5 = 订单最多）  →</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recency score (5 = most recent)  →</source>
        <translation>近度评分（5 = 最近）  →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min %1</source>
        <translation>最小 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no customers</source>
        <translation>无客户</translation>
    </message>
</context>
<context>
    <name>clientele::RfmPage</name>
    <message>
        <location filename="../../views/rfmpage.cpp" line="+53"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean net revenue</source>
        <translation>人均净收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show segments</source>
        <translation>显示客群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outline the 11 RFM segments on the grid (each cell shows the segment most of its customers belong to)</source>
        <translation>在网格上勾勒 11 个 RFM 客群（每格显示其多数客户所属的客群）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11 RFM segments</source>
        <translation>11 个 RFM 客群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 value classes (价值分类)</source>
        <translation>8 类价值分类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How R, F and M become scores 1–5: quintiles or your own cut points, and whether M is net revenue or average order value</source>
        <translation>R、F、M 如何转换为 1–5 分：五分位或自定分界点，以及 M 采用净收入还是客单价</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary:</source>
        <translation>汇总：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>RFM heatmap</source>
        <translation>RFM 热力图</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show in Customers page</source>
        <translation>在客户页显示</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>quintiles</source>
        <translation>五分位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cut points</source>
        <translation>分界点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M = net revenue</source>
        <translation>M = 净收入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M = average order value</source>
        <translation>M = 客单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring: %1, %2…</source>
        <translation>评分：%1，%2…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>R%1 F%2</source>
        <translation>R%1 F%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RFM heatmap, %1 cells</source>
        <translation>RFM 热力图，%1 格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM heatmap %1</source>
        <translation>RFM 热力图 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select cells in the heatmap (Ctrl or Shift for several, or drag) to list their customers.</source>
        <translation>在热力图中选择格子（按住 Ctrl 或 Shift 多选，或拖动）以列出其客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 · net revenue %3</source>
        <translation>%1：%2 · 净收入 %3</translation>
    </message>
    <message>
        <location filename="../../views/rfmpage.h" line="+30"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
</context>
<context>
    <name>clientele::RfmScorer</name>
    <message>
        <location filename="../../analysis/rfm/rfmscorer.cpp" line="+24"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 order</source>
        <translation>1 笔订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 笔订单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recency</source>
        <translation>近度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monetary value</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>upper bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the upper bound for score %2 is %3; recency cannot be negative.</source>
        <translation>%1：评分 %2 的上限为 %3；近度不能为负数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the lower bound for score %2 is %3; it must be at least 2 orders, because every customer has at least 1 order.</source>
        <translation>%1：评分 %2 的下限为 %3；它必须至少为 2 笔订单，因为每位客户至少有 1 笔订单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the %2 for score %3 (%4) must be larger than the %2 for score %5 (%6).</source>
        <translation>%1：评分 %3 的%2（%4）必须大于评分 %5 的%2（%6）。</translation>
    </message>
</context>
<context>
    <name>clientele::Roles</name>
    <message>
        <location filename="../../models/rolenames.cpp" line="+11"/>
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
        <source>Customer email</source>
        <translation>客户邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer phone</source>
        <translation>客户手机号</translation>
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
        <source>Amount paid</source>
        <translation>实付金额</translation>
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
        <location line="+11"/>
        <source>Generic table</source>
        <translation>通用表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taobao / Tmall (淘宝/天猫)</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JD (京东)</source>
        <translation>京东</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youzan (有赞)</source>
        <translation>有赞</translation>
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
        <source>Invoice lines (Online Retail)</source>
        <translation>发票明细（Online Retail）</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentCountModel</name>
    <message>
        <location filename="../../models/segmentcountmodel.cpp" line="+72"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment (Chinese)</source>
        <translation>中文客群名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentSummaryModel</name>
    <message>
        <location filename="../../models/segmentsummarymodel.cpp" line="+92"/>
        <source>Share of the net revenue of all active customers</source>
        <translation>占全部活跃客户净收入的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean days since the last order (R)</source>
        <translation>距最近一次下单的平均天数（R）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean number of orders (F)</source>
        <translation>平均订单数（F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean order value (M)</source>
        <translation>平均订单金额（M）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean net revenue per customer (M)</source>
        <translation>人均净收入（M）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rev. share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R: days</source>
        <translation>R：天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F: orders</source>
        <translation>F：订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M: mean</source>
        <translation>M：均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested action</source>
        <translation>建议动作</translation>
    </message>
</context>
<context>
    <name>clientele::Segments</name>
    <message>
        <location filename="../../analysis/rfm/rfmsegments.cpp" line="+16"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward them, ask for reviews and referrals, give early access to new products.</source>
        <translation>给予奖励，邀请评价和推荐，优先体验新品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upsell higher-value products and invite them to the loyalty programme.</source>
        <translation>推荐更高价值的商品，邀请加入会员计划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Potential Loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer membership and recommend related products to build the habit.</source>
        <translation>邀请入会并推荐相关商品，培养购买习惯。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome them and make the second order easy.</source>
        <translation>做好新客欢迎，让第二单更容易下。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build awareness with samples or trial offers.</source>
        <translation>通过小样或试用优惠提升认知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need Attention</source>
        <translation>需要关注客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send limited-time offers based on what they bought before.</source>
        <translation>根据历史购买发送限时优惠。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About to Sleep</source>
        <translation>即将沉睡客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect with popular products and a modest discount.</source>
        <translation>用热销商品和适度折扣重新建立联系。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At Risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send personal win-back messages and offers before they leave.</source>
        <translation>在客户流失前发送个性化召回消息和优惠。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t Lose Them</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact them personally, find out why they stopped, make a strong offer.</source>
        <translation>一对一联系，了解停购原因，给出有力的优惠。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer relevant products at special prices; keep the cost low.</source>
        <translation>以特价推荐相关商品，控制成本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>已流失客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try one low-cost reactivation campaign, then stop spending on them.</source>
        <translation>尝试一次低成本的唤醒活动，之后不再投入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your best customers: keep them delighted with VIP service.</source>
        <translation>最优质的客户：以 VIP 服务持续维护。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent big spenders who buy rarely: raise frequency with membership and reminders.</source>
        <translation>近期消费高但购买少：用会员权益和提醒提高频次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important to maintain</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequent big spenders who have gone quiet: reach out before they lapse.</source>
        <translation>常买且消费高但最近沉寂：在其流失前主动联系。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important to retain</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big spenders slipping away: find out why and make a targeted win-back offer.</source>
        <translation>高消费客户正在流失：查明原因并给出针对性的召回优惠。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent and frequent but small baskets: cross-sell and bundle to raise order value.</source>
        <translation>近期常买但客单价低：通过关联销售和组合套餐提高客单价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent, infrequent, small spend: encourage a repeat order cheaply.</source>
        <translation>近期购买、频次低、消费少：以低成本促成复购。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General to maintain</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequent small spenders gone quiet: low-cost reminders and promotions.</source>
        <translation>常买的小额客户最近沉寂：低成本提醒和促销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General to retain</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low on every count: include only in low-cost mass campaigns.</source>
        <translation>各项都低：只纳入低成本的大众营销活动。</translation>
    </message>
</context>
<context>
    <name>clientele::SilhouetteChartView</name>
    <message>
        <location filename="../../views/clustercharts.cpp" line="+35"/>
        <source>Mean silhouette: higher means tighter, better separated clusters. Inertia: the elbow where it stops falling fast suggests k.</source>
        <translation>平均轮廓系数：越高说明聚类越紧凑、区分越明显。惯性：下降由快转慢的“肘部”处即为建议的 k。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean silhouette</source>
        <translation>平均轮廓系数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inertia</source>
        <translation>惯性</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Number of clusters k</source>
        <translation>聚类数 k</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean silhouette (−1 to 1)</source>
        <translation>平均轮廓系数（−1 到 1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inertia (standardised units²)</source>
        <translation>惯性（标准化单位²）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choosing k: silhouette and elbow (k = %1)</source>
        <translation>选择 k：轮廓系数与肘部法（k = %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing k: silhouette and elbow</source>
        <translation>选择 k：轮廓系数与肘部法</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chosen k = %1</source>
        <translation>选定 k = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen k</source>
        <translation>选定 k</translation>
    </message>
</context>
<context>
    <name>clientele::StageCountModel</name>
    <message>
        <location filename="../../models/segmentcountmodel.cpp" line="+26"/>
        <source>≥ %1 days</source>
        <translation>≥ %1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2): last order %3 before the as-of date</source>
        <translation>%1（%2）：最近一次下单在截至日期前 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage (Chinese)</source>
        <translation>中文阶段名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last order</source>
        <translation>距最近下单天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>clientele::TableWriter</name>
    <message>
        <location filename="../../analysis/export/tablewriter.cpp" line="+95"/>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>未知文本编码“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Some text cannot be written in %1; choose UTF-8.</source>
        <translation>部分文本无法用 %1 编码写入；请选择 UTF-8。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Excel export is not available: %1</source>
        <translation>Excel 导出不可用：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the workbook came out incomplete (%1 is cut short); is the disk full?</source>
        <translation>生成的工作簿不完整（%1 被截断）；磁盘是否已满？</translation>
    </message>
</context>
<context>
    <name>clientele::TierEditDelegate</name>
    <message>
        <location filename="../../views/tiereditdelegate.cpp" line="+24"/>
        <source>— (none)</source>
        <translation>—（无）</translation>
    </message>
</context>
<context>
    <name>clientele::TierEditModel</name>
    <message>
        <location filename="../../models/tiermodels.cpp" line="-160"/>
        <source>Second track: at least this many orders in the rating window also earns the tier (0 = none).</source>
        <translation>第二条件：评级周期内订单数不少于此值也可获得该等级（0 = 不使用）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend ≥ (net, in window)</source>
        <translation>消费额 ≥（周期内净额）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or orders ≥</source>
        <translation>或订单数 ≥</translation>
    </message>
</context>
<context>
    <name>clientele::TierPresentation</name>
    <message>
        <location filename="../../views/tierpresentation.cpp" line="+17"/>
        <source>Tier design: %1</source>
        <translation>等级方案：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 / %2 · ← → to move, Esc to close</source>
        <translation>%1 / %2 · ← → 翻页，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>clientele::TierReport</name>
    <message>
        <location filename="../../views/painting/tierreport.cpp" line="+115"/>
        <source>to the tier earned</source>
        <translation>按实际达到的等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most one tier per re-rating</source>
        <translation>每次重新评级最多降一级</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>top %1%: %2 of revenue</source>
        <translation>前 %1%：占收入 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of customers (lowest revenue first)</source>
        <translation>客户占比（按收入从低到高）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+147"/>
        <source>Tier design: %1</source>
        <translation>等级方案：%1</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>As of %1 · rating period %2 days · previous rating %3 · downgrade: %4</source>
        <translation>截至 %1 · 评级周期 %2 天 · 上次评级 %3 · 降级：%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thresholds and members</source>
        <translation>门槛与会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Min. spend</source>
        <translation>最低消费额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or orders</source>
        <translation>或订单数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+87"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All rated customers</source>
        <translation>全部参评客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members are rated on their net spend (orders − returns) in the %1 days up to the as-of date; a customer earns the highest tier whose spend or order threshold they reach.</source>
        <translation>会员按截至日期前 %1 天内的净消费额（订单 − 退货）评级；客户获得其消费额或订单数达到门槛的最高等级。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated benefit cost: %1 per period, %2 of the rated customers&apos; revenue.</source>
        <translation>预计权益成本：每个评级周期 %1，占参评客户收入的 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>80/20 diagnosis</source>
        <translation>80/20 诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The top %1% of customers (%2) hold %3 of net revenue; Gini %4.</source>
        <translation>前 %1% 的客户（%2 位）贡献了 %3 的净收入；基尼系数 %4。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Head customers: first order and frequency</source>
        <translation>头部客户：首单与购买频次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First-order amount</source>
        <translation>首单金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10th percentile</source>
        <translation>第 10 百分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25th percentile</source>
        <translation>第 25 百分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75th percentile</source>
        <translation>第 75 百分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>第 90 百分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tier&apos;s entry threshold near the head&apos;s first-order amounts lets new customers aim for it from their first purchase; the order track follows the frequency quantiles.</source>
        <translation>等级的入门门槛接近头部客户的首单金额时，新客户从首次购买起就有望达到；订单数条件参考购买频次的分位数设定。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-rating movements</source>
        <translation>重新评级的等级变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers rated on %1 and re-rated on %2 (rows: tier before, columns: tier after).</source>
        <translation>于 %1 评级、于 %2 重新评级的客户（行：变动前等级，列：变动后等级）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From \ to</source>
        <translation>原等级 \ 新等级</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newcomers</source>
        <translation>新进客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved up %1 · stayed %2 · moved down %3 · held by the downgrade rule %4</source>
        <translation>升级 %1 · 保级 %2 · 降级 %3 · 受降级规则保留 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefit costs</source>
        <translation>权益成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit</source>
        <translation>权益比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members&apos; spend</source>
        <translation>会员净消费额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost = benefit % × the members&apos; net spend in the rating period (negative spend counts as 0); members are those holding the tier after the re-rating. Total cost: %1 of revenue.</source>
        <translation>成本 = 权益比例 × 会员在评级周期内的净消费额（负值按 0 计）；会员指重新评级后处于该等级的客户。总成本占收入的 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The design could not be evaluated: %1</source>
        <translation>无法评估该方案：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="vanished">无法写入 %1：%2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>clientele::TierStudioDialog</name>
    <message>
        <location filename="../../views/tierstudiodialog.cpp" line="+40"/>
        <source>Tier studio</source>
        <translation>等级方案工作室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Gold at 5,000</source>
        <translation>例如：黄金会员 5,000 起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of each tier&apos;s benefits in % of its members&apos; spend, lowest tier first, separated by commas.</source>
        <translation>各等级权益成本占该等级会员消费额的百分比，从最低等级开始，以英文逗号分隔。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone gets the tier earned</source>
        <translation>按实际达到的等级评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop at most one tier</source>
        <translation>最多降一级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save current design</source>
        <translation>保存当前方案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit cost per tier (%)</source>
        <translation>各等级权益成本 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade rule</source>
        <translation>降级规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Design A</source>
        <translation>方案 A</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Design B</source>
        <translation>方案 B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present…</source>
        <translation>演示…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete design A</source>
        <translation>删除方案 A</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Benefit costs must be numbers separated by commas, one per tier.</source>
        <translation>权益成本必须是以逗号分隔的数字，每个等级一个。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Saved the design &quot;%1&quot;.</source>
        <translation>已保存方案“%1”。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Save a design first.</source>
        <translation>请先保存一个方案。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Design</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: threshold</source>
        <translation>%1：门槛</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: members</source>
        <translation>%1：会员数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: revenue share</source>
        <translation>%1：收入占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↑ %1 · ↓ %2</source>
        <translation>↑ %1 · ↓ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: moved up / down</source>
        <translation>%1：升级 / 降级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: benefit cost</source>
        <translation>%1：权益成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total benefit cost</source>
        <translation>权益成本合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost share of revenue</source>
        <translation>成本占收入比例</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both designs evaluated as of %1, re-rated from %2.</source>
        <translation>两个方案均以 %1 为截至日期评估，自 %2 起重新评级。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report written to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Deleted the design &quot;%1&quot;.</source>
        <translation>已删除方案“%1”。</translation>
    </message>
</context>
<context>
    <name>clientele::TierSummaryModel</name>
    <message>
        <location filename="../../models/tiermodels.cpp" line="-184"/>
        <source>%1: net spend ≥ %2 in the %3 days up to %4%5</source>
        <translation>%1：截至 %4 的 %3 天内净消费额 ≥ %2%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, or at least %1 orders</source>
        <translation>，或至少 %1 笔订单</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend ≥</source>
        <translation>消费额 ≥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders ≥</source>
        <translation>订单数 ≥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members (%)</source>
        <translation>会员占比 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net spend (%)</source>
        <translation>净消费额占比 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net spend</source>
        <translation>净消费额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avg. spend</source>
        <translation>人均消费额</translation>
    </message>
</context>
<context>
    <name>clientele::Tiers</name>
    <message>
        <location filename="../../analysis/tiers/rerating.cpp" line="+25"/>
        <source>The next rating day (%1) must be after the rating day (%2).</source>
        <translation>下一个评级日（%1）必须晚于评级日（%2）。</translation>
    </message>
    <message>
        <location filename="../../analysis/tiers/tiers.cpp" line="+33"/>
        <source>Normal</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>白银会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>黄金会员</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>At least one tier is needed.</source>
        <translation>至少需要一个等级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 100 tiers are supported (got %1).</source>
        <translation>最多支持 100 个等级（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rating window must be at least 1 day long (got %1).</source>
        <translation>评级周期至少为 1 天（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest tier must need a spend of 0.00 (got %1).</source>
        <translation>最低等级的消费门槛必须为 0.00（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier %1 has no key.</source>
        <translation>等级 %1 没有标识。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two tiers have the key &quot;%1&quot;.</source>
        <translation>有两个等级的标识都是“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order threshold of tier &quot;%1&quot; must be 0 (no order track) or more (got %2).</source>
        <translation>等级“%1”的订单数门槛必须为 0（不使用订单数条件）或更大（当前为 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spend threshold of tier &quot;%1&quot; (%2) must be above that of tier &quot;%3&quot; (%4).</source>
        <translation>等级“%1”的消费门槛（%2）必须高于等级“%3”的门槛（%4）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The snapshot&apos;s trailing window is %1 days but the tiers are rated over %2 days.</source>
        <translation>快照的回溯周期为 %1 天，而会员等级按 %2 天评级。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Every top percentage must be between 1 and 100 (got %1).</source>
        <translation>每个前百分比都必须在 1 到 100 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Higher tiers need smaller top percentages (%1% follows %2%).</source>
        <translation>等级越高，前百分比应越小（%1% 排在 %2% 之后）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No customer spent anything in the %1 days up to the rating day, so there is nothing to suggest thresholds from.</source>
        <translation>评级日前 %1 天内没有客户消费，无法据此建议门槛。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The spends are too close together to suggest %1 distinct thresholds.</source>
        <translation>消费额过于接近，无法建议 %1 个不同的门槛。</translation>
    </message>
</context>
<context>
    <name>clientele::ValueFormat</name>
    <message>
        <location filename="../../models/valueformat.cpp" line="+17"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>clientele::Workspace</name>
    <message>
        <location filename="../../analysis/store/workspace.cpp" line="+183"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 是文件夹，不是工作区文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace %1 does not exist.</source>
        <translation>工作区 %1 不存在。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workspace %1 cannot be read: permission denied.</source>
        <translation>无法读取工作区 %1：权限不足。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The workspace %1 is read-only (no write permission); it was left untouched. Make the file writable to import into it.</source>
        <translation>工作区 %1 为只读（没有写入权限），未做任何改动。请将该文件设为可写后再导入。</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>%1 is not a Clientele workspace (it is not an SQLite database).</source>
        <translation>%1 不是 Clientele 工作区（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace %1 is damaged: its file header (the first 100 bytes) is no longer valid, so SQLite cannot read any of it. Nothing was changed; restore it from a backup.</source>
        <translation>工作区 %1 已损坏：其文件头（前 100 个字节）已无效，SQLite 无法读取其中任何内容。未做任何更改；请从备份恢复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace %1 is incomplete: the file (%2 bytes) is shorter than its header says, as if a copy or download stopped early. Nothing was changed; copy it again, or copy what can still be read with: clientele-cli repair --db %1 --out recovered.clientele</source>
        <translation>工作区 %1 不完整：文件（%2 字节）比其文件头记录的要短，像是复制或下载中途停止。未做任何更改；请重新复制，或用以下命令复制仍可读取的内容：clientele-cli repair --db %1 --out recovered.clientele</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The workspace %1 is busy: another import is writing to it (a first import locks the whole file). Try again when that import has finished.</source>
        <translation>工作区 %1 正忙：另一个导入正在写入（首次导入会锁定整个文件）。请在该导入完成后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace %1 is on a read-only file system and its write-ahead log (%1-wal) cannot be used there (%2). Copy the workspace with its -wal file to a writable folder.</source>
        <translation>工作区 %1 位于只读文件系统上，无法在此使用其预写日志（%1-wal）（%2）。请将工作区连同其 -wal 文件复制到可写的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the workspace %1: %2.</source>
        <translation>无法读取工作区 %1：%2。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The workspace %1 is on a read-only file system (%2); it was left untouched. Copy it to a writable folder to import into it.</source>
        <translation>工作区 %1 位于只读文件系统（%2）上；未做任何更改。请将其复制到可写的文件夹后再导入。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+49"/>
        <source>Cannot open the workspace %1: %2.</source>
        <translation>无法打开工作区 %1：%2。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The workspace %1 holds an import that was interrupted (power cut or killed program); it must be undone before the workspace can be read, and that needs write access to %2. Open it once where it can be written (for example import into it).</source>
        <translation>工作区 %1 中有一次被中断的导入（断电或程序被终止）；必须先撤销它才能读取工作区，而这需要对 %2 的写入权限。请在可写的位置打开一次（例如向其中导入）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is an SQLite database of another program, not a Clientele workspace; it was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Clientele 工作区；未对其做任何改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of Clientele (workspace format %2; this version reads up to %3). Please update Clientele to open it.</source>
        <translation>%1 由更新版本的 Clientele 写入（工作区格式 %2；此版本最高支持 %3）。请升级 Clientele 后再打开。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The workspace %1 is read-only and needs an upgrade; open it from a writable location.</source>
        <translation>工作区 %1 为只读且需要升级；请从可写入的位置打开。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot prepare the workspace %1: %2.</source>
        <translation>无法准备工作区 %1：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Cannot upgrade the workspace %1: %2.</source>
        <translation>无法升级工作区 %1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace %1 is empty: it was never opened for writing, so nothing has been imported into it yet.</source>
        <translation>工作区 %1 为空：它从未以可写方式打开过，因此尚未导入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace %1 is from an older version of Clientele (workspace format %2); open it for writing once to upgrade it.</source>
        <translation>工作区 %1 来自旧版 Clientele（工作区格式 %2）；请以可写方式打开一次以升级。</translation>
    </message>
    <message>
        <source>The workspace %1 is empty or from an older version; open it for writing first.</source>
        <translation type="vanished">工作区 %1 为空或来自旧版本；请先以可写方式打开。</translation>
    </message>
    <message>
        <location filename="../../analysis/store/workspacehealth.cpp" line="+156"/>
        <source>The workspace %1 is damaged: SQLite cannot read all of it, so its figures would be wrong. Nothing was changed. Copy what can still be read into a new workspace with: clientele-cli repair --db %1 --out recovered.clientele</source>
        <translation>工作区 %1 已损坏：SQLite 无法读取其全部内容，其中的数字将是错误的。未做任何更改。请用以下命令将仍可读取的内容复制到新工作区：clientele-cli repair --db %1 --out recovered.clientele</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not enough free space on the disk of %1: saving this import needs about %2 MB, only %3 MB are free. Nothing was imported; free at least %4 MB and import again.</source>
        <translation>%1 所在磁盘的可用空间不足：保存此次导入约需 %2 MB，仅有 %3 MB 可用。未导入任何内容；请至少释放 %4 MB 后重新导入。</translation>
    </message>
</context>
<context>
    <name>clientele::WorkspaceRepair</name>
    <message>
        <location filename="../../analysis/store/workspacerepair.cpp" line="+202"/>
        <source>The workspace %1 does not exist.</source>
        <translation>工作区 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; the recovered workspace is written only into a new file.</source>
        <translation>%1 已存在；恢复的工作区只会写入新文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing of %1 can be read: %2. Restore it from a backup.</source>
        <translation>%1 的内容完全无法读取：%2。请从备份恢复。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot write the recovered workspace %1: %2</source>
        <translation>无法写入恢复的工作区 %1：%2</translation>
    </message>
</context>
<context>
    <name>clientele::XlsxReader</name>
    <message>
        <location filename="../../analysis/io/xlsxreader.cpp" line="+52"/>
        <source>sheet &quot;%1&quot; has no worksheet part in the workbook</source>
        <translation>工作簿中没有工作表“%1”的数据部分</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>the shared string table is larger than %1 MiB</source>
        <translation type="vanished">共享字符串表超过 %1 MiB</translation>
    </message>
    <message>
        <location filename="../../analysis/io/xlsxsheetreader.cpp" line="+49"/>
        <source>cannot read sheet &quot;%1&quot;: %2</source>
        <translation>无法读取工作表“%1”：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>invalid cell reference &quot;%1&quot; in row %2 of sheet &quot;%3&quot;</source>
        <translation>工作表“%3”第 %2 行的单元格引用“%1”无效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 of sheet &quot;%2&quot; has more than %3 columns, the most a spreadsheet can have</source>
        <translation>工作表“%2”的第 %1 行超过 %3 列，超出了电子表格所能容纳的最大列数</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cell %1 refers to shared string &quot;%2&quot;, which the workbook does not have</source>
        <translation>单元格 %1 引用了共享字符串“%2”，但工作簿中没有该字符串</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>sheet &quot;%1&quot; is damaged before its first row: %2</source>
        <translation>工作表“%1”在第一行之前已损坏：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet &quot;%1&quot; is damaged after row %2: %3</source>
        <translation>工作表“%1”在第 %2 行之后已损坏：%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+11"/>
        <source>sheet &quot;%1&quot; is damaged in row %2: %3</source>
        <translation>工作表“%1”第 %2 行已损坏：%3</translation>
    </message>
    <message>
        <location filename="../../analysis/io/xlsxworkbook.cpp" line="+56"/>
        <source>file not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the workbook has no sheet &quot;%1&quot;; available sheets: %2</source>
        <translation>工作簿中没有工作表“%1”；可用的工作表：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is an old-style .xls or a password-protected workbook; save it as .xlsx without a password</source>
        <translation>%1 是旧版 .xls 或有密码保护的工作簿；请另存为无密码的 .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive or it is damaged</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：它不是 zip 压缩包或已损坏</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+35"/>
        <source>not an Excel workbook: %1</source>
        <translation>不是 Excel 工作簿：%1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the workbook contains no worksheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location filename="../../analysis/io/xlsxxmlpart.cpp" line="+73"/>
        <source>the workbook has no part %1</source>
        <translation>工作簿中没有部件 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the zip entry %1</source>
        <translation>无法读取 zip 条目 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workbook looks like a zip bomb (%1 expands from %2 to %3 bytes)</source>
        <translation>工作簿疑似 zip 炸弹（%1 从 %2 字节解压为 %3 字节）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 expands to %2 MiB, more than the %3 MiB a workbook part may have; refused</source>
        <translation>%1 解压后为 %2 MiB，超过工作簿部件允许的 %3 MiB；已拒绝</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot decompress %1 (zip error %2)</source>
        <translation>无法解压 %1（zip 错误 %2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>malformed XML in %1: %2 (line %3, column %4)</source>
        <translation>%1 中的 XML 格式错误：%2（第 %3 行，第 %4 列）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 contains a DOCTYPE declaration, which workbooks never need; refused</source>
        <translation>%1 包含 DOCTYPE 声明，工作簿不需要它；已拒绝</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a cell in %1 holds more than %2 MiB of text</source>
        <translation>%1 中某个单元格的文本超过 %2 MiB</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 ends unexpectedly</source>
        <translation>%1 意外结束</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 contains a single XML token larger than %2 MiB</source>
        <translation>%1 包含超过 %2 MiB 的单个 XML 标记</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot decompress %1: the file is damaged (zip error %2)</source>
        <translation>无法解压 %1：文件已损坏（zip 错误 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged (checksum mismatch, zip error %2)</source>
        <translation>%1 已损坏（校验和不匹配，zip 错误 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: it holds more data than its zip entry declares</source>
        <translation>%1 已损坏：其数据多于 zip 条目声明的大小</translation>
    </message>
    <message>
        <location filename="../../analysis/io/xlsxsharedstrings.cpp" line="+66"/>
        <source>the shared string table holds more than %1 MiB (%2 strings read so far); the workbook is too large to import, save it as CSV instead</source>
        <translation>共享字符串表超过 %1 MiB（已读取 %2 个字符串）；工作簿太大，无法导入，请另存为 CSV 后再导入</translation>
    </message>
</context>
</TS>
