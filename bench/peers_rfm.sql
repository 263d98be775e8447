-- RFM in plain SQLite, as a user of the sqlite3 CLI would write it, over the `orders` table that
-- `.mode csv` + `.import FILE orders` created (TEXT columns named from the header row).
-- Run by `clientele-bench peers` as: sqlite3 DB ".read bench/peers_rfm.sql"
-- Per customer: last order, number of orders, revenue (completed orders only, like Clientele, which
-- does not count refunded orders), then quintile scores 1..5 for R, F and M. Prints one summary line
-- so the output is small; the work is the same as materialising the scored table.
CREATE TEMP TABLE rfm AS
SELECT customer_id,
       max(order_time)           AS last_order,
       count(*)                  AS frequency,
       sum(CAST(amount AS REAL)) AS monetary
FROM orders
WHERE status = 'completed'
GROUP BY customer_id;

SELECT count(*), sum(r_score), sum(f_score), sum(m_score), sum(r_score * 100 + f_score * 10 + m_score)
FROM (SELECT NTILE(5) OVER (ORDER BY last_order) AS r_score,
             NTILE(5) OVER (ORDER BY frequency)  AS f_score,
             NTILE(5) OVER (ORDER BY monetary)   AS m_score
      FROM rfm);
