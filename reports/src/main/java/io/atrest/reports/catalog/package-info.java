/**
 * The control and requirement catalogs that scenarios cite through {@code @control:ID} and {@code
 * @req:ID} tags, read from the classpath ({@code io/atrest/fixtures/catalog/}) or from files.
 */
@NullMarked
package io.atrest.reports.catalog;

import org.jspecify.annotations.NullMarked;
