/**
 * customer360's core: the pipeline's builder and the types its API and extension points use.
 * The engine ({@code io.customer360.engine}), its parsers and the standardisation rules are
 * internal and not exported.
 */
@SuppressWarnings("module") // "customer360" ends in digits: the project's name
module io.customer360.core {
    requires transitive org.slf4j;

    exports io.customer360;
    exports io.customer360.aggregate;
    exports io.customer360.error;
    exports io.customer360.explain;
    exports io.customer360.identity;
    exports io.customer360.model;
    exports io.customer360.output;
    exports io.customer360.read;
    exports io.customer360.report;
    exports io.customer360.validate;
}
