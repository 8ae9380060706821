/** The RFM segmentation as one SQL SELECT (BigQuery, DuckDB, PostgreSQL). See each module for the method. */
export { rfmSql, rfmSqlParts, type RfmSqlOptions, type RfmSqlRow } from './rfmSql';
export { SQL_DIALECTS, type SqlDialect } from './dialect';
