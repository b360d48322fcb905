/**
 * Identity resolution: identifier keys, the deterministic customer id, and the pluggable
 * {@link io.customer360.identity.IdentityResolver} with its union-find default.
 */
package io.customer360.identity;
