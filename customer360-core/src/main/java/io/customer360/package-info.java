/**
 * customer360: turns CRM leads, transactions and web activity into one Customer 360 table.
 * Start with {@link io.customer360.Customer360#builder()}.
 */
package io.customer360;
